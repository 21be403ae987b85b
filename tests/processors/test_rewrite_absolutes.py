"""An absolute phrase ("les deux mains sur la table") told as a sentence of its own, in the order of the book."""

import pytest

from jobs.engine.processors.fidelity import fidelity
from jobs.engine.processors.split import split_sentences
from jobs.engine.types import ProcessorSettings


def _texts(text, limit=8):
    return [p.text for p in split_sentences([text], ProcessorSettings(max_words=limit, style="sentences"))[0]]


def test_absolute_phrases_become_sentences_in_the_order_they_stood():
    text = (
        "Puis, les deux mains sur la table, le cou tendu, la taille penchée, il suivait, bouche béante, le regard"
        " d’Emma, qui se promenait indécis parmi ces marchandises."
    )
    texts = _texts(text)
    said = ["Les deux mains étaient sur la table.", "Le cou était tendu.", "La taille était penchée."]
    assert [t for t in texts if t in said] == said
    assert texts.index(said[-1]) < next(k for k, t in enumerate(texts) if "il suivait" in t)
    assert fidelity(text, texts).invented == 0


def test_after_the_verb_they_follow_it_and_keep_their_order():
    texts = _texts(
        "Il n'osa désobéir, et péniblement il se redressa sur la causeuse, la cravate dénouée, le visage marbré de"
        " grandes plaques rouges."
    )
    assert texts[-2:] == ["La cravate était dénouée.", "Le visage était marbré de grandes plaques rouges."]


def test_between_the_subject_and_its_verb_both_commas_go():
    texts = _texts("La petite princesse, la tête couverte d’un bonnet blanc, était étendue sur des oreillers.")
    assert texts == [
        "La tête était couverte d’un bonnet blanc.",
        "La petite princesse était étendue sur des oreillers.",
    ]


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        # a thing named by its adjective tells no state
        (
            "Il fut conduit le soir même, sous bonne escorte, à la maison centrale, où il attendit son jugement.",
            "était centrale",
        ),
        # after its verb, a noun that is not of the body is more often the object
        ("Il vit sur la table, près de la fenêtre, la lettre ouverte.", "lettre était"),
        # no clause to tell it beside
        ("De belles dents, les yeux noirs, le pied coquet.", "étaient noirs"),
    ],
)
def test_no_state_told_where_the_phrase_is_no_absolute(text, refused):
    assert not any(refused in t for t in _texts(text))
