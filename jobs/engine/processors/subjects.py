"""French subject + finite verb shapes the small parser misses.

fr_core_news_sm often tags passé simple verbs as participles or nouns
("je dînai", "répondit Marc"), hangs a finite verb on a noun as an
adjective ("deux bâtiments forment"), or splits one clause into two roots
("Mme Roderich, à quarante ans, avait conservé"). These rules read the
shape of the sentence instead; each yields (first token, last token) index
pairs of a subject with its conjugated verb.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.lang.fr.stop_words import STOP_WORDS

from jobs.engine.processors.clause_words import SPEECH_VERBS, TOLD_VERBS

if TYPE_CHECKING:
    from jobs.engine.processors.blocks import Blocks
    from jobs.engine.processors.parse import Tok as Token

# A parse as a list of its tokens (jobs.engine.processors.parse), each made once.
Tokens = list["Token"]

# "je", "tu", "il", "ils", "on" and elided "j'" are always subjects, right
# before their verb with only object clitics and "ne" between; "elle(s)",
# "nous", "vous" only when no preposition governs them ("avec elle").
SUBJECT_CLITICS = frozenset({"je", "j'", "j’", "tu", "il", "ils", "on"})
STRONG_PRONOUNS = frozenset({"elle", "elles", "nous", "vous"})
NOT_BEFORE_SUBJECT = frozenset({"que", "qu'", "qu’", "de", "d'", "d’"})
# Clitics between a subject and its verb: "il ne le lui avait", "elle s'en alla".
CLITICS_BEFORE_VERB = frozenset(
    {"ne", "n'", "n’", "me", "m'", "m’", "te", "t'", "t’", "se", "s'", "s’", "le", "la", "les", "l'", "l’"}
    | {"lui", "leur", "y", "en", "nous", "vous"}
)
# Of those, the ones never a verb's subject ("nous" and "vous" can be): a parse calling one the subject is wrong.
NOT_SUBJECT_CLITICS = CLITICS_BEFORE_VERB - {"nous", "vous"}
# "c'est", "c'était", "ç'a été": elided "c'" is always the subject of a verb.
ELIDED_CE = frozenset({"c'", "c’", "ç'", "ç’"})
_PERSON_ENDINGS = {
    "nous": re.compile(r"(?:ons|mes|sommes)$"),
    "vous": re.compile(r"(?:ez|tes)$"),
}
RELATIVE_WORDS = frozenset({"dont", "où", "que", "qu'", "qu’", "qui", "lequel", "laquelle", "lesquels", "lesquelles"})
NOT_A_VERB_WORDS = frozenset(
    {"le", "la", "les", "un", "une", "des", "du", "de", "au", "aux", "à", "en", "dans", "sur", "sous", "pour", "par"}
    | {"avec", "sans", "chez", "vers", "et", "ou", "mais", "donc", "car", "ni", "que", "qui", "quand", "comme", "si"}
    | {"aussi", "seule", "seules", "seul", "même", "non", "oui", "surtout", "pas", "plus", "moins", "ici", "là"}
    | {"tout", "point", "bout", "petit", "nuit", "droit", "saint", "front", "esprit", "bruit"}
    | {"debout", "début", "fruit", "souvent", "moment"}
)
_CE_VERB_RE = re.compile(
    r"^(?:ne|n['’]|fut|fût|furent|sera|serait|seraient|sont|était|étaient|est|soit|doit|devait|pouvait|peut"
    r"|semblait|sembla)$"
)

_SPEECH_VERB_RE = re.compile(rf"^(?:{SPEECH_VERBS})[,.!?…;:]*$", re.IGNORECASE)
_TOLD_VERB_RE = re.compile(rf"^(?:{TOLD_VERBS})[,.!?…;:]*$", re.IGNORECASE)
_POSTPOSED_SUBJECT_RE = re.compile(
    r"^(?:[A-ZÀ-Ý][\w’'-]*|le|la|les|l['’]\w+|son|sa|ses|mon|ma|mes|notre|votre|leur|un|une|celui-ci|celle-ci)[,.!?…;:»]*$"
)
_INCISE_BEFORE = tuple(",!?…»—–")
_MANNER_ADVERB_RE = re.compile(r"^\w{3,}ment$", re.IGNORECASE)
_AFTER_WORDS_SPOKEN = tuple(",!?…»")
_SPEECH_CLITICS = frozenset({"lui", "leur", "me", "te", "nous", "vous"})
_PRESENTATIVE_RE = re.compile(r"^[«“—–-]?(?:voilà|voici)\b", re.IGNORECASE)
NOMINAL_POS = frozenset({"NOUN", "PROPN", "PRON"})


_INFINITIVE_RE = re.compile(r"(?:er|ir|re|oir|ïr)$")


def clitic_pairs(doc: Tokens) -> list[tuple[int, int]]:
    """Subject clitic + the verb right after it (past object clitics and "ne")."""
    pairs = []
    for t in doc:
        if not _is_subject_clitic(doc, t):
            continue
        verb = _verb_after_clitics(doc, t.i + 1)
        if verb is not None and _agrees(t, verb):
            pairs.append((t.i, verb.i))
    return pairs


def _is_subject_clitic(doc: Tokens, t: Token) -> bool:
    lower = t.lower_
    if lower in ELIDED_CE or lower in SUBJECT_CLITICS:
        return True
    if lower == "ce":  # "ce fut", "ce ne serait", not the determiner of "ce jour"
        return t.i + 1 < len(doc) and _CE_VERB_RE.match(doc[t.i + 1].lower_) is not None
    if lower in STRONG_PRONOUNS:
        before = doc[t.i - 1] if t.i else None
        return before is None or (before.pos_ != "ADP" and before.lower_ not in NOT_BEFORE_SUBJECT)
    return False


def _agrees(subject: Token, verb: Token) -> bool:
    """ "nous" and "vous" are objects as often as subjects; the verb's ending tells."""
    ending = _PERSON_ENDINGS.get(subject.lower_)
    return ending is None or bool(ending.search(verb.lower_))


def _verb_after_clitics(doc: Tokens, k: int) -> Token | None:
    while k < len(doc) and doc[k].lower_ in CLITICS_BEFORE_VERB:
        k += 1
    if k >= len(doc):
        return None
    verb = doc[k]
    # After "je", "il" and the like only a verb can come, whatever the tagger
    # says ("elle fût" comes out as a determiner); only plain function words
    # and punctuation rule it out.
    if not verb.is_alpha or verb.lower_ in NOT_A_VERB_WORDS:
        return None
    form = set(verb.morph.get("VerbForm"))
    if "Ger" in form or ("Inf" in form and _INFINITIVE_RE.search(verb.lower_)):
        return None  # an "Inf" tag on "leva" is the model's mistake; the ending tells
    return verb


def incise_pairs(words: list[str]) -> list[tuple[int, int]]:
    """Block ranges of a dialogue incise with the words spoken before it: "Non, répondit Marc.".

    An incise alone ("– Dit Pierre, repoussant son ami.") says nothing by itself, so the range
    starts at the last spoken word before the verb.
    """
    pairs = []
    for i in range(1, len(words) - 1):
        if words[i - 1][-1] in _INCISE_BEFORE and _SPEECH_VERB_RE.match(words[i]):
            if _POSTPOSED_SUBJECT_RE.match(words[i + 1]):
                spoken = i - 1
                while spoken >= 0 and not any(ch.isalnum() for ch in words[spoken]):
                    spoken -= 1
                if spoken >= 0:
                    pairs.append((spoken, i + 1))
    return pairs


_INVERTED = r"(?:-t)?-(?:il|elle|on|ils|elles|je|tu|nous|vous)[,.!?…;:»]*$"
_INVERTED_SPEECH_RE = re.compile(rf"^(?:{SPEECH_VERBS}){_INVERTED}", re.IGNORECASE)
_INVERTED_TOLD_RE = re.compile(rf"^(?:{TOLD_VERBS}){_INVERTED}", re.IGNORECASE)


def is_incise(blocks: Blocks, b: int) -> bool:
    """Block b opens a dialogue incise after a comma: "répondit-il", "dit le chef"."""
    if b == 0:
        # A rewritten piece that starts on the incise: "dit Pierre, repoussant son ami" (no capital: cut from its line).
        word = blocks.strings[0]
        return (
            word[:1].islower()
            and bool(_TOLD_VERB_RE.match(word))
            and len(blocks.spans) > 1
            and bool(_POSTPOSED_SUBJECT_RE.match(blocks.strings[1]))
        )
    after = blocks.strings[b + 1] if b + 1 < len(blocks.spans) else ""
    return opens_incise(blocks.strings[b - 1], blocks.strings[b], after)


def opens_incise_past_a_word(blocks: Blocks, b: int) -> bool:
    """A piece starting at block b would start on an incise that is_incise does not see: past a pronoun ("…, lui
    dit-il"), before an adverb ("…, dit doucement M. X"), on a rarer verb. Only the judge of pieces reads these;
    the cost of a cut before them stays as is_incise says (the line without its incise may still be the best
    piece)."""
    word = blocks.strings[b]
    if b == 0 or (b == 1 and blocks.strings[0] in ("—", "–", "-", "--")):
        if not word[:1].islower():
            return False  # "— Vous disait-il la vérité ?": a question, not an incise cut from its line
    elif blocks.strings[b - 1][-1:] not in _AFTER_WORDS_SPOKEN:
        return False
    after = blocks.strings[b + 1] if b + 1 < len(blocks.spans) else ""
    if word.lower() in _SPEECH_CLITICS:
        return bool(_INVERTED_TOLD_RE.match(after))
    if b and opens_incise(blocks.strings[b - 1], word, after, told=True):
        return True
    k = b + 1
    while k < len(blocks.spans) and _MANNER_ADVERB_RE.match(blocks.strings[k]):
        k += 1
    return (
        k > b + 1
        and k < len(blocks.spans)
        and bool(_POSTPOSED_SUBJECT_RE.match(blocks.strings[k]))
        and bool(_TOLD_VERB_RE.match(word))
    )


def opens_incise(before: str, word: str, after: str, *, told: bool = False) -> bool:
    """ "…, répondit-il", "…, dit le chef": word is a verb of saying after the words spoken, its subject after it.
    told: the rarer verbs count too ("…, prononça le bonhomme")."""
    if before[-1:] not in _INCISE_BEFORE:
        return False
    if (_INVERTED_TOLD_RE if told else _INVERTED_SPEECH_RE).match(word):
        return True
    verbs = _TOLD_VERB_RE if told else _SPEECH_VERB_RE
    return bool(verbs.match(word)) and bool(_POSTPOSED_SUBJECT_RE.match(after))


def presentative_blocks(words: list[str]) -> list[int]:
    """Blocks opening with "voilà" or "voici", which act as a verb."""
    return [i for i, w in enumerate(words) if _PRESENTATIVE_RE.match(w)]


def inverted_pairs(doc: Tokens) -> list[tuple[int, int]]:
    """A third-person finite verb with no subject before it takes the noun after it.

    "Au centre, se dresse une sorte de donjon": the parser calls "sorte" an
    object, but a conjugated third-person verb needs a subject, and with
    none on its left the noun phrase on its right is it. Relative clauses
    ("où se joua le drame") are left out, as relative subjects are.
    """
    pairs = []
    for t in doc:
        if t.pos_ != "VERB" or t.morph.get("VerbForm") != ["Fin"] or t.morph.get("Person") != ["3"]:
            continue
        if t.dep_ in ("acl:relcl", "conj") or any(c.dep_.startswith("nsubj") for c in t.children):
            continue
        if not _fronted(doc, t):
            continue  # "descendait la rue": the subject was left in an earlier piece
        after = [c for c in t.children if c.i > t.i and c.dep_ in ("obj", "nsubj") and c.pos_ in ("NOUN", "PROPN")]
        if after and not any(c.dep_ in ("obj", "iobj") and c.i < t.i for c in t.children):
            pairs.append((t.i, after[0].i))
    return pairs


def _fronted(doc: Tokens, verb: Token) -> bool:
    """The clause opens with a capitalised adverbial ("Au centre,", "Derrière,") and no relative word.

    A piece opening with the verb, or lower case, most likely lost its subject
    to an earlier piece: "descendait la rue", "à demi flétries, en occupait".
    """
    before = [w for w in doc[: verb.i] if not w.is_punct and not w.is_space]
    if not before or not before[0].text[:1].isupper() or before[0].pos_ not in ("ADP", "ADV"):
        return False
    return not any(w.lower_ in RELATIVE_WORDS or _relative(w) or w.pos_ == "CCONJ" for w in before)


def broken_clause_pairs(doc: Tokens) -> list[tuple[int, int]]:
    """A nominal root followed by a finite verb with no subject: one clause split in two.

    "Mme Roderich, à quarante ans, avait conservé" comes out as two roots,
    "Mme" and "conservé"; "deux bâtiments forment" as a noun with the verb
    as its adjective. Either way the noun is the verb's subject.
    """
    pairs = []
    roots = [t for t in doc if t.dep_ == "ROOT"]
    for t in doc:
        if t.morph.get("VerbForm") != ["Fin"] or t.pos_ not in ("VERB", "AUX"):
            continue
        clause = t.head if t.dep_ in ("aux", "aux:tense", "aux:pass", "cop") else t
        if any(c.dep_.startswith("nsubj") or c.dep_ == "expl:subj" for c in clause.children):
            continue
        if t.dep_ in ("amod", "acl") and _bare_nominal(t.head) and t.head.i < t.i:
            pairs.append((t.head.i, t.i))
        elif clause.dep_ == "ROOT":
            nominal = [r for r in roots if r.i < t.i and _bare_nominal(r) and r != clause]
            if nominal and any(w.pos_ == "CCONJ" for w in doc[nominal[-1].i : t.i]):
                nominal = []  # "la ville et s'en irait": the verb is coordinated, its subject elsewhere
            if nominal:
                pairs.append((nominal[-1].i, t.i))
    return pairs


# Endings only a conjugated verb has: "montèrent", "partirent", "regardaient".
_FINITE_ENDING_RE = re.compile(r"(?:èrent|irent|urent|inrent|aient|eraient|iraient)$")


def suffix_verb_pairs(doc: Tokens) -> list[tuple[int, int]]:
    """A bare noun phrase followed by a word that can only be a conjugated verb.

    The small model tags "Les dames montèrent" as a noun and its adverb; the
    ending says what the word is, and the noun phrase before it is its subject.
    """
    pairs = []
    for t in doc:
        if t.i == 0 or not _FINITE_ENDING_RE.search(t.lower_) or t.pos_ in ("VERB", "AUX"):
            continue
        before = doc[t.i - 1]
        noun = before if before.pos_ in NOMINAL_POS else before.head
        if noun.i < t.i and _bare_nominal(noun) and noun.dep_ not in ("obj", "iobj") and not _relative(noun):
            pairs.append((noun.i, t.i))
    return pairs


# Third-person endings of the narrative tenses: "montra", "prit", "parut",
# "tint", "soutenait", "jetaient", "rougirent".
NARRATIVE_ENDING_RE = re.compile(r"(?:[^aeiouéè]a|it|ut|int|ait|aient|èrent|irent|urent|inrent|ont)$")
INDEFINITE_SUBJECTS = frozenset(
    {"personne", "rien", "chacun", "chacune", "quelqu'un", "quelqu’un", "quelques-uns", "plusieurs", "aucun"}
    | {"aucune", "nul", "ceci", "cela", "ça", "tout", "tous"}
)
_PLAIN_ADVERB_RE = re.compile(r"ment$")


def name_verb_pairs(doc: Tokens) -> list[tuple[int, int]]:
    """A name or noun phrase, then a word with a narrative verb ending: "Charles montra", "Le docteur reprit".

    Whatever the tags say: the small model often reads such verbs as nouns
    or adverbs. Only a subject no preposition governs counts, and the verb
    may follow clitics, "ne" or one adverb in -ment.
    """
    pairs = []
    verbs = [t.i for t in doc if NARRATIVE_ENDING_RE.search(t.lower_)]
    if not verbs:
        return pairs
    # The verb comes at most a name, an adverb and a few clitics later: the tokens 1 to 6 before a verb.
    near = {i for v in verbs for i in range(v - 6, v)}
    for t in doc:
        if t.i not in near or not _subject_like(t):
            continue
        k = t.i + 1
        while k < len(doc) and doc[k].dep_ in ("flat", "flat:name") and doc[k].text[:1].isupper():
            k += 1
        if k < len(doc) and _PLAIN_ADVERB_RE.search(doc[k].lower_):
            k += 1
        if k < len(doc) and doc[k].text == ",":  # "Le vertige, à la fin, s'emparait d'elle"
            close = next((j for j in range(k + 1, min(k + 6, len(doc))) if doc[j].text == ","), None)
            k = close + 1 if close is not None else k
        while k < len(doc) and doc[k].lower_ in CLITICS_BEFORE_VERB:
            k += 1
        if k >= len(doc):
            continue
        verb = doc[k]
        if not verb.is_alpha or verb.text[:1].isupper() or verb.lower_ in NOT_A_VERB_WORDS or len(verb.text) < 3:
            continue
        if verb.pos_ in ("ADP", "DET", "CCONJ", "SCONJ", "PRON") or has_article(verb):
            continue
        if NARRATIVE_ENDING_RE.search(verb.lower_):
            pairs.append((t.i, verb.i))
    return pairs


def _subject_like(t: Token) -> bool:
    if t.lower_ in INDEFINITE_SUBJECTS:
        return t.i == 0 or doc_word_before_is_free(t)
    if t.pos_ == "PROPN" or (t.i > 0 and t.text[:1].isupper() and t.is_alpha):
        return doc_word_before_is_free(t)
    if t.i == 0 and t.text[:1].isupper() and t.is_alpha and t.pos_ in ("NOUN", "ADJ", "X"):
        return t.lower_ not in STOP_WORDS  # "Emma goûtait", whatever the tag of the first word
    if t.pos_ == "NOUN" and _bare_nominal(t) and not t.text[:1].isupper():
        return doc_word_before_is_free(t)
    # "Le vieux mendiant s'avança": a word with its article is a noun, whatever its tag.
    determined = any(c.dep_ == "det" and c.i < t.i for c in t.children)
    plain = t.pos_ not in ("PRON", "DET", "ADP", "AUX") and not any(c.dep_ == "case" for c in t.children)
    return determined and plain and doc_word_before_is_free(t)


def doc_word_before_is_free(t: Token) -> bool:
    """No preposition or "que" right before the phrase ("de Charles", "que Léon")."""
    start = t.left_edge if t.left_edge.i <= t.i else t
    k = start.i - 1
    if k < 0:
        return True
    before = t.doc[k]
    return before.pos_ != "ADP" and before.lower_ not in NOT_BEFORE_SUBJECT and before.lower_ not in RELATIVE_WORDS


def _relative(t: Token) -> bool:
    return "Rel" in t.morph.get("PronType")


def _bare_nominal(t: Token) -> bool:
    """A noun or pronoun no preposition governs ("Mme Roderich", not "de Pest")."""
    if t.pos_ not in NOMINAL_POS or _relative(t) or any(c.dep_ == "case" for c in t.children):
        return False
    return t.pos_ != "NOUN" or t.text[:1].isupper() or any(c.dep_ in ("det", "nummod") for c in t.children)


def has_article(word: Token) -> bool:
    """The word has a determiner, so it is a noun; but "les" right before a word with no plural ending is the
    object pronoun the small model took for an article ("Rouault les fit reconduire", "et les accompagna")."""
    return any(
        c.dep_ == "det" and not (c.lower_ == "les" and c.i == word.i - 1 and not word.lower_.endswith(("s", "x", "z")))
        for c in word.children
    )


def is_object_clitic(doc: Tokens, t: Token) -> bool:
    """t is a clitic before its verb ("L'a atteint", "les accompagna", "ne s'appliqua"), whatever the parse calls it;
    not the article of a noun ("L'enfant reçut")."""
    if t.lower_ not in NOT_SUBJECT_CLITICS or t.i + 1 >= len(doc):
        return False
    after = doc[t.i + 1]
    return after.pos_ in ("VERB", "AUX") or after.lower_ in CLITICS_BEFORE_VERB or after.lower_ in AUXILIARY_WORDS


# Third-person auxiliaries of a compound tense: "l'a atteint", "s'était levé".
AUXILIARY_WORDS = frozenset(
    {"a", "ont", "avait", "avaient", "eut", "eurent", "est", "sont", "était", "étaient", "fut", "furent"}
)
