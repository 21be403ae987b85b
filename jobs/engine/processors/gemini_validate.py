"""Checking a Gemini answer before any of it becomes a sentence.

An answer must parse as a JSON list of {"source", "text"} items; empty
texts are dropped; each source's items must be consecutive and in ascending
source order, and must carry at least half the source's words (a rewrite that
shrinks a sentence to a fragment has lost meaning). Pieces that pass must
then say what their source says and nothing more (``unfaithful``): content
words kept, none invented. A source that fails any of this is handed to the
local processor whole. Pieces over the word limit are handled by the caller,
with the local splitter.
"""

from __future__ import annotations

import json
import re
from collections import Counter

from jobs.engine.processors.fidelity import content_forms, fidelity
from jobs.engine.processors.split import render
from jobs.engine.types import ProcessorSettings, count_words

MIN_WORD_COVERAGE = 0.5

# Fidelity compares word forms as written, so even a faithful standalone
# rewrite costs a little: a participle or an infinitive made a finite verb
# ("le sortant" -> "Il le sortait", "à cueillir" -> "Elle cueillait") counts
# as one form lost and one invented. Measured on a dozen rewrites written the
# way the prompt asks, of long sentences from the corpus novels (7 to 16
# content words): ten pass; the two that fail each paraphrased two content
# words away ("quelque chose de nouveau" -> "nouveau"), where a local rewrite
# costs little. A dropped clause loses two or more forms; a merge of two
# sources or a translation invents far more than a tenth.
MIN_RECALL = 0.9  # share of the source's content forms found in its pieces
MAX_INVENTED_SHARE = 0.1  # share of the pieces' content forms the source lacks
# Under ten content words a tenth is less than one word, which would forbid
# even the one reworded verb; so one form lost and one invented always pass.
SLACK_FORMS = 1
# The slack never covers a capitalised word: a name (or a new word opening a
# sentence) that the source lacks is a fact the author did not write, however
# short the answer. A name from the sentence before passes: the prompt asks
# Gemini to restore a subject from context ("Il se leva" -> "Charles se leva").
_WORD_RE = re.compile(r"[^\W_]+")
_SPACE_RE = re.compile(r"[ \t\r\n]+")


def parse_items(text: str | None, count: int) -> list[list[str]] | None:
    """Raw item texts grouped per source index 0..count-1; None if unparseable.

    A source whose items come back out of order (after a later source) is
    returned empty, i.e. missing.
    """
    if not text:
        return None
    try:
        data = json.loads(text)
    except ValueError:
        return None
    if not isinstance(data, list):
        return None
    groups: list[list[str]] = [[] for _ in range(count)]
    broken: set[int] = set()
    last = -1
    for item in data:
        source, piece = _item(item, count)
        if source is None:
            continue
        if source < last:
            broken.add(source)
            continue
        groups[source].append(piece)
        last = source
    for source in broken:
        groups[source] = []
    return groups


def _item(item: object, count: int) -> tuple[int | None, str]:
    if not isinstance(item, dict):
        return None, ""
    source, piece = item.get("source"), item.get("text")
    if isinstance(source, bool) or not isinstance(source, int) or not 0 <= source < count:
        return None, ""
    if not isinstance(piece, str):
        return None, ""
    return source, piece


def clean_pieces(pieces: list[str], source_text: str, settings: ProcessorSettings) -> list[str] | None:
    """The learner-facing pieces of one source, or None when they do not cover it."""
    cleaned = [render(_SPACE_RE.sub(" ", p).strip(), settings.keep_punctuation) for p in pieces]
    cleaned = [p for p in cleaned if count_words(p) > 0]
    if not cleaned:
        return None
    if sum(count_words(p) for p in cleaned) < MIN_WORD_COVERAGE * count_words(source_text):
        return None
    return cleaned


def over_limit(piece: str, settings: ProcessorSettings) -> bool:
    return count_words(piece) > settings.max_words


def unfaithful(original: str, pieces: list[str], *, context: str = "") -> str | None:
    """Why the pieces do not say what the original says; None when they do."""
    measured = fidelity(original, pieces)
    wanted = Counter(content_forms(original))
    got = Counter(w for piece in pieces for w in content_forms(piece))
    lost = measured.original - measured.kept
    if measured.recall < MIN_RECALL and lost > SLACK_FORMS:
        words = ", ".join(sorted((wanted - got).elements()))
        return f"kept {measured.kept} of {measured.original} content words (lost: {words})"
    named = {w.lower(): w for piece in pieces for w in _WORD_RE.findall(piece) if w[0].isupper()}
    resolved = (named.keys() & set(content_forms(context))) - wanted.keys()
    invented = measured.invented - sum(got[w] for w in resolved)
    if invented > SLACK_FORMS and invented / measured.output > MAX_INVENTED_SHARE:
        words = ", ".join(sorted(w for w in got if w not in wanted and w not in resolved))
        return f"invented {invented} of {measured.output} content words ({words})"
    names = sorted(named[w] for w in named if w in got and w not in wanted and w not in resolved)
    if names:
        return f"invented name: {', '.join(names)}"
    return None
