"""Words a rewrite moves or adds: a capital only where a name keeps it."""

import pytest

from jobs.engine.processors.rewrite.tree import lower_first
from jobs.engine.processors.rewrite.words import Word


def _word(text, pos):
    return Word(text, 0, pos, "ROOT", 0)


@pytest.mark.parametrize(
    ("text", "pos", "after"),
    [
        ("Voilà", "PROPN", "voilà"),  # the small model tags it a name at the head of a sentence
        ("Oui", "PROPN", "oui"),
        ("Il", "PRON", "il"),
        ("Pierre", "PROPN", "Pierre"),
    ],
)
def test_a_word_that_no_longer_opens_the_sentence_loses_its_capital_unless_a_name(text, pos, after):
    assert lower_first([_word(text, pos), _word("est", "AUX")])[0].text == after
