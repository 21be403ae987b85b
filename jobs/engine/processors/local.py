"""The default processor: rule segmentation upstream, parse-guided rewriting or cutting here.

Offline and deterministic: the same sources and settings always give the
same sentences. Local work is priced by the pipeline, so usage is empty.
"""

from __future__ import annotations

from jobs.engine.processors.split import dialogue_mask, quote_open_after, split_sentences
from jobs.engine.types import (
    ChunkResult,
    OutputSentence,
    ProcessorSettings,
    SourceSentence,
    Usage,
)

FLAG_HEADING = "heading"


class LocalProcessor:
    name = "local"

    def process(
        self,
        sources: list[SourceSentence],
        *,
        context: str,
        settings: ProcessorSettings,
    ) -> ChunkResult:
        body = [i for i, s in enumerate(sources) if not s.is_heading]
        texts = [sources[i].text for i in body]
        mask = _dialogue(sources, body, open_quote=quote_open_after(context))
        split = dict(zip(body, split_sentences(texts, settings, mask), strict=True))
        out: list[OutputSentence] = []
        for index, source in enumerate(sources):
            if source.is_heading:
                out.append(OutputSentence(source.text.strip(), index, (FLAG_HEADING,)))
                continue
            out.extend(OutputSentence(p.text, index, p.flags, p.stands_alone, p.terms) for p in split[index] if p.text)
        return ChunkResult(sentences=out, usage=Usage())


def _dialogue(sources: list[SourceSentence], body: list[int], *, open_quote: bool) -> list[bool]:
    # A heading ends any speech left open before it, so runs between
    # headings are judged separately.
    mask: list[bool] = []
    run: list[str] = []
    previous = -1
    for i in body:
        if any(sources[k].is_heading for k in range(previous + 1, i)):
            mask.extend(dialogue_mask(run, open_quote=open_quote))
            run, open_quote = [], False
        run.append(sources[i].text)
        previous = i
    mask.extend(dialogue_mask(run, open_quote=open_quote))
    return mask
