"""Book vocabulary, one new word and known words: what each mode keeps, counted in lemmas."""

from __future__ import annotations

import csv
import io

from django.urls import reverse

from jobs.studysets import compute, known_words, selectors, services
from jobs.studysets.models import StudySet
from tests.studysets.conftest import make_job
from tests.studysets.test_matching import book

STORY = [
    "Le chat dort.",  # le, chat, dormir
    "Le chat mange.",  # le, chat, manger
    "Le chien dort.",  # le, chien, dormir
    "La maison du chat brûlait toute la nuit sous la pluie froide.",  # over the limit
    "Le chat et le chien mangent.",
]


def test_book_mode_reaches_the_target_with_stand_alone_sentences_in_reading_order():
    sentences = book(*STORY)
    result = compute.compute(sentences, [], mode="book", max_words=8, target_percent=50)
    assert result.reached >= 50
    positions = [next(s.position for s in sentences if s.sid == p.sid) for p in result.picks]
    assert positions == sorted(positions)  # reading order
    assert all(p.sid != 4 for p in result.picks)  # over the limit: never chosen
    # The curve starts at 0 sentences, rises with each one, and says how many each mark needs.
    assert result.curve[0][0] == 0
    assert [pct for _, pct in result.curve] == sorted(pct for _, pct in result.curve)
    assert set(result.marks) == {"80", "90", "95"}


def test_book_mode_leaves_out_sentences_that_do_not_stand_alone():
    sentences = book(*STORY[:3], stands_alone=False) + book("Il pleuvait.")[:0]
    result = compute.compute(sentences, [], mode="book", max_words=8)
    assert result.picks == [] and result.reached == 0


def test_known_words_count_as_understood_from_the_start_of_the_curve():
    sentences = book(*STORY)
    fresh = compute.compute(sentences, [], mode="book", max_words=8)
    knowing = compute.compute(sentences, [], mode="book", max_words=8, known=["le", "chats", "dormait"])
    assert fresh.curve[0][1] == 0 and knowing.curve[0][1] > 30  # "le", "chat", "dormir": a third of the tokens
    assert len(knowing.picks) <= len(fresh.picks)


def test_the_first_chapters_limit_the_book():
    sentences = [
        compute.BookSentence(1, "Le chat dort.", 3, 1, True, None, "I"),
        compute.BookSentence(2, "Le chien aboie.", 3, 2, True, None, "II"),
    ]
    result = compute.compute(sentences, [], mode="book", max_words=8, chapters=1)
    assert [p.sid for p in result.picks] == [1] and result.reached == 100


def test_one_new_word_keeps_sentences_with_exactly_one_unknown_lemma():
    sentences = book("Le chat dormait.", "Les chiens dormaient.", "Le chien dormait.", "Le chien aboyait fort.")
    result = compute.compute(sentences, [], mode="one_new", max_words=8, known=["chat", "dormir"])
    # "chien" is the one new word of sentences 2 and 3: the earlier of the two as short; sentence 4 has two.
    assert [(p.sid, [result.words[w] for w in p.words], p.targets) for p in result.picks] == [
        (2, ["chien"], ["chiens"])
    ]


def test_one_new_word_counts_the_word_list_as_known_too():
    sentences = book("Le chat dormait.", "Le chien aboyait.")
    result = compute.compute(sentences, ["chat"], mode="one_new", max_words=8, known=[])
    assert [result.words[w] for p in result.picks for w in p.words] == ["dormir"]


def test_cover_skips_list_words_the_learner_knows(owner, job, word_list):
    known_words.known_words_add(owner=owner, words=["aimait", "eaux"])  # forms of "aimer" and "eau"
    study_set = services.study_set_create(owner=owner, job=job, word_list=word_list)
    services.study_set_run(set_id=study_set.pk)
    study_set.refresh_from_db()
    assert study_set.known_count == 2 and "aimer" not in study_set.words and "eau" not in study_set.words
    assert study_set.word_count == 5
    brought = {w for item in selectors.study_set_items(study_set=study_set) for w in item.words}
    assert brought == {"boire", "soir", "chanter"}


def test_a_book_set_shows_its_curve_on_the_page_and_in_the_api(owner, owner_client):
    job = make_job(owner, [{"text": text, "stands_alone": True} for text in STORY])
    study_set = services.study_set_create(owner=owner, job=job, mode=StudySet.Mode.BOOK, target_percent=60)
    services.study_set_run(set_id=study_set.pk)
    study_set.refresh_from_db()
    assert study_set.status == "completed" and study_set.reached_percent >= 60 and len(study_set.curve) >= 2
    html = owner_client.get(reverse("study_set_detail", args=[study_set.pk])).content.decode()
    assert '<figure class="curve" id="coverage-curve">' in html and "<polyline points=" in html
    body = owner_client.get(reverse("api-study-set-detail", args=[study_set.pk])).json()
    assert body["mode"] == "book" and body["curve"] == study_set.curve and body["target_percent"] == 60
    assert [i["sentence_id"] for i in body["items"]] == sorted(i["sentence_id"] for i in body["items"])


def test_a_set_export_carries_its_target_words(owner, job, word_list):
    from jobs.studysets.export import study_set_export

    study_set = services.study_set_create(owner=owner, job=job, word_list=word_list)
    services.study_set_run(set_id=study_set.pk)
    _, _, body = study_set_export(study_set=StudySet.objects.get(pk=study_set.pk), fmt="csv")
    rows = list(csv.DictReader(io.StringIO(b"".join(body).decode())))
    assert {r["sentence"]: r["targets"] for r in rows} == {
        "Il aimait l'eau claire.": "aimait, eau",
        "Elle buvait jusqu'au soir.": "buvait, soir",
        "Il chantait.": "chantait",
    }


def test_a_book_set_aiming_outside_10_to_99_percent_is_refused_and_nothing_is_charged(owner, job):
    from accounts.selectors import credits_balance
    from novelproc.errors import InvalidInput

    before = credits_balance(user=owner)
    for target in (5, 100):
        try:
            services.study_set_create(owner=owner, job=job, mode=StudySet.Mode.BOOK, target_percent=target)
        except InvalidInput as exc:
            assert exc.code == "invalid_target"
        else:
            raise AssertionError(f"{target}% accepted")
    assert not StudySet.objects.exists() and credits_balance(user=owner) == before
