"""Benchmark: a 400-page book through the Gemini processor under a 60 requests/minute limit.

    .venv/bin/python bench/gemini.py [--book flaubert_madame_bovary.pdf] [--workers 3] [--threads 2]
                                     [--rpm 60] [--latency 1] [--batch-words 1000] [--no-write]

Runs the real pipeline: PostgreSQL database ``novelproc_gembench``, Redis
(its own Dramatiq namespace), several ``manage.py rundramatiq`` processes,
and the fake Gemini server in this process's thread on loopback, answering
after ``--latency`` seconds and refusing (429, recorded as a violation) any
request past ``--rpm`` in a sliding 60-second window. The job goes in with
``job_create`` like an upload. Measures wall time from submit to the job's
end against the least the limit allows (requests / rpm minutes), and checks
the limit was never exceeded. Figures go under "## Gemini" in
bench/RESULTS.md (only that section is replaced).
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DB_NAME = "novelproc_gembench"
NAMESPACE = "np-gembench"
RESULTS = ROOT / "bench" / "RESULTS.md"
PDF_DIR = ROOT.parent / "shared" / "corpus" / "pdf"
HEADING = "## Gemini"


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--book", default="flaubert_madame_bovary.pdf")
    parser.add_argument("--workers", type=int, default=3, help="rundramatiq processes")
    parser.add_argument("--threads", type=int, default=2, help="threads per worker process")
    parser.add_argument("--rpm", type=int, default=60)
    parser.add_argument("--latency", type=float, default=1.0)
    parser.add_argument("--batch-words", type=int, default=1000)
    parser.add_argument("--no-write", action="store_true")
    return parser.parse_args()


def setup_env(args: argparse.Namespace, media_root: str) -> dict[str, str]:
    env = {
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{DB_NAME}",
        "REDIS_URL": os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/14"),
        "DRAMATIQ_NAMESPACE": NAMESPACE,
        "DJANGO_SETTINGS_MODULE": "novelproc.settings",
        "MEDIA_ROOT": media_root,
        "GEMINI_API_KEY": "bench-key",
        "GEMINI_REQUESTS_PER_MINUTE": str(args.rpm),
        "GEMINI_BATCH_WORDS": str(args.batch_words),
        "LOG_LEVEL": "INFO",  # the workers' "ready for action" line is INFO
        "PYTHONUNBUFFERED": "1",
    }
    os.environ.update(env)
    return env


def ensure_database() -> None:
    import psycopg

    with psycopg.connect("postgresql://postgres@127.0.0.1:5432/postgres", autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (DB_NAME,)).fetchone():
            conn.execute(f'CREATE DATABASE "{DB_NAME}"')


def setup_django() -> None:
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def clear_redis() -> None:
    """Empty this bench's queues and Gemini keys only (the Redis database is shared)."""
    import dramatiq

    broker = dramatiq.get_broker()
    broker.flush_all()
    keys = list(broker.client.scan_iter(f"{NAMESPACE}:gemini:*"))
    if keys:
        broker.client.delete(*keys)


def start_workers(args: argparse.Namespace, env: dict[str, str], log_dir: Path, procs: list[subprocess.Popen]) -> None:
    """Start the workers into ``procs`` (so the caller can stop them even if startup fails)."""
    for n in range(args.workers):
        log = open(log_dir / f"worker-{n}.log", "w")  # noqa: SIM115 (closed with the process)
        procs.append(
            subprocess.Popen(
                [sys.executable, "manage.py", "rundramatiq", "--processes", "1", "--threads", str(args.threads)],
                cwd=ROOT,
                env={**os.environ, **env},
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        logs = [(log_dir / f"worker-{n}.log").read_text() for n in range(args.workers)]
        if all("ready for action" in text for text in logs):
            return
        time.sleep(0.5)
    raise SystemExit(f"workers did not start; see {log_dir}")


def stop_workers(procs: list[subprocess.Popen]) -> None:
    for proc in procs:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
    for proc in procs:
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)


def run_job(book: Path):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from accounts.models import User
    from accounts.services import credits_grant
    from jobs.services import job_create

    user = User.objects.create_user(f"gemini-bench-{time.time_ns()}@example.com", "bench-pass-123")
    credits_grant(user=user, amount=1_000_000, note="bench")
    upload = SimpleUploadedFile(book.name, book.read_bytes(), content_type="application/pdf")
    started = time.monotonic()
    job = job_create(owner=user, upload=upload, options={"processor": "gemini", "tier": "speed"}, confirm=True)
    last_step = ""
    while True:
        job.refresh_from_db()
        if job.current_step != last_step:
            print(f"  {time.monotonic() - started:6.1f}s  {job.status:<10} {job.current_step}", flush=True)
            last_step = job.current_step
        if job.is_final:
            return job, time.monotonic() - started
        time.sleep(0.25)


def figures(job, wall: float, fake, args: argparse.Namespace) -> dict:
    from django.db.models import Sum

    from accounts.models import CreditEntry
    from jobs.models import Chunk, Sentence

    stats = fake.stats()
    times = sorted(r.at for r in fake.requests)
    requests = stats["requests"]
    minimum = requests / args.rpm * 60
    chunks = Chunk.objects.filter(job=job).aggregate(i=Sum("input_tokens"), o=Sum("output_tokens"))
    return {
        "book": args.book,
        "pages": job.page_count,
        "chunks": job.total_chunks,
        "status": job.status,
        "source_sentences": job.source_sentence_count,
        "sent_sentences": sum(len(r.payload["sentences"]) for r in fake.successful()),
        "output_sentences": job.sentence_count,
        "over_limit_output": Sentence.objects.filter(job=job, word_count__gt=8).count(),
        "requests": requests,
        "statuses": stats["statuses"],
        "violations": stats["violations"],
        "max_in_any_60s": stats["max_in_any_window"],
        "wall_s": wall,
        "api_span_s": (times[-1] - times[0] + args.latency) if times else 0.0,
        "minimum_s": minimum,
        "ratio": wall / minimum if minimum else 0.0,
        "tokens_reported": fake.billed_tokens(),
        "tokens_charged": (chunks["i"] or 0) + (chunks["o"] or 0),
        "credits_estimated": job.credits_estimated,
        "credits_reserved": -sum(CreditEntry.objects.filter(job=job, kind="reserve").values_list("amount", flat=True)),
        "credits_charged": job.credits_charged,
        "workers": f"{args.workers} x rundramatiq (1 process, {args.threads} threads)",
    }


def report(f: dict, args: argparse.Namespace) -> str:
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    verdict = "within" if f["ratio"] <= 1.15 else "NOT within"
    return f"""{HEADING}

`bench/gemini.py`: {f["book"]} ({f["pages"]} pages, {f["chunks"]} chunks) through the real pipeline
(PostgreSQL, Redis, {f["workers"]}) with processor=gemini, tier=speed, limit 8 words, against the
fake Gemini server on loopback: {args.latency:g} s latency per answer, {args.rpm} requests per minute enforced
(a sliding 60 s window; a request past it gets 429 and is recorded as a violation). Only sentences over the
limit are sent, in batches of about {args.batch_words} source words (GEMINI_BATCH_WORDS), one request each.
The workers share one Redis rate limiter (jobs/ratelimit.py: GCRA, slots booked 1.02 x 60/rpm s apart).
Machine: 2 cores shared with other work; measured {stamp}.

| figure | value |
|---|---|
| sources / sent / output sentences | {f["source_sentences"]} / {f["sent_sentences"]} / {f["output_sentences"]} |
| requests (statuses) | {f["requests"]} ({", ".join(f"{k}: {v}" for k, v in sorted(f["statuses"].items()))}) |
| rate-limit violations recorded by the fake | {f["violations"]} |
| most requests in any 60 s window | {f["max_in_any_60s"]} (limit {args.rpm}) |
| minimum time the limit allows (requests / {args.rpm} per minute) | {f["minimum_s"]:.1f} s |
| wall time, submit to job {f["status"]} | {f["wall_s"]:.1f} s ({f["ratio"]:.3f} x the minimum: {verdict} 15%) |
| first request to last answer | {f["api_span_s"]:.1f} s |
| output sentences over the limit | {f["over_limit_output"]} |
| tokens reported by the API / charged | {f["tokens_reported"]} / {f["tokens_charged"]} |
| credits estimated / reserved / charged | {f["credits_estimated"]} / {f["credits_reserved"]} / {f["credits_charged"]} |

The wall time includes reading and splitting the PDF, the merge and settlement; the 2% spacing margin of
the limiter (so network jitter never puts two requests closer than the API counts) costs about 2% on its own.
"""


def write_section(text: str) -> None:
    from bench.results_section import replace_section

    replace_section(RESULTS, HEADING, text)


def main() -> None:
    args = parse_args()
    book = PDF_DIR / args.book
    scratch = Path(tempfile.mkdtemp(prefix="gembench-"))
    env = setup_env(args, str(scratch / "media"))
    ensure_database()
    sys.path.insert(0, str(ROOT))
    from tests.fakes.gemini_server import FakeGemini

    fake = FakeGemini(latency=args.latency, rpm=args.rpm).start()
    env["GEMINI_BASE_URL"] = os.environ["GEMINI_BASE_URL"] = fake.url
    setup_django()
    clear_redis()
    print(f"fake gemini on {fake.url}; starting {args.workers} workers (logs in {scratch})", flush=True)
    procs: list[subprocess.Popen] = []
    try:
        start_workers(args, env, scratch, procs)
        job, wall = run_job(book)
    finally:
        stop_workers(procs)
        fake.stop()
    result = figures(job, wall, fake, args)
    for key, value in result.items():
        print(f"{key}: {value}")
    if not args.no_write:
        write_section(report(result, args))
        print(f"wrote {HEADING} to {RESULTS}")


if __name__ == "__main__":
    main()
