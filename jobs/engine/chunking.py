"""The chunk plan: page ranges whose edges fall between sentences.

Each source sentence belongs to the page it starts on, and a chunk takes
the sentences that start inside its page range. So no sentence is ever cut
in two, every sentence lands in exactly one chunk, and merging is plain
concatenation in chunk order: nothing to de-duplicate, nothing to lose.
"""

from __future__ import annotations

from dataclasses import dataclass

from jobs.engine.types import SourceSentence


@dataclass(frozen=True)
class ChunkSizes:
    small_book_pages: int = 30  # up to this many pages: one chunk
    medium_book_pages: int = 100  # up to this many: medium chunks
    medium_chunk_pages: int = 20
    large_chunk_pages: int = 15

    def pages_per_chunk(self, page_count: int) -> int:
        if page_count <= self.small_book_pages:
            return max(page_count, 1)
        if page_count <= self.medium_book_pages:
            return self.medium_chunk_pages
        return self.large_chunk_pages


@dataclass(frozen=True)
class PlannedChunk:
    index: int
    page_start: int
    page_end: int
    sources: list[SourceSentence]
    context: str


def plan_chunks(sources: list[SourceSentence], *, page_count: int, sizes: ChunkSizes) -> list[PlannedChunk]:
    step = sizes.pages_per_chunk(page_count)
    ranges = [(start, min(start + step - 1, page_count)) for start in range(1, page_count + 1, step)]
    buckets: list[list[SourceSentence]] = [[] for _ in ranges]
    for sentence in sources:
        page = min(max(sentence.page, 1), page_count)
        buckets[(page - 1) // step].append(sentence)
    ranges, buckets = _fold_empty(ranges, buckets)

    planned: list[PlannedChunk] = []
    previous = ""
    for index, ((start, end), bucket) in enumerate(zip(ranges, buckets, strict=True)):
        planned.append(PlannedChunk(index, start, end, bucket, previous))
        previous = bucket[-1].text if bucket else previous
    return planned


def _fold_empty(
    ranges: list[tuple[int, int]], buckets: list[list[SourceSentence]]
) -> tuple[list[tuple[int, int]], list[list[SourceSentence]]]:
    """Give pages without sentences to a neighbour so no chunk is empty."""
    out_ranges: list[tuple[int, int]] = []
    out_buckets: list[list[SourceSentence]] = []
    carry_start: int | None = None
    for (start, end), bucket in zip(ranges, buckets, strict=True):
        if not bucket:
            carry_start = carry_start if carry_start is not None else start
            continue
        out_ranges.append((carry_start if carry_start is not None else start, end))
        out_buckets.append(bucket)
        carry_start = None
    if carry_start is not None and out_ranges:
        last_start, _ = out_ranges[-1]
        out_ranges[-1] = (last_start, ranges[-1][1])
    return out_ranges, out_buckets
