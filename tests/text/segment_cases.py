"""Hand-checked French segmentation cases: paragraph -> expected sentences.

The cases live in segment_cases.yaml beside this module, written for the tests in the style
of 19th-century novels. Exposed as data (CASES) so the benchmark can print the segmenter's
accuracy on them. Each case is (category, paragraph, expected sentences), in file order.
"""

from __future__ import annotations

from pathlib import Path

import yaml

Case = tuple[str, str, list[str]]

_FILE = Path(__file__).with_name("segment_cases.yaml")
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_cases(path: Path = _FILE) -> list[Case]:
    """The cases of a segmentation-cases file, in order."""
    records = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
    return [(record["category"], record["paragraph"], list(record["sentences"])) for record in records]


CASES: list[Case] = load_cases()
