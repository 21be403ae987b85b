"""Search folding: the stored columns, the query and the highlight all fold alike."""

from __future__ import annotations

import pytest

from jobs.engine.text.fold import fold, fold_with_map, match_spans


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Œuvre de la Fenêtre", "oeuvre de la fenetre"),
        ("l’homme  qui\u00a0rit\n", "l'homme qui rit"),
        ("  Ça, c'est Noël ! ", "ca, c'est noel !"),
        ("Déjà\t\tvu", "deja vu"),
        ("", ""),
    ],
)
def test_fold_and_its_map_give_the_same_text(text: str, folded: str) -> None:
    assert fold(text) == fold_with_map(text)[0] == folded


def test_a_match_marks_the_original_characters() -> None:
    text = "Elle ouvrit la fenêtre ; la Fenetre grinça."
    assert [text[a:b] for a, b in match_spans(text, "FENETRE")] == ["fenêtre", "Fenetre"]
