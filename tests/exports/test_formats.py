"""Each format read back holds exactly the job's sentences, in order, with edits applied."""

from __future__ import annotations

import csv
import io
import sqlite3
import tempfile
import zipfile
from html import escape as html_escape

import pytest

from jobs.exports import anki
from jobs.exports.services import export_job
from jobs.models import Job, Sentence
from novelproc.errors import Conflict, InvalidInput
from tests.exports.conftest import CHAPTERED, SENTENCES, expected, file_rows, make_job


def export_bytes(job, fmt, **kwargs) -> tuple[str, bytes]:
    filename, _, body = export_job(job=job, fmt=fmt, **kwargs)
    return filename, b"".join(body)


def read_csv(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8"))))


def read_tsv(data: bytes) -> tuple[list[str], list[list[str]]]:
    lines = data.decode("utf-8").splitlines(keepends=True)
    headers = [line.rstrip("\n") for line in lines if line.startswith("#")]
    body = "".join(line for line in lines if not line.startswith("#"))
    return headers, list(csv.reader(io.StringIO(body), delimiter="\t"))


def read_apkg(data: bytes, tmp_path) -> tuple[list[tuple], list[tuple]]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        assert "collection.anki2" in zf.namelist()
        (tmp_path / "collection.anki2").write_bytes(zf.read("collection.anki2"))
    conn = sqlite3.connect(tmp_path / "collection.anki2")
    try:
        notes = conn.execute("SELECT id, guid, mid, flds FROM notes ORDER BY id").fetchall()
        cards = conn.execute("SELECT nid, did FROM cards ORDER BY nid").fetchall()
    finally:
        conn.close()
    return notes, cards


def test_csv_holds_the_jobs_sentences_in_order_with_edits(job):
    filename, data = export_bytes(job, "csv")
    rows = read_csv(data)
    assert filename == "Le Secret de Wilhelm Storitz.csv"
    assert rows[0] == [
        *("id", "sentence", "original", "chapter", "page", "words", "kind", "stands_alone", "targets", "tags")
    ]
    assert rows[1:] == file_rows(job)
    assert rows[2][1] == "La ville entière dormait."  # the edit, not the original short sentence
    # The second sentence was judged to stand alone, then edited: the verdict no longer applies.
    assert [r[6:8] for r in rows[1:]] == [["sentence", v] for v in ("true", "", "", "false", "true")]
    assert not data.startswith(b"\xef\xbb\xbf")


def test_csv_starts_with_a_bom_only_when_asked(job):
    _, data = export_bytes(job, "csv", bom=True)
    assert data.startswith(b"\xef\xbb\xbf")
    assert read_csv(data[3:])[1:] == file_rows(job)


def test_tsv_carries_anki_headers_and_reads_back(job):
    filename, data = export_bytes(job, "tsv")
    headers, rows = read_tsv(data)
    assert filename.endswith(".tsv")
    assert headers[0] == "#separator:tab"
    assert "#html:false" in headers
    assert "#guid column:1" in headers
    assert "#notetype:Basic" in headers
    assert "#columns:id\tsentence\toriginal\tchapter\tpage\twords\tkind\tstands_alone\ttargets\ttags" in headers
    assert "#tags column:10" in headers
    assert rows == file_rows(job)  # the tab inside a sentence survives quoting


def test_txt_has_one_sentence_per_line(job):
    _, data = export_bytes(job, "txt")
    lines = data.decode().splitlines()
    assert lines == [" ".join(s[1].split()) for s in expected(job)]


def test_apkg_collection_holds_the_sentences_with_the_original_on_the_back(job, tmp_path):
    filename, data = export_bytes(job, "apkg")
    notes, cards = read_apkg(data, tmp_path)
    assert filename.endswith(".apkg")
    fields = [flds.split("\x1f") for _, _, _, flds in notes]
    want = expected(job)
    assert [f[0] for f in fields] == [w[1].replace('"', "&quot;") for w in want]
    assert [f[1] for f in fields] == [w[2].replace('"', "&quot;") for w in want]
    for f, w in zip(fields, want, strict=True):
        assert f[2].startswith("<i>Le Secret de Wilhelm Storitz</i>") and f"p. {w[4]}" in f[2] and w[3] in f[2]
    assert {mid for _, _, mid, _ in notes} == {anki.MODEL_ID}
    assert len(cards) == len(want) and {did for _, did in cards} == {anki.deck_id_for(str(job.pk))}


def test_apkg_note_guids_are_stable_across_exports(job, tmp_path):
    first, _ = read_apkg(export_bytes(job, "apkg")[1], tmp_path)
    Sentence.objects.filter(job=job, position=1).update(edited_text="Il pleuvait fort.")
    second, _ = read_apkg(export_bytes(job, "apkg")[1], tmp_path)
    assert [g for _, g, _, _ in first] == [g for _, g, _, _ in second]
    assert len({g for _, g, _, _ in first}) == len(SENTENCES)
    assert second[0][3].startswith("Il pleuvait fort.")


def test_apkg_leaves_no_scratch_files(job, tmp_path, monkeypatch):
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    export_bytes(job, "apkg")
    _, _, body = export_job(job=job, fmt="apkg")
    next(body)  # a download abandoned half-way
    body.close()
    assert list(scratch.iterdir()) == []


def test_rows_follow_position_not_insertion_order(owner):
    job = make_job(owner, positions=[5, 4, 3, 2, 1])
    rows = read_csv(export_bytes(job, "csv")[1])[1:]
    assert [r[1] for r in rows] == [s[1] or s[0] for s in reversed(SENTENCES)]


def test_a_selection_limits_the_rows(job):
    picked = list(Sentence.objects.filter(job=job, position__in=[2, 4]).values_list("pk", flat=True))
    other_job = make_job(job.owner, filename="other.pdf")
    foreign = Sentence.objects.filter(job=other_job).first().pk
    rows = read_csv(export_bytes(job, "csv", ids=picked + [foreign])[1])[1:]
    assert [r[0] for r in rows] == [f"np-{pk}" for pk in sorted(picked)]


def test_a_search_limits_the_rows_and_sees_edits(job):
    rows = read_csv(export_bytes(job, "csv", search="entière")[1])[1:]
    assert [r[1] for r in rows] == ["La ville entière dormait."]
    rows = read_csv(export_bytes(job, "csv", search="dit-elle")[1])[1:]  # matches the original sentence too
    assert [r[1] for r in rows] == ["« Oui », dit-elle.", "Elle partit."]


def test_unknown_format_is_refused(job):
    with pytest.raises(InvalidInput) as exc:
        export_job(job=job, fmt="xlsx")
    assert exc.value.code == "unknown_format"


def test_a_job_without_sentences_yet_cannot_be_exported(owner):
    job = make_job(owner, sentences=[], status=Job.Status.PROCESSING)
    with pytest.raises(Conflict) as exc:
        export_job(job=job, fmt="csv")
    assert exc.value.code == "job_not_finished"


def test_a_long_export_streams_in_pieces_across_many_fetches(owner, settings):
    settings.EXPORT_DB_CHUNK_SIZE = 100
    many = [(f"Phrase {i}.", "", f"Source {i}.", "", i // 30 + 1) for i in range(1234)]
    job = make_job(owner, sentences=many, positions=[1234 - i for i in range(1234)])
    _, _, body = export_job(job=job, fmt="csv")
    pieces = list(body)
    rows = read_csv(b"".join(pieces))[1:]
    assert len(pieces) > 2  # handed out as it is read, not built whole first
    assert [r[1] for r in rows] == [f"Phrase {i}." for i in reversed(range(1234))]


def texts_of(job, fmt, **options) -> list[str]:
    data = export_bytes(job, fmt, **options)[1]
    if fmt == "txt":
        return data.decode().splitlines()
    return [r[1] for r in (read_csv(data)[1:] if fmt == "csv" else read_tsv(data)[1])]


def test_csv_and_tsv_say_which_rows_are_headings_and_which_stand_alone(chaptered):
    want = [[kind, "" if alone is None else str(alone).lower()] for _, kind, alone in CHAPTERED]
    assert [r[6:8] for r in read_csv(export_bytes(chaptered, "csv")[1])[1:]] == want
    assert [r[6:8] for r in read_tsv(export_bytes(chaptered, "tsv")[1])[1]] == want


@pytest.mark.parametrize("fmt", ["csv", "tsv", "txt"])
def test_leaving_out_headings_keeps_every_other_row(chaptered, fmt):
    assert texts_of(chaptered, fmt) == [text for text, _, _ in CHAPTERED]
    assert texts_of(chaptered, fmt, skip_headings=True) == [t for t, kind, _ in CHAPTERED if kind != "heading"]


@pytest.mark.parametrize("fmt", ["csv", "tsv", "txt"])
def test_leaving_out_fragments_keeps_the_sentences_not_judged(chaptered, fmt):
    got = texts_of(chaptered, fmt, skip_fragments=True)
    assert got == [t for t, _, alone in CHAPTERED if alone is not False]
    assert "« Oui », dit-elle." in got and "Chapitre I" in got  # not judged: stays


def test_an_edited_fragment_is_no_longer_judged_and_stays(chaptered):
    Sentence.objects.filter(job=chaptered, text="Dehors, sous l'orage.").update(edited_text="Il faisait orage.")
    rows = read_csv(export_bytes(chaptered, "csv", skip_fragments=True)[1])[1:]
    assert [r[1:2] + r[6:8] for r in rows if r[1] == "Il faisait orage."] == [["Il faisait orage.", "sentence", ""]]


def test_both_options_together_leave_stand_alone_and_unjudged_sentences(chaptered):
    got = texts_of(chaptered, "csv", skip_headings=True, skip_fragments=True)
    assert got == ["Il pleuvait depuis le matin.", "« Oui », dit-elle.", "Elle partit."]


def test_options_combine_with_a_search(chaptered):
    got = texts_of(chaptered, "csv", search="Chapitre", skip_fragments=True)
    assert got == ["Chapitre I", "Chapitre II"]
    assert texts_of(chaptered, "csv", search="Chapitre", skip_headings=True) == []


def test_an_anki_deck_never_makes_a_card_of_a_heading(chaptered, tmp_path):
    notes, cards = read_apkg(export_bytes(chaptered, "apkg")[1], tmp_path)
    fronts = [flds.split("\x1f")[0] for _, _, _, flds in notes]
    assert fronts == [html_escape(t) for t, kind, _ in CHAPTERED if kind != "heading"]
    assert len(cards) == len(fronts)
    notes, _ = read_apkg(export_bytes(chaptered, "apkg", skip_fragments=True)[1], tmp_path)
    assert [flds.split("\x1f")[0] for _, _, _, flds in notes] == [
        html_escape(t) for t, kind, alone in CHAPTERED if kind != "heading" and alone is not False
    ]


def test_a_filtered_export_still_streams_in_pieces(owner, settings):
    settings.EXPORT_DB_CHUNK_SIZE = 100
    many = [(f"Phrase {i}.", "", f"Source {i}.", "", i // 30 + 1) for i in range(2000)]
    fields = [{"kind": "heading" if i % 5 == 0 else "sentence", "stands_alone": i % 3 != 0} for i in range(2000)]
    job = make_job(owner, sentences=many, fields=fields)
    _, _, body = export_job(job=job, fmt="csv", skip_headings=True, skip_fragments=True)
    pieces = list(body)
    rows = read_csv(b"".join(pieces))[1:]
    assert len(pieces) > 2
    assert [r[1] for r in rows] == [f"Phrase {i}." for i in range(2000) if i % 5 and i % 3]
