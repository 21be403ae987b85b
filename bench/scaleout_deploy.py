"""One deployment of the product on the scale-out bench's hosts, and the client that drives it.

A Deployment names the hosts of PostgreSQL (a throwaway cluster, initdb in a scratch dir),
Redis, the web (gunicorn and the scheduler) and optionally an S3 store (moto's server); it
starts them, starts workers, makes a user, and uploads books and polls jobs through the API
as a client on the bridge would.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from bench.scaleout_lab import NET, ROOT, Lab, addr, in_ns, sh, wait_port

PY = str(ROOT / ".venv" / "bin" / "python")
PG_BIN = sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: int(p.parent.name))[-1]
JOB_TIMEOUT_S = 1800


@dataclass
class Deployment:
    lab: Lab
    db_host: str
    redis_host: str
    web_host: str
    s3_host: str | None  # None: the embedded default, files on the web host's disk
    lease_s: int | None
    token: str = ""

    @property
    def database_url(self) -> str:
        return f"postgres://postgres@{addr(self.db_host)}:5432/novelproc"

    @property
    def api(self) -> str:
        return f"http://{addr(self.web_host)}:8000/api/v1"

    def env(self, host: str) -> dict[str, str]:
        keep = {k: v for k, v in os.environ.items() if k in ("PATH", "LANG", "LC_ALL", "HOME")}
        home = self.lab.host_dir(host)
        env = {
            **keep,
            "PYTHONUNBUFFERED": "1",
            "DJANGO_SETTINGS_MODULE": "novelproc.settings",
            "DEBUG": "true",
            "SECRET_KEY": "scaleout-bench-key",
            "ALLOWED_HOSTS": addr(self.web_host),
            "DATABASE_URL": self.database_url,
            "REDIS_URL": f"redis://{addr(self.redis_host)}:6379/0",
            "CACHE_REDIS_URL": f"redis://{addr(self.redis_host)}:6379/1",
            "DRAMATIQ_NAMESPACE": "novelproc",
            "NOVELPROC_VAR_DIR": str(home / "var"),
            "MEDIA_ROOT": str(home / "media"),
            "TMPDIR": str(home / "tmp"),
            "PDF_MAX_PAGES": "2000",
            "MAX_ACTIVE_JOBS_PER_USER": "20",
            "THROTTLE_UPLOADS": "1000/hour",
            "THROTTLE_USER": "100000/hour",
        }
        if self.lease_s:
            env["CHUNK_LEASE_S"] = str(self.lease_s)
        if self.s3_host:
            env.update(
                FILE_STORAGE_BACKEND="s3",
                S3_BUCKET="novelproc",
                S3_ENDPOINT_URL=f"http://{addr(self.s3_host)}:9000",
                S3_REGION="us-east-1",
                S3_ADDRESSING_STYLE="path",
                S3_ACCESS_KEY_ID="scaleout",
                S3_SECRET_ACCESS_KEY="scaleout-secret",
            )
        return env

    def start_services(self) -> None:
        lab = self.lab
        data = lab.host_dir(self.db_host) / "pg"
        data.mkdir()
        shutil.chown(data, "postgres", "postgres")
        run = in_ns(self.db_host, "runuser", "-u", "postgres", "--", str(PG_BIN / "initdb"))
        subprocess.run([*run, "-D", str(data), "-A", "trust", "-U", "postgres"], check=True, capture_output=True)
        with open(data / "pg_hba.conf", "a") as hba:
            hba.write(f"host all all {NET}.0/24 trust\n")
        options = f"-c listen_addresses={addr(self.db_host)} -c unix_socket_directories={data} -c fsync=off"
        lab.start(
            f"postgres-{self.db_host}",
            self.db_host,
            [str(PG_BIN / "postgres"), "-D", str(data), *options.split()],
            user="postgres",
        )
        redis_dir = lab.host_dir(self.redis_host) / "redis"
        redis_dir.mkdir()
        lab.start(
            f"redis-{self.redis_host}",
            self.redis_host,
            [
                "redis-server",
                "--bind",
                addr(self.redis_host),
                "--port",
                "6379",
                "--save",
                "",
                "--appendonly",
                "no",
                "--protected-mode",
                "no",
                "--dir",
                str(redis_dir),
            ],
        )
        if self.s3_host:
            lab.start(
                "s3",
                self.s3_host,
                [PY, "-c", "from moto.server import main; main()", "-H", addr(self.s3_host), "-p", "9000"],
            )
        wait_port(self.db_host, 5432)
        wait_port(self.redis_host, 6379)
        sh(*in_ns(self.db_host, str(PG_BIN / "createdb"), "-h", addr(self.db_host), "-U", "postgres", "novelproc"))
        if self.s3_host:
            wait_port(self.s3_host, 9000)
            import boto3

            boto3.client(
                "s3",
                endpoint_url=f"http://{addr(self.s3_host)}:9000",
                region_name="us-east-1",
                aws_access_key_id="scaleout",
                aws_secret_access_key="scaleout-secret",
            ).create_bucket(Bucket="novelproc")
        web = self.env(self.web_host)
        subprocess.run(in_ns(self.web_host, PY, "manage.py", "migrate", "-v", "0"), cwd=ROOT, env=web, check=True)
        lab.start(
            f"web-{self.web_host}",
            self.web_host,
            [
                str(ROOT / ".venv" / "bin" / "gunicorn"),
                "novelproc.wsgi",
                "--bind",
                f"{addr(self.web_host)}:8000",
                "--workers",
                "2",
                "--timeout",
                "120",
            ],
            env=web,
        )
        lab.start(f"scheduler-{self.web_host}", self.web_host, [PY, "manage.py", "crontab", "--no-heartbeat"], env=web)
        wait_port(self.web_host, 8000)
        lab.wait_log(f"scheduler-{self.web_host}", "Starting scheduler")

    def make_user(self) -> str:
        """A new user per run: the same book from the same user would be answered with the earlier job."""
        code = (
            "from accounts.models import User; from accounts.services import credits_grant; "
            "from rest_framework.authtoken.models import Token; import time; "
            "u = User.objects.create_user('bench-%d@example.com' % time.time_ns(), 'bench-pass-123'); "
            "credits_grant(user=u, amount=1_000_000, note='bench'); "
            "print('TOKEN', Token.objects.create(user=u).key)"
        )
        out = subprocess.run(
            in_ns(self.web_host, PY, "manage.py", "shell", "-c", code),
            cwd=ROOT,
            env=self.env(self.web_host),
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        return next(line.split()[1] for line in out.splitlines() if line.startswith("TOKEN"))

    def start_worker(self, host: str, processes: int = 1) -> str:
        name = f"worker-{host}-{processes}-{time.monotonic_ns()}"
        self.lab.start(
            name,
            host,
            [PY, "manage.py", "rundramatiq", "--processes", str(processes), "--threads", "1"],
            env=self.env(host),
        )
        self.lab.wait_log(name, "Worker process is ready", timeout=180)
        if processes > 1:
            deadline = time.monotonic() + 180
            while self.lab.log(name).count("Worker process is ready") < processes and time.monotonic() < deadline:
                time.sleep(0.2)
        return name

    # --- the client side ---------------------------------------------------

    def session(self):
        import requests

        s = requests.Session()
        s.trust_env = False  # straight to the web host, never through a proxy from the environment
        s.headers["Authorization"] = f"Token {self.token}"
        return s

    def submit(self, pdf: Path, options: dict) -> str:
        with pdf.open("rb") as handle:
            r = self.session().post(
                f"{self.api}/jobs/", files={"file": (pdf.name, handle, "application/pdf")}, data=options, timeout=120
            )
        if r.status_code != 202:
            raise RuntimeError(f"upload of {pdf.name} answered {r.status_code}: {r.text[:500]}")
        return r.json()["id"]

    def status(self, job_id: str) -> dict:
        r = self.session().get(f"{self.api}/jobs/{job_id}/", timeout=30)
        r.raise_for_status()
        return r.json()

    def wait_final(self, job_ids: list[str]) -> dict[str, float]:
        """Each job's end, in time.perf_counter() seconds, seen by polling the API."""
        ends: dict[str, float] = {}
        deadline = time.monotonic() + JOB_TIMEOUT_S
        while len(ends) < len(job_ids):
            for job_id in job_ids:
                if job_id not in ends and self.status(job_id)["status"] in FINAL:
                    ends[job_id] = time.perf_counter()
            if time.monotonic() > deadline:
                raise RuntimeError(f"jobs not finished after {JOB_TIMEOUT_S}s: {set(job_ids) - set(ends)}")
            time.sleep(0.25)
        return ends

    def sql(self, query: str, *params):
        import psycopg

        with psycopg.connect(self.database_url) as conn:
            return conn.execute(query, params).fetchall()


FINAL = {"completed", "completed_with_errors", "failed", "cancelled"}
