"""The Gemini processor through the real google-genai client against a loopback fake."""

from __future__ import annotations

import logging
import uuid
from collections import Counter

import dramatiq
import pytest
from django.conf import settings

from jobs.engine.processors.fidelity import content_forms
from jobs.engine.processors.gemini import FLAG_LOCAL_FALLBACK, FLAG_REPAIRED, GeminiConfig, GeminiProcessor
from jobs.engine.processors.gemini_client import GeminiUnavailable
from jobs.engine.processors.gemini_validate import unfaithful
from jobs.engine.processors.local import LocalProcessor
from jobs.engine.types import ProcessorSettings, SourceSentence
from jobs.pipeline.processors import gemini_processor
from jobs.ratelimit import RetryLater
from novelproc.errors import ProcessingError, TransientError
from tests.fakes.gemini_server import FakeGemini, Reply

MODELS = {"speed": "fake-flash-lite", "balanced": "fake-flash", "quality": "fake-pro"}
LONG_1 = "Le jeune homme, qui arrivait de la campagne, regarda longtemps la grande ville sans rien dire à personne."
LONG_2 = "Elle avait passé toute la matinée dans le jardin, à cueillir des roses pour la fête du village voisin."
LONG_3 = "Charles, qui ne comprenait rien à ces histoires, se remit à lire son journal près de la cheminée éteinte."
LONG_4 = "Il se leva enfin, prit son chapeau sur la table et sortit sans dire un mot."
SHORT = "Il pleuvait."
SPOKEN = "« Je ne sais pas, dit-elle, si nous reviendrons un jour dans cette maison où nous étions heureux. »"
GEMINI = ProcessorSettings(processor="gemini", tier="speed")

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


@pytest.fixture
def fake():
    server = FakeGemini().start()
    yield server
    server.stop()


def make_processor(fake: FakeGemini, **overrides) -> GeminiProcessor:
    values = dict(
        api_key="test-key",
        base_url=fake.url,
        models=MODELS,
        timeout_s=5.0,
        requests_per_minute=6000,
        rate_wait_max_s=10.0,
        batch_words=1000,
        redis_url=settings.REDIS_URL,
        key_prefix=f"test-{uuid.uuid4().hex}:gemini",
    )
    values.update(overrides)
    return gemini_processor(GeminiConfig(**values))


@pytest.fixture
def processor(fake):
    return make_processor(fake)


def sources(*texts: str) -> list[SourceSentence]:
    return [SourceSentence(t, page=i + 1) for i, t in enumerate(texts)]


def texts_by_source(result) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for s in result.sentences:
        out.setdefault(s.source_index, []).append(s.text)
    return out


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


# --- what is sent ------------------------------------------------------------


def test_it_passes_sentences_within_the_limit_through_without_a_request(fake, processor):
    result = processor.process(sources(SHORT, "Elle sourit."), context="", settings=GEMINI)

    assert [s.text for s in result.sentences] == [SHORT, "Elle sourit."]
    assert fake.requests == []
    assert (result.usage.input_tokens, result.usage.output_tokens, result.usage.requests) == (0, 0, 0)


def test_it_sends_only_sentences_over_the_limit(fake, processor):
    processor.process(sources(SHORT, LONG_1, "Elle sourit.", LONG_2), context="", settings=GEMINI)

    assert len(fake.requests) == 1
    sent = [s["text"] for s in fake.requests[0].payload["sentences"]]
    assert sent == [LONG_1, LONG_2]


def test_it_asks_the_tier_model_for_structured_json(fake, processor):
    processor.process(sources(LONG_1), context="", settings=ProcessorSettings(processor="gemini", tier="quality"))

    request = fake.requests[0]
    assert request.model == "fake-pro"
    assert request.api_key == "test-key"
    assert request.config["responseMimeType"] == "application/json"
    schema = request.config["responseSchema"]
    assert schema["type"] == "ARRAY"
    assert set(schema["items"]["properties"]) == {"source", "text"}


def test_the_prompt_states_limits_standalone_sentences_and_context_only(fake, processor):
    options = ProcessorSettings(processor="gemini", max_words=10, min_words=3)
    processor.process(sources(SHORT, LONG_1), context="Avant.", settings=options)

    request = fake.requests[0]
    assert "at most 10 words" in request.system
    assert "at least 3 words" in request.system
    assert "subject, a conjugated verb, and end punctuation" in request.system
    assert "meaning, the order" in request.system
    assert request.payload["context"] == SHORT  # the sentence just before the batch
    assert (request.payload["max_words"], request.payload["min_words"]) == (10, 3)


@pytest.mark.parametrize(
    ("keep_dialogue_whole", "keep_punctuation", "expected"),
    [
        (True, True, ["stay whole", "French guillemets « »"]),
        (False, False, ["may be split like narration", "Punctuation is removed afterwards"]),
    ],
)
def test_the_prompt_follows_dialogue_and_punctuation_settings(
    fake, processor, keep_dialogue_whole, keep_punctuation, expected
):
    options = ProcessorSettings(
        processor="gemini", keep_dialogue_whole=keep_dialogue_whole, keep_punctuation=keep_punctuation
    )
    processor.process(sources(LONG_1), context="", settings=options)

    for phrase in expected:
        assert phrase in fake.requests[0].system


def test_spoken_lines_kept_whole_are_never_sent(fake, processor):
    options = ProcessorSettings(processor="gemini", keep_dialogue_whole=True)
    result = processor.process(sources(SPOKEN, LONG_1), context="", settings=options)

    assert [s["text"] for s in fake.requests[0].payload["sentences"]] == [LONG_1]
    assert result.sentences[0].text == SPOKEN
    assert "over_limit_dialogue" in result.sentences[0].flags


def test_headings_pass_through_flagged(fake, processor):
    heading = SourceSentence("CHAPITRE PREMIER UN LONG TITRE DE CHAPITRE QUI NE FINIT PAS", 1, is_heading=True)
    result = processor.process([heading, *sources(LONG_1)], context="", settings=GEMINI)

    assert result.sentences[0].text == heading.text
    assert result.sentences[0].flags == ("heading",)
    assert [s["text"] for s in fake.requests[0].payload["sentences"]] == [LONG_1]


def test_long_sentences_are_batched_by_source_words(fake):
    processor = make_processor(fake, batch_words=25)
    processor.process(sources(LONG_1, LONG_2, LONG_3), context="", settings=GEMINI)

    assert [len(r.payload["sentences"]) for r in fake.requests] == [1, 1, 1]
    assert fake.requests[1].payload["context"] == LONG_1


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


# --- usage -------------------------------------------------------------------


def test_usage_is_the_token_counts_the_api_reported(fake):
    fake.tokens, fake.thoughts_tokens = (120, 45), 7
    processor = make_processor(fake, batch_words=25)
    result = processor.process(sources(LONG_1, LONG_2), context="", settings=GEMINI)

    assert result.usage.requests == 2
    assert result.usage.input_tokens == 240
    assert result.usage.output_tokens == 2 * (45 + 7)  # thinking tokens are billed as output


# --- errors ------------------------------------------------------------------


def test_429_is_transient_and_carries_retry_after_to_dramatiq(fake, processor):
    fake.queue(Reply.rate_limited(retry_after=7))
    with pytest.raises(TransientError) as caught:
        processor.process(sources(LONG_1), context="", settings=GEMINI)

    assert caught.value.retry_after == 7
    handed_to_dramatiq = RetryLater.after(caught.value)  # what the pipeline raises to the chunk actor
    assert isinstance(handed_to_dramatiq, dramatiq.Retry) and handed_to_dramatiq.delay == 7000
    assert len(fake.requests) == 1  # google-genai did not retry on its own


def test_a_429_without_the_header_uses_the_bodys_retry_info(fake, processor):
    fake.queue(Reply("status", 429, retry_info=12))
    with pytest.raises(GeminiUnavailable) as caught:
        processor.process(sources(LONG_1), context="", settings=GEMINI)

    assert caught.value.retry_after == 12
    assert RetryLater.after(caught.value).delay == 12_000


@pytest.mark.parametrize("status", [500, 503])
def test_server_errors_are_transient_and_not_retried_by_the_library(fake, processor, status):
    fake.queue(Reply.server_error(status))
    with pytest.raises(GeminiUnavailable) as caught:
        processor.process(sources(LONG_1), context="", settings=GEMINI)

    assert caught.value.retry_after is None
    assert RetryLater.after(caught.value).delay is None  # Dramatiq's own backoff applies
    assert len(fake.requests) == 1


def test_a_timeout_is_transient(fake):
    processor = make_processor(fake, timeout_s=1.0)
    fake.queue(Reply("hang", seconds=3))
    with pytest.raises(GeminiUnavailable, match="did not answer within 1 s"):
        processor.process(sources(LONG_1), context="", settings=GEMINI)


@pytest.mark.parametrize(
    ("status", "code", "words"),
    [
        (400, "gemini_rejected", "rejected the request"),
        (401, "gemini_auth_failed", "API key"),
        (403, "gemini_auth_failed", "API key"),
    ],
)
def test_rejections_fail_the_chunk_with_a_clear_message(fake, processor, status, code, words):
    fake.queue(Reply.rejected(status))
    with pytest.raises(ProcessingError) as caught:
        processor.process(sources(LONG_1), context="", settings=GEMINI)

    assert not isinstance(caught.value, TransientError)
    assert caught.value.code == code
    assert words in caught.value.message and str(status) in caught.value.message


def test_a_retried_chunk_reuses_answers_and_charges_each_once(fake):
    processor = make_processor(fake, batch_words=25)
    chunk = sources(LONG_1, LONG_2, LONG_3)
    fake.queue(Reply(), Reply(), Reply.server_error())
    with pytest.raises(TransientError):
        processor.process(chunk, context="", settings=GEMINI)

    result = processor.process(chunk, context="", settings=GEMINI)

    assert [r.status for r in fake.requests] == [200, 200, 500, 200]
    assert result.usage.requests == 3
    assert result.usage.input_tokens + result.usage.output_tokens == fake.billed_tokens()


def test_the_stash_is_forgotten_once_the_chunk_is_done(fake, processor):
    chunk = sources(LONG_1)
    processor.process(chunk, context="", settings=GEMINI)
    processor.process(chunk, context="", settings=GEMINI)

    assert len(fake.requests) == 2


def test_it_reads_its_configuration_from_settings(fake, settings):
    settings.GEMINI_API_KEY = "from-settings"
    settings.GEMINI_BASE_URL = fake.url
    processor = gemini_processor()
    processor.process(sources(LONG_1), context="", settings=ProcessorSettings(processor="gemini", tier="balanced"))

    assert fake.requests[0].api_key == "from-settings"
    assert fake.requests[0].model == settings.GEMINI_MODELS["balanced"]
