"""Quality figures of a job: counted per chunk over every sentence, turned into shares at the merge."""

from __future__ import annotations

import pytest

from jobs.engine.quality import chunk_quality, is_sentence_shaped, merge_quality
from jobs.engine.types import OutputSentence, ProcessorSettings, SourceSentence

OPTIONS = ProcessorSettings(max_words=5)


def _source(text: str, *, heading: bool = False) -> SourceSentence:
    return SourceSentence(text=text, page=1, is_heading=heading)


@pytest.mark.parametrize(
    "text",
    [
        "Il dort.",
        "Où es-tu ?",
        "Écoute !",
        "Et puis…",
        "« Oui. »",
        "«\u00a0Viens\u00a0!\u00a0»",
        "— Non, dit-il.",
        "“Bonjour.”",
        "Il a dit : « Viens. »",
    ],
)
def test_a_capital_then_an_end_mark_is_shaped_as_a_sentence(text):
    assert is_sentence_shaped(text)


@pytest.mark.parametrize(
    "text", ["il dort.", "Il dort", "— oui.", "…et puis il part.", "Vers la porte,", "1870 fut dure.", ""]
)
def test_a_lowercase_start_or_a_missing_end_mark_is_not_shaped_as_a_sentence(text):
    assert not is_sentence_shaped(text)


def test_stands_alone_is_counted_from_every_pieces_verdict_not_from_a_parse_of_a_sample():
    sources = [_source("Chapitre un", heading=True)] + [_source(f"Il dort {n} fois.") for n in range(60)]
    outputs = [OutputSentence("Chapitre un", 0, flags=("heading",))]
    # The verdicts say the opposite of what a parse would: only they are counted.
    outputs += [OutputSentence(f"Il dort {n} fois.", n + 1, stands_alone=n < 10) for n in range(50)]
    outputs += [OutputSentence(f"Il dort {n} fois.", n + 1, stands_alone=None) for n in range(50, 60)]
    quality = chunk_quality(sources, outputs, OPTIONS)
    assert quality["sentences"] == 60  # the heading is not a sentence
    assert (quality["standalone"], quality["standalone_judged"]) == (10, 50)
    assert "standalone_sampled" not in quality


def test_shape_and_limit_are_counted_over_body_sentences():
    sources = [_source("CHAPITRE II", heading=True), _source("Il ouvrit la porte et sortit dans le jardin.")]
    outputs = [
        OutputSentence("CHAPITRE II", 0, flags=("heading",)),
        OutputSentence("Il ouvrit la porte.", 1),
        OutputSentence("et sortit dans le jardin du château", 1),
    ]
    quality = chunk_quality(sources, outputs, OPTIONS)
    assert (quality["sentences"], quality["shaped"], quality["within_limit"]) == (2, 1, 1)


def test_content_words_are_counted_per_source_sentence_and_a_dropped_one_counts_as_lost():
    sources = [
        _source("Il ouvrit la porte et sortit dans le jardin."),  # ouvrit porte sortit jardin
        _source("Le vieux marin regardait la mer."),  # vieux marin regardait mer: no piece at all
        _source("Elle chantait doucement."),  # chantait doucement
    ]
    outputs = [
        OutputSentence("Il ouvrit la grande porte.", 0),  # "grande" is invented
        OutputSentence("Il sortit dans le jardin.", 0),
        # "porte" belongs to the first source: it is neither kept for nor allowed in the third.
        OutputSentence("Elle chantait devant la porte.", 2),
    ]
    quality = chunk_quality(sources, outputs, OPTIONS)
    assert quality["content_original"] == 4 + 4 + 2
    assert quality["content_kept"] == 4 + 0 + 1
    assert quality["content_output"] == 5 + 2
    assert quality["content_invented"] == 1 + 1


def test_merge_turns_the_chunk_counts_into_shares_of_the_whole_job():
    parts = [
        {
            "sentences": 100,
            "within_limit": 90,
            "shaped": 80,
            "standalone_judged": 100,
            "standalone": 75,
            "source_words": 1000,
            "covered_words": 990,
            "content_original": 400,
            "content_kept": 380,
            "content_output": 390,
            "content_invented": 10,
        },
        {
            "sentences": 300,
            "within_limit": 300,
            "shaped": 280,
            "standalone_judged": 200,
            "standalone": 195,
            "source_words": 3000,
            "covered_words": 3000,
            "content_original": 1200,
            "content_kept": 1180,
            "content_output": 1190,
            "content_invented": 0,
        },
    ]
    assert merge_quality(parts) == {
        "sentences": 400,
        "within_limit": 0.975,
        "standalone": 0.9,
        "standalone_judged": 300,
        "shaped": 0.9,
        "content_recall": 0.975,
        "content_invented": 0.0063,
        "coverage": 0.9975,
    }


def test_a_job_without_verdicts_has_no_stand_alone_share_rather_than_zero():
    part = {"sentences": 10, "within_limit": 10, "shaped": 10, "standalone_judged": 0, "standalone": 0}
    quality = merge_quality([part])
    assert (quality["standalone"], quality["standalone_judged"], quality["shaped"]) == (None, 0, 1.0)


def test_old_chunk_counts_mixed_with_new_ones_leave_the_new_shares_undiluted():
    old = {
        "sentences": 100,
        "within_limit": 100,
        "source_words": 1000,
        "covered_words": 1000,
        "standalone_sampled": 24,
        "standalone": 12,
    }
    new = {
        "sentences": 100,
        "within_limit": 50,
        "shaped": 90,
        "standalone_judged": 100,
        "standalone": 80,
        "source_words": 1000,
        "covered_words": 1000,
        "content_original": 400,
        "content_kept": 400,
        "content_output": 400,
        "content_invented": 0,
    }
    quality = merge_quality([old, new])
    assert quality["within_limit"] == 0.75  # both chunks counted this
    assert quality["shaped"] == 0.9 and quality["standalone"] == 0.8 and quality["content_recall"] == 1.0
