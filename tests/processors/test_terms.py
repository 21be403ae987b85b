"""Each output sentence carries its words' lemmas and parts of speech from the splitter's own parse."""

from __future__ import annotations

import pytest

from jobs.engine.processors.local import LocalProcessor
from jobs.engine.types import ProcessorSettings, SourceSentence, count_words

LONG = (
    "Puis il alla ouvrir la porte du couvent, et, comme le vent soufflait fort, "
    "il referma la fenêtre qui donnait à l'est de la cour."
)


@pytest.mark.parametrize("style", ["sentences", "exact"])
def test_every_piece_has_the_lemmas_of_its_own_words(style):
    sources = [SourceSentence(LONG, 1), SourceSentence("Ils peuvent venir.", 1)]
    out = LocalProcessor().process(sources, context="", settings=ProcessorSettings(style=style)).sentences
    assert len(out) > 2
    for sentence in out:
        surfaces = [surface.lower() for surface, _, _ in sentence.lemmas]
        assert len(surfaces) >= count_words(sentence.text) - 1  # "l'est" is two tokens, "—" none
        for surface in surfaces:
            assert surface in sentence.text.lower()
    lemmas = {(s.lower(), lemma, pos) for o in out for s, lemma, pos in o.lemmas}
    assert ("peuvent", "pouvoir", "VERB") in lemmas
    assert ("soufflait", "souffler", "VERB") in lemmas
    assert ("couvent", "couvent", "NOUN") in lemmas


def test_a_heading_has_no_lemmas():
    sources = [SourceSentence("CHAPITRE PREMIER", 1, is_heading=True), SourceSentence("Ils parlaient.", 1)]
    out = LocalProcessor().process(sources, context="", settings=ProcessorSettings()).sentences
    assert out[0].lemmas is None
    assert [lemma for _, lemma, _ in out[1].lemmas] == ["il", "parler"]


def test_the_packed_lookup_table_answers_as_spacys_table_does():
    from spacy.lookups import Table
    from spacy.strings import get_string_id

    from jobs.engine.processors.nlp import PackedLookup

    table = Table.from_dict({"allaient": ["aller"], "vins": ["vin"], "est": ["être"], "sont": ["être"]})
    packed = PackedLookup(table)
    for form in ("allaient", "vins", "est", "sont", "inconnu"):
        assert packed.get(form, [form]) == table.get(form, [form])
    assert packed.get(get_string_id("allaient")) == ["aller"]  # by hash, as spaCy also asks
    assert packed.get("sont") is packed.get("est")  # one list per answer
    assert "vins" in packed and "vin" not in packed and len(packed) == 4


def test_the_parser_lemmatizes_with_the_packed_table():
    from jobs.engine.processors.nlp import PackedLookup, get_nlp

    lookups = get_nlp().get_pipe("lemmatizer").lookups
    assert isinstance(lookups.get_table("lemma_lookup"), PackedLookup)
    assert [t.lemma_ for t in get_nlp()("Ils allaient au bois.")][:2] == ["il", "aller"]
