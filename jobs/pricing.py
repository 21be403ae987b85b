"""Every price is computed here, on the server, from settings."""

from __future__ import annotations

import math
from dataclasses import dataclass

from django.conf import settings

from jobs.engine.types import ProcessorSettings, Usage

# A French word is ~1.6 Gemini tokens; the prompt and the JSON answer roughly
# triple the text's own tokens. The reservation adds a margin on top, and
# the charge is the real usage, never above the reservation.
TOKENS_PER_WORD = 1.6
GEMINI_ROUND_TRIP = 3.2  # measured by bench/gemini.py at max_words=8: usage was ~1.32x the 2.4 estimate
GEMINI_RESERVE_MARGIN = 1.5


@dataclass(frozen=True)
class Estimate:
    page_count: int
    words_estimated: int
    credits: int  # what we expect to charge
    reserve: int  # what is held until the job settles


def estimate(*, page_count: int, words_per_page: float, options: ProcessorSettings) -> Estimate:
    words = int(page_count * words_per_page)
    if options.processor == "gemini":
        tokens = words * TOKENS_PER_WORD * GEMINI_ROUND_TRIP
        credits = gemini_credits(int(tokens), options.tier)
        reserve = max(1, math.ceil(credits * GEMINI_RESERVE_MARGIN))
        return Estimate(page_count, words, credits, reserve)
    credits = local_credits(page_count)
    return Estimate(page_count, words, credits, credits)


def local_credits(pages: int) -> int:
    return pages * settings.PRICE_LOCAL_PER_PAGE


def gemini_credits(tokens: int, tier: str) -> int:
    return math.ceil(tokens / 1000 * settings.PRICE_GEMINI_PER_1K_TOKENS[tier])


def chunk_usage_credits(*, processor: str, tier: str, pages: int, usage: Usage) -> int:
    if processor == "gemini":
        return gemini_credits(usage.input_tokens + usage.output_tokens, tier)
    return local_credits(pages)
