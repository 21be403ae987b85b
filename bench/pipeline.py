"""Pipeline benchmark: the 926-page corpus book, upload to completed.

Three runs in one invocation, on the same machine at the same time:
  baseline  the same extraction and the same processor in one plain process
            (no queue, no database);
  1 worker  the real pipeline: job_create -> Redis -> `rundramatiq --processes 1`;
  2 workers the same with `--processes 2`.
Ratios are pipeline time / baseline time. Peak worker memory is the highest
VmHWM among the worker processes. Results go to the "## Pipeline" section
of bench/RESULTS.md.

Run: .venv/bin/python bench/pipeline.py [--pdf PATH] [--before CHECKOUT]
(--before: a checkout of an earlier commit, e.g. `git worktree add ../before <commit>`; its own
bench runs first in the same invocation, so the ratios to its runs say what the changes since cost.)
Needs PostgreSQL and Redis on loopback (`make test` starts them).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench.results_section import replace_section  # noqa: E402

BOOK = ROOT.parent / "shared" / "corpus" / "pdf" / "gaboriau_monsieur_lecoq.pdf"
DB_NAME = "novelproc_pipebench"
ENV = {
    "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{DB_NAME}",
    "REDIS_URL": "redis://127.0.0.1:6379/8",
    "DRAMATIQ_NAMESPACE": "np-pipebench",
    "DJANGO_SETTINGS_MODULE": "novelproc.settings",
    "DEBUG": "true",
    "PDF_MAX_PAGES": "2000",
    "MAX_ACTIVE_JOBS_PER_USER": "10",
    "MEDIA_ROOT": str(ROOT / "test-output" / "bench-media"),
}


def baseline(pdf: Path) -> tuple[float, int, float]:
    """The work alone: extraction, cleanup, segmentation, the processor on every chunk."""
    from jobs.engine.chunking import plan_chunks
    from jobs.engine.processors.local import LocalProcessor
    from jobs.engine.types import ProcessorSettings
    from jobs.pipeline import chunk_sizes, read_book

    start = time.perf_counter()
    page_count, sources = read_book(str(pdf))
    processor, options, count = LocalProcessor(), ProcessorSettings(), 0
    for chunk in plan_chunks(sources, page_count=page_count, sizes=chunk_sizes()):
        count += len(processor.process(chunk.sources, context=chunk.context, settings=options).sentences)
    elapsed = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return elapsed, count, peak_mb


def runs_at(root: Path, pdf: Path) -> dict[str, float]:
    """Seconds per run (baseline, 1 and 2 workers) of another checkout's own bench, in this invocation.

    It runs first, alone, and writes only to its own checkout's RESULTS.md.
    """
    out = subprocess.run(
        [sys.executable, "bench/pipeline.py", "--pdf", str(pdf)], cwd=root, capture_output=True, text=True, check=True
    ).stdout
    rows = dict(re.findall(r"^\| (baseline \(one process\)|\d worker process(?:es)?) \| ([\d.]+) \|", out, re.M))
    return {name: float(seconds) for name, seconds in rows.items()}


def recreate_database() -> None:
    import psycopg

    with psycopg.connect("postgres://postgres@127.0.0.1:5432/postgres", autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {DB_NAME} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {DB_NAME}")
    subprocess.run([sys.executable, "manage.py", "migrate", "-v", "0"], cwd=ROOT, env={**os.environ, **ENV}, check=True)


def descendants(pid: int) -> list[int]:
    out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True).stdout.split()
    kids = [int(p) for p in out]
    return kids + [d for k in kids for d in descendants(k)]


def peak_rss_mb(pids: list[int]) -> float:
    peak = 0
    for pid in pids:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    peak = max(peak, int(line.split()[1]))
        except OSError:
            continue
    return peak / 1024


def pipeline_run(pdf: Path, processes: int, media: Path) -> dict:
    import dramatiq

    from accounts.models import User
    from accounts.services import credits_grant
    from jobs.services import job_create

    dramatiq.get_broker().flush_all()
    log = open(ROOT / "test-output" / f"bench-pipeline-{processes}.log", "w")
    worker = subprocess.Popen(
        [sys.executable, "manage.py", "rundramatiq", "--processes", str(processes), "--threads", "1"],
        cwd=ROOT,
        env={**os.environ, **ENV, "MEDIA_ROOT": str(media)},
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        time.sleep(1)
        deadline = time.monotonic() + 60
        while "Worker process is ready" not in (ROOT / "test-output" / f"bench-pipeline-{processes}.log").read_text():
            if time.monotonic() > deadline or worker.poll() is not None:
                raise RuntimeError("worker did not start")
            time.sleep(0.1)
        user = User.objects.create_user(f"bench{processes}-{time.time_ns()}@example.com", "bench-pass-123")
        credits_grant(user=user, amount=100_000)
        from django.core.files import File

        start = time.perf_counter()
        with pdf.open("rb") as handle:
            job = job_create(owner=user, upload=File(handle, name=pdf.name), options={})
        upload_s = time.perf_counter() - start
        peak = 0.0
        while True:
            job.refresh_from_db()
            if job.is_final:
                break
            peak = max(peak, peak_rss_mb(descendants(worker.pid)))
            time.sleep(0.2)
        elapsed = time.perf_counter() - start
        peak = max(peak, peak_rss_mb(descendants(worker.pid)))
        return {
            "processes": processes,
            "status": job.status,
            "seconds": elapsed,
            "upload_s": upload_s,
            "sentences": job.sentence_count,
            "chunks": job.total_chunks,
            "peak_mb": peak,
        }
    finally:
        os.killpg(worker.pid, signal.SIGTERM)
        worker.wait(timeout=60)
        log.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pdf", type=Path, default=BOOK)
    parser.add_argument("--before", type=Path, help="a checkout of an earlier commit: its own runs, same invocation")
    args = parser.parse_args()
    before = runs_at(args.before, args.pdf) if args.before else None
    os.environ.update(ENV)
    (ROOT / "test-output").mkdir(exist_ok=True)
    recreate_database()
    import django

    django.setup()
    media = ROOT / "test-output" / "bench-media"
    media.mkdir(parents=True, exist_ok=True)

    base_s, base_count, base_mb = baseline(args.pdf)
    print(f"baseline: {base_s:.1f}s, {base_count} sentences, {base_mb:.0f} MB")
    runs = []
    for processes in (1, 2):
        run = pipeline_run(args.pdf, processes, media)
        run["name"] = f"{processes} worker process{'es' if processes > 1 else ''}"
        print(run)
        runs.append(run)

    when = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        "## Pipeline",
        "",
        f"`bench/pipeline.py`, {args.pdf.name} ({runs[0]['chunks']} chunks), measured {when} on this 2-core",
        "machine (shared with other work, so figures vary run to run). Baseline: the same extraction, cleanup,",
        "segmentation and local processor in one plain process, no queue, no database. Pipeline: upload",
        "(`job_create`) to `completed` through Redis, PostgreSQL and `rundramatiq --threads 1`.",
        "",
        "| run | seconds | ratio to baseline | sentences | peak memory (MB) | status |",
        "|---|---|---|---|---|---|",
        f"| baseline (one process) | {base_s:.1f} | 1.00 | {base_count} | {base_mb:.0f} | - |",
    ]
    for run in runs:
        lines.append(
            f"| {run['name']} | {run['seconds']:.1f} | "
            f"{run['seconds'] / base_s:.2f} | {run['sentences']} | {run['peak_mb']:.0f} | {run['status']} |"
        )
    lines += [
        "",
        "Aims: two worker processes no slower than the baseline (ratio <= 1.0); one within 1.3x; worker memory",
        "under 400 MB; and (issue 13) two workers within 1.25x of the checkout before the sentences style, each",
        "under 450 MB. Peak memory is the largest VmHWM of any worker process (each loads spaCy once).",
        "Workers are started before the upload and load the parser at boot, as long-running workers do; the",
        "baseline pays its own parser load inside its time.",
        f"Upload (`job_create`: stream, hash, validate, store, reserve) took {runs[0]['upload_s']:.2f} s.",
    ]
    if before:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=args.before, capture_output=True, text=True
        ).stdout.strip()
        now = {"baseline (one process)": base_s} | {r["name"]: r["seconds"] for r in runs}
        lines += [
            "",
            f"The checkout at {commit}, its own bench run first in the same invocation:",
            "",
            "| run | seconds at " + commit + " | seconds now | now / then |",
            "|---|---|---|---|",
        ]
        for name, then in before.items():
            lines.append(f"| {name} | {then:.1f} | {now[name]:.1f} | {now[name] / then:.2f} |")
    replace_section(ROOT / "bench" / "RESULTS.md", "## Pipeline", "\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
