"""What an incise tells around the words spoken, which is no part of the line.

"— C'est bien simple, répondit-elle en souriant." -> "— C'est bien simple,
répondit-elle." "Elle souriait.": the second sentence is narration, and a
dash or guillemets would make it something the character says.
"""

from __future__ import annotations

from jobs.engine.processors.parse import Parse as Doc
from jobs.engine.processors.parse import Tok as Token
from jobs.engine.processors.rewrite.tree import incise_speakers, opens_incise_at
from jobs.engine.processors.rewrite.words import ADDED, Clause

# What an incise tells around the words spoken: "dit-il en souriant", "répondit-elle d'une voix douce".
_NARRATION_DEPS = frozenset({"advcl", "acl", "obl", "obl:mod", "obl:arg"})


def incise_narration(doc: Doc, clauses: list[Clause]) -> list[bool]:
    """For each clause, incise_told: the incise verbs of the sentence found once for all its clauses."""
    verbs = [verb for verb in doc if opens_incise_at(doc, verb)]  # (the small model tags "répondit" a noun too)
    return [incise_told(doc, verbs, clause) for clause in clauses]


def incise_told(doc: Doc, verbs: list[Token], clause: Clause) -> bool:
    """The clause tells only the narration an incise hangs on the spoken line ("..., dit-il en souriant" ->
    "Il souriait.", "..., reprit M. Segmuller, qui avait pris le mot" -> "M. Segmuller avait pris le mot."):
    no part of what is said, so it takes no dash or guillemets. After a comma, a phrase on the verb is the
    line going on ("..., dit-il, pour vous servir."); a relative on the speaker is not."""
    srcs = {w.src for w in clause if w.src != ADDED and w.pos != "PUNCT"}
    if not srcs:
        return False
    for verb in verbs:
        if verb.i in srcs:
            continue
        speakers = incise_speakers(verb)
        speaker = {i for c in speakers for i in range(c.left_i, c.i + 1)}  # "M. Segmuller", not his relative
        speaker |= {x.i for c in speakers for x in c.children if x.dep_.startswith("flat")}
        end = max([verb.i, *speaker])
        # a relative right after a named speaker is about the speaker ("dit M. Segmuller, qui ..."), wherever the
        # parse hangs it; after a pronoun it is the line's ("C'est lui, dit-il, qui l'a fait.")
        named = any(c.pos_ in ("NOUN", "PROPN") for c in speakers)
        told = [
            c
            for c in verb.children + [c for s in speakers for c in s.children]
            if c.i > end
            and (
                c.dep_ == "acl:relcl"
                and named
                and c.left_i == end + 2
                and doc[end + 1].text == ","
                or c.dep_ in _NARRATION_DEPS
                and not any(doc[k].text == "," for k in range(end + 1, c.left_i))
            )
        ]
        for phrase in told:
            if phrase.i in srcs and srcs <= {x.i for x in phrase.subtree} | speaker:
                return True
        if _describes_speaker(doc, sorted(srcs - speaker), end):
            return True
    return False


def _describes_speaker(doc: Doc, rest: list[int], end: int) -> bool:
    """ "..., répondit le docteur, souriant doucement." -> "Il souriait doucement.": past the incise's comma, a
    participle or an adjective tells of the speaker, wherever the parse hangs it ("..., dit-il, pour vous
    servir." is the line going on)."""
    if not rest or rest[0] != end + 2 or doc[end + 1].text != ",":
        return False
    lead = next((doc[i] for i in rest if doc[i].pos_ != "ADV"), None)
    return lead is not None and (lead.pos_ == "ADJ" or lead.morph.get("VerbForm") == ["Part"])


def closing_speaker(doc: Doc, host: Clause) -> Token | None:
    """ "..., répondit le docteur": the named speaker of an incise that closes the host."""
    words = [w for w in host if w.pos != "PUNCT"]
    for k in range(len(words) - 1, -1, -1):
        t = doc[words[k].src] if words[k].src != ADDED else None
        if t is not None and opens_incise_at(doc, t):
            speakers = incise_speakers(t)
            last = max((x.i for s in speakers for x in s.subtree), default=-1)
            return speakers[0] if speakers and last == words[-1].src else None
    return None
