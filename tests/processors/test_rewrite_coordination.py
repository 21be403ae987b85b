"""Coordinated verbs: which ones get the subject they share."""

from jobs.engine.processors.clauses import parse_text
from jobs.engine.processors.nlp import parse_many
from jobs.engine.processors.rewrite import Rewriter
from jobs.engine.processors.rewrite.words import text_of
from jobs.engine.types import ProcessorSettings


def _coordinated(text):
    doc = next(parse_many([parse_text(text)]))
    rewriter = Rewriter(doc, text, ProcessorSettings(max_words=8), judge=lambda clause: (0.0, False))
    return [[text_of(p) for p in parts] for _, parts in rewriter.coordinated(rewriter.words)]


def test_an_infinitive_coordinated_with_another_gets_no_subject():
    # "à charge de l'espionner et de faire naître": "ce valet de faire naître" is no sentence
    made = _coordinated(
        "Sur la recommandation de ce dernier gentilhomme, ce valet était entré au service de Florimond, à charge de"
        " l’espionner avec art et de faire naître des occasions profitables."
    )
    assert not any("valet de faire" in part for parts in made for part in parts)


def test_a_verb_after_its_own_subject_in_the_second_clause_still_gets_one():
    made = _coordinated("Il ouvrit la porte de la chambre et sortit dans la rue sans dire un mot.")
    assert any(part.startswith("il sortit") for parts in made for part in parts)
