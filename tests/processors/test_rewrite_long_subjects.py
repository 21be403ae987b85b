"""A subject too long to share a piece with its verb: the verb's piece gets it back as a pronoun."""

import pytest

from jobs.engine.processors.fidelity import fidelity

from .rewriting import rewrite


def _texts(text):
    return [p.text for p in rewrite(text)]


@pytest.mark.parametrize(
    ("text", "subject", "sentence"),
    [
        (
            "Le bruit de l’instrument faisait partir de loin les petits oiseaux.",
            "Le bruit de l’instrument.",
            "Il faisait partir de loin les petits oiseaux.",
        ),
        # the small model took "ouvrit" for an adjective: the sentence has no subject in its parse
        (
            "La vieille servante de la maison du notaire ouvrit lentement la porte de la cuisine.",
            "La vieille servante de la maison du notaire.",
            "Elle ouvrit lentement la porte de la cuisine.",
        ),
    ],
)
def test_the_verb_gets_its_subject_back(text, subject, sentence):
    pieces = rewrite(text)
    texts = [p.text for p in pieces]
    assert texts == [subject, sentence]
    assert [p.stands_alone for p in pieces] == [False, True]  # the subject's piece is still a fragment
    assert fidelity(text, texts).invented == 0


def test_a_link_before_the_subject_goes_with_the_verb():
    texts = _texts("Mais le fils aîné du vieux notaire de la rue Ganterie se leva brusquement de sa chaise.")
    assert texts[-1] == "Mais il se leva brusquement de sa chaise."


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        # subject and verb fit in one piece before the semicolon
        (
            "Une boîte en coquillages décorait la commode ; et, sur le secrétaire, près de la fenêtre, il y avait,"
            " dans une carafe, un bouquet de fleurs d’oranger, noué par des rubans de satin blanc.",
            "Une boîte en coquillages.",
        ),
        # a name with its title is no more than the pronoun says
        ("Mais la mère Bovary se récria bien fort sur ce nom de pécheresse.", "La mère Bovary."),
        # no noun phrase opens the subject: "Secrétaire d'" would be said again
        (
            "Secrétaire d’État sous la Restauration, le Marquis, cherchant à rentrer dans la vie politique,"
            " préparait de longue main sa candidature à la Chambre des députés.",
            "d’préparait",
        ),
        # the parse took a clause for the subject of the next verb
        (
            "La bonne ouvrit la lucarne du grenier et parlementa quelque temps avec un homme resté en bas, dans la"
            " rue.",
            "grenier et.",
        ),
    ],
)
def test_no_subject_parted_where_it_would_not_help(text, refused):
    assert not any(refused in t for t in _texts(text))
