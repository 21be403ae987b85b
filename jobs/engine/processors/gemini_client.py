"""One Gemini call: pace it, send it, turn every failure into our error shape.

Retries live in one place, the Dramatiq actor: google-genai's own HTTP
retries are switched off (``HttpRetryOptions(attempts=1)``), and 429, 5xx
and timeouts raise :class:`GeminiUnavailable`, a ``TransientError`` carrying
the API's Retry-After; the pipeline hands it to Dramatiq so the message comes
back after that delay instead of the default backoff (jobs.ratelimit.RetryLater).
400/401/403 fail the chunk with a clear message.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass
from typing import Protocol

import httpx
from google import genai
from google.genai import errors as genai_errors
from google.genai import types

from jobs.engine.processors.gemini_stash import BLOCKED, Answer, AnswerStash
from novelproc.errors import ProcessingError, TransientError

try:  # google-genai uses httpx2 when it is installed
    import httpx2
except ImportError:  # pragma: no cover
    httpx2 = None

log = logging.getLogger(__name__)

_TIMEOUTS = tuple(m.TimeoutException for m in (httpx, httpx2) if m is not None)
_TRANSPORT = tuple(m.TransportError for m in (httpx, httpx2) if m is not None)
AUTH_STATUSES = {401, 403}
API_VERSION = "v1beta"
MAX_RETRY_AFTER_S = 15 * 60  # Dramatiq's max backoff for the chunk actor is 5 min; allow a bit more


class RateLimiter(Protocol):
    """Paces calls for every worker at once (jobs.ratelimit.SharedRateLimiter)."""

    def acquire(self) -> float: ...

    def defer(self, seconds: float) -> None: ...


class GeminiUnavailable(TransientError):
    """429, 5xx, timeout: worth trying again later, after Retry-After when the API sent one."""

    code = "gemini_unavailable"


@dataclass(frozen=True)
class CallResult:
    answer: Answer
    key: str  # the stash key, forgotten once the chunk is done
    reused: bool  # taken from the stash of an earlier attempt


class GeminiClient:
    def __init__(
        self, *, api_key: str, base_url: str, timeout_s: float, limiter: RateLimiter, stash: AnswerStash
    ) -> None:
        self.timeout_s = timeout_s
        self.limiter = limiter
        self.stash = stash
        self._client = genai.Client(
            api_key=api_key or "unset",
            http_options=types.HttpOptions(
                base_url=base_url or None,
                # structured output (responseSchema) is documented on v1beta; this library defaults to v1
                api_version=API_VERSION,
                timeout=int(timeout_s * 1000),
                retry_options=types.HttpRetryOptions(attempts=1),
            ),
        )

    def generate(self, *, model: str, payload: str, config: types.GenerateContentConfig) -> CallResult:
        key = self.stash.key(model, config.system_instruction or "", payload)
        stashed = self.stash.get(key)
        if stashed is not None:
            return CallResult(stashed, key, reused=True)
        self.limiter.acquire()
        try:
            response = self._client.models.generate_content(model=model, contents=payload, config=config)
        except genai_errors.APIError as exc:
            raise self._api_error(exc, model) from exc
        except _TIMEOUTS as exc:
            raise GeminiUnavailable(f"Gemini did not answer within {self.timeout_s:g} s.") from exc
        except _TRANSPORT as exc:
            raise GeminiUnavailable(f"Could not reach Gemini: {exc.__class__.__name__}.") from exc
        answer = answer_from(response)
        self.stash.put(key, answer)
        return CallResult(answer, key, reused=False)

    def _api_error(self, exc: genai_errors.APIError, model: str) -> ProcessingError:
        detail = f"{exc.code} {exc.status or ''}: {exc.message or ''}".strip()
        if exc.code == 429 or exc.code == 408 or exc.code >= 500:
            retry_after = retry_after_seconds(exc)
            if exc.code == 429 and retry_after:
                self.limiter.defer(retry_after)
            log.warning("gemini transient model=%s status=%s retry_after=%s", model, exc.code, retry_after)
            return GeminiUnavailable(
                f"Gemini is busy or failing ({detail}); trying again later.", retry_after=retry_after
            )
        if exc.code in AUTH_STATUSES:
            return ProcessingError(
                f"Gemini refused this server's API key ({detail}). An administrator must fix GEMINI_API_KEY.",
                code="gemini_auth_failed",
            )
        return ProcessingError(f"Gemini rejected the request for model {model} ({detail}).", code="gemini_rejected")


def retry_after_seconds(exc: genai_errors.APIError) -> int | None:
    """Seconds to wait (capped): the Retry-After header, else the body's google.rpc.RetryInfo."""
    headers = getattr(getattr(exc, "response", None), "headers", None)
    value = headers.get("retry-after") if headers is not None else None
    seconds = _seconds(value) if value is not None else _retry_info(exc.details)
    if seconds is None or seconds < 0:
        return None
    return min(MAX_RETRY_AFTER_S, max(1, math.ceil(seconds)))


def _seconds(value: str) -> float | None:
    try:
        return float(value.strip().removesuffix("s"))
    except ValueError:
        return None  # an HTTP date: rare from Google; the default backoff applies


def _retry_info(details: object) -> float | None:
    """Gemini's 429 body: {"error": {"details": [{"@type": ".../google.rpc.RetryInfo", "retryDelay": "37s"}]}}."""
    error = details.get("error", {}) if isinstance(details, dict) else {}
    for item in error.get("details", []) if isinstance(error, dict) else []:
        if isinstance(item, dict) and str(item.get("@type", "")).endswith("RetryInfo"):
            return _seconds(str(item.get("retryDelay", "")))
    return None


def answer_from(response: types.GenerateContentResponse) -> Answer:
    usage = response.usage_metadata
    input_tokens = (usage.prompt_token_count or 0) if usage else 0
    output_tokens = ((usage.candidates_token_count or 0) + (usage.thoughts_token_count or 0)) if usage else 0
    feedback = response.prompt_feedback
    if feedback is not None and feedback.block_reason is not None:
        return Answer(None, BLOCKED, input_tokens, output_tokens)
    if not response.candidates:
        return Answer(None, BLOCKED, input_tokens, output_tokens)
    candidate = response.candidates[0]
    finish = candidate.finish_reason.value if candidate.finish_reason is not None else "STOP"
    parts = candidate.content.parts if candidate.content and candidate.content.parts else []
    text = "".join(p.text for p in parts if p.text and not p.thought) or None
    return Answer(text, finish, input_tokens, output_tokens)
