"""Study set services: credits reserved and settled exactly, the computed set, swaps, failures refunded."""

from __future__ import annotations

import pytest
from django.db import transaction

from accounts.models import CreditEntry
from accounts.selectors import credits_balance
from jobs.models import Job, Sentence
from jobs.studysets import selectors, services
from jobs.studysets.models import StudySet
from novelproc.errors import Conflict, InsufficientCredits, InvalidInput
from tests.studysets.conftest import make_job


@pytest.fixture
def price(settings):
    settings.STUDYSET_PRICE_CREDITS = 7
    return 7


def run(study_set) -> StudySet:
    assert services.study_set_run(set_id=study_set.pk)
    return StudySet.objects.get(pk=study_set.pk)


def set_entries(owner, job):
    return [(e.kind, e.amount) for e in CreditEntry.objects.filter(user=owner, job=job).order_by("id")]


def test_creating_a_set_reserves_its_price(owner, job, word_list, price, django_capture_on_commit_callbacks):
    before = credits_balance(user=owner)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        study_set = services.study_set_create(owner=owner, job=job, word_list=word_list)
    assert len(callbacks) == 1  # the computation is queued on commit
    assert study_set.status == "pending" and study_set.credits_reserved == price
    assert credits_balance(user=owner) == before - price
    assert set_entries(owner, job) == [("reserve", -price)]


def test_a_completed_set_is_charged_its_price_exactly(owner, job, word_list, price):
    before = credits_balance(user=owner)
    study_set = run(services.study_set_create(owner=owner, job=job, word_list=word_list))
    assert study_set.status == "completed" and study_set.credits_charged == price and study_set.credits_settled
    assert set_entries(owner, job) == [("reserve", -price), ("release", price), ("charge", -price)]
    assert credits_balance(user=owner) == before - price


def test_the_cover_set_and_its_uncovered_words(owner, job, word_list):
    study_set = run(services.study_set_create(owner=owner, job=job, word_list=word_list))
    items = list(selectors.study_set_items(study_set=study_set))
    # aimer+eau from the first sentence, boire+soir from the second, chanter from the shortest singer.
    assert {i.sentence.display_text: i.words for i in items} == {
        "Il aimait l'eau claire.": ["aimer", "eau"],
        "Elle buvait jusqu'au soir.": ["boire", "soir"],
        "Il chantait.": ["chanter"],
    }
    assert (study_set.covered_count, study_set.word_count, study_set.sentence_count) == (5, 7, 3)
    assert study_set.over_limit_words == ["cheval"]
    assert study_set.missing_words == ["ordinateur"]


def test_a_set_failure_releases_the_whole_reservation(owner, job, word_list, price):
    before = credits_balance(user=owner)
    study_set = services.study_set_create(owner=owner, job=job, word_list=word_list)
    assert services.study_set_fail(set_id=study_set.pk, code="boom", message="Broken.")
    assert not services.study_set_fail(set_id=study_set.pk, code="boom", message="Again.")  # once only
    study_set.refresh_from_db()
    assert study_set.status == "failed" and study_set.credits_charged == 0
    assert set_entries(owner, job) == [("reserve", -price), ("release", price)]
    assert credits_balance(user=owner) == before


def test_an_unfinished_job_is_refused_and_nothing_is_charged(owner, word_list):
    job = make_job(owner, status=Job.Status.PROCESSING)
    before = credits_balance(user=owner)
    with pytest.raises(Conflict) as err:
        services.study_set_create(owner=owner, job=job, word_list=word_list)
    assert err.value.code == "job_not_finished"
    assert credits_balance(user=owner) == before and not StudySet.objects.exists()


def test_a_set_over_the_balance_is_refused(owner, job, word_list, settings):
    settings.STUDYSET_PRICE_CREDITS = credits_balance(user=owner) + 1
    with pytest.raises(InsufficientCredits), transaction.atomic():
        services.study_set_create(owner=owner, job=job, word_list=word_list)
    assert not StudySet.objects.exists()


def test_swap_keeps_coverage(owner, job, word_list):
    study_set = run(services.study_set_create(owner=owner, job=job, word_list=word_list))
    singer = next(i for i in selectors.study_set_items(study_set=study_set) if i.words == ["chanter"])
    needed, options = selectors.swap_alternatives(study_set=study_set, item=singer, limit=10)
    assert needed == ["chanter"]
    assert [s.display_text for s in options] == ["Elle chantait et buvait du vin."]
    services.study_set_swap(study_set=study_set, item=singer, sentence_id=options[0].pk)
    items = list(selectors.study_set_items(study_set=study_set))
    assert "Elle chantait et buvait du vin." in [i.sentence.display_text for i in items]
    assert sorted(w for i in items for w in i.words) == ["aimer", "boire", "chanter", "eau", "soir"]


def test_swap_to_a_sentence_missing_a_needed_word_is_refused(owner, job, word_list):
    study_set = run(services.study_set_create(owner=owner, job=job, word_list=word_list))
    first = selectors.study_set_items(study_set=study_set).get(sentence__text__startswith="Il aimait")  # only it: aimer
    other = job.sentences.get(text="L'eau coule.")
    with pytest.raises(InvalidInput) as err:
        services.study_set_swap(study_set=study_set, item=first, sentence_id=other.pk)
    assert err.value.code == "swap_loses_coverage"
    first.refresh_from_db()
    assert first.sentence.text == "Il aimait l'eau claire."


def test_the_default_list_is_the_top_n_words_counted_in_lemmas(owner, job, settings):
    settings.STUDYSET_TOP_N = 50
    study_set = services.study_set_create(owner=owner, job=job)
    assert study_set.form_count == 50 and study_set.list_name == "Top 50 French words"
    assert {"est", "a", "ai", "être", "sont"} <= set(study_set.words)
    study_set = run(study_set)
    # Forms of one verb are one lemma, counted once.
    assert study_set.form_count == 50 and study_set.word_count < 50
    assert study_set.words.count("être") == 1 and not {"est", "sont", "a", "ai"} & set(study_set.words)


def test_an_empty_word_list_is_refused(owner):
    with pytest.raises(InvalidInput) as err:
        services.word_list_create(owner=owner, name="vide", text=" ,; \n")
    assert err.value.code == "empty_word_list"


def test_lemmas_the_pipeline_stored_are_read_and_nothing_is_parsed(owner, word_list):
    job = make_job(owner, ["Il chantait."])
    Sentence.objects.filter(job=job).update(lemmas=[["Il", "il", "PRON"], ["chantait", "chanter", "VERB"]])
    study_set = run(services.study_set_create(owner=owner, job=job, word_list=word_list))
    assert study_set.timings["texts_parsed"] == 0
    assert study_set.covered_count == 1 and "ordinateur" in study_set.missing_words


def test_an_older_job_without_lemmas_is_parsed_once_and_keeps_them(owner, job, word_list):
    assert not job.sentences.filter(lemmas__isnull=False).exists()
    first = run(services.study_set_create(owner=owner, job=job, word_list=word_list))
    assert first.timings["texts_parsed"] == 6
    stored = job.sentences.get(text="Il aimait l'eau claire.").lemmas
    assert ["aimait", "aimer", "VERB"] in stored

    second = run(services.study_set_create(owner=owner, job=job, word_list=word_list))
    assert second.timings["texts_parsed"] == 0
    assert (second.covered_count, second.sentence_count) == (first.covered_count, first.sentence_count)


def test_an_edited_sentence_is_parsed_for_the_set_and_its_stored_lemmas_stay_the_pipelines(owner, job, word_list):
    run(services.study_set_create(owner=owner, job=job, word_list=word_list))
    Sentence.objects.filter(job=job, text="L'eau coule.").update(edited_text="Le cheval boit.")

    study_set = run(services.study_set_create(owner=owner, job=job, word_list=word_list))
    assert study_set.timings["texts_parsed"] == 1
    assert study_set.over_limit_words == []  # "cheval" is now in a short sentence
    stored = job.sentences.get(text="L'eau coule.").lemmas
    assert [surface for surface, _, _ in stored] == ["L'", "eau", "coule"]  # the pipeline's text, not the edit


RAIN = [
    {"text": "La pluie", "kind": "heading"},  # the shortest of all, but a heading: never a candidate
    {"text": "Sous la pluie.", "stands_alone": False},
    {"text": "Pluie, encore la pluie.", "stands_alone": None},
    {"text": "Il marchait sous la pluie.", "stands_alone": True},
]


def test_a_sentence_that_stands_alone_is_chosen_before_a_shorter_fragment(owner):
    job = make_job(owner, RAIN[1:])
    rain = services.word_list_create(owner=owner, name="pluie", words=["pluie"])
    study_set = run(services.study_set_create(owner=owner, job=job, word_list=rain))
    items = list(selectors.study_set_items(study_set=study_set))
    assert [i.sentence.text for i in items] == ["Il marchait sous la pluie."]
    assert (study_set.covered_count, study_set.sentence_count) == (1, 1)

    Sentence.objects.filter(job=job, text="Il marchait sous la pluie.").update(stands_alone=False)
    study_set = run(services.study_set_create(owner=owner, job=job, word_list=rain))
    items = list(selectors.study_set_items(study_set=study_set))
    assert [i.sentence.text for i in items] == ["Pluie, encore la pluie."]  # not judged before a fragment


def test_headings_are_never_candidates_by_their_kind(owner):
    job = make_job(owner, RAIN)
    assert [s.text for s in services.book_sentences(job.pk)] == [r["text"] for r in RAIN[1:]]
    assert [s.stands_alone for s in services.book_sentences(job.pk)] == [False, None, True]


def test_an_edited_sentence_counts_as_not_judged(owner):
    job = make_job(owner, RAIN[1:])
    Sentence.objects.filter(job=job, text="Sous la pluie.").update(edited_text="Il pleut.")
    assert [s.stands_alone for s in services.book_sentences(job.pk)] == [None, None, True]
