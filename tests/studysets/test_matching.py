"""Lemma matching and word list parsing (no database)."""

from __future__ import annotations

import pytest

from jobs.engine.processors.local import LocalProcessor
from jobs.engine.types import ProcessorSettings, SourceSentence, count_words
from jobs.studysets import compute, lemmas, wordlists
from novelproc.errors import InvalidInput


def book(*texts: str, stands_alone: bool | None = True) -> list[compute.BookSentence]:
    return [compute.BookSentence(i, text, count_words(text), i, stands_alone) for i, text in enumerate(texts, start=1)]


def brings(sentence: str, words: list[str], *others: str) -> set[str]:
    """The list lemmas ``sentence`` is credited with, in a book of it (first) and ``others``."""
    result = compute.compute(book(sentence, *others), words, mode="cover", max_words=20)
    return {result.words[w] for p in result.picks if p.sid == 1 for w in p.words}


def matched(sentence: str, words: list[str]) -> set[str]:
    """The list entries (as entered) whose lemma the sentence holds."""
    result = compute.compute(book(sentence), words, mode="cover", max_words=20)
    found = {result.words[w] for p in result.picks for w in p.words}
    folded = compute.fold_list(words, compute.read_book(book(sentence), forms=frozenset(words)))[1]
    return {word for word, pattern in zip(words, folded, strict=True) if " ".join(pattern) in found}


def test_an_inflected_verb_covers_its_infinitive():
    assert matched("Il aimait la mer.", ["aimer", "mer", "chat"]) == {"aimer", "mer"}


def test_plurals_and_irregular_forms_cover_their_lemma():
    assert matched("Les chevaux ont des yeux noirs.", ["cheval", "oeil", "noir", "avoir"]) == {
        "cheval",
        "oeil",
        "noir",
        "avoir",
    }


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("L'homme parle.", "le"),
        ("L'homme parle.", "homme"),
        ("Qu'il vienne !", "que"),
        ("J'attends ici.", "je"),
        ("Jusqu'au soir.", "jusque"),
        ("Lorsqu'il arriva.", "lorsque"),
        ("Puisqu'il le faut.", "puisque"),
        ("Il n'y a rien.", "ne"),
        ("C’est l’heure.", "ce"),  # curly apostrophes
    ],
)
def test_elisions_fold_to_their_full_form(sentence, word):
    assert word in matched(sentence, [word])


def test_case_is_folded_both_ways():
    assert matched("PARIS DORMAIT.", ["dormir"]) == {"dormir"}
    assert matched("il dormait.", ["Dormir"]) == {"Dormir"}


def test_a_word_absent_from_the_sentence_is_not_matched():
    assert matched("Il aimait la mer.", ["boire", "soleil"]) == set()


def test_bare_elision_fragments_in_a_list_are_spelled_out():
    assert wordlists.clean_words(["l", "L'", "qu", "d", "le", "Maison", "42", "°"]) == ["le", "que", "de", "maison"]


def test_the_default_list_has_n_distinct_words_with_letters():
    words = wordlists.top_words(200)
    assert len(words) == 200 and len(set(words)) == 200
    assert all(any(ch.isalpha() for ch in w) for w in words)
    assert "le" in words and "l" not in words


def test_pasted_words_split_on_lines_commas_and_semicolons():
    assert wordlists.parse_pasted("chat, chien;maison\n\nchat\n  Arbre ") == ["chat", "chien", "maison", "arbre"]


def test_a_csv_upload_keeps_the_first_column():
    data = b"mot,traduction\nchat,cat\nchien,dog\n"
    assert wordlists.parse_upload(filename="mots.csv", data=data) == ["mot", "chat", "chien"]


def test_a_text_upload_is_one_word_per_line():
    assert wordlists.parse_upload(filename="mots.txt", data="\ufeffchat\nchien\n".encode()) == ["chat", "chien"]


def test_a_binary_upload_is_refused():
    with pytest.raises(InvalidInput) as err:
        wordlists.parse_upload(filename="mots.txt", data=b"\xff\xfe\x00\x00binary")
    assert err.value.code == "word_list_unreadable"


def test_drill_keeps_only_sentences_whose_content_words_are_known():
    sentences = book("Il aimait la mer.", "Il aimait le soleil.", "Elle l'aimait toujours.")
    result = compute.compute(sentences, ["aimer", "mer"], mode="drill", max_words=8)
    # "soleil" is unknown; "toujours" is a spaCy French stop word, so always allowed.
    assert [p.sid for p in result.picks] == [1, 3]


# --- the book's words, not their look-alikes ---------------------------------------------------------------------


def test_an_adverb_is_not_a_verb_it_looks_like():
    words = ["pouvoir", "peuvent", "pu", "pourrait", "puis", "porte"]
    assert brings("Puis il alla ouvrir la porte.", words) == {"puis", "porte"}


def test_a_verb_does_not_bring_a_noun_sharing_its_letters():
    assert brings("Il venait de loin.", ["vent", "venir"], "Le vent soufflait.") == {"venir"}
    assert brings("Le vent soufflait.", ["vent", "venir"], "Il venait de loin.") == {"vent"}


def test_est_after_a_determiner_is_the_east_not_etre():
    assert brings("Le soleil se levait à l'est.", ["être"]) == set()
    assert brings("Il est tard.", ["être"]) == {"être"}
    # A book where "est" is mostly the verb: the list's "est" is "être", which "l'est" does not bring.
    assert brings("Le soleil se levait à l'est.", ["est"], "Il est tard.", "Elle est partie.") == set()


def test_as_after_tu_is_avoir_and_after_a_determiner_an_ace():
    assert brings("Tu as faim.", ["avoir"]) == {"avoir"}
    assert brings("Il cachait un as.", ["avoir"]) == set()
    assert brings("Il cachait un as.", ["as"]) == {"as"}


def test_fils_and_fil_are_two_words():
    assert brings("Son fils dormait.", ["fil", "fils"], "Elle cousait avec un fil.") == {"fils"}
    assert brings("Elle cousait avec un fil.", ["fil", "fils"], "Son fils dormait.") == {"fil"}


def test_the_noun_couvent_is_not_the_verb_couver():
    assert brings("Il entra au couvent.", ["couver"]) == set()
    assert brings("Il entra au couvent.", ["couvent"]) == {"couvent"}


def test_forms_of_one_lemma_are_one_list_entry():
    forms = ["pouvoir", "peuvent", "pu", "pourrait", "venir", "venait"]
    read = compute.read_book(book("Ils peuvent venir.", "Il a pu partir."), forms=frozenset(forms))
    entries, patterns = compute.fold_list(forms, read)
    assert entries == ["pouvoir", "venir"]
    assert patterns == [("pouvoir",), ("venir",)]


def test_an_elided_list_entry_matches_the_two_words_the_parser_makes_of_it():
    assert brings("Il attendit jusqu'à midi.", ["jusqu'à", "midi"]) == {"jusque à", "midi"}
    assert brings("Il attendit jusqu'au soir.", ["jusqu'à"]) == set()


def test_a_sentence_names_only_its_own_words_for_what_it_brings():
    result = compute.compute(book("Ils peuvent venir."), ["pourrait", "venir"], mode="cover", max_words=8)
    (pick,) = result.picks
    assert [result.words[w] for w in pick.words] == ["pouvoir", "venir"]
    assert pick.targets == ["peuvent", "venir"]


def test_a_set_reads_the_lemmas_the_pipeline_made_for_each_sentence():
    text = "Ils peuvent venir."
    (out,) = LocalProcessor().process([SourceSentence(text, 1)], context="", settings=ProcessorSettings()).sentences
    assert [list(t) for t in out.lemmas] == next(lemmas.parse_terms([text]))


def test_readings_of_forms_the_book_lacks_are_kept_for_the_next_set(monkeypatch):
    first = lemmas.cached_candidates(["ordinateurs"])
    assert first["ordinateurs"][0] == "ordinateur"

    def no_model(forms):
        raise AssertionError("spaCy asked again")

    monkeypatch.setattr(lemmas, "candidate_lemmas", no_model)
    assert lemmas.cached_candidates(["ordinateurs"]) == first


def test_titles_and_glued_function_words_are_not_words_to_learn():
    words = lemmas.sentence_words(
        [("Mme", "mme", "NOUN"), ("Roderich", "Roderich", "PROPN"), ("sortit", "sortir", "VERB")]
        + [("lorsqu'il", "lorsque il", "NOUN"), ("vint", "venir", "VERB")]
    )
    learned = {w.lemma for w in words if w.content}
    assert learned == {"sortir", "venir"}
    assert [w.counted for w in words] == [False, False, True, True, True]
