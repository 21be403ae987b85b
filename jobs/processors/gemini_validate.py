"""Checking a Gemini answer before any of it becomes a sentence.

An answer must parse as a JSON list of {"source", "text"} items; empty
texts are dropped; each source's items must be consecutive and in ascending
source order, and must carry at least half the source's words (a rewrite that
shrinks a sentence to a fragment has lost meaning). A source that fails any
of this is handed to the local splitter whole. Pieces over the word limit
are handled by the caller, also with the local splitter.
"""

from __future__ import annotations

import json
import re

from jobs.processors.base import ProcessorSettings, count_words
from jobs.processors.split import render

MIN_WORD_COVERAGE = 0.5
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
