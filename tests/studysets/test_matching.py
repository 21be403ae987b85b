"""Lemma matching and word list parsing (no database)."""

from __future__ import annotations

import pytest

from jobs.studysets import cover, engine, lemmas, wordlists
from novelproc.errors import InvalidInput


def matched(sentence: str, words: list[str]) -> set[str]:
    patterns = engine.list_patterns(words)
    analysis = next(lemmas.analyse_many([sentence]))
    return {words[i] for i in cover.Matcher(patterns).match(lemmas.terms(analysis))}


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
    sentences = [
        engine.BookSentence(1, "Il aimait la mer.", 4, 1),
        engine.BookSentence(2, "Il aimait le soleil.", 4, 2),
        engine.BookSentence(3, "Elle l'aimait toujours.", 3, 3),
    ]
    result = engine.compute(sentences, ["aimer", "mer"], mode="drill", max_words=8)
    # "soleil" is unknown; "toujours" is a spaCy French stop word, so always allowed.
    assert [p.sid for p in result.picks] == [1, 3]


def test_the_trimmed_pipeline_gives_spacys_own_lemmas():
    import spacy

    text = (
        "Les chevaux couraient vers la rivière où nous avions bu, puis ils s'arrêtèrent ; "
        "elle eût voulu qu'on les retînt, mais les gendarmes,  fatigués,\n s'étaient assoupis."
    )
    stock = spacy.load(lemmas.MODEL, exclude=["parser", "ner", "senter"])
    ours = next(lemmas.lemmatize_many([text]))
    assert [(t.pos_, t.lemma_) for t in ours] == [(t.pos_, t.lemma_) for t in stock(text)]
