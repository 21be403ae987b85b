"""Known words: a learner's own, per user; every change and read, whoever asks (web or API)."""

from __future__ import annotations

import logging
from collections.abc import Iterator

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.db.models import QuerySet

from accounts.models import User
from jobs.studysets import known_word_files, wordlists
from jobs.studysets.models import KnownWord
from novelproc.errors import FileTooLarge, InvalidInput

log = logging.getLogger(__name__)
MAX_LENGTH = 100


def known_word_list(*, owner: User) -> QuerySet[KnownWord]:
    return KnownWord.objects.filter(owner=owner).order_by("word")


def _checked(words: list[str], *, field: str, allow_empty: bool = False) -> list[str]:
    words = [w for w in words if len(w) <= MAX_LENGTH]
    if not words and not allow_empty:
        raise InvalidInput("No words found.", code="empty_word_list", fields={field: ["No words found."]})
    total = settings.STUDYSET_LIST_MAX_WORDS
    if len(words) > total:
        raise InvalidInput(
            f"{len(words)} words; the limit is {total}.",
            code="word_list_too_long",
            fields={field: [f"At most {total}."]},
        )
    return words


def known_words_add(*, owner: User, words: list[str] | None = None, text: str = "", upload: UploadedFile | None = None):
    """Add words (a list, pasted text, or a file: text, CSV, Anki notes as text, .apkg); returns (added, found)."""
    if upload is not None:
        if upload.size and upload.size > settings.STUDYSET_KNOWN_MAX_BYTES:
            raise FileTooLarge(f"A known-words file may be at most {settings.STUDYSET_KNOWN_MAX_BYTES:,} bytes.")
        found, field = known_word_files.parse_known_upload(filename=upload.name or "", data=upload.read()), "file"
    elif words is not None:
        found, field = wordlists.clean_words(words), "words"
    else:
        found, field = wordlists.parse_pasted(text), "text"
    found = _checked(found, field=field)
    with transaction.atomic():
        before = KnownWord.objects.filter(owner=owner).count()
        KnownWord.objects.bulk_create([KnownWord(owner=owner, word=w) for w in found], ignore_conflicts=True)
        added = KnownWord.objects.filter(owner=owner).count() - before
    log.info("known words added user=%s found=%s added=%s", owner.pk, len(found), added)
    return added, len(found)


def known_words_replace(*, owner: User, text: str) -> int:
    """The learner's edit: the pasted list becomes their known words (an empty list clears them)."""
    words = _checked(wordlists.parse_pasted(text), field="text", allow_empty=True)
    with transaction.atomic():
        KnownWord.objects.filter(owner=owner).exclude(word__in=words).delete()
        KnownWord.objects.bulk_create([KnownWord(owner=owner, word=w) for w in words], ignore_conflicts=True)
    log.info("known words replaced user=%s words=%s", owner.pk, len(words))
    return len(words)


def known_words_export(*, owner: User) -> Iterator[bytes]:
    """One word per line, UTF-8: a plain list any tool (and this one) imports."""
    for word in known_word_list(owner=owner).values_list("word", flat=True).iterator(chunk_size=2000):
        yield (word + "\n").encode()
