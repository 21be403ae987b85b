"""Subjects the small parser misses, and splits that keep them (jobs/engine/processors/subjects.py)."""

import pytest

from jobs.engine.processors import subjects
from jobs.engine.processors.blocks import Blocks
from jobs.engine.processors.split import split_sentences
from jobs.engine.quality import standalone_flags
from jobs.engine.types import ProcessorSettings


def _pieces(text: str, limit: int = 8) -> list[str]:
    return [p.text for p in split_sentences([text], ProcessorSettings(max_words=limit, style="exact"))[0]]


@pytest.mark.parametrize(
    "text",
    [
        "Ce jour-là, je dînai à la table de mon oncle.",  # passé simple tagged as a participle
        "Je me mis au lit de fort bonne heure.",
        "Grâce au capitaine, tu as été reçu partout.",
        "C'est là que tout commença.",
        "Nous partîmes le soir même.",
    ],
)
def test_a_subject_clitic_before_its_verb_stands_alone(text):
    assert standalone_flags([text]) == [True]


@pytest.mark.parametrize(
    "text",
    [
        "— Et la plus honorée, répondit Marc.",
        "— Publiquement, dit le chef de police.",
        "« Tiens ! murmura le capitaine,",
    ],
)
def test_a_dialogue_incise_with_its_subject_after_the_verb_stands_alone(text):
    assert standalone_flags([text]) == [True]


def test_a_verb_after_a_fronted_adverbial_takes_the_noun_after_it_as_subject():
    assert standalone_flags(["Au centre, se dresse une sorte de donjon."]) == [True]


@pytest.mark.parametrize(
    "text",
    [
        "descendait la rue avec une vitesse excessive.",  # its subject was left in an earlier piece
        "d'un étroit escalier nous apparurent.",  # "nous" is the object: the verb is third person
        "dont disposait cet homme pour la réalisation",  # a relative clause
        "et rentrèrent à la caserne.",  # a coordinated verb without its subject
        "avec elle et son frère,",
    ],
)
def test_pieces_without_their_own_subject_do_not_stand_alone(text):
    assert standalone_flags([text]) == [False]


def test_a_noun_subject_set_apart_by_an_apposition_still_counts():
    # The parser makes "Mme Roderich" and "avait conservé" two roots.
    assert standalone_flags(["Mme Roderich, à quarante ans, avait conservé"]) == [True]


def test_each_clause_keeps_its_subject_when_a_sentence_is_split():
    text = "Ce jour-là, je dînai chez mon oncle, et nous parlâmes longtemps de la guerre."
    pieces = _pieces(text)
    assert pieces == ["Ce jour-là, je dînai chez mon oncle,", "et nous parlâmes longtemps de la guerre."]
    assert standalone_flags(pieces) == [True, True]


def test_a_verbless_fragment_joins_the_clause_it_belongs_to_when_the_join_fits():
    # Not "Au centre de la place du vieux marché," alone and the verb with
    # a word cut: the adverbial stays with its clause where it fits.
    # (At 8 words the clause does not fit whole, and "une sorte | de vieux donjon" may not be parted.)
    text = "Au centre, se dresse une sorte de vieux donjon, et les enfants y jouent le dimanche."
    pieces = _pieces(text, limit=9)
    assert pieces[0] == "Au centre, se dresse une sorte de vieux donjon,"
    assert " ".join(pieces) == text
    assert standalone_flags(pieces) == [True] * len(pieces)


def test_a_coordinated_verb_sharing_the_subject_is_cut_before_its_conjunction():
    pieces = _pieces("Il prit son chapeau, salua la compagnie et disparut dans la nuit noire.")
    assert pieces == ["Il prit son chapeau, salua la compagnie", "et disparut dans la nuit noire."]


def test_a_piece_does_not_end_on_a_bare_conjunction_or_article_when_a_better_cut_exists():
    text = "Le vieux cocher attela les deux chevaux gris et partit au galop vers la ville."
    pieces = _pieces(text)
    assert " ".join(pieces) == text
    last_words = [p.split()[-1].lower() for p in pieces]
    assert not set(last_words) & {"et", "la", "les", "vers", "au"}


def test_an_article_is_not_parted_from_the_phrase_it_opens():
    # Was "... égayer les soirées les | plus longues, ...": a cheap cut
    # before the adverb "plus" left "les" dangling.
    text = (
        "Les histoires de ce vieux et joyeux marin, qui suffisaient à égayer les soirées les plus longues, "
        "faisaient rire tout le village."
    )
    pieces = _pieces(text)
    assert " ".join(pieces) == text
    assert not any(p.endswith(" les") for p in pieces)
    assert any("les plus longues" in p for p in pieces)


@pytest.mark.parametrize("locution", ["tout à coup", "peu à peu", "parce que"])
def test_a_multiword_expression_is_never_cut_inside(locution):
    text = (
        "Un soir, alors qu'il rentrait seul, le vieux garde crut entendre tout à coup un bruit de pas, "
        "et il avança peu à peu vers la grille, parce que la nuit tombait déjà sur le parc."
    )
    pieces = _pieces(text)
    assert " ".join(pieces) == text
    assert any(locution in p for p in pieces)


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("— C'est une imprudence, chuchota la vieille servante.", "chuchota"),
        ("— On plie comme l'osier, disaient les orateurs.", "disaient"),
        ("— Il parait, prononça le bonhomme, que tu as oublié.", "prononça"),
    ],
)
def test_a_rarer_incise_verb_opens_an_incise_for_the_judge_not_for_the_cuts(text, verb):
    # The cut planner bonds only the common verbs of saying to their line ("— Que parles-tu donc de fleurs ? |
    # interrogea la parente pauvre": the question alone is the better piece); a piece opening on a rarer one
    # still does not stand alone.
    blocks = Blocks.of(text)
    b = blocks.strings.index(verb)
    assert subjects.opens_incise_past_a_word(blocks, b)
    assert not subjects.is_incise(blocks, b)
