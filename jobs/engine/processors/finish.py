"""Give a rewritten piece the shape of a sentence, and a spoken line its marks.

A piece starts with a capital (after an opening guillemet or dialogue
dash) and ends with . ! ? or … (a closing guillemet may follow). Each piece
of a spoken line keeps the line's dash, and its guillemets balanced when
the line's own are.
"""

from __future__ import annotations

import re

from jobs.engine.processors.subjects import opens_incise

_DIALOGUE_DASH_RE = re.compile(r"^\s*([—–]|-{1,2})\s")
_LEADING_JUNK_RE = re.compile(r"^[\s,;:]+")
_LEADING_DASHES_RE = re.compile(r"^[—–-]+\s+")
_TRAILING_JUNK_RE = re.compile(r"[\s,;:—–-]+$")
_JUNK_BEFORE_END_RE = re.compile(r"\s*[,;:][\s,;:]*([.!?…]+\s*[»”]?)$")  # "du boulevard,." -> "du boulevard."
_END_RE = re.compile(r"[.!?…]\s*[»”\"]?$")
_CLOSING_QUOTE_RE = re.compile(r"\s*[»”]$")
_FIRST_LETTER_RE = re.compile(r"^([^\w]*)(\w)")
# A question inverts its subject ("Qu'as-tu", "Pourquoi partait-il", "Dix heures, n'était-ce pas") or
# opens on an interrogative word ("Quel moyen de ..."); an incise inverts after the words spoken ("Non,
# répondit-il"), which asks nothing.
_INVERSION_RE = re.compile(r"(?:(\S+)\s+)?(\S*\w-(?:t-)?(?:je|tu|il|elle|on|nous|vous|ils|elles|ce))\b", re.IGNORECASE)
_QUESTION_WORD_RE = re.compile(
    r"^[«“—–\-\s…]*(?:quel|quelle|quels|quelles|pourquoi|comment|combien|est-ce)\b", re.IGNORECASE
)
_QUESTION_END_RE = re.compile(r"(\s?)\?\s*[»”]?\s*$")


def finish_piece(piece: str, *, source: str, spoken: bool = True) -> str:
    """The piece with its line's marks and a sentence's shape; spoken=False: narration an incise hung on the
    line, which takes none of its marks."""
    text = piece.strip()
    text = _TRAILING_JUNK_RE.sub("", _LEADING_JUNK_RE.sub("", text)) or text
    if not spoken:
        text = _DIALOGUE_DASH_RE.sub("", text, count=1)
        if text.count("«") != text.count("»"):
            text = text.strip("«» ")
    dash = _DIALOGUE_DASH_RE.match(source) if spoken else None
    if dash and not _DIALOGUE_DASH_RE.match(text + " "):
        text = f"{dash.group(1)} {text}"
    elif not _DIALOGUE_DASH_RE.match(source):
        text = _LEADING_DASHES_RE.sub("", text)  # "... une voix -- cette voix ! -- | prononçait": an aside's close
    if spoken and _quoted_whole(source):
        text = text if text.startswith("«") else f"« {text}"
        text = text if text.endswith("»") else f"{text} »"
    elif spoken and _balanced(source):
        opens, closes = text.count("«"), text.count("»")
        if opens > closes:
            text = f"{text} »"
        elif closes > opens:
            text = f"« {text}"
    text = _FIRST_LETTER_RE.sub(lambda m: m.group(1) + m.group(2).upper(), text, count=1)
    if not _END_RE.search(text.replace(" »", "»")):
        end = "."
        question = _QUESTION_END_RE.search(source)
        if question and _asks(text):
            end = question.group(1) + "?"  # "Qu'as-tu donc, Rostow ?": a question stays one, spaced as the book
        closing = _CLOSING_QUOTE_RE.search(text)
        if closing:
            text = text[: closing.start()] + end + text[closing.start() :]
        else:
            text += end
    return _JUNK_BEFORE_END_RE.sub(lambda m: (" " if m.group(1)[0] in "!?" else "") + m.group(1), text)


def _quoted_whole(text: str) -> bool:
    stripped = text.strip()
    return stripped.startswith("«") and stripped.endswith("»") and stripped.count("«") == 1


def _balanced(text: str) -> bool:
    return text.count("«") == text.count("»") and "«" in text


def _asks(text: str) -> bool:
    if _QUESTION_WORD_RE.match(text):
        return True
    return any(not opens_incise(m.group(1) or "", m.group(2), "") for m in _INVERSION_RE.finditer(text))
