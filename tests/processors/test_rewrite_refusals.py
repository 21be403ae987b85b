"""Rewrites that would say what the book does not, each found in random draws of the output: for every long
sentence of `rewrite_refusals.yaml`, no piece of its rewrite holds the string refused."""

from pathlib import Path

import pytest
import yaml

from jobs.engine.processors.split import split_sentences
from jobs.engine.types import ProcessorSettings

REFUSALS = yaml.safe_load((Path(__file__).parent / "rewrite_refusals.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", REFUSALS, ids=[f"{k}-{case['refused']}" for k, case in enumerate(REFUSALS)])
def test_no_rewrite_where_the_pronoun_or_the_clause_would_be_wrong(case):
    pieces = split_sentences([case["text"]], ProcessorSettings(max_words=8, style="sentences"))[0]
    assert not any(case["refused"] in p.text for p in pieces), case["why"]
