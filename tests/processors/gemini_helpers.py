"""Sentences and helpers shared by the Gemini processor tests (the fixtures are in conftest.py)."""

from __future__ import annotations

import uuid

from django.conf import settings

from jobs.engine.processors.gemini import GeminiConfig, GeminiProcessor
from jobs.engine.types import ProcessorSettings, SourceSentence
from jobs.pipeline.processors import gemini_processor
from tests.fakes.gemini_server import FakeGemini

MODELS = {"speed": "fake-flash-lite", "balanced": "fake-flash", "quality": "fake-pro"}
LONG_1 = "Le jeune homme, qui arrivait de la campagne, regarda longtemps la grande ville sans rien dire à personne."
LONG_2 = "Elle avait passé toute la matinée dans le jardin, à cueillir des roses pour la fête du village voisin."
LONG_3 = "Charles, qui ne comprenait rien à ces histoires, se remit à lire son journal près de la cheminée éteinte."
LONG_4 = "Il se leva enfin, prit son chapeau sur la table et sortit sans dire un mot."
SHORT = "Il pleuvait."
SPOKEN = "« Je ne sais pas, dit-elle, si nous reviendrons un jour dans cette maison où nous étions heureux. »"
GEMINI = ProcessorSettings(processor="gemini", tier="speed")


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


def sources(*texts: str) -> list[SourceSentence]:
    return [SourceSentence(t, page=i + 1) for i, t in enumerate(texts)]


def texts_by_source(result) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for s in result.sentences:
        out.setdefault(s.source_index, []).append(s.text)
    return out
