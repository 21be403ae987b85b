"""How well the flag "stands alone" agrees with past blind readers, on the pieces the code still makes.

    .venv/bin/python bench/flag_agreement.py

Every piece of bench/readings/reading*.tsv carries a reader's answer to question A (a sentence a learner can
study alone). Their originals go through the sentences style at 8 words again; where a piece comes out the same,
its flag now is compared with the reader's answer. Prints the agreement, the share of flagged pieces readers
accepted, and the share of accepted pieces the flag finds.
"""

from __future__ import annotations

import csv
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "novelproc.settings")
    import django

    django.setup()
    from jobs.engine.processors.split import split_sentences
    from jobs.engine.types import ProcessorSettings

    rows = []
    for path in sorted((ROOT / "bench" / "readings").glob("reading*.tsv")):
        with path.open(encoding="utf-8") as f:
            rows += [
                (r[2], r[3], r[6] == "yes") for r in csv.reader(f, delimiter="\t") if len(r) > 7 and r[0].isdigit()
            ]
    originals = sorted({original for _, original, _ in rows})
    outputs = split_sentences(originals, ProcessorSettings(max_words=8, style="sentences"))
    flags = {(o, p.text): p.stands_alone for o, pieces in zip(originals, outputs, strict=True) for p in pieces}
    both = [(flags[(o, piece)], accepted) for piece, o, accepted in rows if (o, piece) in flags]
    agree = sum(f == a for f, a in both)
    flagged = [a for f, a in both if f]
    accepted = [f for f, a in both if a]
    print(f"{len(rows)} judged pieces, {len(both)} still made")
    print(f"flag agrees with the reader: {agree / len(both):.1%}")
    print(f"flagged pieces the reader accepted: {sum(flagged) / len(flagged):.1%} ({sum(flagged)} of {len(flagged)})")
    print(f"accepted pieces the flag finds: {sum(accepted) / len(accepted):.1%}")


if __name__ == "__main__":
    main()
