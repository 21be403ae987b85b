"""Model helpers the pipeline and the benches rely on."""

from __future__ import annotations

import pytest

from jobs.models import Sentence
from tests.builders import finished_job

pytestmark = pytest.mark.django_db


def test_bulk_create_takes_a_generator_and_fills_the_search_columns(owner):
    job = finished_job(owner, [])
    rows = (
        Sentence(
            job=job,
            chunk_index=0,
            chunk_position=i,
            position=i + 1,
            text=text,
            page=1,
            source_index=i,
            source_text=text,
            word_count=2,
        )
        for i, text in enumerate(["Élan vital.", "Été chaud."])
    )
    Sentence.objects.bulk_create(rows)
    assert list(Sentence.objects.filter(job=job).order_by("position").values_list("search_text", flat=True)) == [
        "elan vital.",
        "ete chaud.",
    ]
