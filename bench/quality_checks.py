"""Checks used by bench/quality.py, kept apart so the runner stays short.

Page furniture is found here independently of jobs/pdf (which it judges):
edge lines of the raw pages that repeat across pages once digits are
dropped are running heads or page-number footers; pure-number edge lines
give each page's printed number.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from jobs.engine.pdf.pages import RawPage

EDGE_LINES = 2  # how many lines at the top and bottom of a page count as its edge
MIN_PAGES = 3  # a running head repeats on at least this many pages
_NUMBER_LINE = re.compile(r"^[\s\-–—.()\[\]|]*(\d{1,4})[\s\-–—.()\[\]|]*$")
_ROMAN_LINE = re.compile(r"^[ivxlcdm]{1,7}$", re.IGNORECASE)
_TOKEN = re.compile(r"\S+")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _key(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.split())).strip()


def _edge(page: RawPage) -> list[str]:
    lines = sorted(page.lines, key=lambda line: -line.y)
    texts = [line.text.strip() for line in lines if line.text.strip()]
    if len(texts) <= EDGE_LINES * 2:
        return texts
    return texts[:EDGE_LINES] + texts[-EDGE_LINES:]


@dataclass
class Furniture:
    """What the raw pages print at their edges."""

    headers: set[str] = field(default_factory=set)  # running-head texts with a letter
    printed: dict[int, int] = field(default_factory=dict)  # pdf page -> printed page number

    @classmethod
    def of(cls, pages: Sequence[RawPage]) -> Furniture:
        counts: Counter[str] = Counter()
        for page in pages:
            counts.update({_key(t) for t in _edge(page)})
        furniture = cls()
        for page in pages:
            for text in _edge(page):
                number = _NUMBER_LINE.match(text)
                if number and int(number.group(1)) <= len(pages) + 20:  # not a year such as "(1857)"
                    furniture.printed.setdefault(page.number, int(number.group(1)))
                elif counts[_key(text)] >= MIN_PAGES and not _ROMAN_LINE.match(text) and re.search(r"[^\W\d]", text):
                    furniture.headers.add(re.sub(r"\s*\d+\s*", " ", text).strip(" -–—|"))
        furniture.headers.discard("")
        return furniture

    def numbers_near(self, page: int) -> set[str]:
        """Printed numbers of the page and its neighbours, as tokens."""
        out = set()
        for p in (page - 1, page, page + 1):
            out.add(str(self.printed.get(p, p)))
        return out

    def furniture_hits(self, text: str, page: int) -> str | None:
        """Why this output sentence looks like it holds page furniture, or None."""
        for header in self.headers:
            if header in text:
                return f"header {header!r}"
        numbers = self.numbers_near(page)
        for token in _TOKEN.findall(text):
            bare = token.strip("-–—.,;:()[]|«»")
            if bare in numbers and bare == token.strip("-–—()[]|"):
                return f"page number {bare}"
        return None


def furniture_share(items: Sequence[tuple[str, int]], furniture: Furniture, book_text: str) -> tuple[float, list[str]]:
    """Estimated share of (text, page) items holding a page number or running head, and examples.

    A running head may also be a phrase of the book ("Monsieur Lecoq" is the
    title and the hero), and a page number may also be a number of the
    story, so what counts is the excess: occurrences of each running head,
    and of each bare number that some page prints, in the output beyond
    their occurrences in the book's own text file. Each leaked line lands in
    one output sentence, so excess over sentences estimates the share.
    """
    numbers = {str(n) for n in furniture.printed.values()}
    want_heads = {h: book_text.count(h) for h in furniture.headers}
    want_numbers = Counter(t for t in _bare_numbers(book_text) if t in numbers)
    got_heads: Counter[str] = Counter()
    got_numbers: Counter[str] = Counter()
    examples: list[str] = []
    for text, page in items:
        for head in want_heads:
            got_heads[head] += text.count(head)
        got_numbers.update(t for t in _bare_numbers(text) if t in numbers)
        why = furniture.furniture_hits(text, page)
        if why and len(examples) < 40:
            examples.append(f"{why}: {text[:80]}")
    excess = sum(max(0, got_heads[h] - n) for h, n in want_heads.items())
    excess += sum(max(0, n - want_numbers[t]) for t, n in got_numbers.items())
    return (excess / len(items) if items else 0.0), (examples[:3] if excess else [])


def _bare_numbers(text: str) -> list[str]:
    return re.findall(r"(?<![\w,.])\d{1,4}(?![\w,])", text)


def naive_baseline(pages: Sequence[RawPage], max_words: int) -> list[tuple[str, int]]:
    """The tool we replace: raw page text, split after [.!?], cut every N words."""
    out: list[tuple[str, int]] = []
    text_parts, starts = [], []
    offset = 0
    for page in pages:
        starts.append((offset, page.number))
        part = page.text + "\n"
        text_parts.append(part)
        offset += len(part)
    text = "".join(text_parts)
    page_at = _page_lookup(starts)
    pos = 0
    for piece in _SENTENCE_END.split(text):
        start = text.find(piece, pos)
        pos = start + len(piece)
        words = piece.split()
        for k in range(0, len(words), max_words):
            out.append((" ".join(words[k : k + max_words]), page_at(start)))
    return [(t, p) for t, p in out if t]


def _page_lookup(starts: list[tuple[int, int]]):
    from bisect import bisect_right

    offsets = [o for o, _ in starts]

    def page_at(offset: int) -> int:
        return starts[max(0, bisect_right(offsets, offset) - 1)][1]

    return page_at


def evenly_spaced(items: Sequence, count: int) -> list:
    if len(items) <= count:
        return list(items)
    step = len(items) / count
    return [items[int(k * step)] for k in range(count)]


def segmentation_accuracy(cases, segment) -> dict[str, float]:
    """Exact-case accuracy and sentence precision/recall over hand-checked cases."""
    exact = tp = predicted = expected_total = 0
    per_category: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for category, paragraph, expected in cases:
        got = segment(paragraph)
        ok = got == expected
        exact += ok
        per_category[category][0] += ok
        per_category[category][1] += 1
        remaining = Counter(expected)
        for sentence in got:
            if remaining[sentence] > 0:
                remaining[sentence] -= 1
                tp += 1
        predicted += len(got)
        expected_total += len(expected)
    return {
        "cases": len(cases),
        "exact": exact / len(cases),
        "precision": tp / predicted if predicted else 1.0,
        "recall": tp / expected_total if expected_total else 1.0,
        "per_category": {k: (v[0], v[1]) for k, v in sorted(per_category.items())},
    }


def clause_figures(texts: Sequence[str]) -> tuple[float, float]:
    """Shares that stand alone, and that hold at least a conjugated verb (each text parsed alone).

    The second counts pieces such as "et rentrèrent à la caserne." or
    "qui monte vers le ciel" whose verb's subject sits in another piece.
    """
    from jobs.engine.processors.blocks import Blocks
    from jobs.engine.processors.clauses import analyse, parse_text
    from jobs.engine.processors.nlp import parse_many

    alone = verb = 0
    for text, doc in zip(texts, parse_many(parse_text(t) for t in texts), strict=True):
        analysis = analyse(Blocks.of(text), doc)
        stands = bool(analysis.pairs)
        alone += stands
        verb += stands or bool(analysis.finite)
    n = len(texts) or 1
    return alone / n, verb / n


def standalone_ceiling(texts: Sequence[str], limit: int, sample: int) -> float:
    """Upper bound on the standalone share any lossless split at this limit can reach.

    Short texts stay whole and count as they are. A text over the limit needs
    at least k = ceil(words / limit) pieces, and at most as many of them
    stand alone as it has disjoint subject-verb spans (c, from the parse in
    context); the best case is c of k, or c of c when c >= k (extra pieces
    that all stand alone). Pair lengths and the minimum length are ignored,
    so the bound is generous. Estimated on evenly spaced samples.
    """
    import math

    from jobs.engine.processors.blocks import Blocks
    from jobs.engine.processors.clauses import analyse, parse_text
    from jobs.engine.processors.nlp import parse_many
    from jobs.engine.types import count_words

    short = [t for t in texts if count_words(t) <= limit]
    long = [t for t in texts if count_words(t) > limit]
    short_share = clause_figures(evenly_spaced(short, sample))[0] if short else 0.0
    num = den = 0
    picked = evenly_spaced(long, sample)
    for text, doc in zip(picked, parse_many(parse_text(t) for t in picked), strict=True):
        analysis = analyse(Blocks.of(text), doc)
        clauses, last = 0, -1
        for lo, hi in sorted(set(analysis.pairs), key=lambda p: p[1]):
            if lo > last:
                clauses, last = clauses + 1, hi
        k = math.ceil(count_words(text) / limit)
        num += min(clauses, max(k, clauses))
        den += max(k, clauses)
    if not picked:
        return short_share
    pieces_per_long = den / len(picked)
    long_pieces = pieces_per_long * len(long)
    return (short_share * len(short) + num / den * long_pieces) / (len(short) + long_pieces)


# Words a readable piece does not end on: "posa sur la | table", "il se leva et | sortit".
_FUNCTION_WORDS = frozenset(
    "le la les l un une des du de d au aux à en dans sur sous pour par avec sans chez vers et ou mais ni que qu "
    "qui dont où si comme quand lorsque puisque ce cet cette ces son sa ses mon ma mes ton ta tes notre nos votre "
    "vos leur leurs je tu il elle on nous vous ils elles me te se ne n m t s y".split()
)


def weak_end_share(texts: Sequence[str]) -> float:
    """Share of pieces ending on a bare function word, no punctuation after it."""
    weak = 0
    for text in texts:
        last = text.split()[-1] if text.split() else ""
        if last and last[-1].isalnum() and re.split(r"['’]", last.lower())[-1] in _FUNCTION_WORDS:
            weak += 1
    return weak / len(texts) if texts else 0.0
