"""How French books are set: the marks that open speech, the titles before a name, an initial cut from its name.

Shared by PDF reading, sentence finding and the processors (which stand
apart from each other) and by study sets, so each part reads a line the
same way.
"""

from __future__ import annotations

import re

# A line of dialogue opens with a dash or a quotation mark: "— Oui.", "« Viens ! »".
DIALOGUE_START = tuple('—–-«“‹"')
# Abbreviated titles, part of the name they stand before: "M. Lecoq", "Mme Bovary", "Me Folgat" (maître).
TITLE_ABBREVIATIONS = frozenset({"M.", "MM.", "Mme", "Mmes", "Mlle", "Mlles", "Dr", "Me", "Mgr"})
# Every title, abbreviated or written out: "Madame Bovary" keeps its capital after a connector.
TITLES = TITLE_ABBREVIATIONS | {"Monsieur", "Madame", "Mademoiselle"}
# "M." or "D." alone on a line is the start of a name cut by the line's end, never chapter 1000 or 500.
LONE_INITIAL = re.compile(r"^[MD]\.?$")
