"""Chapter and part headings: recognised by wording, labelled by level.

Layout detection (font size, centring) happens upstream in PDF reading; this
module covers headings that layout missed and turns a run of headings into
the chapter label every following sentence carries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from jobs.engine.typography import DIALOGUE_START, LONE_INITIAL

_ORDINAL_WORDS = (
    r"premier|première|premiere|second|seconde|deuxième|deuxieme|troisième|"
    r"quatrième|cinquième|sixième|septième|huitième|neuvième|dixième|onzième|"
    r"douzième|[a-zéèêàâîôûç-]+ième|un|deux|trois|quatre|cinq|six|sept|huit|"
    r"neuf|dix|onze|douze|treize|quatorze|quinze|seize|dernier|unique"
)
_NUMBER = rf"(?:[IVXLCDM]+|\d{{1,3}}|{_ORDINAL_WORDS})"

# A part-level heading starts a new part; chapters nest under it.
_PART_RE = re.compile(
    rf"^(?:(?:{_ORDINAL_WORDS})\s+(?:partie|livre|époque)\b"
    rf"|(?:partie|livre|tome|époque)\s+{_NUMBER}\b"
    r"|(?:prologue|épilogue|epilogue|préface|avant-propos|introduction)\b)",
    re.IGNORECASE,
)
_CHAPTER_RE = re.compile(rf"^(?:chapitre|chap\.)\s+{_NUMBER}\b", re.IGNORECASE)
# A bare numeral: "XIV", "12", "IV." — a chapter, or a section of a chapter.
_NUMERAL_RE = re.compile(r"^(?:[IVXLCDM]+|\d{1,3})\.?$")
# "I. Le départ", "3 – La fuite": numeral then a short title.
# A lone C, D, L or M followed by a period is an initial ("M. Stepark").
_NUMBERED_TITLE_RE = re.compile(r"^(?:[IVXLCDM]{2,}|[IVX]|\d{1,3})(?:\.|\s*[–—-])\s+\S")
_MAX_HEADING_WORDS = 10
_MAX_CAPS_WORDS = 8


def is_heading_text(paragraph: str) -> bool:
    """Whether a paragraph standing alone reads as a heading.

    Deliberately strict: a false heading cuts a chapter in two and drops a
    sentence out of the body, so dialogue ("— Oui.") and anything ending like
    a spoken sentence never qualify.
    """
    text = paragraph.strip()
    if not text or text.startswith(DIALOGUE_START):
        return False
    words = text.split()
    if len(words) > _MAX_HEADING_WORDS:
        return False
    if _PART_RE.match(text) or _CHAPTER_RE.match(text) or (_NUMERAL_RE.match(text) and not LONE_INITIAL.match(text)):
        return True
    if text[-1] in "!?…,;:»":
        return False
    if _NUMBERED_TITLE_RE.match(text):
        return text[-1] != "."  # "1. Prendre la route." is a list item
    return _is_caps_title(text, words)


def _is_caps_title(text: str, words: list[str]) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return (
        len(words) <= _MAX_CAPS_WORDS
        and len(letters) >= 4
        and all(ch.isupper() for ch in letters)
        and text[-1] not in ".!?…"
    )


def is_part_heading(text: str) -> bool:
    return bool(_PART_RE.match(text.strip()))


@dataclass
class ChapterTracker:
    """Builds "PART – CHAPTER – SECTION" labels from the headings seen so far.

    Books nest differently: Flaubert has parts then roman chapters, Tolstoï
    parts, then CHAPITRE, then roman sections. A bare numeral under a worded
    "CHAPITRE" heading is a section of it; otherwise it is the chapter.
    Consecutive headings (a numeral then its title) read as one label.
    """

    part: str = ""
    chapter: str = ""
    section: str = ""
    chapter_is_worded: bool = False
    _last_was_heading: bool = field(default=False, repr=False)

    @property
    def label(self) -> str:
        return " – ".join(p for p in (self.part, self.chapter, self.section) if p)

    def body(self) -> None:
        self._last_was_heading = False

    def heading(self, text: str) -> str:
        text = " ".join(text.split())
        if is_part_heading(text):
            self._set_part(text)
        elif _CHAPTER_RE.match(text):
            self.chapter, self.section, self.chapter_is_worded = text, "", True
        elif _NUMERAL_RE.match(text) or _NUMBERED_TITLE_RE.match(text):
            self._set_numeral(text)
        else:
            self._set_title(text)
        self._last_was_heading = True
        return self.label

    def _set_part(self, text: str) -> None:
        if self._last_was_heading and self.part and not self.chapter:
            self.part = f"{self.part} – {text}"
        else:
            self.part = text
        self.chapter, self.section, self.chapter_is_worded = "", "", False

    def _set_numeral(self, text: str) -> None:
        if self.chapter_is_worded:
            self.section = text
        else:
            self.chapter, self.section = text, ""

    def _set_title(self, text: str) -> None:
        # A title right after a numeral names that chapter; alone it is one.
        if self._last_was_heading and (self.section or self.chapter or self.part):
            if not self.chapter:
                self.part = f"{self.part} – {text}"
            elif self.section:
                self.section = f"{self.section} – {text}"
            else:
                self.chapter = f"{self.chapter} – {text}"
        else:
            self.chapter, self.section, self.chapter_is_worded = text, "", False
