"""What the Gemini processor makes of the model's answers (through the real google-genai client
against a loopback fake): validation and repair, the fidelity check, and the local fallback.
"""

from __future__ import annotations

import logging
from collections import Counter

import pytest

from jobs.engine.processors.fidelity import content_forms
from jobs.engine.processors.gemini import FLAG_LOCAL_FALLBACK, FLAG_REPAIRED
from jobs.engine.processors.gemini_validate import unfaithful
from jobs.engine.processors.local import LocalProcessor
from jobs.engine.types import ProcessorSettings, SourceSentence
from tests.fakes.gemini_server import Reply

from .gemini_helpers import (
    GEMINI,
    LONG_1,
    LONG_2,
    LONG_3,
    LONG_4,
    SHORT,
    SPOKEN,
    sources,
    texts_by_source,
)

# Answers as a model writes them: faithful rewrites (a subject restored, a
# participle or infinitive made a finite verb) and unfaithful ones.
GOOD_1 = [
    "Le jeune homme arrivait de la campagne.",
    "Il regarda longtemps la grande ville.",
    "Il ne dit rien à personne.",
]
GOOD_2 = [
    "Elle avait passé la matinée dans le jardin.",
    "Elle cueillait des roses.",
    "C’était pour la fête du village voisin.",
]
GOOD_3 = [
    "Charles ne comprenait rien à ces histoires.",
    "Il se remit à lire son journal.",
    "Il était près de la cheminée éteinte.",
]
GOOD_4_CHARLES = ["Charles se leva enfin.", "Il prit son chapeau sur la table.", "Il sortit sans dire un mot."]
DROPPED_1 = ["Le jeune homme regarda longtemps la grande ville.", "Il ne dit rien à personne."]
NAMED_3 = [GOOD_3[0], "Il se remit à lire le journal d’Albertine.", GOOD_3[2]]
ENGLISH_2 = ["She had spent the whole morning in the garden.", "She was picking roses for the village fair."]


def local_pieces(text: str, *, context: str = "", settings: ProcessorSettings = GEMINI) -> list[str]:
    """What the local processor writes for this one sentence, in whatever style it has today."""
    result = LocalProcessor().process([SourceSentence(text, page=1)], context=context, settings=settings)
    return [s.text for s in result.sentences]


def assert_fell_back(result, index: int, text: str, *, context: str = "", settings: ProcessorSettings = GEMINI):
    mine = [s for s in result.sentences if s.source_index == index]
    assert mine
    assert [s.text for s in mine] == local_pieces(text, context=context, settings=settings)
    assert all(FLAG_LOCAL_FALLBACK in s.flags for s in mine)
    missing = Counter(content_forms(text)) - Counter(content_forms(" ".join(s.text for s in mine)))
    assert not missing


def assert_kept_as_written(result, index: int, pieces: list[str]):
    mine = [s for s in result.sentences if s.source_index == index]
    assert [s.text for s in mine] == pieces
    assert all(s.flags == () for s in mine)


# --- validation and repair ---------------------------------------------------


def test_answers_become_short_sentences_in_source_order(processor):
    result = processor.process(sources(SHORT, LONG_1, LONG_2), context="", settings=GEMINI)

    assert [s.source_index for s in result.sentences] == sorted(s.source_index for s in result.sentences)
    assert set(texts_by_source(result)) == {0, 1, 2}
    assert all(0 < s.word_count <= GEMINI.max_words for s in result.sentences)
    assert not any(FLAG_REPAIRED in s.flags for s in result.sentences)


def test_pieces_over_the_limit_are_split_by_the_local_splitter(fake, processor):
    fake.queue(Reply("over_limit"))
    result = processor.process(sources(LONG_1), context="", settings=GEMINI)

    assert all(s.word_count <= GEMINI.max_words for s in result.sentences)
    repaired = [s for s in result.sentences if FLAG_REPAIRED in s.flags]
    assert sum(s.word_count for s in repaired) == GEMINI.max_words + 4


def test_a_source_missing_from_the_answer_is_written_by_the_local_processor(fake, processor):
    fake.queue(Reply("missing", source=1))
    result = processor.process(sources(LONG_1, LONG_2), context="", settings=GEMINI)

    assert_fell_back(result, 1, LONG_2, context=LONG_1)
    assert not any(s.flags for s in result.sentences if s.source_index == 0)


def test_a_source_cut_to_under_half_its_words_is_written_by_the_local_processor(fake, processor):
    fake.queue(Reply(pieces={0: ["Le jeune homme regarda la ville."], 1: GOOD_2}))
    result = processor.process(sources(LONG_1, LONG_2), context="", settings=GEMINI)

    assert_fell_back(result, 0, LONG_1)
    assert_kept_as_written(result, 1, GOOD_2)


def test_an_unparseable_answer_falls_back_to_the_local_processor(fake, processor):
    fake.queue(Reply("malformed"))
    result = processor.process(sources(LONG_1, LONG_2), context="", settings=GEMINI)

    assert_fell_back(result, 0, LONG_1)
    assert_fell_back(result, 1, LONG_2, context=LONG_1)
    assert result.usage.requests == 1  # its tokens were billed, so they are charged


def test_a_truncated_answer_is_asked_again_in_halves(fake, processor):
    fake.max_answer_sentences = 1
    result = processor.process(sources(LONG_1, LONG_2, LONG_3, LONG_1 + " Encore."), context="", settings=GEMINI)

    assert [len(r.payload["sentences"]) for r in fake.requests] == [4, 2, 1, 1, 2, 1, 1]
    assert set(texts_by_source(result)) == {0, 1, 2, 3}
    assert not any(FLAG_REPAIRED in s.flags for s in result.sentences)
    assert result.usage.input_tokens + result.usage.output_tokens == fake.billed_tokens()


def test_a_single_sentence_still_truncated_or_blocked_goes_to_the_local_processor(fake, processor):
    fake.queue(Reply("blocked"), Reply("blocked"), Reply("truncated"))
    result = processor.process(sources(LONG_1, LONG_2), context="", settings=GEMINI)

    assert len(fake.requests) == 3
    assert_fell_back(result, 0, LONG_1)
    assert_fell_back(result, 1, LONG_2, context=LONG_1)
    assert all(s.word_count <= GEMINI.max_words for s in result.sentences)


def test_without_punctuation_edge_punctuation_is_stripped(processor):
    options = ProcessorSettings(processor="gemini", keep_punctuation=False)
    result = processor.process(sources(SPOKEN), context="", settings=options)

    assert not any(ch in s.text for s in result.sentences for ch in "«»,.")


# --- fidelity and the local fallback ------------------------------------------


def test_a_source_whose_answer_drops_content_is_written_by_the_local_processor(fake, processor):
    fake.queue(Reply(pieces={0: DROPPED_1, 1: GOOD_2}))
    result = processor.process(sources(LONG_1, LONG_2), context="", settings=GEMINI)

    assert_fell_back(result, 0, LONG_1)
    assert_kept_as_written(result, 1, GOOD_2)


def test_a_source_whose_answer_invents_a_name_is_written_by_the_local_processor(fake, processor):
    fake.queue(Reply(pieces={0: NAMED_3, 1: GOOD_4_CHARLES}))
    result = processor.process(sources(LONG_3, LONG_4), context="", settings=GEMINI)

    assert_fell_back(result, 0, LONG_3)
    # "Il" made "Charles" from the sentence before is a pronoun resolved, not a name invented.
    assert_kept_as_written(result, 1, GOOD_4_CHARLES)


def test_a_source_translated_into_english_is_written_by_the_local_processor(fake, processor):
    fake.queue(Reply(pieces={0: GOOD_1, 1: ENGLISH_2}))
    result = processor.process(sources(LONG_1, LONG_2), context="", settings=GEMINI)

    assert_kept_as_written(result, 0, GOOD_1)
    assert_fell_back(result, 1, LONG_2, context=LONG_1)


def test_sources_merged_in_the_answer_are_written_by_the_local_processor(fake, processor):
    # Source 1's first clause answered under source 0.
    merged = {0: [*GOOD_1, GOOD_2[0]], 1: GOOD_2[1:], 2: GOOD_3}
    fake.queue(Reply(pieces=merged))
    result = processor.process(sources(LONG_1, LONG_2, LONG_3), context="", settings=GEMINI)

    assert_fell_back(result, 0, LONG_1)
    assert_fell_back(result, 1, LONG_2, context=LONG_1)
    assert_kept_as_written(result, 2, GOOD_3)
    assert [s.source_index for s in result.sentences] == sorted(s.source_index for s in result.sentences)


def test_the_local_fallback_follows_the_jobs_settings(fake, processor):
    options = ProcessorSettings(processor="gemini", tier="speed", max_words=5, keep_punctuation=False)
    fake.queue(Reply(pieces={0: ENGLISH_2}))
    result = processor.process(sources(LONG_2), context="", settings=options)

    assert_fell_back(result, 0, LONG_2, settings=options)
    assert all(s.word_count <= 5 and "," not in s.text and "." not in s.text for s in result.sentences)


def test_each_fallback_is_logged_once_with_its_reason(fake, processor, caplog):
    fake.queue(Reply(pieces={0: DROPPED_1, 1: ENGLISH_2}))
    with caplog.at_level(logging.INFO, logger="jobs.engine.processors.gemini"):
        processor.process(sources(LONG_1, LONG_2), context="", settings=GEMINI)

    lines = [r.getMessage() for r in caplog.records if "local processor" in r.getMessage()]
    assert len(lines) == 2
    assert "source 0" in lines[0] and "lost: arrivait, campagne" in lines[0]
    assert "source 1" in lines[1] and "kept 2 of 8 content words" in lines[1]


@pytest.mark.parametrize(
    ("original", "pieces", "context"),
    [
        (LONG_1, GOOD_1, ""),
        (LONG_2, GOOD_2, ""),  # "à cueillir" -> "Elle cueillait": one form lost, one invented
        (LONG_4, GOOD_4_CHARLES, LONG_3),
        (LONG_3, [*GOOD_3[:2], "Il était près de la cheminée."], ""),  # one form in nine left out
    ],
)
def test_faithful_rewrites_pass_the_fidelity_check(original, pieces, context):
    assert unfaithful(original, pieces, context=context) is None


@pytest.mark.parametrize(
    ("original", "pieces", "context", "reason"),
    [
        (LONG_1, DROPPED_1, "", "kept 6 of 8 content words (lost: arrivait, campagne)"),
        (LONG_3, NAMED_3, "", "invented name: Albertine"),
        (LONG_4, GOOD_4_CHARLES, "", "invented name: Charles"),  # no sentence before names him
        (LONG_2, ENGLISH_2, "", "kept 2 of 8"),  # only "roses" and "village" are spelt alike
        (LONG_1, [*GOOD_1, GOOD_2[0]], "", "invented 3 of 11 content words (jardin, matinée, passé)"),
        (LONG_1, [*GOOD_1, "Il était triste et fatigué."], "", "invented 2"),
    ],
)
def test_unfaithful_rewrites_fail_the_fidelity_check_with_a_reason(original, pieces, context, reason):
    assert reason in (unfaithful(original, pieces, context=context) or "")
