"""What each kind of rewrite costs in the score that picks the best set of sentences."""

COST_PIECE = 1.0
# A piece that cannot stand alone costs more the more words it strands.
COST_FRAGMENT = 8.0
COST_FRAGMENT_WORD = 2.0
COST_ADDED_WORD = 0.3
COST_RESTRICTIVE = 2.5
COST_LINK = 0.5
MAX_REPEATED_WORDS = 4
MAX_CANDIDATES = 6
# Dropping an opening "Mais" loses a link, so only when nothing better fits.
COST_DROP_LINK = 1.5
# A cut that parts a fronted condition from its main clause, which then reads as unconditional ("Si tu
# viens, | je partirai."): more than the "Alors" that keeps the link costs.
COST_PARTED_CONDITION = 1.0
