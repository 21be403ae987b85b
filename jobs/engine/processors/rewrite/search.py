"""Rewrite a long sentence into short sentences that stand alone.

The rule-based simplifiers for French (Brouwers et al. 2014, Seretan 2012)
work this way: transformations over the dependency parse each turn one
sentence into two, candidates are generated, and a score picks the best
set. Ours:

- coordinated clauses become sentences; a coordinated verb gets back the
  subject it shares ("Il ouvrit la porte et sortit." -> "Il ouvrit la
  porte." "Il sortit."), as an agreeing pronoun or the name repeated;
- a relative clause on "qui" becomes a sentence about its antecedent
  ("son mari, qui dormait" -> "Il dormait.");
- a descriptive phrase set off by commas becomes a predicate ("Emma,
  surprise et muette, regardait" -> "Emma était surprise et muette." "Elle
  regardait"; "ayant fini" -> "avait fini");
- an absolute phrase becomes a sentence of its own ("..., les deux mains
  sur la table, ..." -> "Les deux mains étaient sur la table.");
- an adjective after the subject's noun becomes a predicate ("La petite
  chatte grise regardait ..." -> "La petite chatte était grise." "Elle
  regardait ...");
- a phrase that closes a clause is told with its subject and verb said
  again, the object as a pronoun ("Il donna des coups contre la porte."
  -> "Il donna des coups." "Il en donna contre la porte."), and so is one that
  opens it ("Dans ces groupes, on causait avec animation." -> "On causait dans
  ces groupes." "On causait avec animation.");
- an adverbial clause is split only with its link kept ("Quand il arriva,
  la porte s'ouvrit." -> "Il arriva." "Alors la porte s'ouvrit."; "parce
  que" -> "C'était parce que ..."; "Si tu viens, je partirai." -> "Si tu
  viens." "Alors je partirai."); no other phrase is framed by "c'était";
- a subject too long to share a piece with its verb is parted from it,
  the verb getting it back as a pronoun ("Le bruit de l'instrument faisait
  partir les oiseaux." -> "Le bruit de l'instrument." "Il faisait partir les
  oiseaux."): the subject's piece stays a fragment, as the plain cut would
  leave it, and the verb's stands alone;
- a gerund stays a phrase: "en souriant" told as "Il souriait." says what
  the book does not.

Only function words are added: subject pronouns, "être" or "avoir" in the
sentence's tense, "Alors", "c'était". A clause still over the limit once
nothing more applies is cut by the exact-words planner, and a piece that
cannot stand alone is flagged. The score of a set: one point a piece,
eight and two a word for a piece that does not stand alone, a little for each added
word and for splitting a restrictive relative.
"""

from __future__ import annotations

from dataclasses import dataclass

from jobs.engine.processors.parse import Parse as Doc
from jobs.engine.processors.rewrite.absolutes import Absolutes
from jobs.engine.processors.rewrite.agreement import subject_agrees
from jobs.engine.processors.rewrite.attributes import Attributes
from jobs.engine.processors.rewrite.coordination import Coordination
from jobs.engine.processors.rewrite.costs import (
    MAX_CANDIDATES,
)
from jobs.engine.processors.rewrite.descriptions import Descriptions
from jobs.engine.processors.rewrite.fronted import Fronted
from jobs.engine.processors.rewrite.links import Links
from jobs.engine.processors.rewrite.long_subjects import LongSubjects
from jobs.engine.processors.rewrite.places import Places
from jobs.engine.processors.rewrite.referents import Referents
from jobs.engine.processors.rewrite.relatives import Relatives
from jobs.engine.processors.rewrite.repeats import Repeats
from jobs.engine.processors.rewrite.tree import (
    has_words,
    narration_tense,
)
from jobs.engine.processors.rewrite.wellformed import ends_elided, has_verb, leaves_relative_open
from jobs.engine.processors.rewrite.words import (
    AuthorsWords,
    Clause,
    sentence_words,
    text_of,
)
from jobs.engine.types import ProcessorSettings, count_words


@dataclass(frozen=True)
class Sentence:
    """One rewritten sentence with its own parse, before any cut."""

    clause: Clause
    rewritten: bool


@dataclass(frozen=True)
class Plan:
    cost: float
    sentences: tuple[Sentence, ...]


class Rewriter(
    Coordination,
    Relatives,
    Places,
    Links,
    Descriptions,
    Absolutes,
    Attributes,
    LongSubjects,
    Repeats,
    Fronted,
    Referents,
):
    """Candidate rewrites of one parsed sentence, and the best set of them."""

    def __init__(self, doc: Doc, text: str, settings: ProcessorSettings, judge):
        self.doc = doc
        self.settings = settings
        # Clause -> (cost of cutting it as the exact planner would, whether every piece stands alone)
        self.judge = judge
        self.memo: dict[tuple, Plan] = {}
        self.words = sentence_words(doc, text)
        self.tense = narration_tense(doc)

    def best(self) -> Plan:
        return self.solve(self.words, rewritten=False)

    def solve(self, clause: Clause, *, rewritten: bool) -> Plan:
        key = tuple((w.src, w.text) for w in clause)
        if key in self.memo:
            return self.memo[key]
        cost, whole = self.judge(clause)
        plan = Plan(cost, (Sentence(clause, rewritten),))
        self.memo[key] = plan  # a candidate leading back here gets the plain cut
        size = count_words(text_of(clause))
        # A cut whose every piece stands alone cannot be bettered by adding words.
        if size > self.settings.max_words and not whole:
            for cost, parts in self.candidates(clause)[:MAX_CANDIDATES]:
                if any(
                    count_words(text_of(part)) >= size
                    or not subject_agrees(part)
                    or leaves_relative_open(part)
                    or ends_elided(part)
                    or not (has_verb(part) or isinstance(part, AuthorsWords))
                    for part in parts
                ):
                    continue
                total = cost
                sentences: list[Sentence] = []
                for part in parts:
                    sub = self.solve(part, rewritten=True)
                    total += sub.cost
                    sentences.extend(sub.sentences)
                    if total >= plan.cost:
                        break
                if total < plan.cost:
                    plan = Plan(total, tuple(sentences))
        self.memo[key] = plan
        return plan

    # --- candidates ---------------------------------------------------------

    def candidates(self, clause: Clause) -> list[tuple[float, list[Clause]]]:
        found: list[tuple[float, list[Clause]]] = []
        for make in (
            self.coordinated,
            self.relatives,
            self.adverbials,
            self.descriptions,
            self.absolutes,
            self.attributes,
            self.long_subjects,
            self.enumerations,
            self.repeated_verbs,
            self.fronted_phrases,
            self.unlinked,
        ):
            found.extend(make(clause))
        return sorted((c for c in found if all(has_words(p) for p in c[1])), key=lambda c: c[0])
