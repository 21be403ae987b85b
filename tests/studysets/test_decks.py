"""Decks a learner can re-import: one note id per sentence in every format, target words marked, tags, subdecks."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import zipfile

from jobs.exports.services import export_job
from jobs.studysets import services
from jobs.studysets.export import study_set_export
from jobs.studysets.models import StudySet
from tests.builders import finished_job


def read_back(data: bytes, tmp_path) -> tuple[list[tuple], dict[int, str]]:
    """(notes as (guid, fields, tags, deck name), deck names by id) from an .apkg."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        (tmp_path / "c.anki2").write_bytes(zf.read("collection.anki2"))
    conn = sqlite3.connect(tmp_path / "c.anki2")
    try:
        decks = {int(k): v["name"] for k, v in json.loads(conn.execute("SELECT decks FROM col").fetchone()[0]).items()}
        rows = conn.execute(
            "SELECT n.guid, n.flds, n.tags, c.did FROM notes n JOIN cards c ON c.nid = n.id ORDER BY n.id"
        ).fetchall()
    finally:
        conn.close()
    return [(guid, flds.split("\x1f"), tags.split(), decks[did]) for guid, flds, tags, did in rows], decks


def body(export) -> bytes:
    return b"".join(export[2])


def chaptered_job(owner):
    rows = [
        {"text": "Ils peuvent venir.", "chapter": "Chapitre I", "stands_alone": True},
        {"text": "Le vent soufflait.", "chapter": "Chapitre I", "stands_alone": True},
        {"text": "Il chantait.", "chapter": "Chapitre II", "stands_alone": True},
    ]
    return finished_job(owner, rows, filename="Le Vent.pdf", settings={"max_words": 8})


def test_a_sentence_has_one_id_in_csv_tsv_and_apkg_and_keeps_it(owner, tmp_path):
    job = chaptered_job(owner)
    csv_ids = [r["id"] for r in csv.DictReader(io.StringIO(body(export_job(job=job, fmt="csv")).decode()))]
    tsv_lines = body(export_job(job=job, fmt="tsv")).decode().splitlines()
    tsv_ids = [line.split("\t")[0] for line in tsv_lines if not line.startswith("#")]
    notes, _ = read_back(body(export_job(job=job, fmt="apkg")), tmp_path)
    again, _ = read_back(body(export_job(job=job, fmt="apkg")), tmp_path)
    want = [f"np-{pk}" for pk in job.sentences.order_by("position").values_list("pk", flat=True)]
    assert csv_ids == tsv_ids == [n[0] for n in notes] == [n[0] for n in again] == want
    assert "#guid column:1" in tsv_lines


def test_a_set_deck_marks_its_target_words_and_tags_book_and_chapter(owner, tmp_path):
    job = chaptered_job(owner)
    words = services.word_list_create(owner=owner, name="verbes", words=["pourrait", "chanter"])
    study_set = services.study_set_create(owner=owner, job=job, word_list=words)
    services.study_set_run(set_id=study_set.pk)
    study_set = StudySet.objects.get(pk=study_set.pk)
    notes, decks = read_back(body(study_set_export(study_set=study_set, fmt="apkg")), tmp_path)
    by_guid = {guid: (fields, tags, deck) for guid, fields, tags, deck in notes}
    first = job.sentences.get(text="Ils peuvent venir.")
    fields, tags, deck = by_guid[f"np-{first.pk}"]
    assert fields[0] == 'Ils <b class="target">peuvent</b> venir.'
    assert fields[3] == "peuvent"
    assert tags == ["Le_Vent_-_verbes_(cover_the_list)", "Le_Vent_-_verbes_(cover_the_list)::Chapitre_I"]
    assert len(decks) == 2  # Anki's default deck and the set's own: no subdecks unless asked


def test_a_set_deck_can_have_a_subdeck_per_chapter(owner, tmp_path):
    job = chaptered_job(owner)
    words = services.word_list_create(owner=owner, name="verbes", words=["pouvoir", "chanter"])
    study_set = services.study_set_create(owner=owner, job=job, word_list=words)
    services.study_set_run(set_id=study_set.pk)
    study_set = StudySet.objects.get(pk=study_set.pk)
    notes, _ = read_back(body(study_set_export(study_set=study_set, fmt="apkg", subdecks=True)), tmp_path)
    title = "Le Vent - verbes (cover the list)"
    assert sorted(deck for *_, deck in notes) == [f"{title}::Chapitre I", f"{title}::Chapitre II"]
    plain, _ = read_back(body(study_set_export(study_set=study_set, fmt="apkg")), tmp_path)
    assert [n[0] for n in notes] == [n[0] for n in plain]  # the same notes, wherever they are filed
