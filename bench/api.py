"""API load bench: a real gunicorn on loopback against PostgreSQL and Redis.

Measures
  1. job detail (GET /api/v1/jobs/{id}/, token auth): requests/s and latency percentiles,
     against /healthz on the same server as the framework-free baseline;
  2. one 50 MB upload (POST /api/v1/jobs/ -> 202), against a dry run of the same file;
  3. 20 concurrent 50 MB uploads from 20 users (p50/p95), then checks nothing was lost:
     20 distinct jobs, one per user, each stored file complete with the right sha256.

Runs against its own database (novelproc_apibench, recreated) and Redis db 11 with its own
namespace and key prefix; writes the "## API" section of bench/RESULTS.md.

    .venv/bin/python bench/api.py [--seconds 15] [--connections 16]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import statistics
import sys
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench.api_load import (  # noqa: E402
    concurrent_uploads,
    floor_copy_and_hash,
    hammer,
    percentile,
    post_upload,
    verify_uploads,
)
from bench.api_server import (  # noqa: E402
    DB_NAME,
    Server,
    bench_env,
    build_big_pdf,
    flush_bench_broker,
    make_detail_job,
    make_users,
    recreate_database,
    server_cpu_seconds,
    setup_django,
    start_server,
    stop_server,
)

RESULTS = ROOT / "bench" / "RESULTS.md"
BIG_MB = 50
CONCURRENT = 20


def write_results(section: str) -> None:
    from bench.results_section import replace_section

    replace_section(RESULTS, "## API", section)


@dataclass
class Batch:
    latencies: list[float]
    statuses: list[int]
    problems: list[str]
    cpu_per_upload: float
    load_before: float

    @property
    def p50(self) -> float:
        return percentile(self.latencies, 50)

    @property
    def p95(self) -> float:
        return percentile(self.latencies, 95)


@dataclass
class Run:
    server: Server
    health: dict
    detail: dict
    detail_load: float
    lone: float
    lone_cpu: float
    dry: float
    batches: list[Batch]

    @property
    def label(self) -> str:
        return f"{self.server.workers} workers x {self.server.threads} threads"


def render(args, runs: list[Run], floor: float, size: int) -> str:
    lines = [
        "## API",
        "",
        f"`bench/api.py`, measured {datetime.now(UTC):%Y-%m-%d %H:%M} UTC on this 2-core machine, which other",
        "engineers' test suites and benches were using at the same time: the 1-minute load average is given",
        "with each figure (above 2 means work was queued for the 2 cores), and wall-clock figures swing with it.",
        "Server CPU seconds (gunicorn master + workers, from /proc) do not depend on that load and are the",
        "figure to compare runs by. gunicorn gthread in two shapes, DEBUG=false, PostgreSQL",
        f"`{DB_NAME}` and Redis on loopback, throttles on with rates raised so they never trigger. The load",
        "generator is Python (http.client, keep-alive) on the same 2 cores. Each server is warmed up first",
        "(each worker imports the pipeline modules at start, as a long-running one has; then a dry run and one",
        "upload per worker process).",
        "",
        f"### Job detail: {args.connections} keep-alive connections, one user and job each, {args.seconds:.0f} s",
        "",
        "| server | endpoint | requests | req/s | p50 ms | p95 ms | p99 ms | non-200 | load avg |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for run in runs:
        for name, row in (("GET /healthz (baseline)", run.health), ("GET /api/v1/jobs/{id}/", run.detail)):
            lines.append(
                f"| {run.label} | {name} | {row['requests']} | {row['rps']:.0f} | {row['p50_ms']:.1f} "
                f"| {row['p95_ms']:.1f} | {row['p99_ms']:.1f} | {row['errors']} | {run.detail_load:.1f} |"
            )
    lines += [
        "",
        "Baseline for the ratio: GET /healthz on the same server, same connections (no auth, no database,",
        "no DRF). Job detail runs at "
        + ", ".join(f"{r.detail['rps'] / r.health['rps']:.2f}x its rate with {r.label}" for r in runs)
        + ". The view makes one query; token auth adds one (token + user), so 2 per request; the rest is DRF,",
        "two throttle round trips to Redis and JSON rendering (~3.6 ms per request in-process on this machine).",
        "",
        f"### Uploads of a {size / 1024 / 1024:.0f} MiB PDF (Verne, 178 pages, padded with an embedded file)",
        "",
        "| server | case | wall time | server CPU per upload | load avg | result |",
        "|---|---|---|---|---|---|",
    ]
    for run in runs:
        lines.append(f"| {run.label} | one upload -> 202 | {run.lone:.2f} s | {run.lone_cpu:.2f} s | | 202 |")
        lines.append(f"| {run.label} | same file, dry_run=true -> 200 | {run.dry:.2f} s | | | 200 |")
        for i, batch in enumerate(run.batches, 1):
            lost = "nothing lost" if not batch.problems else "; ".join(batch.problems)
            lines.append(
                f"| {run.label} | {CONCURRENT} concurrent, batch {i}: p50 / p95 / slowest "
                f"| {batch.p50:.2f} / {batch.p95:.2f} / {max(batch.latencies):.2f} s | {batch.cpu_per_upload:.2f} s "
                f"| {batch.load_before:.1f} | {sorted(set(batch.statuses))}, {lost} |"
            )
    all_batches = [b for r in runs for b in r.batches]
    best = min(all_batches, key=lambda b: b.p95)
    cpu = statistics.median(b.cpu_per_upload for b in all_batches)
    lone_best = min(r.lone for r in runs)
    lines += [
        "",
        f"Aims. One upload under 1 s: {'met' if lone_best < 1 else 'missed'} (best {lone_best:.2f} s). "
        f"20 concurrent p95 under 3 s: {'met' if best.p95 < 3 else 'missed'} (best batch {best.p95:.2f} s).",
        f"Nothing lost: every batch checked that each of the {CONCURRENT} users has exactly one job, whose id was",
        "in a 202 answer, whose stored file has the upload's size and sha256.",
        "",
        f"Baselines. sha256 plus one copy of the file in-process takes {floor:.2f} s. A 50 MiB upload costs the",
        f"server a median {cpu:.2f} CPU seconds in the concurrent batches, so {CONCURRENT} of them need at least "
        f"{CONCURRENT * cpu / 2:.1f} s",
        "of wall time on 2 idle cores: that, not the server shape, bounds the batch. Where the time goes: Django's",
        "multipart parser writes the body to a temporary file; `staged_upload` hashes that file in place,",
        "pdfium samples a few pages (under a process-wide lock: PDFium is not thread-safe) and storage moves",
        "the file into place; plus one extra sha256 pass when the user has a completed job of the same size",
        "and settings (the duplicate check).",
        "",
    ]
    return "\n".join(lines)


def upload_batch(port: int, server: Server, users: list[tuple[str, str]], pdf: bytes, sha: str) -> Batch:
    load = os.getloadavg()[0]
    cpu_before = server_cpu_seconds(server)
    results = concurrent_uploads(port, [token for _, token in users], pdf)
    cpu = (server_cpu_seconds(server) - cpu_before) / len(users)
    problems = verify_uploads(results, [email for email, _ in users], sha, len(pdf))
    return Batch([t for t, _, _ in results], [s for _, s, _ in results], problems, cpu, load)


def measure(args, env: dict[str, str], workers: int, threads: int, pdf: bytes, sha: str) -> Run:
    count = args.connections + 1 + workers + CONCURRENT * args.repeats
    users = make_users(count, prefix=f"w{workers}t{threads}-")
    detail_users = users[: args.connections]
    jobs = [make_detail_job(email) for email, _ in detail_users]
    lone_user = users[args.connections]
    warm_users = users[args.connections + 1 : args.connections + 1 + workers]
    batch_users = users[args.connections + 1 + workers :]
    server = start_server(env, workers, threads)
    try:
        paths = [
            (f"/api/v1/jobs/{job}/", {"Authorization": f"Token {token}"})
            for job, (_, token) in zip(jobs, detail_users, strict=True)
        ]
        hammer(server.port, paths, 2, args.connections)  # warm-up
        detail_load = os.getloadavg()[0]
        health = hammer(server.port, [("/healthz", {})], args.seconds, args.connections)
        detail = hammer(server.port, paths, args.seconds, args.connections)
        print(server.workers, server.threads, "healthz", health, "\ndetail", detail, flush=True)

        post_upload(server.port, lone_user[1], pdf, {"dry_run": "true"})
        concurrent_uploads(server.port, [token for _, token in warm_users], pdf)
        dry = post_upload(server.port, lone_user[1], pdf, {"dry_run": "true"})[0]
        cpu_before = server_cpu_seconds(server)
        lone = post_upload(server.port, lone_user[1], pdf)
        assert lone[1] == 202, lone
        lone_cpu = server_cpu_seconds(server) - cpu_before
        print(f"lone {lone[0]:.2f}s (cpu {lone_cpu:.2f}s) dry {dry:.2f}s", flush=True)
        batches = []
        for i in range(args.repeats):
            batch = upload_batch(server.port, server, batch_users[i * CONCURRENT : (i + 1) * CONCURRENT], pdf, sha)
            print(f"batch p50 {batch.p50:.2f} p95 {batch.p95:.2f} cpu/upload {batch.cpu_per_upload:.2f}", flush=True)
            batches.append(batch)
        return Run(server, health, detail, detail_load, lone[0], lone_cpu, dry, batches)
    finally:
        stop_server(server)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=15.0)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument(
        "--servers", default="3x8,20x1", help="gunicorn shapes to measure, WORKERSxTHREADS, comma-separated"
    )
    parser.add_argument("--repeats", type=int, default=3, help="batches of concurrent uploads per server shape")
    args = parser.parse_args()

    scratch = Path(tempfile.mkdtemp(prefix="novelproc-apibench-"))
    env = bench_env(scratch / "media")
    try:
        print("database...", flush=True)
        recreate_database(env)
        setup_django(env)
        flush_bench_broker()
        big = scratch / "big.pdf"
        build_big_pdf(big, BIG_MB)
        pdf = big.read_bytes()
        sha = hashlib.sha256(pdf).hexdigest()
        floor = floor_copy_and_hash(big)
        runs = []
        for shape in args.servers.split(","):
            workers, threads = (int(x) for x in shape.split("x"))
            runs.append(measure(args, env, workers, threads, pdf, sha))
        section = render(args, runs, floor, len(pdf))
        write_results(section)
        print(section)
    finally:
        flush_bench_broker()
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
