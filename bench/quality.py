"""Quality of the local processor on every corpus novel, beside a naive baseline.

    .venv/bin/python bench/quality.py [--books verne,flaubert] [--sample 2000] [--no-write]

For each PDF in /work/shared/corpus/pdf: real extraction, cleanup and
segmentation (jobs.pdf + jobs.text, as jobs.pipeline.read_book does), then
LocalProcessor at limits 8 and 12. Per book and limit: word coverage
against the book's text file, share within the limit, share that stand
alone (on an evenly spaced sample), share holding a page number or running
head (found independently from the raw pages' edge lines), words per
second. The naive baseline (raw page text, split after [.!?], cut every N
words) is measured in the same run. Writes the "## Local processor quality"
and "## Segmentation" sections of bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections import Counter
from datetime import UTC, datetime
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from quality_checks import (  # noqa: E402
    Furniture,
    clause_figures,
    clauses_at,
    evenly_spaced,
    furniture_share,
    naive_baseline,
    segmentation_accuracy,
    standalone_ceiling,
    standalone_with,
    weak_end_share,
)
from results_section import replace_section  # noqa: E402

CORPUS = Path("/work/shared/corpus")
LIMITS = (8, 12)
RESULTS = ROOT / "bench" / "RESULTS.md"
BEFORE = ROOT / "bench" / "quality_before.json"
BEFORE_COMMIT = "219c181"  # the local processor before the issue-5 quality work


def _book_text_words(book: str) -> list[str]:
    from jobs.processors.quality import word_tokens

    return word_tokens((CORPUS / "text" / f"{book}.txt").read_text(encoding="utf-8"))


def _coverage(wanted: Counter, outputs: list[str]) -> float:
    from jobs.processors.quality import word_tokens

    got = Counter(w for text in outputs for w in word_tokens(text))
    total = sum(wanted.values())
    return sum(min(n, got[w]) for w, n in wanted.items()) / total


def _standalone(texts: list[str], sample: int) -> tuple[float, float, int]:
    picked = evenly_spaced(texts, sample)
    alone, verb = clause_figures(picked)
    return alone, verb, len(picked)


def _within(texts: list[str], limit: int) -> float:
    from jobs.processors.base import count_words

    return sum(1 for t in texts if count_words(t) <= limit) / len(texts) if texts else 1.0


def measure_book(args: tuple[str, int, str]) -> dict:
    path, sample, old_commit = args
    from jobs.pdf.clean import clean_pages
    from jobs.pdf.extract import extract_pages
    from jobs.processors.base import ProcessorSettings, count_words
    from jobs.processors.local import LocalProcessor
    from jobs.processors.nlp import get_nlp
    from jobs.processors.split import FLAG_CUT_AT_WORD
    from jobs.text.segment import segment_book

    book = Path(path).stem
    get_nlp()  # load once, outside the timings
    t0 = time.perf_counter()
    raw = extract_pages(path, timeout_s=600, memory_mb=2048)
    t1 = time.perf_counter()
    clean = clean_pages(raw)
    sources = segment_book((p.number, p.text, p.headings) for p in clean)
    t2 = time.perf_counter()
    furniture = Furniture.of(raw)
    book_text = (CORPUS / "text" / f"{book}.txt").read_text(encoding="utf-8")
    wanted = Counter(_book_text_words(book))
    source_words = sum(count_words(s.text) for s in sources)
    out = {
        "book": book,
        "pages": len(raw),
        "sources": len(sources),
        "source_words": source_words,
        "extract_s": t1 - t0,
        "clean_segment_s": t2 - t1,
        "headers": sorted(furniture.headers)[:6],
        "rows": [],
    }
    for limit in LIMITS:
        settings = ProcessorSettings(max_words=limit)
        body_sources = [s.text for s in sources if not s.is_heading]
        out.setdefault("ceiling", {})[limit] = standalone_ceiling(body_sources, limit, sample // 2)
        start = time.perf_counter()
        result = LocalProcessor().process(sources, context="", settings=settings)
        elapsed = time.perf_counter() - start
        body = [s for s in result.sentences if "heading" not in s.flags]
        texts = [s.text for s in body]
        standalone, verb, sampled = _standalone(texts, sample)
        old = standalone_with(clauses_at(old_commit, str(ROOT)), evenly_spaced(texts, sample)) if old_commit else None
        share, examples = furniture_share([(s.text, sources[s.source_index].page) for s in body], furniture, book_text)
        out["rows"].append(
            {
                "system": "local",
                "limit": limit,
                "sentences": len(body),
                "coverage": _coverage(wanted, [s.text for s in result.sentences]),
                "within": _within(texts, limit),
                "standalone": standalone,
                "verb": verb,
                "old_detector": old,
                "sampled": sampled,
                "furniture": share,
                "furniture_examples": examples,
                "word_cut": sum(1 for s in body if FLAG_CUT_AT_WORD in s.flags) / len(body),
                "weak_end": weak_end_share(texts),
                "wps": source_words / elapsed,
            }
        )
        start = time.perf_counter()
        naive = naive_baseline(raw, limit)
        elapsed = time.perf_counter() - start
        texts = [t for t, _ in naive]
        standalone, verb, sampled = _standalone(texts, sample)
        share, examples = furniture_share(naive, furniture, book_text)
        out["rows"].append(
            {
                "system": "naive",
                "limit": limit,
                "sentences": len(naive),
                "coverage": _coverage(wanted, texts),
                "within": _within(texts, limit),
                "standalone": standalone,
                "verb": verb,
                "sampled": sampled,
                "furniture": share,
                "furniture_examples": examples,
                "word_cut": None,
                "weak_end": weak_end_share(texts),
                "wps": sum(count_words(t) for t in texts) / elapsed,
            }
        )
    return out


def _pct(x: float | None, digits: int = 1) -> str:
    return "–" if x is None else f"{100 * x:.{digits}f}%"


def quality_section(books: list[dict], sample: int, wall: float) -> str:
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        "## Local processor quality",
        "",
        f"`bench/quality.py`, measured {now} on this 2-core machine (shared with other engineers' work; "
        f"whole run {wall:.0f} s). Each corpus PDF goes through the real extraction, cleanup and rule "
        "segmentation (`jobs.pdf` + `jobs.text`, as `jobs.pipeline.read_book`), then `LocalProcessor` "
        "over the whole book at limits 8 and 12 (default settings otherwise: min 2 words, keep "
        "punctuation, dialogue not kept whole). **naive** is the tool we replace, measured in the same run: "
        "raw extracted page text, split after `[.!?]`, cut every N words.",
        "",
        "- coverage: multiset share of the lowercased word tokens of `corpus/text/<book>.txt` found in the "
        "output (aim 99.9%). Footnotes are outside the text file and outside the body output.",
        "- within: share of output sentences (headings excluded) at or under the limit (must be 100%).",
        f"- standalone: share holding a subject with its finite verb (or an imperative / inversion) "
        f"by `jobs.processors.quality.standalone_flags` (fr_core_news_sm, each sentence parsed alone), on "
        f"{sample} evenly spaced output sentences per book and system (aim above 85% at limit 8).",
        "- furniture: estimated share of output sentences holding a running head or page number, found "
        "from the raw pages independently of the cleanup: running heads are edge lines repeated on 3+ pages "
        "(digits ignored), page numbers are bare-number edge lines. Since a head may be a phrase of the book "
        "(Gaboriau's head is the hero's name) and a page number a number of the story, the count is the excess "
        "of their occurrences in the output over those in the book's text file, divided by the sentences "
        "(aim 0).",
        "- verb: share holding at least a conjugated verb (standalone, or a verb whose subject sits in "
        'another piece: "et rentrèrent à la caserne.", "qui monte vers le ciel"), same sample and parse.',
        "- ceiling: upper bound on the standalone share any lossless split at the limit could reach with "
        "this parse: sentences under the limit count as they are; one over it needs ceil(words/limit) "
        "pieces, of which at most its number of disjoint subject-verb spans can stand alone "
        f"(`bench/quality_checks.py` `standalone_ceiling`, on {sample // 2} evenly spaced sentences under and "
        "over the limit).",
        '- weak end: share of pieces ending on a bare function word ("et", "de", "la", "il"...) with no '
        "punctuation after it: a readability check that a split cannot buy standalone pieces with.",
        "- word cut: share of pieces with a last-resort word-boundary cut on either side.",
        "- words/s: source words over processor wall time (local), or over the naive split's time, on a shared "
        "machine where it varies up to 3x from run to run; "
        "extraction and cleanup are timed apart.",
        "",
        "| book | pages | limit | system | sentences | coverage | within | standalone | ceiling | verb | furniture "
        "| weak end | word cut | words/s |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for b in books:
        for r in b["rows"]:
            lines.append(
                f"| {b['book']} | {b['pages']} | {r['limit']} | {r['system']} | {r['sentences']} "
                f"| {_pct(r['coverage'], 2)} | {_pct(r['within'])} | {_pct(r['standalone'])} "
                f"| {_pct(b['ceiling'][r['limit']]) if r['system'] == 'local' else '–'} | {_pct(r['verb'])} "
                f"| {_pct(r['furniture'], 2)} | {_pct(r['weak_end'])} | {_pct(r['word_cut'])} | {r['wps']:,.0f} |"
            )
    lines += ["", "Extraction and cleanup (same run):", "", "| book | extract s | clean+segment s | source sentences |"]
    lines.append("|---|---|---|---|")
    for b in books:
        lines.append(f"| {b['book']} | {b['extract_s']:.1f} | {b['clean_segment_s']:.1f} | {b['sources']} |")
    lines += reading(books)
    lines += before_after(books)
    examples = [(b["book"], r) for b in books for r in b["rows"] if r["system"] == "local" and r["furniture_examples"]]
    if examples:
        lines += ["", "Furniture hits in the local output (first few):", ""]
        for book, r in examples:
            for e in r["furniture_examples"]:
                lines.append(f"- {book} @ {r['limit']}: {e}")
    return "\n".join(lines) + "\n"


def reading(books: list[dict]) -> list[str]:
    """What the limit-8 figures say about the 85% aim, from this run's numbers."""
    rows = [(b, next(r for r in b["rows"] if r["system"] == "local" and r["limit"] == 8)) for b in books]
    ceilings = [b["ceiling"][8] for b, _ in rows]
    gaps = [b["ceiling"][8] - r["standalone"] for b, r in rows]
    return [
        "",
        f"Reading: at limit 8 the ceiling is {_pct(min(ceilings))}–{_pct(max(ceilings))} per book, so no lossless "
        "split can reach the 85% aim with this notion of standing alone: most sentences over 8 words hold fewer "
        "subject-verb clauses than the pieces they must be cut into, and the rest are appositions, prepositional "
        "phrases, relative clauses and coordinated verbs. The local output is "
        f"{100 * min(gaps):.1f}–{100 * max(gaps):.1f} points under the ceiling (its bound ignores that a subject "
        "and its verb may lie more than 8 words apart, so part of that gap is not reachable either).",
    ]


def before_after(books: list[dict]) -> list[str]:
    """Limit-8 figures beside those of bench/quality_before.json (same bench, older code)."""
    if not BEFORE.exists():
        return []
    import json

    before = json.loads(BEFORE.read_text(encoding="utf-8"))
    lines = [
        "",
        f"Before/after at limit 8. Before: {before['meta']['note']} ({before['meta']['measured']}). "
        '"after, old detector" scores today\'s output with the standalone detector of that commit, so a gain '
        "that only comes from counting more shapes as standalone shows up as a gap between the two after columns.",
        "",
        "| book | standalone before | after | after, old detector | ceiling before | after | word cut before "
        "| after | words/s before | after |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for b in books:
        was = before["books"].get(b["book"], {}).get("8")
        now = next(r for r in b["rows"] if r["system"] == "local" and r["limit"] == 8)
        if not was:
            continue
        lines.append(
            f"| {b['book']} | {_pct(was['standalone'])} | {_pct(now['standalone'])} | {_pct(now['old_detector'])} "
            f"| {_pct(was['ceiling'])} | {_pct(b['ceiling'][8])} | {_pct(was['word_cut'])} | {_pct(now['word_cut'])} "
            f"| {was['wps']:,.0f} | {now['wps']:,.0f} |"
        )
    return lines


def segmentation_section() -> str:
    from jobs.text.segment import segment_paragraph
    from tests.text.segment_cases import CASES

    acc = segmentation_accuracy(CASES, segment_paragraph)
    cats = ", ".join(f"{k} {ok}/{n}" for k, (ok, n) in acc["per_category"].items())
    return (
        "## Segmentation\n\n"
        f"`bench/quality.py` on the hand-checked French cases of `tests/text/segment_cases.py` "
        f"({acc['cases']} paragraphs, `jobs.text.segment.segment_paragraph`): cases segmented exactly right "
        f"{_pct(acc['exact'])}; sentence precision {_pct(acc['precision'])}, recall {_pct(acc['recall'])} "
        f"(a sentence counts when its text matches an expected one exactly).\n\n"
        f"Per category (exact/total): {cats}.\n"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--books", default="", help="comma-separated name prefixes; all when empty")
    parser.add_argument("--sample", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument(
        "--old-detector", default=BEFORE_COMMIT, help="also score the local output with clauses.py at this commit"
    )
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "novelproc.settings")
    import django

    django.setup()
    paths = sorted(str(p) for p in (CORPUS / "pdf").glob("*.pdf"))
    if args.books:
        wanted = args.books.split(",")
        paths = [p for p in paths if any(Path(p).stem.startswith(w) for w in wanted)]
    paths.sort(key=lambda p: -os.path.getsize(p))  # largest first, for the pool
    start = time.perf_counter()
    with Pool(min(args.workers, len(paths))) as pool:
        books = pool.map(measure_book, [(p, args.sample, args.old_detector) for p in paths], chunksize=1)
    books.sort(key=lambda b: b["book"])
    wall = time.perf_counter() - start
    quality = quality_section(books, args.sample, wall)
    segmentation = segmentation_section()
    print(quality)
    print(segmentation)
    if not args.no_write and not args.books:
        replace_section(RESULTS, "## Local processor quality", quality)
        replace_section(RESULTS, "## Segmentation", segmentation)


if __name__ == "__main__":
    main()
