"""One processor instance per worker process, built from this deployment's settings.

Processors hold loaded models and clients, so each is built once. The engine
takes Gemini's configuration as it is given; here it is read from settings,
and the Redis-backed rate limiter and answer stash every worker shares are
built around it.
"""

from __future__ import annotations

from django.conf import settings

from jobs.engine.processors.gemini import GeminiConfig, GeminiProcessor
from jobs.engine.processors.gemini_client import GeminiClient
from jobs.engine.processors.gemini_stash import AnswerStash
from jobs.engine.processors.local import LocalProcessor
from jobs.engine.types import Processor
from jobs.ratelimit import shared_limiter

_instances: dict[str, Processor] = {}


def get_processor(name: str) -> Processor:
    if name not in _instances:
        _instances[name] = gemini_processor() if name == "gemini" else LocalProcessor()
    return _instances[name]


def gemini_config() -> GeminiConfig:
    return GeminiConfig(
        api_key=settings.GEMINI_API_KEY,
        base_url=settings.GEMINI_BASE_URL,
        models=dict(settings.GEMINI_MODELS),
        timeout_s=float(settings.GEMINI_TIMEOUT_S),
        requests_per_minute=settings.GEMINI_REQUESTS_PER_MINUTE,
        rate_wait_max_s=float(settings.GEMINI_RATE_WAIT_MAX_S),
        batch_words=settings.GEMINI_BATCH_WORDS,
        redis_url=settings.REDIS_URL,
        key_prefix=f"{settings.DRAMATIQ_BROKER['OPTIONS']['namespace']}:gemini",
    )


def gemini_processor(config: GeminiConfig | None = None) -> GeminiProcessor:
    config = config or gemini_config()
    limiter = shared_limiter(
        redis_url=config.redis_url,
        key=f"{config.key_prefix}:rate",
        per_minute=config.requests_per_minute,
        max_wait_s=config.rate_wait_max_s,
    )
    client = GeminiClient(
        api_key=config.api_key,
        base_url=config.base_url,
        timeout_s=config.timeout_s,
        limiter=limiter,
        stash=AnswerStash(limiter.client, prefix=f"{config.key_prefix}:answer"),
    )
    return GeminiProcessor(config, client)
