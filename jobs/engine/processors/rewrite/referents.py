"""Who a rewritten sentence is about: the subject pronoun or the repeated name it needs."""

from __future__ import annotations

from jobs.engine.processors import subjects
from jobs.engine.processors.clause_words import SUBORDINATORS
from jobs.engine.processors.clauses import subordinate
from jobs.engine.processors.parse import Tok as Token
from jobs.engine.processors.rewrite.costs import (
    MAX_REPEATED_WORDS,
)
from jobs.engine.processors.rewrite.french import (
    PERSONAL,
    elides_before,
    gender_number,
    third_person,
    title_gender,
)
from jobs.engine.processors.rewrite.incises import closing_speaker
from jobs.engine.processors.rewrite.tree import (
    is_finite_word,
    is_narrative_verb,
    noun_of,
    noun_phrase,
    sources_of,
    subject_of,
    tok,
)
from jobs.engine.processors.rewrite.wellformed import in_parentheses
from jobs.engine.processors.rewrite.word_classes import (
    DE_FORMS,
    DETERMINERS,
    INVERTED_SUBJECT_RE,
    PASSE_SIMPLE_RE,
    PRENOMINAL_ADJECTIVES,
    PRENOMINAL_FORMS,
    STRONG_TO_SUBJECT,
    SUBJECT_DEPS,
)
from jobs.engine.processors.rewrite.words import (
    ADDED,
    Clause,
    Word,
    added,
    apostrophe,
    text_of,
)
from jobs.engine.types import count_words


class Referents:
    """Mixed into Rewriter: subjects and referents for the sentences it makes."""

    def host_subject(self, host: Clause) -> Token | None:
        """The subject of the clause right before a split: the nearest one, not the sentence's first
        ("Un tison roulait, il avait pris les pincettes et ne semblait ..." gives "il")."""
        srcs = sources_of(host)
        for w in reversed(host):  # "répondit-il": the incise's subject speaks last
            if INVERTED_SUBJECT_RE.match(w.text):
                return self.doc[w.src] if w.src != ADDED else None
        speaker = closing_speaker(self.doc, host)
        if speaker is not None:
            return speaker
        found = [a for a, _ in subjects.name_verb_pairs(self.doc) + subjects.clitic_pairs(self.doc)]
        aside = in_parentheses(host)
        for w in host:
            t = tok(self.doc, w)
            if t is not None and t.dep_ in SUBJECT_DEPS and t.head.i in srcs:
                found.append(t.i)
        for a in sorted(set(found), reverse=True):
            t = self.doc[a]
            if a in srcs and "Rel" in t.morph.get("PronType"):
                return None  # "un quincaillier, qui le faisait sortir ..., puis le ramenait": the relative's verb
            if a in srcs and not subordinate(t.head):
                phrase = t
                while phrase.dep_.startswith("flat") and phrase.head.i < phrase.i:
                    phrase = phrase.head  # "la comtesse Rostow": the name's first word carries its preposition
                if any(c.dep_ == "case" for c in phrase.children):
                    # "Dans la chaumière voisine se trouvait un colonel", "la voiture mise à sa disposition par la
                    # comtesse Rostow quittait": no subject after a preposition
                    continue
                if a in aside or t.lower_ in subjects.NOT_SUBJECT_CLITICS:
                    # an aside's subject ("Il le trouva seul (M. Canivet venait de partir), assis"), an object
                    # pronoun the parse took for a subject ("l'envoyait")
                    continue
                complement = t.dep_ == "nmod" and any(c.dep_ == "case" for c in t.children)
                if (t.dep_ in ("obj", "iobj") or complement) and t.head.i < t.i:
                    # "allumaient gaiement leurs feux, se séchaient": the object of the verb before ("les hommes
                    # de Bagration": a noun's complement)
                    continue
                if a and self.doc[a - 1].lower_ in SUBORDINATORS:
                    continue  # "il comprit qu'on l'avait joué": the parse may miss the clause, not its "que"
                return t
        return None

    def subject_words(self, verb: Token, host: Clause, *, head: int) -> list[Word] | None:
        """What to put before a coordinated verb so it has the subject of the verb it follows."""
        subject = subject_of(self.doc, verb)
        if subject is None or "Rel" in subject.morph.get("PronType"):
            return None
        if subject.lower_ in subjects.NOT_SUBJECT_CLITICS:
            return None  # "l'envoyait": the parse took the object pronoun for the subject
        return self.subject_for_token(subject, host, head=head)

    def subject_for_token(self, subject: Token, host: Clause, *, head: int) -> list[Word] | None:
        lower = subject.lower_.lstrip("-").removeprefix("t-")
        if lower in _CE or lower in ("tel", "telle", "tels", "telles"):
            # "C'est pourquoi une rumeur ... se répandit, s'enfla": "ce" only goes before "être"; "Telle était la
            # soirée": an attribute put first, no subject
            return None
        if _coordinated_subject(subject):
            return None  # "L'abbé Midon et Maurice frissonnaient": one of them is not the subject
        if _object_of_the_verb_before(self.doc, subject):
            return None  # "le curé qui lisait son bréviaire avait perdu": the bréviaire is what he read
        if lower in PERSONAL:
            pronoun = "je" if lower.startswith("j") else lower
            return [added(pronoun, "PRON", "nsubj", head, "Person=3")]
        return self._repeat_or_pronoun(subject, host, head=head)

    def referent_options(self, antecedent: Token, host: Clause, *, head: int) -> list[list[Word]]:
        """What may stand for the antecedent of a relative clause in a sentence of its own: the noun
        phrase repeated, and its bare noun with a definite article ("un ricanement nerveux qui ..." ->
        "Le ricanement ...")."""
        lower = antecedent.lower_
        if lower in ("voilà", "voici"):
            return []  # "Voilà qui prouve": no antecedent
        if lower in STRONG_TO_SUBJECT:
            return [[added(STRONG_TO_SUBJECT[lower], "PRON", "nsubj", head)]]
        if antecedent.pos_ == "ADJ":
            # "un ricanement nerveux qui": the small model often hangs the relative on the adjective.
            nouns = [c for c in antecedent.children if c.pos_ == "NOUN" and c.i < antecedent.i]
            if nouns:
                bare = definite_noun(nouns[-1], head, apostrophe(self.words))
                return [bare] if bare else []
        if antecedent.pos_ not in ("NOUN", "PROPN", "PRON") or lower in PERSONAL:
            return []
        if antecedent.pos_ == "PROPN" and not antecedent.text[:1].isupper():
            return []  # "un air de hussard aguerri qui": an adjective the small model took for a name
        first = self._repeat_or_pronoun(antecedent, host, head=head, prefer_pronoun=False)
        options = [first] if first else []
        # "du mauvais esprit qui" -> not "Le mauvais": the small model made the adjective the noun.
        swapped = lower in PRENOMINAL_ADJECTIVES and any(
            c.dep_ == "amod" and c.i == antecedent.i + 1 for c in antecedent.children
        )
        bare = None if swapped else definite_noun(antecedent, head, apostrophe(self.words))
        if bare and first and [w.text for w in bare] != [w.text for w in first]:
            options.append(bare)
        return options

    def _repeat_or_pronoun(
        self, noun: Token, host: Clause, *, head: int, prefer_pronoun: bool = True
    ) -> list[Word] | None:
        while noun.head.i != noun.i and (
            noun.dep_.startswith("flat")
            or noun.dep_ in ("nmod", "appos")
            and noun.head.i == noun.i - 1
            and noun.head.pos_ == "NOUN"
            and not any(c.dep_ == "case" for c in noun.children)
        ):
            # "L’enfant" the small model tags as a name: "enfant" is its second part; "la veuve Chupin",
            # "le père Absinthe": the name goes with its title
            noun = noun.head
        if not noun.text[:1].isupper() and PASSE_SIMPLE_RE.search(noun.lower_):
            return None  # "les laissa marcher": a verb the small model took for a noun
        if noun.pos_ in ("VERB", "AUX", "ADV", "INTJ") or noun.lower_.endswith("ant") and noun.pos_ != "NOUN":
            # "Marchant sur elle, Catherine": no noun to say again (an adjective may be a name the small model
            # mistook)
            return None
        if _not_the_noun(noun):
            return None
        phrase = noun_phrase(self.doc, noun)
        kind = _kind_after(noun) if phrase[0].lower_ in ("un", "une") else None
        if kind is not None:
            # "un pied de langue", "ce noble de malheur": said again whole, never "le pied"
            if kind.left_i != phrase[-1].i + 1:
                return None
            phrase = phrase + [self.doc[i] for i in range(kind.left_i, kind.right_i + 1)]
        if any(t.lower_ in ("ne", "n'", "n’") for t in phrase):
            return None  # "la journée n’était pas": the small model hung the negation on the noun
        if phrase[-1].lower_ in _ABBREVIATED_TITLES:
            return None  # "M. de Montenay": the title alone would be said again
        words = [Word(t.text, ADDED, t.pos_, t.dep_ if t.i != noun.i else "nsubj", head, str(t.morph)) for t in phrase]
        # "au prince André" -> "le prince André": the article a preposition had swallowed
        before = self.doc[phrase[0].i - 1] if phrase[0].i else None
        contracted = before is not None and before.dep_ == "case" and before.lower_ in _CONTRACTED
        if contracted and phrase[0].pos_ != "DET":
            words.insert(0, Word(_CONTRACTED[before.lower_], ADDED, "DET", "det", head, ""))
        short = 0 < count_words(" ".join(w.text for w in words)) <= MAX_REPEATED_WORDS
        # A noun repeated without its article is not French ("Retour d'événements ...").
        named = noun.i == phrase[0].i and noun.text[:1].isupper() and noun.lower_ not in _DEMONSTRATIVE
        capital = phrase[0].text[:1].isupper()
        opens_well = phrase[0].lower_ in DETERMINERS or phrase[0].pos_ == "DET" or named or len(words) > len(phrase)
        opens_well = opens_well or (phrase[0].pos_ == "PROPN" and capital)
        short = short and opens_well and phrase[0].lower_ not in DE_FORMS
        if (
            short
            and len(phrase) > 1
            and len(words) == len(phrase)
            and phrase[0].lower_ in _DEFINITE
            and phrase[0].dep_ == "det"
        ):
            # A noun said again is known: "un ricanement" -> "le ricanement".
            article = _article(phrase[0].lower_, phrase[1].text, apostrophe(self.words))
            words[0] = Word(article, ADDED, "DET", "det", head, "")
        pronoun = self.pronoun_for(noun, host)
        if noun.pos_ == "PROPN" or noun.text[:1].isupper():
            return words if short else ([added(pronoun, "PRON", "nsubj", head)] if pronoun else None)
        if pronoun and (prefer_pronoun or not short):
            return [added(pronoun, "PRON", "nsubj", head)]
        return words if short else None

    def pronoun_for(self, noun: Token, context: Clause) -> str | None:
        """An agreeing pronoun, unless another noun of that gender and number makes it ambiguous."""
        if noun.pos_ == "PROPN" or noun.text[:1].isupper():
            gender = title_gender([t.text for t in noun_phrase(self.doc, noun)])
            return third_person(gender, "sing") if gender else None
        agreement = gender_number(noun)
        if agreement is None:
            return None
        for w in context:
            other = tok(self.doc, w)
            if other is None or other.i == noun.i or other.pos_ not in ("NOUN", "PROPN"):
                continue
            if other.i > noun.i and gender_number(other) in (agreement, None):
                return None
        return third_person(*agreement)

    def subject_phrase(self, words: Clause) -> bool:
        if not words or count_words(text_of(words)) > MAX_REPEATED_WORDS + 1:
            return False
        if any("VerbForm=Fin" in w.morph or w.text.islower() and PASSE_SIMPLE_RE.search(w.text) for w in words):
            return False  # "Bientôt ils parurent": a verb, whatever its tag
        noun = noun_of(words)
        if noun is None or noun.src == ADDED:
            return False
        head = self.doc[noun.src]
        if (
            head.pos_ == "NOUN"
            and head.dep_ not in ("nsubj", "nsubj:pass")
            and not any(c.dep_ in ("det", "nmod:poss") for c in head.children)
        ):
            return False  # "Aplatis contre le sol, retenant ...": a bare noun the parse does not make the subject
        # Whatever the parser called it, a phrase opening the clause with no preposition is its subject.
        return not any(c.dep_ == "case" for c in head.children) and words[0].pos != "ADP"

    def leading_subject(self, rest: Clause) -> Clause:
        if not rest:
            return ()
        t = tok(self.doc, rest[0])
        if t is None:
            return ()
        if t.lower_ in PERSONAL and t.dep_ in SUBJECT_DEPS:
            return rest[:1]
        for k, w in enumerate(rest[: MAX_REPEATED_WORDS + 1]):
            tk = tok(self.doc, w)
            if tk is not None and tk.dep_ in ("nsubj", "nsubj:pass") and tk.pos_ in ("NOUN", "PROPN"):
                phrase = rest[: k + 1]
                return phrase if all(x.pos != "PUNCT" for x in phrase) else ()
        return ()


def _coordinated_subject(subject: Token) -> bool:
    """The subject is one of several: it has a coordinated noun, or is one coordinated with a subject, maybe
    through a name's parts ("L'abbé Midon et Maurice")."""
    if any(c.dep_ == "conj" for c in subject.children):
        return True
    if subject.dep_ != "conj":
        return False
    t = subject.head
    for _ in range(3):
        if t.dep_ in SUBJECT_DEPS:
            return True
        if t.dep_ not in ("nmod", "flat:name", "appos", "conj") or t.head.i == t.i:
            return False
        t = t.head
    return False


_DEFINITE = {"un": "le", "une": "la"}
_ABBREVIATED_TITLES = frozenset({"m.", "mm.", "mme", "mlle", "mgr"})
_CE = frozenset({"c'", "c’", "ce"})
# Capitalised at the head of a sentence, yet no name: "Cela" said again may stand for something else.
_DEMONSTRATIVE = _CE | {"cela", "ceci", "ça"}
_CONTRACTED = {"du": "le", "au": "le", "des": "les", "aux": "les"}


def _article(article: str, following: str, apostrophe: str) -> str:
    article = _DEFINITE.get(article, article)
    if article in ("le", "la") and elides_before(following):
        return "l" + apostrophe
    return article


def _not_the_noun(word: Token) -> bool:
    """ "un vieil officier", "l'amère tristesse" read as the nouns "vieil", "amère" with the noun after them."""
    return word.lower_ in PRENOMINAL_FORMS or any(
        c.i == word.i + 1
        and c.dep_ == "nmod"
        and c.pos_ == "NOUN"
        and not is_narrative_verb(c)  # "Un jeune homme entra": a verb the small model took for a noun
        and not any(g.dep_ == "case" for g in c.children)
        for c in word.children
    )


def definite_noun(noun: Token, head: int, apostrophe: str) -> list[Word] | None:
    """ "le ricanement" for "un ricanement nerveux": the noun alone after a definite article."""
    if _not_the_noun(noun):
        return None
    holders = [noun, noun.head] if noun.head.pos_ == "ADJ" else [noun]
    det = next((c for h in holders for c in h.children if c.dep_ == "det" and c.i < noun.i), None)
    if det is None:
        # "les pas du jardinier qui ..." -> "le jardinier"
        det = next((c for c in noun.children if c.dep_ == "case" and c.lower_ in _CONTRACTED), None)
        if det is None or noun.pos_ != "NOUN":
            return None
        article = _CONTRACTED[det.lower_]
        if article == "les" and noun.morph.get("Number") != ["Plur"]:
            return None
        return _article_noun(article, noun, head)
    if noun.pos_ != "NOUN" or det.lower_ not in ("le", "la", "l'", "l’", "un", "une", "les"):
        return None
    if det.lower_ == "les" and noun.morph.get("Number") != ["Plur"]:
        return None
    if det.lower_ in ("un", "une") and _kind_after(noun) is not None:
        return None  # "un pied de langue" is not "le pied"
    article = det.text if det.lower_ in ("l'", "l’", "les") else _article(det.lower_, noun.text, apostrophe)
    return _article_noun(article, noun, head)


def definite_phrase(noun: Token, head: int, apostrophe: str) -> list[Word] | None:
    """ "la petite chatte" for "une petite chatte grise": the noun and the adjectives before it, after a
    definite article; None unless the phrase is just that."""
    bare = definite_noun(noun, head, apostrophe)
    det = noun.doc[noun.left_edge.i]
    before = noun.doc[noun.left_edge.i + 1 : noun.i]
    if bare is None or not before:
        return bare
    if det.dep_ != "det" or any(t.dep_ != "amod" or t.pos_ != "ADJ" for t in before):
        return None
    definite = det.lower_ in ("le", "la", "l'", "l’", "les")
    article = det.text if definite else _article(det.lower_, before[0].text, apostrophe)
    adjectives = [Word(t.text, ADDED, t.pos_, t.dep_, noun.i, str(t.morph)) for t in before]
    return [Word(article, ADDED, "DET", "det", noun.i, ""), *adjectives, bare[-1]]


def _article_noun(article: str, noun: Token, head: int) -> list[Word]:
    return [
        Word(article, ADDED, "DET", "det", noun.i, ""),
        Word(noun.text, ADDED, noun.pos_, "nsubj", head, str(noun.morph)),
    ]


def _object_of_the_verb_before(doc, subject: Token) -> bool:
    """The subject's phrase follows a conjugated verb with no object of its own: it is that verb's object."""
    if subject.pos_ not in ("NOUN", "PROPN") or subject.left_i == 0:
        return False
    left = doc[subject.left_i - 1]
    return (
        left.pos_ in ("VERB", "AUX")
        and is_finite_word(left)
        and left.i != subject.head.i  # "Alors entra le roi": an inverted subject after its own verb
        and not any(
            c.dep_ in ("obj", "ccomp", "xcomp") and c.i not in (subject.i, subject.head.i) for c in left.children
        )
    )


# Nouns of measure and quantity: "un pied de langue" said again as "le pied" is a foot.
_MEASURES = frozenset(
    {"pied", "pieds", "pouce", "pouces", "mètre", "mètres", "verre", "verres", "tasse", "bouteille", "morceau"}
    | {"morceaux", "tranche", "goutte", "gouttes", "poignée", "paquet", "tas", "foule", "nombre", "quantité", "masse"}
    | {"livre", "livres", "litre", "litres", "sac", "panier", "brin", "grain", "bout", "peu", "reste", "partie"}
)


def _kind_after(noun: Token) -> Token | None:
    """ "un pied de langue", "un verre de vin": a noun of measure whose complement on bare "de" says what is
    measured ("le pied" alone is something else)."""
    if noun.lower_ not in _MEASURES:
        return None
    return next(
        (
            c
            for c in noun.children
            if c.dep_ == "nmod"
            and c.i > noun.i
            and not any(g.dep_ == "det" for g in c.children)
            and any(g.dep_ == "case" and g.lower_ in ("de", "d'", "d’") for g in c.children)
        ),
        None,
    )
