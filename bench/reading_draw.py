"""Draw pieces for a blind reading: N at random from the whole output of corpus books.

    .venv/bin/python bench/reading_draw.py SEED OUTDIR N BOOK [BOOK ...] [--rewritten]

Runs each book through the real extraction, cleanup, segmentation and chunk plan and the local processor
(default settings: sentences style, 8 words), then draws N pieces (headings apart; with --rewritten, among
rewritten pieces only) with random.Random(SEED).sample. Writes OUTDIR/pieces.tsv (n, piece, original: all the
reader sees) and OUTDIR/all.tsv (with the book, our flag and flags). The brief is in bench/RESULTS.md "## Blind
reading"; readings are kept in bench/readings/.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CORPUS = ROOT.parent / "shared" / "corpus" / "pdf"


def pieces_of(book: str, only_rewritten: bool) -> list[tuple[str, str, str, bool, str]]:
    from jobs.engine.chunking import plan_chunks
    from jobs.engine.processors.local import LocalProcessor
    from jobs.engine.types import ProcessorSettings
    from jobs.pipeline import chunk_sizes, read_book

    page_count, sources = read_book(str(next(CORPUS.glob(f"{book}*.pdf"))))
    processor, options, out = LocalProcessor(), ProcessorSettings(), []
    for chunk in plan_chunks(sources, page_count=page_count, sizes=chunk_sizes()):
        for s in processor.process(chunk.sources, context=chunk.context, settings=options).sentences:
            if "heading" in s.flags or (only_rewritten and "rewritten" not in s.flags):
                continue
            out.append((book, s.text, chunk.sources[s.source_index].text, bool(s.stands_alone), ",".join(s.flags)))
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("seed", type=int)
    parser.add_argument("outdir", type=Path)
    parser.add_argument("n", type=int)
    parser.add_argument("books", nargs="+")
    parser.add_argument("--rewritten", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "novelproc.settings")
    import django

    django.setup()
    pool = [p for book in args.books for p in pieces_of(book, args.rewritten)]
    picked = random.Random(args.seed).sample(pool, args.n)
    args.outdir.mkdir(parents=True, exist_ok=True)
    with (args.outdir / "pieces.tsv").open("w", encoding="utf-8") as f:
        f.write("n\tpiece\toriginal\n")
        f.writelines(f"{i}\t{piece}\t{orig}\n" for i, (_, piece, orig, _, _) in enumerate(picked, 1))
    with (args.outdir / "all.tsv").open("w", encoding="utf-8") as f:
        f.write(f"n\tbook\tpiece\toriginal\tflag_stands_alone\tflags\tseed={args.seed}\n")
        f.writelines(
            f"{i}\t{book}\t{piece}\t{orig}\t{alone}\t{flags}\n"
            for i, (book, piece, orig, alone, flags) in enumerate(picked, 1)
        )
    print(f"{len(pool)} pieces in the pool; {args.n} drawn into {args.outdir}")


if __name__ == "__main__":
    main()
