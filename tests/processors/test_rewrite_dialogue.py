"""Dialogue in the sentences style: an incise stays with its line, what it tells is no part of the line, and
a piece opening on an incise or ending open does not stand alone."""

import pytest

from jobs.engine.processors.blocks import Blocks
from jobs.engine.processors.clauses import analyse, stands_alone
from jobs.engine.processors.nlp import parse_many
from jobs.engine.processors.split import split_sentences
from jobs.engine.types import ProcessorSettings

from .rewriting import rewrite


def test_an_incise_stays_with_its_line_and_each_piece_of_the_line_keeps_the_dash():
    pieces = [
        p.text for p in rewrite("— Je ne sais pas, répondit-il en haussant les épaules, mais je crois qu'il viendra.")
    ]
    assert pieces[0].startswith("— Je ne sais pas, répondit-il")
    assert "— Mais je crois qu'il viendra." in pieces


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("— Je ne sais pas, dit-il, souriant doucement à sa mère.", "Il souriait doucement à sa mère."),
        # the speaker the small model takes for the incise verb's object
        ("— Je ne sais pas, répondit le docteur, souriant doucement à sa mère.", "Il souriait doucement à sa mère."),
        ("— Je ne sais pas, répondit le docteur, qui haussait les épaules.", "Le docteur haussait les épaules."),
        (
            "« Je serai franche avec toi, dit la comtesse, qui rapprochait son fauteuil du sien. »",
            "La comtesse rapprochait son fauteuil du sien.",
        ),
        (
            "— Je ne suis pas votre ennemi, dit doucement M. Segmuller, qui avait pris le mot pour lui.",
            "M. Segmuller avait pris le mot pour lui.",
        ),
    ],
)
def test_what_an_incise_tells_around_the_line_takes_neither_its_dash_nor_its_guillemets(text, told):
    pieces = [p.text for p in rewrite(text)]
    assert told in pieces
    assert pieces[0][0] in "—«"


@pytest.mark.parametrize(
    "text",
    [
        "— Oui, dit-il, je viendrai demain matin chez vous avec mon frère.",  # the line goes on after the incise
        "— C'est lui, dit-il, qui a volé la montre du vieux comte.",  # a relative after a pronoun is the line's
    ],
)
def test_the_line_going_on_after_its_incise_keeps_the_dash(text):
    assert all(p.text.startswith("— ") for p in rewrite(text))


def test_an_incise_without_the_words_spoken_does_not_stand_alone():
    text = "– Non, je n’en veux plus, » dit Pierre, repoussant son ami et s’approchant de la fenêtre."
    for piece in rewrite(text):
        if piece.text.lower().lstrip("–— ").startswith("dit pierre"):
            assert piece.stands_alone is False, piece.text


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("— Je ne suis pas votre ennemi, dit doucement M. Segmuller, qui avait pris le mot pour lui.", "dit doucement"),
        (
            "— Tu as tort de n'être pas poli, lui disait-elle, c'est une bonne pièce que tu perds, sans compter qu'une"
            " fois libre je t'aurais invité à venir boire un bon coup sans payer dans mon établissement.",
            "lui disait-elle",
        ),
    ],
)
def test_a_piece_opening_on_an_incise_past_an_adverb_or_a_pronoun_does_not_stand_alone(text, start):
    found = [p for p in split_sentences([text], ProcessorSettings(max_words=8, style="exact"))[0]]
    found += rewrite(text)
    opening = [p for p in found if p.text.lower().lstrip("–— ").startswith(start)]
    assert opening
    assert all(p.stands_alone is False for p in opening), [p.text for p in opening]


def test_a_piece_ending_on_en_does_not_stand_alone():
    text = (
        "La princesse arrangea les plis de sa robe de taffetas teint, en se regardant dans une grande glace de Venise"
        " encadrée dans le mur, et posa hardiment sa chaussure usée sur les marches tendues d’un riche tapis."
    )
    analysis = analyse(Blocks.of(text), next(parse_many([text])))
    k = analysis.blocks.strings.index("en")
    assert stands_alone(analysis, 0, k) is True  # "La princesse arrangea les plis de sa robe de taffetas teint,"
    assert stands_alone(analysis, 0, k + 1) is False


def test_the_dash_closing_an_aside_does_not_open_a_piece_outside_dialogue():
    text = (
        "Je me précipitai à leurs secours, au moment même où une voix -- cette voix que nous connaissions tous, à"
        " présent ! -- prononçait avec l'accent d'une indomptable volonté."
    )
    pieces = [p.text for p in rewrite(text)]
    assert any("prononçait" in p for p in pieces)
    assert not any(p.startswith(("--", "—", "–")) for p in pieces), pieces


@pytest.mark.parametrize(
    "text",
    ["— Qui est-ce ?", "Il irait n'importe où.", "— Vous disait-il la vérité ?", "Nous dit-on toute la vérité ?"],
)
def test_a_whole_question_or_a_closed_sentence_stands_alone(text):
    for style in ("exact", "sentences"):
        (piece,) = split_sentences([text], ProcessorSettings(max_words=8, style=style))[0]
        assert piece.stands_alone is True, (style, text)


def test_a_line_opening_on_two_hyphens_keeps_them_on_every_piece_of_the_line():
    pieces = [
        p.text for p in rewrite("-- Je ne sais pas, répondit-il en haussant les épaules, mais je crois qu'il viendra.")
    ]
    assert pieces[0].startswith("-- Je ne sais pas")
    assert "-- Mais je crois qu'il viendra." in pieces


def test_a_phrase_after_the_incise_is_no_item_of_the_line():
    text = "— C'est bien simple, répondit-elle, toute surprise de cette question inattendue."
    pieces = [p.text for p in rewrite(text)]
    assert not any("est toute surprise" in p for p in pieces), pieces


def test_a_verb_after_an_object_clitic_opens_no_incise():
    text = (
        "Elle se sauva dans la grande salle, en fit le tour, pirouetta sur ses talons comme une toupie, et s'accroupit"
        " sur le plancher."
    )
    assert "Elle pirouetta sur ses talons comme une toupie." in [p.text for p in rewrite(text)]
