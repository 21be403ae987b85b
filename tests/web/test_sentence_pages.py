from __future__ import annotations

import pytest
from django.urls import reverse

from jobs.models import Sentence
from tests.builders import finished_job

pytestmark = pytest.mark.django_db


def test_sentences_are_paginated_fifty_a_page_with_original_and_page(owner_client, done_job):
    url = reverse("job_sentences", args=[done_job.id])
    body = owner_client.get(url).content.decode()
    assert "120 sentences" in body
    assert body.count('<li class="piece') == 50
    assert "Phrase courte numéro 1." in body and "Phrase courte numéro 51." not in body
    assert "Voici la phrase source numéro 1, qui était beaucoup plus longue." in body
    assert "p. 1" in body and "Chapitre I" in body
    assert "Page 1 of 3" in body
    page3 = owner_client.get(url, {"page": 3}).content.decode()
    assert page3.count('<li class="piece') == 20 and "Phrase courte numéro 120." in page3


def test_search_keeps_the_query_and_filters(owner_client, done_job):
    url = reverse("job_sentences", args=[done_job.id])
    body = owner_client.get(url, {"q": "numéro 7"}).content.decode()
    assert 'value="numéro 7"' in body
    assert "Phrase courte <mark>numéro 7</mark>." in body and "Phrase courte numéro 8." not in body
    assert "<mark>numéro 7</mark>0." in body  # 7, 70-79
    assert "11 matches" in body


def test_htmx_search_returns_only_the_results(owner_client, done_job):
    r = owner_client.get(reverse("job_sentences", args=[done_job.id]), {"q": "numéro 3"}, HTTP_HX_REQUEST="true")
    body = r.content.decode()
    assert body.lstrip().startswith('<div id="results">')
    assert 'id="toc"' not in body
    assert "<html" not in body


def test_sentences_are_404_for_a_stranger(stranger_client, done_job):
    assert stranger_client.get(reverse("job_sentences", args=[done_job.id])).status_code == 404


def test_sentences_send_anonymous_to_sign_in(client, done_job):
    assert client.get(reverse("job_sentences", args=[done_job.id])).status_code == 302


def test_inline_edit_saves_and_keeps_the_original(owner_client, done_job):
    sentence = Sentence.objects.get(job=done_job, position=5)
    form = owner_client.get(reverse("sentence_edit", args=[sentence.id])).content.decode()
    assert "<textarea" in form and "Phrase courte numéro 5." in form
    r = owner_client.post(reverse("sentence_edit", args=[sentence.id]), {"text": "Une phrase  corrigée."})
    row = r.content.decode()
    assert r.status_code == 200
    assert "Une phrase corrigée." in row and "edited" in row
    assert "autofocus" in row  # focus goes back to the row's Edit button
    sentence.refresh_from_db()
    assert sentence.edited_text == "Une phrase corrigée." and sentence.text == "Phrase courte numéro 5."
    page = owner_client.get(reverse("job_sentences", args=[done_job.id])).content.decode()
    assert "Une phrase corrigée." in page and "Voici la phrase source numéro 5, qui" in page


def test_an_empty_edit_shows_the_service_message_and_changes_nothing(owner_client, done_job):
    sentence = Sentence.objects.get(job=done_job, position=5)
    r = owner_client.post(reverse("sentence_edit", args=[sentence.id]), {"text": "   "})
    body = r.content.decode()
    assert "A sentence cannot be empty." in body
    assert 'data-code="empty_sentence"' in body and ">empty_sentence<" not in body and "(empty_sentence)" not in body
    sentence.refresh_from_db()
    assert sentence.edited_text == ""


def test_editing_is_404_for_a_stranger(stranger_client, done_job):
    sentence = Sentence.objects.get(job=done_job, position=5)
    assert stranger_client.post(reverse("sentence_edit", args=[sentence.id]), {"text": "x y"}).status_code == 404
    assert stranger_client.get(reverse("sentence_row", args=[sentence.id])).status_code == 404
    sentence.refresh_from_db()
    assert sentence.edited_text == ""


def test_editing_sends_anonymous_to_sign_in(client, done_job):
    sentence = Sentence.objects.get(job=done_job, position=5)
    assert client.post(reverse("sentence_edit", args=[sentence.id]), {"text": "x y"}).status_code == 302
    sentence.refresh_from_db()
    assert sentence.edited_text == ""


def test_the_row_partial_restores_the_row_after_cancel(owner_client, done_job):
    sentence = Sentence.objects.get(job=done_job, position=5)
    body = owner_client.get(reverse("sentence_row", args=[sentence.id])).content.decode()
    assert f'id="sentence-{sentence.id}"' in body and "Phrase courte numéro 5." in body


# --- fragments and headings -------------------------------------------------


def _row(body: str, sentence: Sentence) -> str:
    start = body.index(f'id="sentence-{sentence.id}"')
    start = body.rindex("<li", 0, start)
    return body[start : body.index("</li>", start)]


@pytest.fixture
def mixed_job(owner):
    return finished_job(
        owner,
        [
            {"text": "Chapitre premier", "kind": "heading"},
            {"text": "Il ouvrit la porte.", "stands_alone": True},
            {"text": "Vers la porte du jardin.", "stands_alone": False},
            {"text": "Un titre jamais jugé.", "stands_alone": None},
            {"text": "Sous la pluie.", "edited_text": "Il marchait sous la pluie.", "stands_alone": False},
        ],
    )


def _rows(owner_client, job) -> dict[str, str]:
    body = owner_client.get(reverse("job_sentences", args=[job.id])).content.decode()
    return {s.text: _row(body, s) for s in Sentence.objects.filter(job=job)} | {"": body}


def test_only_an_unedited_piece_that_does_not_stand_alone_carries_a_fragment_tag(owner_client, mixed_job):
    rows = _rows(owner_client, mixed_job)
    fragment = rows["Vers la porte du jardin."]
    assert fragment.startswith('<li class="piece fragment"')
    title = "Not a sentence on its own: no main clause of its own, or cut short"
    assert f'<span class="tag fragment" title="{title}">fragment' in fragment
    hidden = ": does not stand alone, no main clause of its own or cut short"
    assert f'<span class="visually-hidden">{hidden}</span>' in fragment
    # Standing alone, never judged, or edited (the judgement was of the generated text): no tag.
    for text in ("Il ouvrit la porte.", "Un titre jamais jugé.", "Sous la pluie."):
        assert "fragment" not in rows[text], text
    assert "Il marchait sous la pluie." in rows["Sous la pluie."]


def test_a_heading_is_shown_as_a_heading_without_an_original(owner_client, mixed_job):
    row = _rows(owner_client, mixed_job)["Chapitre premier"]
    assert row.startswith('<li class="piece heading"')
    assert '<h2 class="text" lang="fr">Chapitre premier</h2>' in row
    assert (
        "Original" not in _rows(owner_client, mixed_job)[""].split("Chapitre premier</h2>")[0].split('id="results"')[1]
    )


def test_the_fragment_legend_shows_only_on_a_page_holding_a_fragment(owner_client, owner, mixed_job, done_job):
    assert 'id="fragment-legend"' in _rows(owner_client, mixed_job)[""]
    body = owner_client.get(reverse("job_sentences", args=[done_job.id])).content.decode()
    assert 'id="fragment-legend"' not in body


# --- the reader: originals once, chapters, jumps, search, edits ---------------

LONG = "Il ouvrit la fenêtre, regarda la rue déserte et referma les volets sans bruit."


@pytest.fixture
def book(owner):
    """Two chapters; the second opens on a long original cut in three pieces."""
    rows = [{"text": "Chapitre I", "kind": "heading", "chapter": "Chapitre I", "page": 1}]
    rows += [
        {"text": f"Phrase {n} du premier chapitre.", "chapter": "Chapitre I", "page": 1 + n // 20} for n in range(60)
    ]
    rows += [{"text": "Chapitre II", "kind": "heading", "chapter": "Chapitre II", "page": 5}]
    pieces = ("Il ouvrit la fenêtre.", "Il regarda la rue déserte.", "Il referma les volets sans bruit.")
    rows += [
        {"text": t, "source_text": LONG, "source_index": 500, "chapter": "Chapitre II", "page": 6, "stands_alone": True}
        for t in pieces
    ]
    rows += [{"text": f"Une FENÊTRE s'ouvre, numéro {n}.", "chapter": "Chapitre II", "page": 7} for n in range(3)]
    settings = {"max_words": 8, "min_words": 2, "style": "sentences", "processor": "local"}
    return finished_job(owner, rows, settings=settings, page_count=8)


def test_an_original_is_shown_once_above_its_pieces(owner_client, book):
    body = owner_client.get(reverse("job_sentences", args=[book.id]), {"page": 2}).content.decode()
    assert body.count(LONG) == 1
    for text in ("Il ouvrit la fenêtre.", "Il regarda la rue déserte.", "Il referma les volets sans bruit."):
        assert text in body[body.index(LONG) :]
    assert body.index(LONG) < body.index("Il ouvrit la fenêtre.")


def test_the_contents_list_chapters_with_pages_and_sentence_counts(owner_client, book):
    body = owner_client.get(reverse("job_sentences", args=[book.id])).content.decode()
    url = reverse("job_sentences", args=[book.id])
    assert (
        f'<tr><td><a href="{url}?at=1" lang="fr">Chapitre I</a></td>'
        '<td class="num">1–3</td><td class="num">60</td></tr>' in body
    )
    assert (
        f'<tr><td><a href="{url}?at=62" lang="fr">Chapitre II</a></td>'
        '<td class="num">5–7</td><td class="num">6</td></tr>' in body
    )


def test_a_chapter_link_lands_on_the_reader_page_holding_its_heading(owner_client, book):
    heading = Sentence.objects.get(job=book, text="Chapitre II")
    r = owner_client.get(reverse("job_sentences", args=[book.id]), {"at": heading.position})
    assert r.status_code == 302
    assert r["Location"].endswith(f"?page=2#sentence-{heading.id}")


def test_a_page_of_the_book_lands_on_its_first_piece(owner_client, book):
    first_on_6 = Sentence.objects.filter(job=book, page=6).order_by("position").first()
    r = owner_client.get(reverse("job_sentences", args=[book.id]), {"p": 6})
    assert r["Location"].endswith(f"?page=2#sentence-{first_on_6.id}")
    past_the_end = owner_client.get(reverse("job_sentences", args=[book.id]), {"p": 999})
    assert "?page=2#sentence-" in past_the_end["Location"]


def test_search_ignores_accents_and_case_and_marks_what_it_found(owner_client, book):
    body = owner_client.get(reverse("job_sentences", args=[book.id]), {"q": "fenetre"}).content.decode()
    assert "6 matches" in body  # the three pieces of LONG (their original holds it) and three "FENÊTRE" lines
    assert "Il ouvrit la <mark>fenêtre</mark>." in body
    assert "Une <mark>FENÊTRE</mark> s&#x27;ouvre, numéro 0." in body
    assert "Il regarda la rue déserte." in body  # its original holds the word, marked there
    assert "Il ouvrit la <mark>fenêtre</mark>, regarda" in body


def test_search_in_the_short_sentences_only_leaves_out_matches_of_the_original(owner_client, book):
    body = owner_client.get(
        reverse("job_sentences", args=[book.id]), {"q": "FENETRE", "scope": "sentences"}
    ).content.decode()
    assert "4 matches" in body and "in the short sentences" in body
    assert "Il regarda la rue déserte." not in body
    assert "Il ouvrit la fenêtre, regarda" in body  # the original is shown, not marked
    assert "<mark>fenêtre</mark>, regarda" not in body


def test_search_counts_matches_per_chapter_and_filters_to_one(owner_client, book):
    url = reverse("job_sentences", args=[book.id])
    body = owner_client.get(url, {"q": "chapitre"}).content.decode()
    assert '<span lang="fr">Chapitre I</span> <span class="count">61</span>' in body
    assert '<span lang="fr">Chapitre II</span> <span class="count">1</span>' in body
    one = owner_client.get(url, {"q": "chapitre", "chapter": "Chapitre II"}).content.decode()
    assert "1 match for" in one and "<mark>Chapitre</mark> II" in one and "Phrase 3 du" not in one


def _post(client, name, sentence, **data):
    return client.post(reverse(name, args=[sentence.id]), {"page": "2", "q": "", "scope": "all", **data})


def test_merge_split_and_undo_answer_with_the_renumbered_results(owner_client, book):
    first = Sentence.objects.get(job=book, text="Il ouvrit la fenêtre.")
    r = _post(owner_client, "sentence_split", first, at="3")
    body = r.content.decode()
    assert body.lstrip().startswith('<div id="results">')
    assert "Il ouvrit" in body and "la fenêtre." in body
    assert Sentence.objects.filter(job=book).count() == 69
    assert f'id="sentence-{first.id}" value="{first.position}"' in body and "autofocus" in body

    r = _post(owner_client, "sentence_merge", first)
    assert Sentence.objects.get(pk=first.pk).display_text == "Il ouvrit la fenêtre."
    assert Sentence.objects.filter(job=book).count() == 68

    r = _post(owner_client, "sentence_merge", first)
    assert "Together these pieces have 9 words; this book was made with a limit of 8 words" in r.content.decode()
    assert r["HX-Retarget"] == f"#sentence-{first.id}"
    assert "merge_over_limit" not in r.content.decode().replace('data-code="merge_over_limit"', "")

    _post(owner_client, "sentence_undo", first)
    assert Sentence.objects.get(pk=first.pk).display_text == "Il ouvrit la fenêtre."
    assert not Sentence.objects.filter(job=book).exclude(edited_text="").exists()


def test_the_edit_form_offers_merge_only_within_the_original_and_split_at_each_word(owner_client, book):
    first = Sentence.objects.get(job=book, text="Il ouvrit la fenêtre.")
    form = owner_client.get(reverse("sentence_edit", args=[first.id])).content.decode()
    assert "Merge with next" in form and "autofocus" in form
    assert form.count('name="at"') == 3  # before "ouvrit", "la", "fenêtre."
    last = Sentence.objects.get(job=book, text="Il referma les volets sans bruit.")
    assert "Merge with next" not in owner_client.get(reverse("sentence_edit", args=[last.id])).content.decode()


@pytest.mark.parametrize("name", ["sentence_undo", "sentence_merge", "sentence_split"])
def test_reshaping_is_404_for_a_stranger_and_sends_anonymous_to_sign_in(client, stranger, book, name):
    first = Sentence.objects.get(job=book, text="Il ouvrit la fenêtre.")
    assert client.post(reverse(name, args=[first.id]), {"at": "3"}).status_code == 302
    client.force_login(stranger)
    assert client.post(reverse(name, args=[first.id]), {"at": "3"}).status_code == 404
    assert Sentence.objects.filter(job=book).count() == 68
    assert not Sentence.objects.filter(job=book).exclude(edited_text="").exists()


def test_the_navigation_shows_the_balance(owner_client, book):
    body = owner_client.get(reverse("history")).content.decode()
    assert '<a href="/account/" class="balance" id="nav-balance">5,000 credits</a>' in body
