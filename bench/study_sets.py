"""Benchmark: study sets on the 926-page corpus book and one other, timed as the actor runs them.

    .venv/bin/python bench/study_sets.py [--top-n 2000] [--max-words 8] [--no-write]

Each book's sentences come from the local processor run in-process
(read_book + plan_chunks + LocalProcessor, as the pipeline does) with what
the pipeline stores per sentence (stand-alone flag, chapter, lemmas from the
parse), cached in var/bench/ so a rerun measures only the study sets. They
are stored as a completed job in the bench's own database
(novelproc_studybench, recreated on each run), and each set goes through the
services the actor calls: study_set_create (credits reserved), then
study_set_run timed from start to stored set. Sets per book: a cover set of
the default list on a fresh worker (spaCy not loaded), the same again, and a
book vocabulary set (90% of the tokens, with its curve). The old counting
(list word forms matched by form or lemma, the book lemmatized again without
the parse) is the study set code of ``main`` at the time of this change,
loaded from git (``--old-ref``) and run on the same sentences. Results go
under "## Study sets" in bench/RESULTS.md (only that section is replaced).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CORPUS = ROOT.parent / "shared" / "corpus" / "pdf"
BOOKS = ("gaboriau_monsieur_lecoq.pdf", "verne_secret_wilhelm_storitz.pdf")
CACHE = ROOT / "var" / "bench"
OLD_REF = "856a82d"  # main before study sets counted in lemmas from the parse
RESULTS = ROOT / "bench" / "RESULTS.md"
HEADING = "## Study sets"
DB_NAME = "novelproc_studybench"
PG_ADMIN_URL = os.environ.get("BENCH_PG_URL", "postgres://postgres@127.0.0.1:5432")


def setup_django() -> None:
    """A fresh bench database, migrated, then Django on it."""
    import psycopg

    os.environ["DATABASE_URL"] = f"{PG_ADMIN_URL}/{DB_NAME}"
    os.environ.setdefault("REDIS_URL", "redis://127.0.0.1:6379/13")
    os.environ.setdefault("DRAMATIQ_NAMESPACE", "np-studybench")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "novelproc.settings")
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    with psycopg.connect(f"{PG_ADMIN_URL}/postgres", autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {DB_NAME} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {DB_NAME}")
    subprocess.run([sys.executable, "manage.py", "migrate", "-v", "0"], cwd=ROOT, env=os.environ, check=True)
    import django

    django.setup()


def book_sentences(book: str, max_words: int) -> tuple[int, list[dict], float]:
    """(pages, sentences, seconds spent producing them); cached per book and max_words."""
    cache = CACHE / f"studyset-{book.removesuffix('.pdf')}-{max_words}-v2.json"
    if cache.exists():
        data = json.loads(cache.read_text())
        return data["pages"], data["sentences"], data["seconds"]
    from jobs.engine.chunking import plan_chunks
    from jobs.engine.processors.local import LocalProcessor
    from jobs.engine.processors.terms import stored
    from jobs.engine.types import ProcessorSettings, count_words
    from jobs.pipeline import chunk_sizes, read_book

    started = time.perf_counter()
    pages, sources = read_book(str(CORPUS / book))
    settings = ProcessorSettings(max_words=max_words)
    out: list[dict] = []
    for chunk in plan_chunks(sources, page_count=pages, sizes=chunk_sizes()):
        result = LocalProcessor().process(chunk.sources, context=chunk.context, settings=settings)
        for s in result.sentences:
            if "heading" in s.flags:
                continue
            source = chunk.sources[s.source_index]
            out.append(
                {
                    "text": s.text,
                    "words": count_words(s.text),
                    "alone": s.stands_alone,
                    "chapter": source.chapter[:255],
                    "lemmas": stored(s.lemmas),
                }
            )
    seconds = round(time.perf_counter() - started, 1)
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_text(json.dumps({"pages": pages, "sentences": out, "seconds": seconds}))
    return pages, out, seconds


def store_job(user, book: str, rows: list[dict], max_words: int):
    """The book as a completed job (plain ORM, as the pipeline leaves it: lemmas stored per sentence)."""
    from jobs.models import Job, Sentence

    job = Job.objects.create(
        owner=user,
        status=Job.Status.COMPLETED,
        filename=book,
        sha256="0" * 64,
        sentence_count=len(rows),
        settings={"max_words": max_words},
    )
    Sentence.objects.bulk_create(
        (
            Sentence(
                job=job,
                chunk_index=0,
                chunk_position=i,
                position=i + 1,
                text=r["text"],
                page=1,
                source_index=i,
                source_text=r["text"],
                word_count=r["words"],
                stands_alone=r["alone"],
                chapter=r["chapter"],
                lemmas=r["lemmas"],
            )
            for i, r in enumerate(rows)
        ),
        batch_size=5000,
    )
    return job


def timed_set(user, job, mode: str, **options) -> tuple[float, float, object]:
    """study_set_create, then study_set_run timed from start to stored set (what the actor does)."""
    from jobs.studysets import services
    from jobs.studysets.models import StudySet

    # The bench runs the set in this process, as the actor would; nothing is queued.
    services._enqueue = lambda set_id: None
    study_set = services.study_set_create(owner=user, job=job, mode=mode, **options)
    started, cpu = time.perf_counter(), time.process_time()
    assert services.study_set_run(set_id=study_set.pk)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    done = StudySet.objects.get(pk=study_set.pk)
    assert done.status == StudySet.Status.COMPLETED, done.error_message
    return seconds, cpu, done


def old_engine(ref: str):
    """The study set code of ``ref`` (cover, lemmas and engine, as compute.py was named then), loaded from git."""
    import importlib
    import types

    package = types.ModuleType("oldstudysets")
    package.__path__ = []
    sys.modules["oldstudysets"] = package
    for name in ("cover", "lemmas", "engine"):
        source = subprocess.run(
            ["git", "show", f"{ref}:jobs/studysets/{name}.py"], cwd=ROOT, check=True, capture_output=True, text=True
        ).stdout
        module = types.ModuleType(f"oldstudysets.{name}")
        module.__file__ = f"<{ref}:jobs/studysets/{name}.py>"
        sys.modules[module.__name__] = module
        exec(
            compile(source.replace("from jobs.studysets import", "from oldstudysets import"), module.__file__, "exec"),
            module.__dict__,
        )  # noqa: E501, S102
        setattr(package, name, module)
    importlib.invalidate_caches()
    return package.engine


def old_counting(ref: str, rows: list[dict], words: list[str], max_words: int) -> dict:
    """The old cover set on the same sentences: list forms credited by form or lemma, the book lemmatized again."""
    engine = old_engine(ref)
    sentences = [engine.BookSentence(i, r["text"], r["words"], i, r["alone"]) for i, r in enumerate(rows, start=1)]
    started = time.perf_counter()
    result = engine.compute(sentences, words, mode="cover", max_words=max_words)
    seconds = time.perf_counter() - started
    picked = {p.sid for p in result.picks}
    alone = sum(1 for i, r in enumerate(rows, start=1) if i in picked and r["alone"])
    return {"covered": result.covered, "picked": len(picked), "alone": alone, "seconds": round(seconds, 1)}


def fresh_worker(*, clear_shared_cache: bool) -> None:
    """This process as a worker that never computed a set: spaCy unloaded, per-process caches empty."""
    from django.core.cache import cache

    from jobs.engine import spacy_models
    from jobs.studysets import lemmas

    spacy_models.forget("splitter")
    for cached in (lemmas.reading, lemmas.fold, lemmas.french_stop_words):
        cached.cache_clear()
    if clear_shared_cache:
        client = cache._cache.get_client()
        for key in client.scan_iter(match="*studysets:candidates:*"):
            client.delete(key)


def measure(user, book: str, rows: list[dict], pages: int, produce_s: float, args) -> dict:
    from jobs.models import Sentence
    from jobs.studysets import wordlists
    from jobs.studysets.models import StudySetIndex

    job = store_job(user, book, rows, args.max_words)
    load_before = os.getloadavg()[0]
    fresh_worker(clear_shared_cache=True)  # the first set ever on this server: list forms' readings not cached
    cold_s, cold_cpu, _ = timed_set(user, job, "cover")
    fresh_worker(clear_shared_cache=False)  # a new book on a running server: spaCy not loaded in this worker
    first_s, first_cpu, first = timed_set(user, job, "cover")
    second_s, second_cpu, second = timed_set(user, job, "cover")
    book_s, _, vocab = timed_set(user, job, "book", target_percent=90)
    assert (second.covered_count, second.sentence_count) == (first.covered_count, first.sentence_count)
    ids = list(first.items.values_list("sentence_id", flat=True))
    alone = Sentence.objects.filter(pk__in=ids, stands_alone=True).count()
    old = old_counting(args.old_ref, rows, list(wordlists.top_words(args.top_n)), args.max_words)
    lemma_bytes = sum(len(json.dumps(r["lemmas"])) for r in rows if r["lemmas"])
    index = StudySetIndex.objects.get(study_set=first).sentences
    return {
        "book": book,
        "pages": pages,
        "sentences": len(rows),
        "within": sum(1 for r in rows if r["words"] <= args.max_words),
        "alone_book": sum(1 for r in rows if r["alone"]),
        "produce_s": produce_s,
        "forms": first.form_count,
        "lemmas": first.word_count,
        "picked": first.sentence_count,
        "covered": first.covered_count,
        "alone": alone,
        "missing": len(first.missing_words),
        "over_limit": len(first.over_limit_words),
        "cold_s": round(cold_s, 1),
        "cold_cpu": round(cold_cpu, 1),
        "first_s": round(first_s, 1),
        "first_cpu": round(first_cpu, 1),
        "first_timings": first.timings,
        "second_s": round(second_s, 1),
        "second_cpu": round(second_cpu, 1),
        "second_timings": second.timings,
        "load_avg": round(load_before, 1),
        "book_s": round(book_s, 1),
        "book_picked": vocab.sentence_count,
        "book_reached": vocab.reached_percent,
        "marks": vocab.marks,
        "book_start": vocab.curve[0][1] if vocab.curve else 0,
        "old": old,
        "lemma_bytes": lemma_bytes,
        "index_bytes": len(json.dumps(index)),
        "missing_sample": first.missing_words[:12],
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--top-n", type=int, default=2000)
    parser.add_argument("--max-words", type=int, default=8)
    parser.add_argument("--old-ref", default=OLD_REF)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    os.environ["STUDYSET_TOP_N"] = str(args.top_n)
    setup_django()
    from accounts.models import User
    from accounts.services import credits_grant

    user = User.objects.create_user("studybench@example.com", "bench-pass-123")
    credits_grant(user=user, amount=100_000, note="bench")
    figures = []
    for book in BOOKS:
        pages, rows, produce_s = book_sentences(book, args.max_words)
        figures.append(measure(user, book, rows, pages, produce_s, args))
        print(json.dumps(figures[-1], indent=2))
    if not args.no_write:
        from bench.results_section import replace_section

        replace_section(RESULTS, HEADING, section(figures, args.max_words, args.top_n, args.old_ref))


def section(books: list[dict], max_words: int, top_n: int, old_ref: str) -> str:
    names = " | ".join(f"`{f['book']}` ({f['pages']} pages)" for f in books)
    rule = "|---" * (len(books) + 1) + "|"

    def row(label: str, cell) -> str:
        return f"| {label} | " + " | ".join(cell(f) for f in books) + " |"

    def pct(a: int, b: int) -> str:
        return f"{100 * a / b:.1f}%" if b else "—"

    def mark(f: dict, m: str) -> str:
        n = f["marks"].get(m)
        return "not reached" if n is None else f"{n:,}"

    lines = [
        f"| measure | {names} |",
        rule,
        row(
            f"sentences (within {max_words} words; standing alone)",
            lambda f: f"{f['sentences']:,} ({f['within']:,}; {f['alone_book']:,})",
        ),
        row(
            "**first set of a book, fresh worker (spaCy not loaded): end to end**",
            lambda f: f"**{f['first_s']} s** ({f['first_cpu']} s CPU)",
        ),
        row(
            "— reading stored lemmas (texts parsed again)",
            lambda f: f"{f['first_timings']['read_s']} s ({f['first_timings']['texts_parsed']})",
        ),
        row("— folding the list to lemmas", lambda f: f"{f['first_timings']['fold_s']} s"),
        row("— choosing sentences", lambda f: f"{f['first_timings']['choose_s']} s"),
        row("second set, same worker", lambda f: f"{f['second_s']} s ({f['second_cpu']} s CPU)"),
        row(
            "first set ever on the server (list forms' readings not cached: spaCy loaded)",
            lambda f: f"{f['cold_s']} s ({f['cold_cpu']} s CPU)",
        ),
        row(
            f"old counting: list words covered (of {top_n:,} forms)",
            lambda f: f"{f['old']['covered']:,} ({pct(f['old']['covered'], top_n)})",
        ),
        row(
            "new counting: list lemmas covered (of the lemmas the forms fold to)",
            lambda f: f"**{f['covered']:,} of {f['lemmas']:,}** ({pct(f['covered'], f['lemmas'])})",
        ),
        row("cover set size: old / new", lambda f: f"{f['old']['picked']:,} / **{f['picked']:,}**"),
        row(
            "share of the set standing alone: old / new",
            lambda f: f"{pct(f['old']['alone'], f['old']['picked'])} / **{pct(f['alone'], f['picked'])}**",
        ),
        row(
            "lemmas in no sentence / only in sentences over the limit",
            lambda f: f"{f['missing']:,} / {f['over_limit']:,}",
        ),
        row("old code's set, lemmatizing the book again (for comparison)", lambda f: f"{f['old']['seconds']} s"),
        row("book vocabulary: stand-alone sentences for 80% of the word tokens", lambda f: mark(f, "80")),
        row("— for 90%", lambda f: mark(f, "90")),
        row("— for 95%", lambda f: mark(f, "95")),
        row("book vocabulary set (90%): size / end to end", lambda f: f"{f['book_picked']:,} / {f['book_s']} s"),
        row(
            "lemmas stored with the sentences / swap index of a set",
            lambda f: f"{f['lemma_bytes'] / 1e6:.1f} MB / {f['index_bytes'] / 1e6:.1f} MB JSON",
        ),
    ]
    load = ", ".join(str(f["load_avg"]) for f in books)
    return f"""{HEADING}

`bench/study_sets.py`: each book's sentences from the local processor (max {max_words} words), with what the pipeline
stores per sentence (stand-alone flag, chapter, lemmas and parts of speech from its parse), stored as a completed
job; the default list of wordfreq's top {top_n:,} French words (forms). Each set goes through `study_set_create` and
`study_set_run`, the service the actor calls, timed from start to stored set (wall clock, and this process's CPU
time, which other work on the machine does not inflate). A fresh worker has spaCy unloaded and its own caches empty;
spaCy is needed only for list forms the book lacks, whose readings (they depend on the form and the model only) are
kept in the shared cache, so only the first set ever on a server loads it. 2 cores shared with other work, load
average {load} when each book's run started.

{chr(10).join(lines)}

Old counting: the study set code of `{old_ref}` on the same sentences: each list form is credited when a sentence
holds a token whose form or lemma (lemmatized again, without the parse) matches the form or its lemma, so one verb
credits many list forms ("puis" credited pouvoir, peuvent, pu, pourrait). New counting: the list's forms folded to
the lemma the book gives each ({books[0]["forms"]:,} forms -> {books[0]["lemmas"]:,} lemmas on the first book), each
sentence's lemmas from its parse with part of speech; coverage is of lemmas. Book vocabulary: word tokens are the
book's words less names and numbers; the greedy picks, each time, the stand-alone sentence within the limit whose
new lemmas hold the most tokens; the set is listed in reading order. What keeping each sentence's lemmas costs the
pipeline (the lemmatizer runs in the parse the splitter already makes) is measured by `bench/pipeline.py --before`,
under "## Pipeline". Not-found sample (first book):
{", ".join(books[0]["missing_sample"])}.
"""


if __name__ == "__main__":
    main()
