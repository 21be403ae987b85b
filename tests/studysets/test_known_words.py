"""Known words: imported from a plain list, a CSV, Anki notes as text or an .apkg (all made here), per user."""

from __future__ import annotations

import io
import sqlite3
import zipfile

import genanki
import pytest
import zstandard
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from rest_framework.test import APIClient

from jobs.studysets import known_word_files, known_words
from jobs.studysets.models import KnownWord
from novelproc.errors import InvalidInput

MODEL = genanki.Model(
    1_111_111_111,
    "Vocab",
    fields=[{"name": "Word"}, {"name": "Meaning"}],
    templates=[{"name": "Card", "qfmt": "{{Word}}", "afmt": "{{Meaning}}"}],
)


def placeholder(tmp_path) -> bytes:
    """The "collection.anki2" Anki's newest packages hold for older versions: one note asking to update."""
    path = tmp_path / "placeholder.anki2"
    deck = genanki.Deck(2_222_222_223, "Default")
    deck.add_note(genanki.Note(model=MODEL, fields=["Please update to the latest Anki version", ""]))
    genanki.Package(deck).write_to_file(tmp_path / "placeholder.apkg")
    with zipfile.ZipFile(tmp_path / "placeholder.apkg") as zf:
        path.write_bytes(zf.read("collection.anki2"))
    return path.read_bytes()


def apkg(tmp_path, notes: list[tuple[str, str]], *, studied: int = 0, legacy: bool = True) -> bytes:
    """A deck package as Anki writes one; the first ``studied`` notes' cards marked as reviewed."""
    deck = genanki.Deck(2_222_222_222, "Français")
    for word, meaning in notes:
        deck.add_note(genanki.Note(model=MODEL, fields=[word, meaning]))
    path = tmp_path / "deck.apkg"
    genanki.Package(deck).write_to_file(path)
    with zipfile.ZipFile(path) as zf:
        collection = zf.read("collection.anki2")
    db = tmp_path / "collection.anki2"
    db.write_bytes(collection)
    conn = sqlite3.connect(db)
    ids = [nid for (nid,) in conn.execute("SELECT id FROM notes ORDER BY id")]
    for nid in ids[:studied]:
        conn.execute("UPDATE cards SET type = 2, queue = 2 WHERE nid = ?", (nid,))
    conn.commit()
    conn.close()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        if legacy:
            zf.write(db, "collection.anki2")
        else:  # Anki's newest format: the collection compressed, and a placeholder for older versions
            zf.writestr("collection.anki21b", zstandard.ZstdCompressor().compress(db.read_bytes()))
            zf.writestr("collection.anki2", placeholder(tmp_path))
        zf.writestr("media", "{}")
    return out.getvalue()


@pytest.fixture
def api():
    return APIClient()


def test_a_plain_list_is_one_word_per_line():
    assert known_word_files.parse_known_upload(filename="mots.txt", data=b"chat\nChien\n\nchat\n") == [
        "chat",
        "chien",
    ]


def test_a_csv_keeps_its_first_column():
    data = b"mot;sens\nmaison;house\narbre;tree\n"
    assert known_word_files.parse_known_upload(filename="mots.csv", data=data) == ["mot", "maison", "arbre"]


def test_anki_notes_as_plain_text_give_each_notes_first_field():
    text = (
        "#separator:tab\n#html:true\n#guid column:1\n#notetype column:2\n#deck column:3\n#tags column:6\n"
        "a1B2c3\tVocab\tFrançais\t<b>maison</b>\thouse\tnoun\n"
        "d4E5f6\tVocab\tFrançais\tle {{c1::chien}}\tdog\t\n"
        "g7H8i9\tVocab\tFrançais\tIl faisait très beau ce matin-là sur la plage.\tsentence\t\n"
    )
    assert known_word_files.parse_known_upload(filename="Français.txt", data=text.encode()) == ["maison", "le chien"]


def test_an_apkg_gives_the_first_field_of_studied_notes_only(tmp_path):
    data = apkg(tmp_path, [("aimer", "to love"), ("<i>manger</i>", "to eat"), ("courir", "to run")], studied=2)
    assert known_word_files.parse_known_upload(filename="deck.apkg", data=data) == ["aimer", "manger"]


def test_an_apkg_never_studied_gives_every_note(tmp_path):
    data = apkg(tmp_path, [("aimer", "to love"), ("courir", "to run")])
    assert known_word_files.parse_known_upload(filename="deck.apkg", data=data) == ["aimer", "courir"]


def test_an_apkg_in_ankis_newest_format_is_read_from_its_compressed_collection(tmp_path):
    data = apkg(tmp_path, [("aimer", "to love"), ("courir", "to run")], studied=1, legacy=False)
    assert known_word_files.parse_known_upload(filename="deck.apkg", data=data) == ["aimer"]


def test_an_apkg_whose_compressed_collection_is_broken_is_refused(tmp_path):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("collection.anki21b", b"\x28\xb5\x2f\xfd broken")
        zf.writestr("collection.anki2", placeholder(tmp_path))
    with pytest.raises(InvalidInput) as err:
        known_word_files.parse_known_upload(filename="deck.apkg", data=out.getvalue())
    assert err.value.code == "known_words_unreadable"


def test_a_broken_apkg_is_refused(db):
    with pytest.raises(InvalidInput) as err:
        known_word_files.parse_known_upload(filename="deck.apkg", data=b"PK\x03\x04 not a zip")
    assert err.value.code == "known_words_unreadable"


def test_known_words_are_added_once_and_replaced_by_an_edit(owner, stranger):
    assert known_words.known_words_add(owner=owner, text="chat\nchien") == (2, 2)
    assert known_words.known_words_add(owner=owner, words=["chien", "maison"]) == (1, 2)
    known_words.known_words_add(owner=stranger, words=["arbre"])
    assert list(known_words.known_word_list(owner=owner).values_list("word", flat=True)) == ["chat", "chien", "maison"]
    known_words.known_words_replace(owner=owner, text="maison\nvoiture")
    assert list(known_words.known_word_list(owner=owner).values_list("word", flat=True)) == ["maison", "voiture"]
    assert list(KnownWord.objects.filter(owner=stranger).values_list("word", flat=True)) == ["arbre"]
    assert b"".join(known_words.known_words_export(owner=owner)) == b"maison\nvoiture\n"


def test_the_known_words_page_imports_an_apkg_and_exports(owner_client, owner, tmp_path):
    upload = SimpleUploadedFile("deck.apkg", apkg(tmp_path, [("aimer", "to love"), ("courir", "to run")]))
    response = owner_client.post(reverse("known_words_import"), {"file": upload})
    assert response.status_code == 302
    page = owner_client.get(reverse("known_words")).content.decode()
    assert "<strong>2</strong> known words" in page and "aimer\ncourir" in page
    export = owner_client.get(reverse("known_words_export"))
    assert b"".join(export.streaming_content) == b"aimer\ncourir\n"


def test_a_bad_import_says_why_and_stores_nothing(owner_client, owner):
    upload = SimpleUploadedFile("deck.apkg", b"PK\x03\x04 broken")
    response = owner_client.post(reverse("known_words_import"), {"file": upload})
    assert response.status_code == 400 and "known_words_unreadable" in response.content.decode()
    assert not KnownWord.objects.exists()


def test_known_words_pages_are_per_user_and_need_a_login(client, owner, stranger):
    known_words.known_words_add(owner=owner, words=["secret"])
    client.force_login(stranger)
    assert "secret" not in client.get(reverse("known_words")).content.decode()
    assert b"".join(client.get(reverse("known_words_export")).streaming_content) == b""
    client.logout()
    for url in (reverse("known_words"), reverse("known_words_export")):
        assert client.get(url).status_code == 302


def test_the_api_lists_adds_and_replaces_known_words(api, owner, stranger):
    url = reverse("api-known-words")
    assert api.get(url).status_code in (401, 403)
    api.force_authenticate(owner)
    response = api.post(url, {"words": ["chat", "Chien"]}, format="json")
    assert response.status_code == 200 and response.json() == {
        "count": 2,
        "words": ["chat", "chien"],
        "added": 2,
        "found": 2,
    }
    assert api.put(url, {"text": "maison"}, format="json").json() == {"count": 1, "words": ["maison"]}
    bad = api.post(url, {"text": " , "}, format="json")
    assert bad.status_code == 400 and bad.json()["error"]["code"] == "empty_word_list"
    api.force_authenticate(stranger)
    assert api.get(url).json() == {"count": 0, "words": []}
