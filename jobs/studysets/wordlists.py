"""Word lists: the default top-N French words from wordfreq, or a learner's uploaded or pasted list.

Pure text in, words out (no ORM): parsing rules are tested without a database.
"""

from __future__ import annotations

import csv
import io
import re
from functools import lru_cache

from jobs.studysets.lemmas import fold
from novelproc.errors import InvalidInput

SPLIT_PASTED = re.compile(r"[\n\r,;\t]+")
CSV_SUFFIXES = (".csv",)


def default_list_name(n: int) -> str:
    return f"Top {n:,} French words".replace(",", " ")


@lru_cache(maxsize=4)
def top_words(n: int) -> tuple[str, ...]:
    """wordfreq's ``n`` most frequent French words that contain a letter, folded (``l`` -> ``le``), unique."""
    from wordfreq import top_n_list

    # Numbers and symbols are dropped and folding merges some, so ask for extra.
    wanted = n
    pool = top_n_list("fr", n * 2 + 100)
    return tuple(clean_words(pool)[:wanted])


def clean_words(raw: list[str]) -> list[str]:
    """Folded, stripped, with a letter in them, de-duplicated, in the order given."""
    seen: set[str] = set()
    out: list[str] = []
    for word in raw:
        folded = " ".join(fold(part) for part in word.split())
        folded = folded.strip(" \"'«»()[]{}.!?:")
        if not folded or not any(ch.isalpha() for ch in folded) or folded in seen:
            continue
        seen.add(folded)
        out.append(folded)
    return out


def parse_pasted(text: str) -> list[str]:
    """One word (or expression) per line, or separated by commas, semicolons or tabs."""
    return clean_words(SPLIT_PASTED.split(text))


def parse_csv(text: str) -> list[str]:
    """The first column of each row (a second column, e.g. a translation, is ignored)."""
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = csv.reader(io.StringIO(text), dialect)
    return clean_words([row[0] for row in rows if row and not row[0].lstrip().startswith("#")])


def decode_upload(data: bytes) -> str:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = "\x00"
    if "\x00" not in text:
        return text
    raise InvalidInput("The word list must be a UTF-8 text or CSV file.", code="word_list_unreadable")


def parse_upload(*, filename: str, data: bytes) -> list[str]:
    text = decode_upload(data)
    if filename.lower().endswith(CSV_SUFFIXES):
        return parse_csv(text)
    return parse_pasted(text)


def check_words(words: list[str], *, max_words: int, field: str = "words") -> list[str]:
    if not words:
        raise InvalidInput("The word list has no words.", code="empty_word_list", fields={field: ["No words found."]})
    if len(words) > max_words:
        raise InvalidInput(
            f"The word list has {len(words)} words; the limit is {max_words}.",
            code="word_list_too_long",
            fields={field: [f"At most {max_words} words."]},
        )
    return words
