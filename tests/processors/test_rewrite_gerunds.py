"""The sentences style: a gerund stays a phrase."""

import pytest

from .rewriting import rewrite


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("En nous dirigeant vers le château, nous dûmes traverser un faubourg assez animé.", "Nous nous dirig"),
        ("Les six hommes, trois de chaque côté, marchaient au petit pas et en haletant un peu.", "haletaient"),
        ("Emma frissonna de toute sa peau en sentant ce froid dans sa bouche.", "Emma sent"),
        ("Ils se hâtaient vers la porte du jardin, en jetant de tous côtés des regards défiants.", "Ils jet"),
        ("— Je ne sais pas, répondit-il en haussant les épaules, mais je crois qu'il viendra.", "Il hauss"),
    ],
)
def test_a_gerund_is_never_told_as_a_verb_of_its_own(text, told):
    # Readers took "Il haussa les épaules." for "répondit-il en haussant les épaules" as an act the book does
    # not tell on its own: a gerund says how, and stays a phrase.
    pieces = [p.text for p in rewrite(text)]
    assert not any(told in p for p in pieces), pieces
