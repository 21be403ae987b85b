"""An added subject agrees with the verb and participle after it; a conditional is known; names stay whole at a
cut."""

import pytest

from jobs.engine.processors.blocks import Blocks
from jobs.engine.processors.clauses import analyse, parse_text
from jobs.engine.processors.cut_costs import CUT_NAME
from jobs.engine.processors.nlp import parse_many
from jobs.engine.processors.rewrite.agreement import subject_agrees
from jobs.engine.processors.rewrite.french import unreal
from jobs.engine.processors.rewrite.words import Word, added

PARTICIPLE = "Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part"


@pytest.mark.parametrize(
    ("pronoun", "auxiliary", "participle", "agrees"),
    [
        ("Elle", "était", "saisi", False),  # "saisi" is another's: a man's
        ("Elle", "était", "saisie", True),
        ("Il", "était", "épuisée", False),
        ("Elle", "avait", "fini", True),  # after "avoir" the participle does not follow the subject
        ("Elle", "l'avait", "vu", True),
    ],
)
def test_a_participle_after_etre_agrees_in_gender_with_the_added_pronoun(pronoun, auxiliary, participle, agrees):
    clause = (
        added(pronoun, "PRON", "nsubj", 2),
        Word(auxiliary, 1, "AUX", "aux", 2, "Mood=Ind|Number=Sing|Person=3|Tense=Imp|VerbForm=Fin"),
        Word(participle, 2, "VERB", "ROOT", 2, PARTICIPLE),
    )
    assert subject_agrees(clause) is agrees


def _cost_before(text, word):
    blocks = Blocks.of(text)
    analysis = analyse(blocks, next(parse_many([parse_text(text)])))
    return analysis.cut_costs[blocks.strings.index(word)]


@pytest.mark.parametrize(
    ("text", "word", "bond"),
    [
        ("Il salua avec respect le vieux comte d'Artois qui entrait dans le salon.", "d'Artois", True),
        ("Il salua longuement mon oncle Jules qui entrait dans le grand salon.", "Jules", True),
        ("Il vit passer le capitaine de Vaudrey sur son grand cheval noir.", "de", True),
        ("Le lendemain Pierre partit pour la ville avec son vieux cheval gris.", "Pierre", False),  # a time
        ("Il ouvrit et ferma la porte de la chambre sans dire un seul mot.", "de", False),  # no name after
    ],
)
def test_a_cut_before_a_name_or_its_particle_costs_the_most(text, word, bond):
    assert (_cost_before(text, word) >= CUT_NAME) is bond


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        ("Elle serait donc obligée d'agir secrètement.", "obligée", True),
        ("Il viendra demain avec sa mère.", "viendra", True),
        ("Il entrait dans la chambre sans bruit.", "entrait", False),  # an imparfait that ends like "entrerait"
        ("Nous dûmes traverser un faubourg assez animé.", "dûmes", False),  # tagged Cnd by the small model
    ],
)
def test_a_conditional_or_future_is_known_by_tag_and_ending_together(text, verb, expected):
    doc = next(parse_many([parse_text(text)]))
    assert unreal(next(t for t in doc if t.text == verb)) is expected
