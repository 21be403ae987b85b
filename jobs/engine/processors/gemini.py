"""The Gemini processor: long sentences rewritten into short standalone ones.

Only sentences over the word limit are sent: sentences already within it
(and, with keep_dialogue_whole, spoken lines) pass through unchanged, which
costs no tokens and loses nothing. Those sent go in batches of about
``batch_words`` source words, one request each, with the sentence before
the batch as context.

Every answer is validated (see gemini_validate). A source without usable
pieces (left out, unparseable, under half its words), or whose pieces lose
its content or add content of their own (a dropped clause, an invented name,
a translation, a neighbour's words), is written by the local processor
instead, with the job's own settings (so in the job's local style), flagged
"local_fallback". A piece over the limit is split by the local splitter and
flagged "repaired". A truncated (MAX_TOKENS) or blocked answer splits its
batch in two and asks again for each half, down to one sentence, which then
falls back to the local processor too.

Usage is the API's own token counts for every answer used, so the chunk is
charged what Google bills.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace

from jobs.engine.processors.gemini_client import GeminiClient
from jobs.engine.processors.gemini_prompt import generate_config, user_payload
from jobs.engine.processors.gemini_validate import clean_pieces, over_limit, parse_items, unfaithful
from jobs.engine.processors.local import FLAG_HEADING, LocalProcessor
from jobs.engine.processors.local import _dialogue as dialogue_flags
from jobs.engine.processors.split import quote_open_after, render, split_sentences
from jobs.engine.types import (
    STYLE_EXACT,
    ChunkResult,
    OutputSentence,
    ProcessorSettings,
    SourceSentence,
    Usage,
    count_words,
)

log = logging.getLogger(__name__)

FLAG_REPAIRED = "repaired"
FLAG_LOCAL_FALLBACK = "local_fallback"


@dataclass(frozen=True)
class GeminiConfig:
    """Everything the processor is told by its deployment (jobs.pipeline.processors reads it from settings).

    The rate limit is shared by every worker (``requests_per_minute`` under
    ``key_prefix`` in the store at ``redis_url``); the engine only receives the
    limiter and the answer stash built from these values.
    """

    api_key: str
    base_url: str
    models: dict[str, str]
    timeout_s: float
    requests_per_minute: int
    rate_wait_max_s: float
    batch_words: int
    redis_url: str
    key_prefix: str


class GeminiProcessor:
    name = "gemini"

    def __init__(self, config: GeminiConfig, client: GeminiClient) -> None:
        self.config = config
        self.client = client

    def process(self, sources: list[SourceSentence], *, context: str, settings: ProcessorSettings) -> ChunkResult:
        dialogue = _dialogue_by_index(sources, context)
        to_send = [
            i
            for i, s in enumerate(sources)
            if not s.is_heading
            and count_words(s.text) > settings.max_words
            and not (settings.keep_dialogue_whole and dialogue[i])
        ]
        run = _Run(self.client, self.config.models[settings.tier], settings, sources, context)
        for batch in batches(to_send, sources, self.config.batch_words):
            run.rewrite(batch)
        fallbacks = {i: local_fallback(sources, i, context=context, settings=settings) for i in run.fallback_reasons}
        sentences = assemble(sources, run.drafts, dialogue, settings, fallbacks)
        self.client.stash.forget(run.keys)
        log.info(
            "gemini chunk sources=%s sent=%s fallbacks=%s requests=%s reused=%s tokens=%s+%s",
            len(sources),
            len(to_send),
            len(fallbacks),
            run.requests,
            run.reused,
            run.input_tokens,
            run.output_tokens,
        )
        usage = Usage(input_tokens=run.input_tokens, output_tokens=run.output_tokens, requests=run.requests)
        return ChunkResult(sentences=sentences, usage=usage)


def _dialogue_by_index(sources: list[SourceSentence], context: str) -> dict[int, bool]:
    body = [i for i, s in enumerate(sources) if not s.is_heading]
    return dict(zip(body, dialogue_flags(sources, body, open_quote=quote_open_after(context)), strict=True))


def sentence_before(sources: list[SourceSentence], index: int, context: str) -> str:
    return sources[index - 1].text if index > 0 else context


def local_fallback(
    sources: list[SourceSentence], index: int, *, context: str, settings: ProcessorSettings
) -> list[OutputSentence]:
    """One source as the local processor writes it, whatever its style, tied back to its index."""
    before = sentence_before(sources, index, context)
    result = LocalProcessor().process([sources[index]], context=before, settings=settings)
    return [replace(s, source_index=index, flags=_merge((FLAG_LOCAL_FALLBACK,), s.flags)) for s in result.sentences]


def batches(indexes: list[int], sources: list[SourceSentence], batch_words: int) -> list[list[int]]:
    """Consecutive runs of about ``batch_words`` source words, one request each."""
    out: list[list[int]] = []
    current: list[int] = []
    words = 0
    for i in indexes:
        n = count_words(sources[i].text)
        if current and words + n > batch_words:
            out.append(current)
            current, words = [], 0
        current.append(i)
        words += n
    if current:
        out.append(current)
    return out


@dataclass
class _Run:
    """One attempt at one chunk: the answers gathered and what they cost."""

    client: GeminiClient
    model: str
    settings: ProcessorSettings
    sources: list[SourceSentence]
    context: str
    drafts: dict[int, list[str]] = field(default_factory=dict)  # Gemini's pieces, per source index
    fallback_reasons: dict[int, str] = field(default_factory=dict)  # source index -> why local writes it
    keys: list[str] = field(default_factory=list)
    input_tokens: int = 0
    output_tokens: int = 0
    requests: int = 0
    reused: int = 0

    def rewrite(self, indexes: list[int]) -> None:
        first = indexes[0]
        context = self.sources[first - 1].text if first > 0 else self.context
        payload = user_payload([self.sources[i].text for i in indexes], context=context, settings=self.settings)
        call = self.client.generate(model=self.model, payload=payload, config=generate_config(self.settings))
        answer = call.answer
        if call.key not in self.keys:  # an identical request twice in one chunk is charged once
            self.keys.append(call.key)
            self.input_tokens += answer.input_tokens
            self.output_tokens += answer.output_tokens
            self.requests += 1
            self.reused += call.reused
        if answer.truncated or answer.blocked:
            log.info("gemini answer %s for %s sentences", answer.finish_reason, len(indexes))
            if len(indexes) == 1:
                self.fall_back(first, f"answer {answer.finish_reason}")
                return
            half = len(indexes) // 2
            self.rewrite(indexes[:half])
            self.rewrite(indexes[half:])
            return
        groups = parse_items(answer.text, len(indexes))
        for k, i in enumerate(indexes):
            text = self.sources[i].text
            raw = groups[k] if groups is not None else None
            pieces = clean_pieces(raw, text, self.settings) if raw is not None else None
            if pieces is None:
                self.fall_back(i, _unusable(raw))
                continue
            reason = unfaithful(text, pieces, context=sentence_before(self.sources, i, self.context))
            if reason is None:
                self.drafts[i] = pieces
            else:
                self.fall_back(i, reason)

    def fall_back(self, index: int, reason: str) -> None:
        self.fallback_reasons[index] = reason
        page = self.sources[index].page
        log.info("gemini answer for source %s (page %s) left to the local processor: %s", index, page, reason)


def _unusable(pieces: list[str] | None) -> str:
    if pieces is None:
        return "answer not parseable"
    if not pieces:
        return "source missing from the answer"
    return "pieces empty or under half the source's words"


@dataclass(frozen=True)
class _Draft:
    source: int
    text: str
    flags: tuple[str, ...] = ()
    local: bool = False  # goes through the local splitter
    dialogue: bool = False


def assemble(
    sources: list[SourceSentence],
    drafts: dict[int, list[str]],
    dialogue: dict[int, bool],
    settings: ProcessorSettings,
    fallbacks: dict[int, list[OutputSentence]] | None = None,
) -> list[OutputSentence]:
    """Sentences in source order; all local splitting happens in one batch (one spaCy pass).

    ``fallbacks`` holds sources already written by the local processor; they are used as they are.
    """
    fallbacks = fallbacks or {}
    plan: list[_Draft | OutputSentence] = []
    for i, source in enumerate(sources):
        if source.is_heading:
            plan.append(_Draft(i, source.text.strip(), (FLAG_HEADING,)))
        elif i in fallbacks:
            plan.extend(fallbacks[i])
        elif i not in drafts:  # not sent: within the limit, or a spoken line kept whole
            plan.append(_Draft(i, source.text, local=True, dialogue=dialogue.get(i, False)))
        else:
            for piece in drafts[i]:
                too_long = over_limit(piece, settings)
                plan.append(_Draft(i, piece, (FLAG_REPAIRED,) if too_long else (), local=too_long))
    # Only texts over the limit reach the splitter: it loads spaCy even for an empty batch.
    local = [d for d in plan if isinstance(d, _Draft) and d.local and over_limit(d.text, settings)]
    # A Gemini piece is already a rewrite: over the limit it is cut, not rewritten again.
    cut = replace(settings, style=STYLE_EXACT)
    pieces = split_sentences([d.text for d in local], cut, [d.dialogue for d in local]) if local else []
    split = dict(zip((id(d) for d in local), pieces, strict=True))
    out: list[OutputSentence] = []
    for draft in plan:
        if isinstance(draft, OutputSentence):
            out.append(draft)
            continue
        if id(draft) in split:
            flags = draft.flags
            out.extend(OutputSentence(p.text, draft.source, _merge(flags, p.flags)) for p in split[id(draft)] if p.text)
            continue
        text = render(draft.text, settings.keep_punctuation) if draft.local else draft.text
        if text:
            out.append(OutputSentence(text, draft.source, draft.flags))
    return out


def _merge(first: tuple[str, ...], second: tuple[str, ...]) -> tuple[str, ...]:
    return first + tuple(f for f in second if f not in first)
