"""Words hyphenated across lines: join them, or keep a real hyphen.

Justified French text breaks words at line ends ("immo-/rale"), but it also
breaks compounds at their own hyphen ("Louis-/Antoine", "elle-/même"). The
evidence, strongest first: how the book itself writes the word elsewhere,
then French rules (pronoun after a verb, known prefixes, proper names), then
a French word list (wordfreq).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_EDGE_PUNCTUATION = re.compile(r"^[^\w]+|[^\w]+$")

# The second half of "dit-il", "elle-même", "celui-ci", "prends-le".
PRONOUN_SUFFIXES = frozenset(
    "je tu il elle on nous vous ils elles moi toi lui leur leurs eux en y ce ci là même mêmes le la les".split()
)
# First halves that make compounds: "grand-mère", "au-dessus", "arrière-garde".
HYPHEN_PREFIXES = frozenset(
    "grand grande grands grandes demi mi semi arrière avant au aux contre sous "
    "vice ex non après sans soi belle beau beaux belles petit petite petits "
    "petites porte garde chef arc basse haute haut hauts bas hors entre nouveau "
    "nouveaux nouvelle franc quasi pseudo extra ultra post là celui celle ceux "
    "celles tout toute peut très rez plate chou chefs sainte saint par".split()
)
NUMBER_WORDS = frozenset(
    "un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze "
    "quinze seize vingt vingts trente quarante cinquante soixante cent cents et".split()
)
_KNOWN_WORD_ZIPF = 2.5  # wordfreq zipf at which a joined form is a real word
_COMMON_WORD_ZIPF = 3.5  # a word in its own right, not a fragment of one


class Vocabulary:
    """How often the book writes each word (lowercased) within a line."""

    def __init__(self, counts: Counter[str] | None = None) -> None:
        self.counts: Counter[str] = counts if counts is not None else Counter()

    def add_text(self, text: str) -> None:
        self.counts.update(word.lower() for word in WORD.findall(text))

    def add_words(self, words: Iterable[str]) -> None:
        self.counts.update(word.lower() for word in words)

    def count(self, word: str) -> int:
        return self.counts.get(word.lower(), 0)


def join_broken_word(left: str, right: str, vocabulary: Vocabulary) -> str:
    """Join the token ending a line (hyphen removed) with the one starting the next."""
    left_word = _EDGE_PUNCTUATION.sub("", left)
    right_word = _EDGE_PUNCTUATION.sub("", right)
    hyphen = "-" if keeps_hyphen(left_word, right_word, vocabulary) else ""
    return f"{left}{hyphen}{right}"


def keeps_hyphen(left: str, right: str, vocabulary: Vocabulary) -> bool:
    if not left or not right or not left[-1].isalpha() or not right[0].isalpha():
        return True  # not a word cut in two: leave the hyphen as printed
    seen = _book_says(left, right, vocabulary)
    if seen is not None:
        return seen
    if right.lower().startswith("t-"):
        return True  # "a-/t-il": the euphonic t always takes hyphens
    # "regar-/dez-vous": decide on the first element after the cut.
    head, _, tail = right.partition("-")
    if tail:
        seen = _book_says(left, head, vocabulary)
        if seen is not None:
            return seen
    if head[0].isupper() and not (left.isupper() and head.isupper()):
        return True  # "Louis-/Antoine"; but "SCHÉ-/RER" is one word in capitals
    left_stem, head_lower = _after_elision(left).lower(), head.lower()
    if left_stem in NUMBER_WORDS and head_lower in NUMBER_WORDS:
        return True  # "vingt-/cinq"
    if zipf(left_stem + head_lower) >= _KNOWN_WORD_ZIPF:
        return False
    if head_lower in PRONOUN_SUFFIXES or left_stem in HYPHEN_PREFIXES:
        return True
    # "c'est-/à-dire": the cut fell between compound elements, each a word of
    # its own; "ré-/pondriez-vous" has a fragment before its hyphen.
    return bool(tail) and zipf(head_lower) >= _COMMON_WORD_ZIPF


def _book_says(left: str, right: str, vocabulary: Vocabulary) -> bool | None:
    """True/False when the book writes the word elsewhere with/without hyphen."""
    seen_compound = vocabulary.count(f"{left}-{right}")
    seen_joined = vocabulary.count(f"{left}{right}")
    if not (seen_compound or seen_joined):
        return None
    return seen_compound > seen_joined


def _after_elision(word: str) -> str:
    """ "l'effec" -> "effec", so the word list sees the word itself."""
    return re.split(r"['’]", word)[-1]


def zipf(word: str) -> float:
    frequency = _french_frequencies().get(word, 0.0)
    return math.log10(frequency) + 9 if frequency > 0 else 0.0


@lru_cache(maxsize=1)
def _french_frequencies() -> dict[str, float]:
    import wordfreq  # loaded on first use: ~0.1 s, then a dict lookup

    return wordfreq.get_frequency_dict("fr")
