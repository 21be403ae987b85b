import pytest

from jobs.engine.text.segment import segment_paragraph

from .segment_cases import CASES


def test_the_case_set_is_large_enough():
    assert len(CASES) >= 150


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [pytest.param(text, expected, id=f"{i}-{cat}") for i, (cat, text, expected) in enumerate(CASES)],
)
def test_it_segments_the_paragraph_as_hand_checked(paragraph, expected):
    assert segment_paragraph(paragraph) == expected
