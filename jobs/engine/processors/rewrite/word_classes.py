"""Classes of French words and dependency labels the rewrites read.

Connectors a rewrite keeps or drops, the marks that open an adverbial
clause, the prepositions of a phrase that may stand apart.
"""

from __future__ import annotations

import re

from jobs.engine.processors import clause_words

DE_FORMS = clause_words.DE_FORMS
DETERMINERS = clause_words.DETERMINERS
TIME_NOUNS = clause_words.TIME_NOUNS
# A subject a rewrite reads or gives back is a word, never a clause ("csubj").
SUBJECT_DEPS = clause_words.SUBJECT_DEPS - {"csubj"}
VERB_CHILD_DEPS = frozenset(
    {"obj", "nsubj", "nsubj:pass", "cop", "aux", "aux:tense", "aux:pass", "expl:comp", "expl:pass", "obl:arg", "xcomp"}
    | {"iobj", "ccomp"}
)
# The passé simple endings no noun or adjective has: "déclara", "tranquillisa", "entrèrent" (the small model
# tags such verbs as nouns or adjectives).
PASSE_SIMPLE_RE = re.compile(r"(?:\w{3}[^aeiouéèy]a|èrent|irent|urent)$")
# Past participles that end like a conjugated verb ("fait", "écrit"), unlike a passé simple the small model tags
# a participle ("demanda", and "dit", which is both).
PARTICIPLES_LIKE_VERBS = ("fait", "trait", "crit", "duit", "truit")
# Connectors that open a coordinated clause and stay: "Puis il sortit."
KEPT_CONNECTORS = frozenset({"mais", "puis", "donc", "car", "ou", "alors", "ensuite", "enfin", "pourtant", "cependant"})
DROPPED_CONNECTORS = frozenset({"et", "ni"})
CONNECTORS = KEPT_CONNECTORS | DROPPED_CONNECTORS
# Words that open a sentence with a capital and are no name: "Aussi, obligés à ..., sont-ils".
SENTENCE_ADVERBS = CONNECTORS | (
    {"aussi", "ainsi", "or", "bref", "soudain", "bientôt", "déjà", "maintenant", "certes", "oui", "non", "hélas"}
)
# Opening a sentence over the limit by one word, these may go.
DROPPABLE_CONNECTORS = frozenset({"et", "mais", "or", "puis", "donc", "alors", "ensuite", "aussi"})
NOMINAL = frozenset({"NOUN", "PROPN"})
# Adjective forms only ever said before a noun ("un vieil officier"): never a noun of their own.
PRENOMINAL_FORMS = frozenset({"vieil", "bel", "nouvel", "fol", "mol"})
# Adjectives that stand before their noun, which the small model often tags as the noun itself
# ("du mauvais esprit qui": "mauvais" the noun, "esprit" its adjective).
PRENOMINAL_ADJECTIVES = frozenset(
    f + ending
    for f, endings in (
        ("beau", ("", "x")),
        ("bell", ("e", "es")),
        ("bon", ("", "s", "ne", "nes")),
        ("mauvais", ("", "e", "es")),
        ("petit", ("", "s", "e", "es")),
        ("grand", ("", "s", "e", "es")),
        ("gros", ("", "se", "ses")),
        ("jeune", ("", "s")),
        ("vieu", ("x",)),
        ("vieill", ("e", "es")),
        ("joli", ("", "s", "e", "es")),
        ("nouv", ("eau", "eaux", "elle", "elles")),
        ("long", ("", "s", "ue", "ues")),
        ("haut", ("", "s", "e", "es")),
        ("premi", ("er", "ers", "ère", "ères")),
        ("derni", ("er", "ers", "ère", "ères")),
        ("ancien", ("", "s", "ne", "nes")),
        ("meilleur", ("", "s", "e", "es")),
        ("vrai", ("", "s", "e", "es")),
        ("faux", ("",)),
        ("fauss", ("e", "es")),
    )
    for ending in endings
)
INVERTED_SUBJECT_RE = re.compile(r"^-(?:t-)?(?:il|elle|on|ils|elles)$", re.IGNORECASE)
LATER_MARKS = frozenset({"quand", "lorsque", "lorsqu'", "lorsqu’"})
# Not "à" nor "en": "à la fin", "en hâte" tell when and how, not where.
PLACE_PREPOSITIONS = frozenset({"dans", "sur", "sous", "devant", "derrière", "près", "loin", "chez"})
FRONT_MARKS = frozenset({"quand", "lorsque", "lorsqu'", "lorsqu’", "comme", "puisque", "puisqu'", "puisqu’"})
OPENERS = frozenset({"«", "“", "—", "–", "-", "("})
STRONG_TO_SUBJECT = {"lui": "il", "elle": "elle", "eux": "ils", "elles": "elles", "moi": "je", "toi": "tu"}
# The words that open a relative or "que" clause.
RELATIVE_OPENERS = frozenset({"qui", "que", "qu'", "qu’", "dont", "où"})
# Past participle endings, for the participles the small model tags as nouns ("crottés").
PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées")
