from pathlib import Path

import pytest

from jobs.engine.processors.local import LocalProcessor
from jobs.engine.processors.split import render, split_sentences
from jobs.engine.text.segment import segment_paragraph
from jobs.engine.types import ProcessorSettings, SourceSentence, count_words

from ..text.segment_cases import CASES

TEXT_DIR = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "text"

LONG = (
    "Le vieux médecin, qui connaissait toutes les familles du canton, monta lentement l’escalier "
    "de la maison, et il trouva la malade assise près de la fenêtre ouverte."
)
DIALOGUE = "— Je vous dis que je ne partirai pas d’ici avant que vous ne m’ayez rendu ma lettre, cria-t-elle."


def _process(texts, **settings):
    settings.setdefault("style", "exact")
    sources = [SourceSentence(t, page=1) for t in texts]
    return LocalProcessor().process(sources, context="", settings=ProcessorSettings(**settings)).sentences


def _words(text):
    return render(text, keep_punctuation=False).split()


@pytest.mark.parametrize("style", ["exact", "sentences"])
def test_the_limit_is_never_exceeded(style):
    for limit in (3, 5, 8, 12):
        out = _process([LONG, DIALOGUE], max_words=limit, style=style)
        assert all(count_words(o.text) <= limit for o in out), limit


def test_long_sentences_are_cut_into_several_pieces_tied_to_their_source():
    out = _process(["Il pleut.", LONG])
    assert out[0].text == "Il pleut." and out[0].source_index == 0
    assert len(out) > 2 and {o.source_index for o in out[1:]} == {1}


@pytest.mark.parametrize("keep_punctuation", [True, False])
def test_splitting_is_lossless(keep_punctuation):
    texts = [s for _, p, _ in CASES for s in segment_paragraph(p)] + [LONG, DIALOGUE]
    out = _process(texts, max_words=4, keep_punctuation=keep_punctuation)
    for index, text in enumerate(texts):
        pieces = [o.text for o in out if o.source_index == index]
        assert [w for p in pieces for w in _words(p)] == _words(text)
        if keep_punctuation:
            assert " ".join(pieces).split() == text.split()


def test_splitting_a_corpus_sample_is_lossless():
    paragraphs = (TEXT_DIR / "maindron_incomparable_florimond.txt").read_text().split("\n\n")[40:70]
    texts = [s for p in paragraphs for s in segment_paragraph(p)]
    out = _process(texts, max_words=8)
    assert " ".join(o.text for o in out).split() == " ".join(texts).split()
    assert all(count_words(o.text) <= 8 for o in out)


def test_keep_punctuation_keeps_the_text_as_in_the_source():
    out = _process(["« Viens ! » cria-t-il, l’air furieux."], max_words=8)
    assert [o.text for o in out] == ["« Viens ! » cria-t-il, l’air furieux."]


def test_without_punctuation_only_words_remain_with_their_inner_apostrophes_and_hyphens():
    out = _process(["— Aujourd’hui ? demanda-t-il, peut-être… »"], keep_punctuation=False)
    assert [o.text for o in out] == ["Aujourd’hui demanda-t-il peut-être"]


def test_dialogue_over_the_limit_is_kept_whole_when_asked_and_flagged():
    out = _process([DIALOGUE], max_words=8, keep_dialogue_whole=True)
    assert [o.text for o in out] == [DIALOGUE]
    assert "over_limit_dialogue" in out[0].flags


def test_dialogue_is_split_when_not_kept_whole():
    out = _process([DIALOGUE], max_words=8, keep_dialogue_whole=False)
    assert len(out) > 1 and all(count_words(o.text) <= 8 for o in out)


def test_a_sentence_inside_a_quote_that_opened_earlier_counts_as_dialogue():
    texts = ["« Écoutez-moi bien.", LONG, "Voilà tout. »", LONG]
    out = _process(texts, max_words=8, keep_dialogue_whole=True)
    assert [o.text for o in out if o.source_index == 1] == [LONG]
    assert len([o for o in out if o.source_index == 3]) > 1  # the quote closed before it


def test_short_pieces_join_a_neighbour_when_the_join_fits():
    text = "Il se leva, prit son chapeau, ouvrit la porte et sortit."
    pieces = split_sentences([text], ProcessorSettings(max_words=9, min_words=3, style="exact"))[0]
    assert all(count_words(p.text) >= 3 for p in pieces)
    assert all(count_words(p.text) <= 9 for p in pieces)


def test_short_pieces_stay_when_no_join_fits():
    text = "Oui, je le savais depuis longtemps, Pierre."
    pieces = split_sentences([text], ProcessorSettings(max_words=3, min_words=3, style="exact"))[0]
    assert " ".join(p.text for p in pieces) == text
    assert all(count_words(p.text) <= 3 for p in pieces)


def test_pieces_that_stand_alone_are_preferred_over_comma_fragments():
    # Cutting at every comma, or every eight words, leaves verbless pieces
    # such as "sur la campagne ;" or "les chemins étaient devenus".
    text = "Il pleuvait depuis le matin sur la campagne ; les chemins étaient devenus impraticables."
    pieces = [p.text for p in split_sentences([text], ProcessorSettings(max_words=8, style="exact"))[0]]
    assert pieces == ["Il pleuvait depuis le matin sur la campagne ;", "les chemins étaient devenus impraticables."]


def test_a_subordinate_clause_is_cut_where_the_main_clause_begins():
    text = "Quand il eut fini son repas, le vieux paysan alluma sa pipe."
    pieces = [p.text for p in split_sentences([text], ProcessorSettings(max_words=8, style="exact"))[0]]
    assert pieces == ["Quand il eut fini son repas,", "le vieux paysan alluma sa pipe."]


def test_a_word_cut_is_flagged_as_a_last_resort():
    text = "Les grands arbres noirs du vieux parc abandonné de la duchesse."
    pieces = split_sentences([text], ProcessorSettings(max_words=4, style="exact"))[0]
    assert any("cut_at_word" in p.flags for p in pieces)
    assert any("no_verb" in p.flags for p in pieces)


def test_headings_pass_through_whole_and_flagged():
    long_heading = "PREMIÈRE PARTIE – AVANT TILSITT – LES ANNÉES DE GUERRE 1805 – 1807"
    sources = [SourceSentence(long_heading, 1, long_heading, True), SourceSentence(LONG, 1, long_heading)]
    out = (
        LocalProcessor().process(sources, context="", settings=ProcessorSettings(max_words=5, style="exact")).sentences
    )
    assert out[0].text == long_heading and out[0].flags == ("heading",) and out[0].source_index == 0
    assert all(o.source_index == 1 for o in out[1:])


def test_local_processing_is_deterministic_and_free():
    sources = [SourceSentence(LONG, 1), SourceSentence(DIALOGUE, 2)]
    first = LocalProcessor().process(sources, context="", settings=ProcessorSettings())
    second = LocalProcessor().process(sources, context="", settings=ProcessorSettings())
    assert first.sentences == second.sentences
    assert first.usage.requests == 0 and first.usage.credits == 0


def test_standalone_means_a_subject_with_its_finite_verb():
    from jobs.engine.quality import standalone_flags

    texts = ["Le vieux chien dort près du feu.", "Sur la table de la cuisine.", "Prenez ce livre.", "qui était là."]
    assert standalone_flags(texts) == [True, False, True, False]


def test_an_inverted_subject_counts_as_a_subject():
    from jobs.engine.quality import standalone_flags

    assert standalone_flags(["— Pourquoi ? interrompit-il.", "peut-être demain"]) == [True, False]


@pytest.mark.parametrize("style", ["exact", "sentences"])
@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "— Prenez garde, dit encore plus tranquillement M. de Tourouvre, le baron de Mordicourt est un vieillard "
            "de soixante-dix ans.",
            "M. de Tourouvre",
        ),
        (
            "— Prenez garde, dit encore plus tranquillement M. de Tourouvre, le baron de Mordicourt est un vieillard "
            "de soixante-dix ans.",
            "baron de Mordicourt",
        ),
        (
            "Mais on ne vivait plus sous cette bonne régence où l’on pouvait assassiner ses ennemis en toute "
            "tranquillité, comme le chevalier de Lorraine fit du vieux baron de Lux, en plein Paris, au grand jour.",
            "baron de Lux",
        ),
        (
            "Il ne dormait plus tranquille depuis que Marin lui avait promis de rompre ses précieux os si ledit "
            "Clément Malompret s’avisait encore de tourner autour de Francine.",
            "Clément Malompret",
        ),
        (
            "Tandis que parlait le docteur Roderich, le capitaine Haralan allait et venait à travers la pièce et "
            "s'arrêtait parfois à l'une des fenêtres pour regarder dans la direction du boulevard Tékéli.",
            "capitaine Haralan",
        ),
        (
            "– Oui, reprit la princesse, il n’est arrivé que pour voir le comte Cyrille Vladimirovitch, quand il a su "
            "qu’il était au plus mal.",
            "comte Cyrille",
        ),
        # a noun keeps the adjective right after it
        (
            "On devait évoquer, à le voir, ces divinités élémentaires, vénérées par les anciens, et qui empruntaient "
            "aux pâtres des monts Sabins leur figure étonnée et joyeuse, cependant que leurs yeux profonds laissaient "
            "lire les mystères bienfaisants de la mère nature.",
            "divinités élémentaires",
        ),
        (
            "La réflexion était d'autant plus juste, que la situation d'un prévenu devant le magistrat instructeur "
            "peut être comparée à celle d'un homme qui, ne sachant pas nager, s'est avancé dans la mer jusqu'à avoir "
            "de l'eau au ras de la bouche.",
            "magistrat instructeur",
        ),
    ],
)
def test_a_last_resort_cut_never_parts_a_name_nor_a_noun_from_its_adjective(text, kept, style):
    # When every cut left in a long stretch breaks some bond, the one between an incise and its line goes first.
    out = _process([text], max_words=8, style=style)
    assert any(kept in o.text for o in out), [o.text for o in out]


def test_no_piece_ends_on_a_relative_pronoun():
    text = (
        "Isabelle du Doulçay, comtesse de Rochefort s’écroula dans une haute chaise en ciseaux dont le cuir doré se "
        "tendit sous son poids."
    )
    for style in ("exact", "sentences"):
        assert not any(o.text.endswith("dont.") for o in _process([text], max_words=8, style=style))


@pytest.mark.parametrize(
    ("text", "never_last"),
    [
        (
            "Il y avait dessus quatre aloyaux, six fricassées de poulets, du veau à la casserole, trois gigots, et, au"
            " milieu, un joli cochon de lait rôti.",
            "et,",
        ),
        ("– Est-ce que nos destinées maintenant ne sont pas communes.", "est-ce"),
        (
            "Ne pouvant l’adresser au consul, il va de soi qu’on ne pouvait l’adresser à l’Empereur ; il ne restait"
            " plus que le général Bonaparte.",
            "va",
        ),
    ],
)
def test_no_piece_ends_on_a_word_that_opens_what_follows(text, never_last):
    for style in ("exact", "sentences"):
        for o in _process([text], max_words=8, style=style):
            assert o.text.rstrip(" .,").split()[-1].lower() != never_last.rstrip(","), o.text


def test_a_verb_cut_from_its_object_after_an_inserted_phrase_does_not_stand_alone():
    text = (
        "L’armée russe occupait, en octobre 1805, un certain nombre de villes et de villages de l’archiduché"
        " d’Autriche."
    )
    for style in ("exact", "sentences"):
        for o in _process([text], max_words=8, style=style):
            if o.text.rstrip(" .,").endswith("1805"):
                assert o.stands_alone is False, o.text
                break
        else:
            raise AssertionError(f"no piece ends before the object in the {style} style")
