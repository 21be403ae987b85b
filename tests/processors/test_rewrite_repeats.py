"""A closing phrase told with its verb said again, the subject's adjective as a predicate; what a rewrite must not
make of a clause."""

import pytest

from jobs.engine.processors.fidelity import fidelity
from jobs.engine.processors.rewrite.repeats import Repeats
from jobs.engine.processors.rewrite.words import Word
from jobs.engine.processors.split import split_sentences
from jobs.engine.types import ProcessorSettings

from .rewriting import rewrite


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Charles donna de grands coups de poing contre les auvents.",
            ["Charles donna de grands coups de poing.", "Charles en donna contre les auvents."],
        ),
        (
            "Afin d’avoir des attelles, on alla chercher, sous la charretterie, un paquet de lattes.",
            ["On alla chercher un paquet de lattes.", "On alla en chercher un sous la charretterie."],
        ),
        (
            # the small model hangs both phrases on the adverb; they still belong to the verb
            "Le vieux chien dormait tranquillement depuis une heure sous la table.",
            ["Le vieux chien dormait tranquillement sous la table.", "Il dormait depuis une heure."],
        ),
        (
            # the subject's adjective after its noun becomes a predicate; the noun keeps the ones before it
            "La petite chatte grise regardait fixement le vieux chien couché près du feu.",
            ["La petite chatte était grise."],
        ),
        (
            # a participle opening the sentence loses its capital as a predicate
            "Jugés par un conseil de guerre, ils devaient être passés par les armes.",
            ["Ils étaient jugés par un conseil de guerre."],
        ),
        (
            # an adverb before the adjective; the small model's "conditional" that hangs on the name as an adjective
            "Louis-Antoine, toujours distrait et somnolent, ne parut pas entendre.",
            ["Louis-Antoine était toujours distrait et somnolent."],
        ),
        (
            "Catherine, toujours immobile dans ses broussailles, entendit alors un sifflement doux et prolongé.",
            ["Catherine était toujours immobile dans ses broussailles."],
        ),
        (
            # a name the small model tags as a pronoun is still a name to say again
            "Mais Léon tira vivement une pièce blanche de sa poche et saisit Emma par le bras.",
            ["Léon saisit Emma par le bras."],
        ),
        (
            # the article a preposition swallowed comes back with the name
            "– Où allez-vous ? dit-il au prince André, qui s’était levé.",
            ["– Le prince André s’était levé."],
        ),
        (
            # a participle coordinated under "était" gets its subject and its "était" back
            "Elle était enchâssée d’argent et suspendue à une petite chaîne du même métal.",
            ["Elle était enchâssée d’argent.", "Elle était suspendue à une petite chaîne."],
        ),
        (
            # "fait" is the participle of the shared "avait", not a present
            "Il avait combattu à Bautzen et à Lutzen, fait la campagne de France, et même été porté pour la croix.",
            ["Il avait fait la campagne de France.", "Il avait même été porté pour la croix."],
        ),
        (
            # the small model takes "L’enfant" for a name: the whole of it is said again
            "L’enfant, qui n’étudiait jamais, ne tardait pas à ouvrir de grands yeux tristes et se mettait à pleurer.",
            ["L’enfant se mettait à pleurer.", "L’enfant n’étudiait jamais."],
        ),
        (
            # of two subjects the parse gives a verb, the one next to it is said again
            "La nuit, elle rêva de Florimond et se vit devisant avec lui sur les choses de l’amour supérieur, aux"
            " bords ombragés du Lignon.",
            ["La nuit, elle rêva de Florimond."],
        ),
        (
            "Au moment où passait le bataillon d’Apchéron, Miloradovitch s’élança en avant ; son manteau était rejeté"
            " en arrière et laissait voir son uniforme chamarré de décorations.",
            ["Son manteau était rejeté en arrière."],
        ),
        (
            # a passé simple the small model tags a noun still makes a clause to tell the relative beside
            "Un jeune homme entra, qui portait l'uniforme de capitaine des grenadiers de la légion de Montaignac.",
            ["Un jeune homme entra.", "L'homme portait l'uniforme de capitaine des grenadiers."],
        ),
        (
            "Une vieille femme courbée traversait lentement la grande place du village désert.",
            ["La vieille femme était courbée."],
        ),
        (
            # a named subject makes the verb alone a sentence of its own
            "Un sourire de triomphe errait sur les lèvres de Lecoq.",
            ["Un sourire de triomphe errait.", "Le sourire errait sur les lèvres de Lecoq."],
        ),
        (
            # an adverb between the auxiliary and its participle stays in the first sentence
            "Le jeune homme fut bientôt conduit dans la chambre du malade.",
            ["Le jeune homme fut bientôt conduit.", "Il fut conduit dans la chambre du malade."],
        ),
        (
            # a phrase opening the clause is told after its subject and verb said again, second
            "Dans ces groupes, on causait avec une extrême animation.",
            ["On causait avec une extrême animation.", "On causait dans ces groupes."],
        ),
        (
            # the connector before it stays with the clause
            "Mais, dans ces groupes, on causait avec une extrême animation.",
            ["Mais on causait avec une extrême animation.", "On causait dans ces groupes."],
        ),
    ],
)
def test_a_closing_phrase_or_an_adjective_becomes_a_sentence_of_its_own(text, expected):
    pieces = rewrite(text)
    texts = [p.text for p in pieces]
    for sentence in expected:
        assert sentence in texts
    assert all(p.stands_alone for p in pieces if p.text in expected)
    kept = fidelity(text, texts)
    assert kept.invented == 0


@pytest.mark.parametrize("style", ["sentences", "exact"])
def test_a_title_stays_with_its_name(style):
    text = (
        "Il le trouva seul (M. Canivet venait de partir), assis dans le fauteuil, près de la fenêtre, et"
        " contemplant d’un regard idiot les pavés de la salle."
    )
    pieces = split_sentences([text], ProcessorSettings(max_words=8, style=style))[0]
    assert not any(p.text.rstrip(".").endswith(("M", "Mme")) for p in pieces)
    assert any("M. Canivet" in p.text for p in pieces)


def test_a_verb_of_a_subordinate_clause_is_not_said_again():
    pieces = rewrite("Elle rêvait quand ses yeux se reportaient sur la cheminée garnie d’écrans chinois.")
    assert sum("se reportaient" in p.text for p in pieces) == 1


def test_verbs_in_a_compound_tense_after_commas_get_their_subject_back():
    text = (
        "Nous nous sommes enfuis, mais ce noble de malheur a poursuivi Carini, l'a atteint, l'a pris au collet,"
        " et l'a traîné à la citadelle."
    )
    pieces = rewrite(text)
    # "l'" is the object, never the subject: no piece opens on it claiming to stand alone
    assert not any(p.text.startswith("L'a") and p.stands_alone for p in pieces)
    assert any(p.text.endswith("l'a traîné à la citadelle.") and p.stands_alone for p in pieces)
    assert fidelity(text, [p.text for p in pieces]).invented == 0


@pytest.mark.parametrize(
    ("text", "alone"),
    [
        # a clitic the small model tags as the subject does not make the verb's subject
        ("Ne s’appliqua plus qu’à la défense.", False),
        ("Osait l’appeler ainsi.", False),
        # but an elided article before its noun is no clitic
        ("L’enfant reçut les noms de Florimond-Charles-Claude.", True),
    ],
)
def test_a_clitic_is_no_subject(text, alone):
    (piece,) = rewrite(text)
    assert piece.stands_alone is alone


def test_a_phrase_holding_the_verbs_object_stays_and_a_participle_is_no_verb():
    # The parse hung the object "un rassemblement" on "devant la porte": taking the phrase out would leave "elle
    # trouva." with nothing found; "les yeux largement écarquillés" has no verb of its own.
    pieces = rewrite(
        "Quand Marie-Anne sortit de son auberge, elle trouva devant la porte un rassemblement qui l'attendait"
        " bouche béante, les yeux largement écarquillés."
    )
    assert not any(p.text.endswith(("trouva.", "trouva les yeux largement écarquillés.")) for p in pieces)
    assert all(not p.stands_alone for p in pieces if p.text == "Les yeux largement écarquillés.")


def test_a_name_said_again_keeps_its_title():
    # "Chupin" alone is another person of the book than "la veuve Chupin"
    pieces = rewrite(
        "Elle était des plus joviales, bien que troublée par l'atroce voix de la veuve Chupin qui, enrageant dans"
        " son compartiment, chantait où vomissait des injures, alternativement."
    )
    assert not any(p.text.startswith("Chupin") for p in pieces)
    assert any(p.text.startswith("La veuve Chupin") for p in pieces)


@pytest.mark.parametrize(
    ("pronoun", "expected"),
    [("la", ["se", "l'", "appuya"]), ("en", ["s'", "en", "appuya"])],
)
def test_an_elided_reflexive_takes_back_its_e_only_before_a_consonant(pronoun, expected):
    # "s'appuya la tête" said again: "se l'appuya"; "s'acheta des gants": "s'en acheta", never "se en"
    words = [Word("s'", 0, "PRON", "expl:comp", 1), Word("appuya", 1, "VERB", "ROOT", 1)]
    assert [w.text for w in Repeats._with_object(None, words, pronoun)] == expected


def test_a_phrase_said_again_follows_its_own_clause_not_the_clauses_after_it():
    # "Elle passait sous un pont." told after "on distinguait des bâtiments ..." would find other nouns for "elle"
    from jobs.engine.processors.clauses import parse_text
    from jobs.engine.processors.nlp import parse_many
    from jobs.engine.processors.rewrite import Rewriter
    from jobs.engine.processors.rewrite.words import text_of

    text = "Une rivière passait sous un pont ; à travers la brume, on distinguait des bâtiments à toit de chaume."
    doc = next(parse_many([parse_text(text)]))
    rewriter = Rewriter(doc, text, ProcessorSettings(max_words=8), judge=lambda clause: (0.0, False))
    made = [[text_of(p) for p in parts] for _, parts in rewriter.repeated_verbs(rewriter.words)]
    said = [parts for parts in made if any(p.lower().startswith("elle passait") for p in parts)]
    assert said == [
        [
            "Une rivière passait.",
            "elle passait sous un pont.",
            "à travers la brume, on distinguait des bâtiments à toit de chaume.",
        ]
    ]
