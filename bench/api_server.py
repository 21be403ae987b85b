"""The API bench's server side: its database, Redis and test data, and gunicorn on loopback.

The bench runs against its own PostgreSQL database (novelproc_apibench, recreated) and Redis
db 11 (BENCH_PG_URL and BENCH_REDIS_URL move them) with its own namespace and key prefix;
gunicorn runs the product with the bench's environment, and its CPU time is read from /proc.
"""

from __future__ import annotations

import http.client
import os
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS_PDF = ROOT.parent / "shared" / "corpus" / "pdf" / "verne_secret_wilhelm_storitz.pdf"
DB_NAME = "novelproc_apibench"
PG_ADMIN_URL = os.environ.get("BENCH_PG_URL", "postgres://postgres@127.0.0.1:5432")
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/11")


@dataclass
class Server:
    proc: subprocess.Popen
    port: int
    workers: int
    threads: int


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def bench_env(media_root: Path) -> dict[str, str]:
    return {
        **os.environ,
        "DATABASE_URL": f"{PG_ADMIN_URL}/{DB_NAME}",
        "REDIS_URL": REDIS_URL,
        "DRAMATIQ_NAMESPACE": "np-apibench",
        "CACHE_KEY_PREFIX": "np-apibench",
        "MEDIA_ROOT": str(media_root),
        "DEBUG": "false",
        "SECRET_KEY": "bench-only-" + "x" * 50,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "SESSION_COOKIE_SECURE": "false",
        "CSRF_COOKIE_SECURE": "false",
        "SECURE_HSTS_SECONDS": "0",
        "LOG_LEVEL": "WARNING",
        # Throttles stay on (each request still pays its Redis round trip) but high enough
        # that the load generator measures the server, not the limiter.
        "THROTTLE_USER": "100000000/hour",
        "THROTTLE_UPLOADS": "100000/hour",
        "MAX_ACTIVE_JOBS_PER_USER": "100",
        "UPLOAD_MAX_MB": "100",
    }


def recreate_database(env: dict[str, str]) -> None:
    import psycopg

    with psycopg.connect(f"{PG_ADMIN_URL}/postgres", autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {DB_NAME} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {DB_NAME}")
    subprocess.run([sys.executable, "manage.py", "migrate", "-v", "0"], cwd=ROOT, env=env, check=True)


def setup_django(env: dict[str, str]) -> None:
    os.environ.update(env)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "novelproc.settings")
    import django

    django.setup()


def make_users(count: int, prefix: str = "") -> list[tuple[str, str]]:
    """Users with credits and tokens: [(email, token)]."""
    from rest_framework.authtoken.models import Token

    from accounts.models import User
    from accounts.services import credits_grant

    users = []
    for i in range(count):
        user = User.objects.create_user(f"{prefix}bench{i}@example.com", "bench-pass-123")
        credits_grant(user=user, amount=100_000, note="bench")
        users.append((user.email, Token.objects.create(user=user).key))
    return users


def make_detail_job(email: str) -> str:
    from django.utils import timezone

    from accounts.models import User
    from jobs.models import Job

    job = Job.objects.create(
        owner=User.objects.get(email=email),
        status=Job.Status.PROCESSING,
        filename="bench.pdf",
        sha256="0" * 64,
        page_count=300,
        total_chunks=20,
        completed_chunks=7,
        progress_percent=35,
        settings={"max_words": 8, "min_words": 2, "keep_dialogue_whole": False, "keep_punctuation": True},
        processing_started_at=timezone.now(),
    )
    return str(job.pk)


def build_big_pdf(path: Path, megabytes: int) -> None:
    """The Verne PDF padded to ``megabytes`` with an embedded file of random bytes: still a valid PDF."""
    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=str(CORPUS_PDF))
    pad = megabytes * 1024 * 1024 - CORPUS_PDF.stat().st_size - 4096
    writer.add_attachment("padding.bin", os.urandom(pad))
    with open(path, "wb") as out:
        writer.write(out)


GUNICORN_CONFIG = """
def post_worker_init(worker):
    # What a long-running worker has already done: import the pipeline modules that
    # services import lazily on first use (~0.5 s of CPU, once per process).
    import jobs.pipeline  # noqa: F401
"""


def wait_until_idle(server: Server, deadline_s: float = 90.0) -> None:
    """Until the workers have finished importing (server CPU under 0.05 s over half a second)."""
    deadline = time.monotonic() + deadline_s
    while time.monotonic() < deadline:
        before = server_cpu_seconds(server)
        time.sleep(0.5)
        if server_cpu_seconds(server) - before < 0.05:
            return


def start_server(env: dict[str, str], workers: int, threads: int) -> Server:
    port = free_port()
    config = Path(tempfile.gettempdir()) / "novelproc-apibench-gunicorn.conf.py"
    config.write_text(GUNICORN_CONFIG)
    log = open(Path(tempfile.gettempdir()) / f"novelproc-apibench-gunicorn-{workers}x{threads}.log", "w")
    proc = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "novelproc.wsgi:application",
            "--config",
            str(config),
            "--bind",
            f"127.0.0.1:{port}",
            "--worker-class",
            "gthread",
            "--workers",
            str(workers),
            "--threads",
            str(threads),
            "--keep-alive",
            "30",
            "--timeout",
            "120",
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/healthz")
            if conn.getresponse().status == 200:
                server = Server(proc, port, workers, threads)
                wait_until_idle(server)
                return server
        except OSError:
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError("gunicorn did not come up; see /tmp/novelproc-apibench-gunicorn-WxT.log")


def stop_server(server: Server) -> None:
    os.killpg(server.proc.pid, 15)
    try:
        server.proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(server.proc.pid, 9)


def flush_bench_broker() -> None:
    import redis

    client = redis.Redis.from_url(REDIS_URL)
    for pattern in ("np-apibench*", "*np-apibench*"):
        for key in client.scan_iter(match=pattern):
            client.delete(key)


def server_cpu_seconds(server: Server) -> float:
    """User+system CPU of the gunicorn master and its workers so far (from /proc; Linux only)."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid, ppid = int(entry.name), int(fields[1])
        if pid == server.proc.pid or ppid == server.proc.pid:
            total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / ticks
