"""The sentences style: a "si" clause parted from its main clause keeps its link."""

import pytest

from .rewriting import rewrite


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Si Florimond ose traîner Marin en justice, je viendrai témoigner en personne !",
            ["Si Florimond ose traîner Marin en justice.", "Alors je viendrai témoigner en personne !"],
        ),
        (
            # a future the small model tags a present
            "S’il pleut demain matin, nous resterons tous ensemble à la maison.",
            ["S’il pleut demain matin.", "Alors nous resterons tous ensemble à la maison."],
        ),
        (
            "Si cette situation se prolongeait, il lui serait impossible d'y résister.",
            ["Si cette situation se prolongeait.", "Alors il lui serait impossible d'y résister."],
        ),
    ],
)
def test_a_condition_parted_from_its_main_clause_keeps_its_link(text, expected):
    # Without "Alors", "Je viendrai témoigner en personne !" reads as a promise made for good.
    pieces = rewrite(text)
    assert [p.text for p in pieces] == expected
    assert [p.stands_alone for p in pieces] == [False, True]


@pytest.mark.parametrize(
    "text",
    [
        "S'il restait silencieux, c'est qu'il pouvait, à loisir, étudier son homme.",  # no consequence
        "Si la passion, le plus souvent, aveugle, il arrive aussi parfois qu'elle éclaire.",
        "Même si vous refusez de parler, le juge vous fera conduire en prison dès ce soir.",
    ],
)
def test_a_si_that_sets_no_condition_gets_no_alors(text):
    pieces = rewrite(text)
    assert not any(p.text.startswith("Alors") for p in pieces), [p.text for p in pieces]
    assert pieces[0].stands_alone is False  # "Même si vous refusez de parler." is no sentence either
