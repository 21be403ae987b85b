"""The greedy cover, swaps and uncovered-word reasons on hand-made sets (pure, no spaCy, no database)."""

from __future__ import annotations

from itertools import combinations

from jobs.studysets import compute, cover

C = cover.Candidate


def covered(chosen) -> set[int]:
    return set().union(*(c.words for c in chosen))


def smallest_cover_size(candidates) -> int:
    universe = covered(candidates)
    for size in range(1, len(candidates) + 1):
        if any(covered(combo) == universe for combo in combinations(candidates, size)):
            return size
    raise AssertionError("no cover")


def test_greedy_trap_is_pruned_to_the_known_optimum():
    # Greedy takes A (4 new words) first, then B and C; B and C alone cover everything.
    a = C(1, 3, 1, frozenset({0, 1, 2, 3}))
    b = C(2, 5, 2, frozenset({0, 1, 4}))
    c = C(3, 5, 3, frozenset({2, 3, 5}))
    chosen = cover.greedy_cover([a, b, c], [1.0] * 6)
    assert {x.sid for x in chosen} == {2, 3}
    assert covered(chosen) == set(range(6))


def test_greedy_is_never_larger_than_the_optimum_on_a_small_book():
    candidates = [
        C(1, 4, 1, frozenset({0, 1})),
        C(2, 4, 2, frozenset({1, 2})),
        C(3, 6, 3, frozenset({0, 1, 2, 3})),
        C(4, 3, 4, frozenset({3})),
        C(5, 5, 5, frozenset({4, 5, 6})),
        C(6, 2, 6, frozenset({4})),
        C(7, 7, 7, frozenset({6, 7})),
    ]
    chosen = cover.greedy_cover(candidates, [1.0] * 8)
    assert covered(chosen) == covered(candidates)
    assert len(chosen) == smallest_cover_size(candidates) == 3


def test_ties_go_to_the_shorter_sentence_then_the_rarer_words():
    long, short = C(1, 7, 1, frozenset({0})), C(2, 3, 2, frozenset({1}))
    assert [c.sid for c in cover.greedy_cover([long, short], [1.0, 1.0])][0] == 2
    common, rare = C(1, 3, 1, frozenset({0})), C(2, 3, 2, frozenset({1}))
    assert [c.sid for c in cover.greedy_cover([common, rare], [1.0, 5.0])][0] == 2


def test_among_sentences_bringing_as_many_words_one_that_stands_alone_goes_first():
    fragment = C(1, 3, 1, frozenset({0}), stands_alone=False)
    unjudged = C(2, 4, 2, frozenset({0}), stands_alone=None)
    whole = C(3, 6, 3, frozenset({0}), stands_alone=True)
    assert [c.sid for c in cover.greedy_cover([fragment, unjudged, whole], [1.0])] == [3]
    assert [c.sid for c in cover.greedy_cover([fragment, unjudged], [1.0])] == [2]
    # Never at the cost of a new word: a fragment bringing two beats a whole sentence bringing one.
    richer = C(4, 3, 4, frozenset({0, 1}), stands_alone=False)
    assert [c.sid for c in cover.greedy_cover([whole, richer], [1.0, 1.0])] == [4]


def test_each_word_is_credited_to_the_first_sentence_that_brings_it():
    assert cover.credit([(10, [0, 1]), (11, [1, 2]), (12, [2])]) == {10: [0, 1], 11: [2], 12: []}


def test_swap_offers_only_sentences_that_keep_coverage():
    chosen = {1: frozenset({0, 1}), 2: frozenset({1, 2})}
    pool = {
        1: (3, frozenset({0, 1})),
        2: (3, frozenset({1, 2})),
        3: (2, frozenset({0})),  # holds the word only 1 brings (0): keeps coverage
        4: (2, frozenset({1})),  # misses 0: would lose coverage
        5: (4, frozenset({0, 3})),
    }
    options = cover.alternatives(1, chosen, pool, limit=10)
    assert options == [3, 5]
    for sid in options:
        after = {k: v for k, v in chosen.items() if k != 1} | {sid: pool[sid][1]}
        assert set().union(*after.values()) >= set().union(*chosen.values())


def test_uncovered_words_are_split_by_reason():
    missing, over = cover.classify_uncovered(4, [frozenset({0})], [frozenset({0, 1}), frozenset({2})])
    assert missing == [3]
    assert over == [1, 2]


def test_compute_reports_missing_and_over_limit_words_from_real_sentences():
    sentences = [
        compute.BookSentence(1, "Il aimait l'eau.", 3, 1),
        compute.BookSentence(2, "Les chevaux couraient dans la grande plaine verte ce matin-là.", 10, 2),
    ]
    result = compute.compute(sentences, ["aimer", "cheval", "ordinateur"], mode="cover", max_words=8)
    assert [p.sid for p in result.picks] == [1]
    assert result.covered == 1
    assert result.over_limit == [1]  # cheval: only in the 10-word sentence
    assert result.missing == [2]  # ordinateur: nowhere
