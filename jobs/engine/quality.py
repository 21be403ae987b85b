"""Quality figures of the output: per job, summed from per-chunk counts, and per piece.

Each chunk stores raw counts so the merge adds them up exactly; shares are
computed once at the end, over every sentence of the job. "Stands alone"
comes from the verdict the processor gave each piece (the one stored on the
Sentence rows), so nothing is parsed again here. Content recall and invented
content compare each source sentence's content words with its pieces'
(jobs.engine.processors.fidelity).

Jobs merged before these counts existed keep the dict they stored; the pages
render it as it is.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from jobs.engine.processors.blocks import Blocks
from jobs.engine.processors.clauses import analyse, parse_text, stands_alone
from jobs.engine.processors.fidelity import NONE, fidelity
from jobs.engine.processors.nlp import parse_many
from jobs.engine.types import OutputSentence, ProcessorSettings, SourceSentence, count_words

_WORD_RE = re.compile(r"\w+(?:[’'-]\w+)*")

# A capital first, or after an opening guillemet, quote or dialogue dash;
# end punctuation last, possibly followed by a closing guillemet or quote.
_SHAPE_START = re.compile(r"^(?:[«“]|[—–-])?\s*(\w)")
_SHAPE_END = re.compile(r"[.!?…]\s*[»”]?$")


def word_tokens(text: str) -> list[str]:
    """Lowercased words, apostrophe and hyphen compounds kept whole."""
    return _WORD_RE.findall(text.lower())


def standalone_flags(texts: Sequence[str]) -> list[bool]:
    """Whether each text, parsed alone, holds a subject with its finite verb (or an imperative)."""
    flags = []
    for text, doc in zip(texts, parse_many(parse_text(t) for t in texts), strict=True):
        analysis = analyse(Blocks.of(text), doc, cuts=False)
        flags.append(stands_alone(analysis, 0, len(analysis.blocks.spans)))
    return flags


def is_sentence_shaped(text: str) -> bool:
    text = text.strip()
    start = _SHAPE_START.match(text)
    return bool(start and start.group(1).isupper() and _SHAPE_END.search(text))


def _is_heading(out: OutputSentence, sources: list[SourceSentence]) -> bool:
    return "heading" in out.flags or sources[out.source_index].is_heading


def chunk_quality(sources: list[SourceSentence], outputs: list[OutputSentence], options: ProcessorSettings) -> dict:
    body = [o for o in outputs if not _is_heading(o, sources)]
    texts = [o.text for o in body]
    wanted = Counter(w for s in sources for w in word_tokens(s.text))
    got = Counter(w for o in outputs for w in word_tokens(o.text))
    pieces: dict[int, list[str]] = defaultdict(list)
    for out in body:
        pieces[out.source_index].append(out.text)
    # Every body source counts, so one that produced nothing counts as lost.
    kept = sum(
        (fidelity(source.text, pieces[i]) for i, source in enumerate(sources) if not source.is_heading),
        NONE,
    )
    return {
        "sentences": len(body),
        "within_limit": sum(1 for t in texts if count_words(t) <= options.max_words),
        "shaped": sum(1 for t in texts if is_sentence_shaped(t)),
        "standalone_judged": sum(1 for o in body if o.stands_alone is not None),
        "standalone": sum(1 for o in body if o.stands_alone),
        "source_words": sum(wanted.values()),
        "covered_words": sum(min(n, got[w]) for w, n in wanted.items()),
        "content_original": kept.original,
        "content_kept": kept.kept,
        "content_output": kept.output,
        "content_invented": kept.invented,
    }


def merge_quality(parts: list[dict]) -> dict:
    def share(num: str, den: str) -> float | None:
        # Only chunks that counted both (a retried old job may mix chunk formats).
        counted = [p for p in parts if isinstance(p.get(num), int) and isinstance(p.get(den), int)]
        total = sum(p[den] for p in counted)
        return round(sum(p[num] for p in counted) / total, 4) if total else None

    return {
        "sentences": sum(p.get("sentences", 0) for p in parts),
        "within_limit": share("within_limit", "sentences"),
        "standalone": share("standalone", "standalone_judged"),
        "standalone_judged": sum(p.get("standalone_judged", 0) for p in parts),
        "shaped": share("shaped", "sentences"),
        "content_recall": share("content_kept", "content_original"),
        "content_invented": share("content_invented", "content_output"),
        "coverage": share("covered_words", "source_words"),
    }
