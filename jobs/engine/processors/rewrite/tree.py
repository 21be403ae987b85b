"""Helpers over the parse and over a clause's words that the rewrites share."""

from __future__ import annotations

import re

from jobs.engine.processors import subjects
from jobs.engine.processors.clause_words import NEGATION_AFTER, NEGATION_CLOSERS
from jobs.engine.processors.parse import Parse as Doc
from jobs.engine.processors.parse import Tok as Token
from jobs.engine.processors.rewrite.french import (
    PERSONAL,
    gender_number,
    person_key,
    tense_of,
)
from jobs.engine.processors.rewrite.word_classes import (
    PARTICIPLES_LIKE_VERBS,
    SENTENCE_ADVERBS,
    SUBJECT_DEPS,
    VERB_CHILD_DEPS,
)
from jobs.engine.processors.rewrite.words import (
    ADDED,
    Clause,
    Word,
)
from jobs.engine.processors.subjects import CLITICS_BEFORE_VERB
from jobs.engine.types import count_words
from jobs.engine.typography import TITLES


def tok(doc: Doc, w: Word) -> Token | None:
    return doc[w.src] if w.src != ADDED else None


def sources_of(clause: Clause) -> frozenset[int]:
    return frozenset(w.src for w in clause if w.src != ADDED)


def subtree(t: Token, srcs: frozenset[int]) -> set[int]:
    return {x.i for x in t.subtree if x.i in srcs}


def clause_members(t: Token, srcs: frozenset[int]) -> set[int]:
    """A clause's words, without a parataxis the small parser hung on it after a comma."""
    members = subtree(t, srcs)
    later = [c for c in t.children if c.i > t.i]
    for k, child in enumerate(later):
        if child.text == "," and any(c.dep_ in ("parataxis", "conj") for c in later[k + 1 :]):
            return {i for i in members if i <= child.i}
    return members


def span_of(clause: Clause, members: set[int]) -> tuple[int, int] | None:
    where = [k for k, w in enumerate(clause) if w.src in members]
    if not where or where[-1] - where[0] + 1 != len(where):
        return None
    return where[0], where[-1]


def is_verb_like(t: Token) -> bool:
    if t.pos_ in ("VERB", "AUX"):
        return True
    return t.pos_ in ("NOUN", "ADJ") and any(c.dep_ in VERB_CHILD_DEPS for c in t.children)


def is_predicate(t: Token) -> bool:
    return t.pos_ in ("VERB", "AUX") or any(c.dep_ in SUBJECT_DEPS or c.dep_ == "cop" for c in t.children)


def is_finite(t: Token) -> bool:
    return (
        t.morph.get("VerbForm") == ["Fin"]
        or any(
            c.dep_ in ("aux", "aux:tense", "aux:pass", "cop") and c.morph.get("VerbForm") == ["Fin"] for c in t.children
        )
        or any(c.dep_ in SUBJECT_DEPS for c in t.children)
    )


def has_subject(doc: Doc, t: Token, srcs: frozenset[int]) -> bool:
    if any(c.dep_ in SUBJECT_DEPS and c.i in srcs for c in t.children):
        return True
    k = _before_clitics(doc, t.i)
    return k >= 0 and k in srcs and doc[k].lower_ in PERSONAL


def _before_clitics(doc: Doc, i: int) -> int:
    """The index of the word before token i and its clitics: "il" in "il ne le voit" (-1 when none)."""
    k = i - 1
    while k >= 0 and doc[k].lower_ in CLITICS_BEFORE_VERB:
        k -= 1
    return k


def subject_of(doc: Doc, verb: Token) -> Token | None:
    seen = set()
    while verb.i not in seen:
        seen.add(verb.i)
        subjects_ = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        inverted = [c for c in subjects_ if c.i > verb.i and c.text.startswith("-")]
        if inverted:
            return inverted[0]  # "« Merci, mon ami, dit-elle": the incise's pronoun, not the word the parse hung
        before = [c for c in subjects_ if c.i < verb.i]
        if before:
            # "La nuit, elle rêva": of two subjects the parse gives, the one next to the verb
            return before[-1]
        k = _before_clitics(doc, verb.i)
        if k >= 0 and doc[k].lower_ in PERSONAL:
            return doc[k]
        if verb.dep_ != "conj":
            return None
        verb = verb.head
    return None


def noun_phrase(doc: Doc, noun: Token) -> list[Token]:
    """The noun with its determiner and adjacent adjectives or name parts: "la jeune femme", "Mme Bovary"."""
    start = noun.left_edge.i
    for k in range(noun.i - 1, start - 1, -1):
        if doc[k].is_punct or doc[k].dep_ in ("case", "mark", "cc") or doc[k].pos_ in ("VERB", "AUX"):
            start = k + 1  # "répéta Pierre": the verb the small model hung on the name is not part of it
            break
    end = noun.i
    while end + 1 < len(doc) and doc[end + 1].head.i == noun.i and _in_phrase(doc[end + 1]):
        if doc[end + 1].morph.get("VerbForm") == ["Fin"] or is_narrative_verb(doc[end + 1]):
            break  # "Les deux carrosses franchirent": a verb the small model took for an adjective
        end += 1
    return [t for t in doc[start : end + 1] if not t.is_space]


def _in_phrase(t: Token) -> bool:
    """An adjective or a name part after the noun, or a name after its title ("la veuve Chupin")."""
    if t.dep_ in ("amod", "flat", "flat:name"):
        return True
    return t.dep_ in ("nmod", "appos") and t.pos_ == "PROPN" and not any(c.dep_ == "case" for c in t.children)


def noun_of(words: Clause) -> Word | None:
    """The head of a noun phrase: its last noun before any preposition ("le jour de la fête", "Mme Bovary")."""
    head = None
    for w in words:
        if w.pos == "ADP" or w.text.lower() in ("de", "d'", "d’"):
            break
        if w.pos in ("NOUN", "PROPN") or (w.pos == "PRON" and w.text.lower() in PERSONAL):
            head = w
    if head is not None:
        return head
    # A short capitalised phrase is a name, whatever the small model made of it ("Emma" as an adverb).
    if 0 < len(words) <= 3 and all(w.text[:1].isupper() or w.text.endswith(".") for w in words):
        if any(w.text.lower() in SENTENCE_ADVERBS for w in words):
            return None  # "Aussi, obligés à ...": an adverb opening the sentence, no name
        return words[-1]
    return None


def subject_key(doc: Doc, subject: Clause) -> str | None:
    noun = noun_of(subject)
    if noun is None or noun.src == ADDED:
        return None
    lower = noun.text.lower()
    if lower in PERSONAL:
        return person_key(lower)
    if lower in ("tous", "toutes"):
        return "plur"  # "Tous, s'interrompant les uns les autres, lui donnaient"
    if any(w.text.lower() == "et" for w in subject):
        # "Marc et moi" are "nous", "ton père et toi" are "vous"
        said = {w.text.lower() for w in subject}
        return "nous" if said & {"moi", "nous"} else "vous" if said & {"toi", "vous"} else "plur"
    agreement = gender_number(doc[noun.src])
    if agreement is None:
        return "sing" if noun.pos == "PROPN" or noun.text[:1].isupper() else None
    return agreement[1]


def token_key(doc: Doc, subject: Token) -> str | None:
    lower = subject.lower_.lstrip("-").removeprefix("t-")
    if lower in PERSONAL:
        return person_key(lower)
    agreement = gender_number(subject)
    if agreement is None:
        return "sing" if subject.pos_ == "PROPN" or subject.text[:1].isupper() else None
    return agreement[1]


def relink(words: Clause, noun: Word | None, head: int) -> list[Word]:
    """The subject phrase, its noun now the subject of the added predicate."""
    return [Word(w.text, w.src, w.pos, "nsubj", head, w.morph, w.space) if w is noun else w for w in words]


def starts_verbally(doc: Doc, rest: Clause) -> bool:
    t = tok(doc, rest[0])
    return t is not None and (t.pos_ in ("VERB", "AUX") or t.lower_ in CLITICS_BEFORE_VERB)


def first_finite(doc: Doc, rest: Clause) -> Token | None:
    for w in rest:
        t = tok(doc, w)
        if t is not None and t.pos_ in ("VERB", "AUX"):
            return t
    return None


def comma_segments(clause: Clause) -> list[Clause]:
    segments, current, depth = [], [], 0
    for w in clause:
        depth += w.text.count("«") - w.text.count("»")
        if w.text == "," and depth <= 0:
            segments.append(tuple(current))
            current = []
        else:
            current.append(w)
    segments.append(tuple(current))
    return [s for s in segments]


def join(segments: list[Clause]) -> Clause:
    out: list[Word] = []
    for k, seg in enumerate(segments):
        if k:
            out.append(Word(",", ADDED, "PUNCT", "punct", ADDED, "", " "))
        out.extend(seg)
    return tuple(out)


# Words the small model tags as names at the head of a sentence ("Voilà ce que c'est").
_NEVER_NAMES = frozenset({"voilà", "voici", "oui", "non", "ah", "oh", "eh", "hé", "hélas", "bah", "allons"})


def lower_first(words: list[Word]) -> list[Word]:
    if not words:
        return words
    w = words[0]
    name = w.pos == "PROPN" and w.text.lower() not in _NEVER_NAMES
    if name or w.text.lower() in ("je",) or (len(w.text) > 1 and w.text[1:2].isupper()):
        return words
    if w.text in TITLES or (len(words) > 1 and words[1].pos == "PROPN" and w.pos in ("NOUN", "PROPN", "X")):
        return words  # "M. Lacheneur", "Madame Bovary": a name keeps its capital
    return [Word(w.text[:1].lower() + w.text[1:], w.src, w.pos, w.dep, w.head, w.morph, w.space)] + words[1:]


def period() -> Word:
    return Word(".", ADDED, "PUNCT", "punct", ADDED)


def narration_tense(doc: Doc) -> str:
    """past when any conjugated verb of the sentence is in a past tense, else pres (or fut)."""
    tenses = [
        tense_of(t)
        for t in doc
        if t.pos_ in ("VERB", "AUX") and t.morph.get("VerbForm") not in (["Inf"], ["Part"]) and t.dep_ != "aux:pass"
    ]
    if "past" in tenses or not tenses:
        return "past"
    return "fut" if "fut" in tenses else "pres"


def ruling_verb(verb: Token) -> Token:
    """The verb an infinitive depends on: "se mit à pleurer", "venait de germer" -> "mit", "venait"."""
    while verb.morph.get("VerbForm") == ["Inf"] and verb.head.i != verb.i:
        verb = verb.head
    return verb


def is_narrative_verb(t: Token) -> bool:
    return (
        t.is_alpha
        and not t.text[:1].isupper()
        and t.pos_ not in ("ADP", "DET", "CCONJ", "SCONJ", "PRON", "PROPN")
        and not subjects.has_article(t)
        and t.lower_ not in subjects.NOT_A_VERB_WORDS
        and bool(subjects.NARRATIVE_ENDING_RE.search(t.lower_))
        # "il avait combattu, fait la campagne": "fait", "dit", "écrit" tagged participles are participles
        and not (t.morph.get("VerbForm") == ["Part"] and t.lower_.endswith(PARTICIPLES_LIKE_VERBS))
    )


def is_finite_word(t: Token) -> bool:
    return t.morph.get("VerbForm") == ["Fin"] or is_narrative_verb(t)


def copy(t: Token) -> Word:
    return Word(t.text, t.i, t.pos_, t.dep_, t.head.i, str(t.morph), t.whitespace_)


def copula_group(doc: Doc, predicate: Token, srcs: frozenset[int]) -> list[int] | None:
    """ "C'étaient", "ce fut", "Tout cela était": the subject and copula before a predicate."""
    subject = [c for c in predicate.children if c.dep_ in SUBJECT_DEPS and c.i < predicate.i]
    copula = [c for c in predicate.children if c.dep_ == "cop" and c.i < predicate.i]
    if not subject or not copula:
        return None
    first = subject[0].left_edge.i
    group = list(range(first, copula[-1].i + 1))
    if not all(i in srcs for i in group) or count_words(" ".join(doc[i].text for i in group)) > 3:
        return None
    return group


def verb_group(doc: Doc, verb: Token, srcs: frozenset[int]) -> list[int] | None:
    """The verb with its clitics, auxiliaries and negation: "ne l'avait pas vu" (not a subject "vous")."""
    k = verb.i
    skipped = None
    if (
        k >= 2
        and doc[k - 1].pos_ == "ADV"
        and doc[k - 1].lower_ not in NEGATION_CLOSERS
        and doc[k - 2].dep_ in ("aux", "aux:tense", "aux:pass")
        and doc[k - 2].head_i == verb.i
    ):
        # "fut alors attirée": the adverb between stays in the sentence it stands in
        skipped = k - 1
        k -= 1
    while k - 1 >= 0 and (
        doc[k - 1].lower_ in CLITICS_BEFORE_VERB or doc[k - 1].dep_ in ("aux", "aux:tense", "aux:pass")
    ):
        if doc[k - 1].dep_ in ("nsubj", "nsubj:pass"):
            break
        k -= 1
    end = verb.i
    if (
        end + 1 < len(doc)
        and doc[end + 1].lower_ in NEGATION_AFTER
        and any(doc[i].lower_ in ("ne", "n'", "n’") for i in range(k, verb.i))
    ):
        end += 1
    group = [i for i in range(k, end + 1) if i != skipped]
    if not all(i in srcs for i in group):
        return None
    return group


def has_words(clause: Clause) -> bool:
    return any(re.search(r"\w", w.text) for w in clause)


def incise_speakers(verb: Token) -> list[Token]:
    """Who speaks in the incise the verb opens: its subject, or the noun right after it, which the small model
    often takes for the object ("..., répondit le docteur")."""
    subjects_ = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    return subjects_ or [
        c for c in verb.children if c.dep_ == "obj" and c.pos_ in ("NOUN", "PROPN") and c.left_i == verb.i + 1
    ]


# Clitics an incise verb may take: "se dit", "lui répondit-il" (the words spoken are its object).
_INCISE_CLITICS = frozenset({"se", "s'", "s’", "lui", "leur", "me", "m'", "m’", "te", "t'", "t’", "nous", "vous"})


def opens_incise_at(doc: Doc, verb: Token) -> bool:
    """The verb opens an incise after the words spoken, past its clitics ("..., se dit Mme de Chazeron", "...,
    fit le père Absinthe"); not past an object clitic ("..., en fit le tour": the verb's own object)."""
    k = verb.i - 1
    while k >= 0 and doc[k].lower_ in _INCISE_CLITICS:
        k -= 1
    before = doc[k].text if k >= 0 else ""
    word = verb.text
    j = verb.i + 1
    while j < len(doc) and doc[j].text.startswith("-") and j - verb.i <= 2:
        word += doc[j].text  # "cria" "-t" "-il": the tokenizer splits the inverted subject off
        j += 1
    while j < len(doc) and doc[j].pos_ == "ADV" and doc[j].lower_.endswith("ment"):
        j += 1  # "dit tranquillement le jeune policier": the subject after the adverb
    after = doc[j].text if j < len(doc) else ""
    if verb.i and doc[verb.i - 1].lower_ in ("s'", "s’"):
        word = doc[verb.i - 1].text + word  # "s’écria", which the tokenizer splits
    return subjects.opens_incise(before, word, after, told=True)
