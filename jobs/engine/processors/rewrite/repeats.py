"""A phrase that ends a clause told with its verb said again: "Il mit son chapeau sur la table." ->
"Il mit son chapeau." "Il le mit sur la table."

The piece a cut leaves after the clause's last complement ("sur la table.")
has no verb; said again with its subject and verb, and the object the first
sentence holds as a pronoun, it is a sentence that adds no content word.
"""

from __future__ import annotations

from dataclasses import replace

from jobs.engine.processors.clauses import subordinate
from jobs.engine.processors.parse import Tok as Token
from jobs.engine.processors.rewrite.costs import COST_ADDED_WORD, COST_LINK
from jobs.engine.processors.rewrite.french import elides_before
from jobs.engine.processors.rewrite.tree import (
    copy,
    is_finite,
    is_finite_word,
    is_predicate,
    opens_incise_at,
    period,
    sources_of,
    span_of,
    subject_of,
    subtree,
    tok,
    verb_group,
)
from jobs.engine.processors.rewrite.wellformed import bare_complement, has_finite, holds_an_argument, orphans
from jobs.engine.processors.rewrite.word_classes import DE_FORMS, DETERMINERS, TIME_NOUNS
from jobs.engine.processors.rewrite.words import ADDED, Clause, Word, added, apostrophe, elided_je, text_of
from jobs.engine.processors.subjects import CLITICS_BEFORE_VERB, RELATIVE_WORDS


def _object_after(clause: Clause, b: int, end: int) -> bool:
    """A noun phrase right after the phrase ending at b (past a comma): the verb's object, wherever the parse
    hung it ("avait, sous la lucarne de son grenier, un chapelet", "portait, selon la mode, un corsage")."""
    k = b + 1
    while k < end and clause[k].text == ",":
        k += 1
    return k < end and clause[k].text.lower() in _OBJECT_OPENERS


def phrase_verb(phrase: Token, srcs: frozenset[int]) -> Token:
    """The verb a phrase tells of: "dormait tranquillement sous la table": the small model hangs it on the adverb."""
    verb = phrase.head
    return verb.head if verb.pos_ == "ADV" and verb.dep_ == "advmod" and verb.head.i in srcs else verb


def clause_index(clause: Clause, src: int) -> int:
    return next((k for k, w in enumerate(clause) if w.src == src), len(clause))


# Prepositions of a complement that reads on its own after its verb: "sur la table", "contre les auvents".
REPEATED_PREPOSITIONS = frozenset(
    {"dans", "sur", "sous", "devant", "derrière", "vers", "contre", "chez", "avec", "jusqu'", "jusqu’", "jusque"}
    | {"à", "au", "aux", "par", "parmi", "près", "pendant", "depuis", "durant", "entre", "malgré", "sans", "selon"}
)
# Determiners that show the object's gender; "l'", "son", "leur" do not, and the small model's gender is unsure.
_DEFINITE = {"le": "le", "ce": "le", "cet": "le", "la": "la", "cette": "la", "sa": "la", "ma": "la", "ta": "la"}
_PLURAL_DEFINITE = frozenset({"les", "ces", "ses", "mes", "tes", "nos", "vos", "leurs"})
_PARTITIVE = frozenset({"des", "de", "d'", "d’", "du"})
_SUBORDINATE = frozenset({"advcl", "acl", "acl:relcl", "ccomp", "csubj", "xcomp", "parataxis", "obj", "obl"})
_CLAUSE_DEPS = frozenset({"advcl", "xcomp", "ccomp", "acl", "acl:relcl"})
_OWN_CLITICS = frozenset({"y", "en", "l'", "l’"})
# "l'on", "ce", "cela": not a subject to say again before a verb.
NOT_SUBJECTS = frozenset({"l'", "l’", "ce", "c'", "c’", "cela", "ça", "qui", "que", "qu'", "qu’"})
# A relative pronoun before a verb makes it the relative's ("que" may open a complement clause instead).
_RELATIVE_PRONOUNS = RELATIVE_WORDS - {"que", "qu'", "qu’"}
# Determiners that open an object ("un chapelet", "le corsage"); "de", "du", "des" may open a complement instead.
_OBJECT_OPENERS = DETERMINERS - DE_FORMS
# Phrases that tell how sure the clause is, not where or how it happens: the host must keep them.
_HEDGES = frozenset({"sans doute", "sans aucun doute", "à coup sûr", "en apparence", "selon toute apparence"})
# Verbs that take no direct object: a noun the parse makes one is something else ("restèrent les doigts
# entrelacés"), and "les" before them would be no French.
_NO_OBJECT_VERBS = frozenset(
    {"rester", "demeurer", "devenir", "sembler", "paraître", "être", "arriver", "partir"}
    | {"tomber", "mourir", "naître", "exister", "dormir", "sourire"}
)
# Clitics a new object pronoun follows in the verb group (reflexives); others make it skip.
_BEFORE_OBJECT = frozenset({"se", "s'", "s’", "me", "m'", "m’", "te", "t'", "t’", "nous", "vous"})


class Repeats:
    """Mixed into Rewriter: a closing complement told with its subject and verb said again."""

    def repeated_verbs(self, clause: Clause) -> list[tuple[float, list[Clause]]]:
        out = []
        srcs = sources_of(clause)
        end = len(clause)
        while end and clause[end - 1].pos == "PUNCT":
            end -= 1
        tail = clause[end:]
        for w in clause:
            t = tok(self.doc, w)
            if t is None or not t.dep_.startswith("obl") or t.head.i not in srcs:
                continue
            case = [c for c in t.children if c.dep_ == "case" and c.i < t.i]
            if not case or case[0].lower_ not in REPEATED_PREPOSITIONS or t.dep_ == "obl:arg" and case[0].lower_ == "à":
                continue
            if holds_an_argument(t) or "Rel" in t.morph.get("PronType"):
                continue  # "avec lequel j'étais lié": a relative, no phrase to tell
            if any(c.i > t.i and c.dep_ in ("amod", "acl") and c.left_edge.pos_ == "DET" for c in t.children):
                continue  # "attira vers lui le plus âgé": the verb's object, which the parse hung on the phrase
            if bare_complement(t):
                continue  # "cartons à dessin", "verre d'eau": no article, the phrase completes a noun
            verb = phrase_verb(t, srcs)
            if verb.dep_ in _SUBORDINATE or any(c.dep_ == "mark" for c in verb.children) or subordinate(verb):
                # a verb of a subordinate or relative clause ("cette lettre où palpitait ..."): the sentence
                # left would read badly
                continue
            span = span_of(clause, subtree(t, srcs))
            group = self._repeated_group(verb, srcs)
            if span is None or group is None or span[0] <= clause_index(clause, group[-1]):
                continue
            if not any(is_finite_word(self.doc[i]) for i in group):
                continue  # "tirée" without its "avait été": no verb to say again
            if verb.dep_ == "conj" and verb.head.i + 2 == verb.i and self.doc[verb.i - 1].lower_ in ("et", "ou"):
                continue  # "allait et venait à travers la pièce": the phrase is both verbs', not the second's
            if self._in_relative(group[0]):
                continue  # "une chaise dont le cuir se tendit sous son poids": the relative's verb, not the host's
            a, b = span
            between = range(group[-1] + 1, clause[a].src)
            if any(self.doc[i].dep_ in _CLAUSE_DEPS or is_finite_word(self.doc[i]) for i in between):
                continue  # "retourna chez lui pour écrire à son père": the phrase may be the other verb's
            if (
                clause[a].text.startswith("-")
                or clause[b].text.endswith("-")
                or b + 1 < len(clause)
                and clause[b + 1].text.startswith("-")
            ):
                continue  # "dans ce temps-là", "par-dessus": the parse split a word
            after = [x for x in clause[b + 1 : b + 4] if x.pos != "PUNCT"][:2]
            if any(x.src != ADDED and "Rel" in self.doc[x.src].morph.get("PronType") for x in after):
                continue  # "au bureau du lieutenant, avec lequel j'étais lié": the relative hangs on the phrase
            if text_of(clause[a : b + 1]).lower() in _HEDGES:
                continue  # "Vous connaissez sans doute toutes les histoires": without it, the host is certain
            if _object_after(clause, b, end) and not any(c.dep_ == "obj" for c in verb.children):
                continue  # "elle avait, sous la lucarne, un chapelet d'oignons": the object the parse missed follows
            if any(x.text.lower() == "comme" for x in clause[clause_index(clause, group[-1]) : a]):
                continue  # "les doigts entrelacés, comme le premier jour, aux Comices": the comparison's phrase
            if has_finite(clause[a + 1 : b + 1]):
                continue  # "dans François de Sales l'élégance de l'expression et feuilleta": a verb is no phrase
            if orphans(clause[:a] + clause[b + 1 :], clause[a : b + 1]):
                continue  # "reporta sur lui seul la haine": the phrase is more than the parse's subtree
            said = self.said_again(verb, t, group, context=clause[:a], clause=clause)
            if said is None:
                continue
            subject, words, finite = said
            lo = a - 1 if clause[a - 1].text == "," else a
            # The phrase goes with the commas around it; a comma after it alone stays: "entré au service de
            # Florimond, à charge de l'espionner" -> "entré, à charge de", never "entré à charge de"
            hi = b + 1 if lo < a and b + 1 < end and clause[b + 1].text == "," else b
            host = clause[:lo] + clause[hi + 1 :]
            if not self.says_something(host, group, finite):
                continue
            cost = COST_ADDED_WORD * (len(subject) + len(words)) + COST_LINK
            rest = clause[hi + 1 :]
            if rest and rest[0].text in (";", ":") and any(x.pos != "PUNCT" for x in rest):
                # "Une rivière passait sous un pont ; à travers la brume, on distinguait ...": the phrase's
                # sentence follows its own clause, before the next one brings other nouns for "elle"
                part = tuple(subject) + tuple(words) + clause[a : b + 1] + (period(),)
                out.append((cost, [clause[:lo] + (period(),), part, rest[1:]]))
                continue
            ending = tuple(x for x in tail if x.text in ".!?…") or (period(),)  # not a closing « or dash
            part = tuple(subject) + tuple(words) + clause[a : b + 1] + ending
            out.append((cost, [host, part]))
        return out

    def said_again(
        self, verb: Token, phrase: Token, group: list[int], *, context: Clause, clause: Clause
    ) -> tuple[list[Word], list[Word], Token] | None:
        """The subject (found in context) and verb group said again for the phrase, the object as a pronoun:
        (subject, verb words, the finite verb); None where it cannot be said again."""
        if any(self.doc[i].lower_ in ("ne", "n'", "n’") for i in group):
            # "Il ne mit pas son chapeau. Il ne le mit pas sur la table.": the first would deny it all;
            # "Je ne crois ni à Hardenberg.": a lone "ni"
            return None
        finite = next((self.doc[i] for i in group if is_finite(self.doc[i])), None)
        if finite is None:
            return None
        if finite.dep_ in ("aux", "aux:tense", "aux:pass") and finite.head.i in group:
            finite = finite.head  # "notre attention fut attirée": the subject hangs on the participle
        words = self._said_again(verb, phrase, group)
        subject = self.subject_words(finite, context, head=finite.i)
        if not words or not subject or subject[0].text.lower() in NOT_SUBJECTS:
            return None
        if any(w.text.lower() in CLITICS_BEFORE_VERB for w in subject[1:]) or self._shared_subject(finite):
            return None  # "Les événements n'": the parse hung the negation on the noun; "Marc et moi, nous"
        return elided_je(subject, words, clause), words, finite

    def says_something(self, host: Clause, group: list[int], finite: Token) -> bool:
        """The host keeps words after the verb, or a named subject: "Il se trouvait." with "Il se trouvait au
        même point." says nothing of its own; "Un sourire de triomphe errait." does."""
        named = subject_of(self.doc, finite)
        return any(w.src > group[-1] and w.pos != "PUNCT" for w in host) or (
            named is not None and named.pos_ in ("NOUN", "PROPN")
        )

    def _in_relative(self, first: int) -> bool:
        """A relative pronoun opens the clause of the verb group starting at first, whatever the parse hung it on."""
        for k in range(first - 1, -1, -1):
            t = self.doc[k]
            if t.lower_ in _RELATIVE_PRONOUNS or "Rel" in t.morph.get("PronType"):
                return True
            if t.is_punct or is_finite_word(t):
                return False
        return False

    def _shared_subject(self, verb: Token) -> bool:
        """The subject is a coordination ("Le lieutenant et moi") or is said twice ("..., nous")."""
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass", "expl:subj")]
        return len(subjects) > 1 or any(c.dep_ == "conj" for s in subjects for c in s.children)

    def _said_again(self, verb: Token, phrase: Token, group: list[int]) -> list[Word] | None:
        """The verb group said again, its object as a pronoun; None when what it governs cannot be left out."""
        words = [copy(self.doc[i]) for i in group]
        pronouns = []
        for c in verb.children:
            if c.i in group or c.i == phrase.i or c.i < group[0] or c.pos_ in ("ADV", "PUNCT", "CCONJ"):
                continue
            if c.dep_ in ("obl", "obl:mod", "advmod", "advcl", "punct", "cc", "conj", "parataxis", "dep"):
                continue  # another phrase of the clause: it stays in the sentence before
            if c.lemma_.lower() in TIME_NOUNS:
                continue  # "soupait ... le soir de la fête": a time the small model calls an object
            if verb.lemma_ in _NO_OBJECT_VERBS:
                return None  # "ils restèrent les doigts entrelacés": no object, whatever the parse says
            pronouns.append(self._object_pronoun(c, group))
        if not pronouns:
            return words
        if len(pronouns) != 1 or pronouns[0] is None:
            return None
        pronoun, *count = pronouns[0]
        said = self._with_object(words, pronoun)
        # "un paquet" -> "en ... un": "On alla en chercher un sous la charretterie."
        return said + [added(count[0], "DET", "obj", said[-1].src)] if said and count else said

    def _repeated_group(self, verb: Token, srcs: frozenset[int]) -> list[int] | None:
        """The verb with what it needs to be said again: "ne l'avait pas vu", "alla chercher"."""
        if verb.pos_ != "VERB" or not is_predicate(verb) or verb.dep_ == "parataxis" or opens_incise_at(self.doc, verb):
            return None  # "j'imagine", "fit le père Absinthe": an incise is not said again
        if any(c.dep_ in ("aux", "aux:tense", "aux:pass", "cop") and c.i < verb.i - 2 for c in verb.children):
            return None  # "fut, à neuf heures, réveillée": the auxiliary is far from its participle
        if is_finite(verb):
            group = verb_group(self.doc, verb, srcs)
            if group is None or any(self.doc[i].lower_ in _OWN_CLITICS for i in group):
                return None  # "il y avait", "il en prit": said again, they need their phrase
            nxt = verb.i + 1
            if group is not None and nxt < len(self.doc) and self.doc[nxt].head_i == verb.i:
                if self.doc[nxt].dep_ == "xcomp" and self.doc[nxt].morph.get("VerbForm") == ["Inf"]:
                    group.append(nxt)  # "alla chercher": the infinitive goes with its verb
            return group
        if verb.morph.get("VerbForm") != ["Inf"] or verb.dep_ != "xcomp":
            return None
        ruler = verb.head
        if ruler.i not in srcs or not is_finite(ruler) or ruler.i != verb.i - 1:
            return None  # "alla chercher", not "se mit à chercher"
        group = verb_group(self.doc, ruler, srcs)
        return None if group is None else group + [verb.i]

    def _object_pronoun(self, noun: Token, group: list[int]) -> tuple[str, ...] | None:
        """("le",), ("la",), ("les",), ("en",) or ("en", "un") for the verb's object, said in the sentence
        before; None when unsure."""
        if noun.pos_ != "NOUN":
            return None
        cases = [c.lower_ for c in noun.children if c.dep_ == "case" and c.i < noun.i]
        dets = [c for c in noun.children if c.dep_ == "det" and c.i < noun.i]
        first = dets[0].lower_ if dets else ""
        if cases:
            # "des fruits" -> "en"; not "tout de son long", "de ce côté": a possessive or a demonstrative
            return ("en",) if cases[0] in ("de", "d'", "d’") and first in ("", "un", "une") else None
        if noun.dep_ != "obj":
            return None
        if first in _PARTITIVE:
            return ("en",)
        if first in ("un", "une"):
            return ("en", first)
        if any(self.doc[i].dep_ in ("aux", "aux:tense") for i in group):
            return None  # "il l'avait vue": the participle would have to agree
        if first in _PLURAL_DEFINITE:
            return ("les",)
        return (_DEFINITE[first],) if first in _DEFINITE else None

    def _with_object(self, words: list[Word], pronoun: str) -> list[Word] | None:
        """The object pronoun in its place: after a reflexive, before the verb or its auxiliary."""
        k = 0
        while k < len(words) and words[k].text.lower() in _BEFORE_OBJECT:
            k += 1
        if k >= len(words) or words[k].pos not in ("VERB", "AUX"):
            return None  # "lui", "y", "en" already there: leave the order alone
        if len(words) >= 2 and words[-1].src == words[-2].src + 1 and words[-1].pos == "VERB" and k < len(words) - 1:
            k = len(words) - 1  # "alla le chercher": the pronoun goes with the infinitive
        text = pronoun
        if pronoun in ("le", "la") and elides_before(words[k].text):
            text = "l" + apostrophe(tuple(words))
        before = list(words[:k])
        if before and before[-1].text[-1:] in ("'", "’") and not elides_before(text):
            # "s'appuya" -> "se l'appuya": the reflexive no longer stands before a vowel ("s'en" stays)
            before[-1] = replace(before[-1], text=before[-1].text[:-1] + "e")
        return before + [added(text, "PRON", "obj", words[k].src)] + words[k:]
