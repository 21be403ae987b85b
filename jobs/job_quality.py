"""Per-job quality figures, summed from per-chunk counts.

Each chunk stores raw counts so the merge adds them up exactly; shares are
computed once at the end. "Stands alone" needs a parse, so it is measured
on an evenly spread sample of each chunk's sentences to keep the pipeline
fast; the sample size is stored with the figure.
"""

from __future__ import annotations

from collections import Counter

from jobs.processors.base import OutputSentence, ProcessorSettings, SourceSentence, count_words
from jobs.processors.quality import standalone_flags, word_tokens

STANDALONE_SAMPLE_PER_CHUNK = 24


def chunk_quality(sources: list[SourceSentence], outputs: list[OutputSentence], options: ProcessorSettings) -> dict:
    body = [o.text for o in outputs if "heading" not in o.flags]
    wanted = Counter(w for s in sources for w in word_tokens(s.text))
    got = Counter(w for o in outputs for w in word_tokens(o.text))
    step = max(1, len(body) // STANDALONE_SAMPLE_PER_CHUNK)
    sample = body[::step][:STANDALONE_SAMPLE_PER_CHUNK]
    return {
        "sentences": len(body),
        "within_limit": sum(1 for t in body if count_words(t) <= options.max_words),
        "source_words": sum(wanted.values()),
        "covered_words": sum(min(n, got[w]) for w, n in wanted.items()),
        "standalone_sampled": len(sample),
        "standalone": sum(standalone_flags(sample)) if sample else 0,
    }


def merge_quality(parts: list[dict]) -> dict:
    total = Counter()
    for part in parts:
        total.update({k: v for k, v in part.items() if isinstance(v, int)})

    def share(num: str, den: str) -> float | None:
        return round(total[num] / total[den], 4) if total[den] else None

    return {
        "sentences": total["sentences"],
        "within_limit": share("within_limit", "sentences"),
        "standalone": share("standalone", "standalone_sampled"),
        "standalone_sampled": total["standalone_sampled"],
        "coverage": share("covered_words", "source_words"),
    }
