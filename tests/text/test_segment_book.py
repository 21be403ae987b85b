from jobs.engine.text.chapters import is_heading_text
from jobs.engine.text.segment import segment_book


def _texts(sentences):
    return [s.text for s in sentences]


def test_headings_are_their_own_items_never_glued_to_the_next_sentence():
    pages = [(1, "PREMIÈRE PARTIE\n\nI\n\nNous étions à l’Étude. Il entra.", ())]
    out = segment_book(pages)
    assert _texts(out) == ["PREMIÈRE PARTIE", "I", "Nous étions à l’Étude.", "Il entra."]
    assert [s.is_heading for s in out] == [True, True, False, False]


def test_a_paragraph_of_marks_alone_is_no_sentence():
    pages = [(1, "Il entra.\n\n—\n\n* * *\n\nIl sortit.", ())]
    assert _texts(segment_book(pages)) == ["Il entra.", "Il sortit."]


def test_every_sentence_knows_its_chapter_with_its_part():
    pages = [
        (1, "PREMIÈRE PARTIE\n\nI\n\nIl entra.", ()),
        (2, "II\n\nIl sortit.\n\nDEUXIÈME PARTIE\n\nI\n\nIl revint.", ()),
    ]
    chapters = {s.text: s.chapter for s in segment_book(pages)}
    assert chapters["Il entra."] == "PREMIÈRE PARTIE – I"
    assert chapters["Il sortit."] == "PREMIÈRE PARTIE – II"
    assert chapters["Il revint."] == "DEUXIÈME PARTIE – I"


def test_a_numeral_under_a_worded_chapter_is_a_section_of_it():
    pages = [(1, "CHAPITRE II\n\nI\n\nIl entra.\n\nII\n\nIl sortit.", ())]
    chapters = {s.text: s.chapter for s in segment_book(pages)}
    assert chapters["Il entra."] == "CHAPITRE II – I"
    assert chapters["Il sortit."] == "CHAPITRE II – II"


def test_a_title_after_a_numeral_names_the_chapter():
    pages = [(1, "IV\n\nLE BAL\n\nElle dansa.", ())]
    assert segment_book(pages)[-1].chapter == "IV – LE BAL"


def test_headings_flagged_by_layout_are_used_even_without_heading_wording():
    pages = [(3, "Où l’on fait connaissance\n\nIl pleuvait.", ("Où l’on fait connaissance",))]
    out = segment_book(pages)
    assert out[0].is_heading and out[0].text == "Où l’on fait connaissance"
    assert out[1].chapter == "Où l’on fait connaissance"


def test_headings_are_detected_by_wording():
    for text in ["CHAPITRE PREMIER", "Chapitre 12", "XIV", "PREMIÈRE PARTIE", "I. Le départ", "ÉPILOGUE"]:
        assert is_heading_text(text), text


def test_short_dialogue_and_short_sentences_are_never_headings():
    for text in ["— Oui.", "– Non !", "« Hein ? »", "Oui.", "Il pleut.", "OH !", "— XIV", "Ah ! AH !"]:
        assert not is_heading_text(text), text


def test_a_paragraph_continued_on_the_next_page_is_one_paragraph():
    pages = [
        (10, "Il avait les cheveux coupés droit sur le front. Il portait", ()),
        (11, "une veste de drap vert. Il attendait.", ()),
    ]
    out = segment_book(pages)
    assert _texts(out) == [
        "Il avait les cheveux coupés droit sur le front.",
        "Il portait une veste de drap vert.",
        "Il attendait.",
    ]
    # A sentence that starts on page 10 belongs to page 10.
    assert [s.page for s in out] == [10, 10, 11]


def test_a_finished_paragraph_at_a_page_end_is_not_continued():
    pages = [(1, "Il dormait.", ()), (2, "Le jour se leva.", ())]
    out = segment_book(pages)
    assert [(s.text, s.page) for s in out] == [("Il dormait.", 1), ("Le jour se leva.", 2)]


def test_a_new_speaker_after_an_unfinished_page_is_a_new_paragraph():
    pages = [(1, "Puis, se tournant vers le maître :", ()), (2, "– Monsieur Roger, voici un élève.", ())]
    assert _texts(segment_book(pages)) == ["Puis, se tournant vers le maître :", "– Monsieur Roger, voici un élève."]


def test_a_heading_at_the_top_of_a_page_is_not_glued_to_the_previous_page():
    pages = [(1, "Il marchait sans but", ()), (2, "CHAPITRE III\n\nLe soir tomba.", ())]
    out = segment_book(pages)
    assert _texts(out) == ["Il marchait sans but", "CHAPITRE III", "Le soir tomba."]
    assert out[0].chapter == "" and out[2].chapter == "CHAPITRE III"


def test_empty_pages_are_skipped():
    assert segment_book([(1, "", ()), (2, "  \n\n ", ())]) == []


def test_a_sentence_opening_with_an_initial_is_not_a_numbered_title():
    for text in [
        "M. Stepark heurta deux fois avec sa canne.",
        "C. – Porte enfoncée par l'inspecteur.",
        "1. Prendre la route.",
    ]:
        assert not is_heading_text(text), text


def test_a_lone_initial_is_no_chapter_numeral():
    from jobs.engine.text.chapters import is_heading_text

    assert is_heading_text("XIV") and is_heading_text("IV.")
    assert not is_heading_text("M.") and not is_heading_text("D.")
