"""Hand-checked rewrites of long sentences from the corpus novels, at limits of 8 and 12 words.

The cases live in rewrite_cases.yaml beside this module (what makes a rewrite acceptable is
written at its top); CASES holds them in file order, each as
{"id", "book", "category", "source", "limits": {8: {"fits", "acceptable"}, 12: {...}}},
an acceptable rewrite being a list of pieces (the lines of its block in the file).
rewrite_judge.py scores a processor's outputs against these cases.
"""

from __future__ import annotations

from pathlib import Path

import yaml

_FILE = Path(__file__).with_name("rewrite_cases.yaml")
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_cases(path: Path = _FILE) -> list[dict]:
    """The cases of a rewrite-cases file, in order."""
    records = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
    return [
        {
            "id": record["id"],
            "book": record["book"],
            "category": record["category"],
            "source": record["source"],
            "limits": {
                limit: {
                    "fits": at["fits"],
                    "acceptable": [block.splitlines() for block in at["acceptable"]],
                }
                for limit, at in record["limits"].items()
            },
        }
        for record in records
    ]


CASES: list[dict] = load_cases()
