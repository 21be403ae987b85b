"""The Gemini processor through the real google-genai client against a loopback fake: what is
sent, the token usage, HTTP errors and retries, and its configuration.
"""

from __future__ import annotations

import dramatiq
import pytest

from jobs.engine.processors.gemini_client import GeminiUnavailable
from jobs.engine.types import ProcessorSettings, SourceSentence
from jobs.pipeline.processors import gemini_processor
from jobs.ratelimit import RetryLater
from novelproc.errors import ProcessingError, TransientError
from tests.fakes.gemini_server import Reply

from .gemini_helpers import (
    GEMINI,
    LONG_1,
    LONG_2,
    LONG_3,
    SHORT,
    SPOKEN,
    make_processor,
    sources,
)

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
