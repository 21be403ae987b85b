"""A closing relative on "où" about a place: "... la maison où il avait joué enfant." -> "Il y avait joué enfant."."""

from __future__ import annotations

import re

from jobs.engine.processors.rewrite.agreement import is_plural_verb
from jobs.engine.processors.rewrite.costs import COST_ADDED_WORD, COST_LINK
from jobs.engine.processors.rewrite.french import PERSONAL
from jobs.engine.processors.rewrite.tree import is_finite_word, tok
from jobs.engine.processors.rewrite.word_classes import TIME_NOUNS
from jobs.engine.processors.rewrite.words import Clause, Word, added, apostrophe

# "le cas où il entrerait": "où" after these tells no place
_NO_PLACES = frozenset({"cas", "façon", "manière", "point", "état", "situation", "mesure", "degré", "sorte"})
_NO_ANTECEDENTS = TIME_NOUNS | _NO_PLACES
_PARTICIPLE_RE = re.compile(r"(?:é|ée|és|ées|i|ie|is|it|u|ue|us|ert|int|eint|aint)$")
_CLITICS_BEFORE_Y = frozenset({"se", "me", "te", "nous", "vous", "le", "la", "les", "lui", "leur"})
_ELIDED = {"se": "s", "me": "m", "te": "t", "je": "j"}
_REFLEXIVES = frozenset({"se", "s'", "s’", "me", "m'", "m’", "te", "t'", "t’", "nous", "vous"})


def _elided(w: Word, mark: str) -> Word:
    """ "se" or "je" before "y" is "s'", "j'" (mark: the book's apostrophe)."""
    if w.text.lower() not in _ELIDED:
        return w
    return Word(w.text[0] + mark, w.src, w.pos, w.dep, w.head, w.morph, "")


class Places:
    """Mixed into Rewriter: a closing "où" told with "y"."""

    def places(self, clause: Clause) -> list[tuple[float, list[Clause]]]:
        """ "... la maison où il avait joué enfant." -> "Il y avait joué enfant.": a closing "où" about a place."""
        end = len(clause)
        while end and clause[end - 1].pos == "PUNCT":
            end -= 1
        for k in range(2, end - 2):
            if clause[k].text.lower() != "où" or clause[k - 1].text.lower() in ("d'", "d’", "par", "jusqu'", "jusqu’"):
                continue
            back = k - 1  # past a comma and the adjectives after the noun: "un endroit plus large,"
            while back > 0 and (clause[back].text == "," or clause[back].pos in ("ADJ", "ADV")) and k - back < 4:
                back -= 1
            antecedent = tok(self.doc, clause[back])
            if antecedent is None or antecedent.pos_ != "NOUN" or antecedent.lower_ in _NO_ANTECEDENTS:
                continue
            inside = list(clause[k + 1 : end])
            if any(w.text in (",", ";", ":") for w in inside):
                continue
            if len(inside) > 1 and inside[0].text.lower() in ("l'", "l’") and inside[1].text.lower() == "on":
                inside = inside[1:]  # "où l'on" -> "On y ..."
            j = 0
            while j < len(inside) and inside[j].text.lower() in PERSONAL:
                j += 1
            if j == 0:
                inverted = self._inverted_place(inside)
                if inverted is None:
                    continue
                host = clause[: k - (1 if clause[k - 1].text == "," else 0)] + clause[end:]
                return [(COST_ADDED_WORD + COST_LINK, [host, inverted])]
            if j >= len(inside) or inside[j].pos not in ("VERB", "AUX"):
                continue  # "où il ...": a subject pronoun, then its verb
            verb = inside[j].text.lower()
            after = inside[j + 1].text.lower() if j + 1 < len(inside) else ""
            if "Mood=Sub" in inside[j].morph:
                continue  # "un coin où je puisse me retirer": a wish, not something that happens
            if verb.startswith(("av", "a", "eu", "ont")) and not _PARTICIPLE_RE.search(after):
                continue  # "où il avait une chambre" -> "Il y avait une chambre" would mean "there was"
            there = added("y", "PRON", "expl", inside[j].src)
            # "il s'était endormi" -> "il s'y était endormi": "y" follows a reflexive pronoun
            r = j
            while r < len(inside) - 1 and inside[r].text.lower() in _REFLEXIVES:
                r += 1
            mark = apostrophe(self.words)
            before = [_elided(w, mark) for w in inside[j:r]]
            subject = inside[:j] if r > j else [*inside[: j - 1], _elided(inside[j - 1], mark)]  # "j'y"
            sentence = tuple(subject) + tuple(before) + (there,) + tuple(inside[r:])
            host = clause[: k - (1 if clause[k - 1].text == "," else 0)] + clause[end:]
            if clause[k - 1].text != ",":
                host = clause[:k] + clause[end:]
            return [(COST_ADDED_WORD + COST_LINK, [host, sentence])]
        return []

    def _inverted_place(self, inside: list[Word]) -> Clause | None:
        """ "où se pressaient vendeurs et acheteurs" -> "Vendeurs et acheteurs s'y pressaient."."""
        j = 0
        while j < len(inside) and inside[j].text.lower() in _CLITICS_BEFORE_Y:
            j += 1
        verb = tok(self.doc, inside[j]) if j < len(inside) else None
        subject = inside[j + 1 :]
        if verb is None or not is_finite_word(verb) or not 0 < len(subject) <= 5:
            return None
        if any(tok(self.doc, w) is not None and is_finite_word(tok(self.doc, w)) for w in subject):
            return None
        # "vendeurs et acheteurs" go without an article; "contrepoids un panier" is no subject
        bare = subject[0].pos in ("NOUN", "ADJ") and any(w.text.lower() == "et" for w in subject)
        if subject[0].pos not in ("DET", "PROPN") and not bare or subject[-1].pos not in ("NOUN", "PROPN", "ADJ"):
            return None
        plural = any(w.text.lower() == "et" or "Number=Plur" in w.morph for w in subject)
        if plural != is_plural_verb(inside[j]):
            return None
        v = inside[j]
        mark = apostrophe(self.words)
        clitics = [_elided(Word(w.text, w.src, w.pos, w.dep, v.src, w.morph), mark) for w in inside[:j]]
        there = added("y", "PRON", "expl", v.src)
        # The parser often misses an inverted subject; the sentence says who does what.
        members = {w.src for w in subject}
        noun = next((w for w in subject if w.head not in members), subject[-1])
        subject = [Word(w.text, w.src, w.pos, "nsubj", v.src, w.morph, w.space) if w is noun else w for w in subject]
        verb = Word(v.text, v.src, "VERB", "ROOT", v.src, v.morph or "VerbForm=Fin", v.space)
        return tuple(subject) + tuple(clitics) + (there, verb)
