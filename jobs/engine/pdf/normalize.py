"""Character-level clean-up of extracted text."""

from __future__ import annotations

import re

# Typographic ligatures become their letters; œ and æ are real French
# letters and stay.
_LIGATURES = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
}
# French typography puts a (narrow) no-break space before ; : ! ? » and after
# «; downstream code wants one plain space there.
_SPACES = "\u00a0\u202f\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u205f\u3000\t"
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff\ufffe\uffff"

_TRANSLATION = str.maketrans({**_LIGATURES, **dict.fromkeys(_SPACES, " "), **dict.fromkeys(_INVISIBLE, "")})
_MANY_SPACES = re.compile(r" {2,}")
_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")


_NEEDS_WORK = re.compile("[" + "".join(_LIGATURES) + _SPACES + _INVISIBLE + r"\x00-\x09\x0b-\x1f\x7f-\x9f]| {2}")


def normalize_text(text: str) -> str:
    """Ligatures to letters, odd spaces to plain ones, control characters out."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not _NEEDS_WORK.search(text):
        return text  # most lines: str.translate with a dict is slow
    return _MANY_SPACES.sub(" ", _CONTROL.sub("", text.translate(_TRANSLATION)))
