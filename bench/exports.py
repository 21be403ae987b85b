"""Benchmark: export a 100,000-sentence job to CSV and to .apkg through the export service.

    .venv/bin/python bench/exports.py [--sentences 100000] [--no-write]

Seeds PostgreSQL database ``novelproc_expbench`` once (bulk_create), then runs
each export in a fresh child process so one measurement cannot hide in
memory freed by another: wall time, peak RSS growth during the export (the
kernel's VmHWM, reset through /proc/self/clear_refs just before the export
starts) and, in a second child, tracemalloc's peak of Python allocations.
Results go under "## Exports" in bench/RESULTS.md (only that section is
replaced).
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
DB_NAME = "novelproc_expbench"
DEFAULT_DB_URL = f"postgres://postgres@127.0.0.1:5432/{DB_NAME}"
RESULTS = ROOT / "bench" / "RESULTS.md"
FILENAME = "Bench Book.pdf"

WORDS = (
    "le la les un une des il elle ils nous vous dit regarda porte maison nuit jour ville homme femme main "
    "yeux temps rien toujours encore jamais alors puis mais donc car avec sans dans sur sous vers"
).split()


def setup_django() -> None:
    os.environ.setdefault("DATABASE_URL", DEFAULT_DB_URL)
    os.environ.setdefault("REDIS_URL", "redis://127.0.0.1:6379/13")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "novelproc.settings")
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def ensure_database() -> None:
    import psycopg

    with psycopg.connect("postgresql://postgres@127.0.0.1:5432/postgres", autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (DB_NAME,)).fetchone():
            conn.execute(f'CREATE DATABASE "{DB_NAME}"')


def sentence_text(i: int, n: int) -> str:
    words = [WORDS[(i * 7 + k * 13) % len(WORDS)] for k in range(n)]
    return (" ".join(words)).capitalize() + "."


def seed(count: int) -> str:
    """The bench job's id, creating it (and its sentences) if needed."""
    from django.core.management import call_command

    from accounts.models import User
    from jobs.models import Job, Sentence

    call_command("migrate", verbosity=0)
    user, _ = User.objects.get_or_create(email="bench-exports@example.com")
    job = Job.objects.filter(owner=user, filename=FILENAME, sentence_count=count).first()
    if job and Sentence.objects.filter(job=job).count() == count:
        return str(job.pk)
    Job.objects.filter(owner=user, filename=FILENAME).delete()
    job = Job.objects.create(
        owner=user, status=Job.Status.COMPLETED, filename=FILENAME, sha256="0" * 64, sentence_count=count
    )
    started = time.perf_counter()
    batch: list[Sentence] = []
    for i in range(count):
        source = sentence_text(i, 24)
        batch.append(
            Sentence(
                job=job,
                chunk_index=i // 500,
                chunk_position=i % 500,
                position=i + 1,
                text=sentence_text(i, 8),
                edited_text=sentence_text(i + 1, 7) if i % 10 == 0 else "",
                chapter=f"Chapitre {i // 2000 + 1}",
                page=i // 30 + 1,
                source_index=i % 500,
                source_text=source,
                word_count=8,
            )
        )
        if len(batch) == 5000:
            Sentence.objects.bulk_create(batch)
            batch.clear()
    Sentence.objects.bulk_create(batch)
    print(f"seeded {count} sentences in {time.perf_counter() - started:.1f}s", file=sys.stderr)
    return str(job.pk)


def status_kb(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise RuntimeError(f"{field} not in /proc/self/status")


def reset_peak_rss() -> bool:
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


def measure(job_id: str, fmt: str, trace: bool) -> dict:
    """Run one export in this (fresh) process, writing the bytes to a scratch file."""
    import tempfile
    import tracemalloc

    from django.db import connection

    from jobs.exports.base import formats
    from jobs.exports.services import export_job
    from jobs.models import Job

    formats()  # import every exporter before the baseline
    job = Job.objects.get(pk=job_id)
    connection.ensure_connection()
    out = tempfile.NamedTemporaryFile(prefix="np-bench-", delete=True)
    if trace:
        tracemalloc.start()
    baseline_rss = status_kb("VmRSS")
    hwm_reset = reset_peak_rss()
    baseline_hwm = status_kb("VmHWM") if hwm_reset else baseline_rss
    started = time.perf_counter()
    _, _, body = export_job(job=job, fmt=fmt)
    size = 0
    for chunk in body:
        out.write(chunk)
        size += len(chunk)
    elapsed = time.perf_counter() - started
    result = {"fmt": fmt, "seconds": round(elapsed, 2), "bytes": size}
    if trace:
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        result["tracemalloc_peak_mb"] = round(peak / 2**20, 1)
    else:
        result["rss_growth_mb"] = round((status_kb("VmHWM") - baseline_hwm) / 1024, 1)
        result["rss_baseline_mb"] = round(baseline_rss / 1024, 1)
        result["hwm_reset"] = hwm_reset
    out.close()
    return result


def run_child(job_id: str, fmt: str, trace: bool) -> dict:
    cmd = [sys.executable, __file__, "--child", job_id, fmt] + (["--trace"] if trace else [])
    proc = subprocess.run(cmd, capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def write_results(count: int, runs: list[dict]) -> str:
    by_fmt: dict[str, dict] = {}
    for run in runs:
        by_fmt.setdefault(run["fmt"], {}).update(run)
    lines = [
        "## Exports",
        "",
        f"`bench/exports.py`: one job of {count:,} sentences in PostgreSQL, exported through",
        "`jobs.exports.services.export_job` (rows via `values_list(...).iterator(chunk_size=2000)`), bytes written",
        "to a scratch file. Each figure comes from a fresh child process. RSS growth = peak RSS during the",
        "export (VmHWM, reset via /proc/self/clear_refs just before) minus RSS before it; tracemalloc peak from a",
        f"separate run (Python allocations only, slower). Machine: {os.cpu_count()} cores shared with other work;",
        f"measured {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}.",
        "",
        "| format | time (s) | file size (MB) | RSS growth (MB) | tracemalloc peak (MB) | time under tracemalloc (s) |",
        "|---|---|---|---|---|---|",
    ]
    for fmt, r in by_fmt.items():
        lines.append(
            f"| {fmt} | {r['seconds_rss']} | {r['bytes'] / 2**20:.1f} | {r['rss_growth_mb']} "
            f"| {r['tracemalloc_peak_mb']} | {r['seconds_trace']} |"
        )
    lines += [
        "",
        "Aim: memory growth under 50 MB for CSV. The .apkg is built as an on-disk sqlite collection written one",
        "note at a time (genanki's own `Deck.notes` list and leaked temp file are bypassed), zipped in a scratch",
        "directory and then streamed; its cost is time and temporary disk (collection + zip), not memory.",
        "",
    ]
    section = "\n".join(lines)
    from bench.results_section import replace_section

    replace_section(RESULTS, "## Exports", section)
    return section


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=100_000)
    parser.add_argument("--formats", default="csv,apkg")
    parser.add_argument("--no-write", action="store_true", help="print results without touching RESULTS.md")
    parser.add_argument("--child", nargs=2, metavar=("JOB_ID", "FMT"), help=argparse.SUPPRESS)
    parser.add_argument("--trace", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child:
        setup_django()
        print(json.dumps(measure(args.child[0], args.child[1], args.trace)))
        return

    if os.environ.get("DATABASE_URL", DEFAULT_DB_URL) == DEFAULT_DB_URL:
        ensure_database()
    setup_django()
    job_id = seed(args.sentences)
    runs = []
    for fmt in args.formats.split(","):
        plain = run_child(job_id, fmt, trace=False)
        traced = run_child(job_id, fmt, trace=True)
        print(json.dumps({"plain": plain, "traced": traced}), file=sys.stderr)
        runs.append({**plain, "seconds_rss": plain["seconds"]})
        runs.append({"fmt": fmt, "tracemalloc_peak_mb": traced["tracemalloc_peak_mb"]})
        runs.append({"fmt": fmt, "seconds_trace": traced["seconds"]})
    section = write_results(args.sentences, runs) if not args.no_write else json.dumps(runs, indent=2)
    print(section)


if __name__ == "__main__":
    main()
