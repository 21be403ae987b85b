"""The API bench's client side: keep-alive GETs from many threads, streamed multipart uploads,
and the checks that every upload created exactly one job, stored whole.
"""

from __future__ import annotations

import hashlib
import http.client
import io
import json
import os
import tempfile
import threading
import time
from pathlib import Path


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * len(ordered)) - 1))
    return ordered[index]


def hammer(port: int, targets: list[tuple[str, dict[str, str]]], seconds: float, connections: int) -> dict:
    """Keep-alive GETs from ``connections`` threads for ``seconds`` (thread i uses target i mod len)."""
    latencies: list[list[float]] = [[] for _ in range(connections)]
    errors = [0] * connections
    stop_at = time.monotonic() + seconds

    def run(slot: int) -> None:
        path, headers = targets[slot % len(targets)]
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        while time.monotonic() < stop_at:
            started = time.perf_counter()
            conn.request("GET", path, headers=headers)
            response = conn.getresponse()
            response.read()
            latencies[slot].append(time.perf_counter() - started)
            if response.status != 200:
                errors[slot] += 1
        conn.close()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(connections)]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - began
    flat = [x for slot in latencies for x in slot]
    return {
        "requests": len(flat),
        "errors": sum(errors),
        "rps": len(flat) / elapsed,
        "p50_ms": percentile(flat, 50) * 1000,
        "p95_ms": percentile(flat, 95) * 1000,
        "p99_ms": percentile(flat, 99) * 1000,
    }


def multipart(pdf: bytes, fields: dict[str, str]) -> tuple[bytes, bytes, str]:
    """(head, tail, content type): the file bytes go between head and tail, sent without copying."""
    boundary = "----novelprocbench" + hashlib.sha1(os.urandom(8)).hexdigest()
    head = io.BytesIO()
    for name, value in fields.items():
        head.write(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode())
    head.write(
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\n'
        "Content-Type: application/pdf\r\n\r\n".encode()
    )
    return head.getvalue(), f"\r\n--{boundary}--\r\n".encode(), f"multipart/form-data; boundary={boundary}"


def post_upload(port: int, token: str, pdf: bytes, fields: dict[str, str] | None = None) -> tuple[float, int, dict]:
    head, tail, content_type = multipart(pdf, fields or {})
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
    started = time.perf_counter()
    conn.putrequest("POST", "/api/v1/jobs/")
    conn.putheader("Authorization", f"Token {token}")
    conn.putheader("Content-Type", content_type)
    conn.putheader("Content-Length", str(len(head) + len(pdf) + len(tail)))
    conn.endheaders()
    conn.send(head)
    conn.send(memoryview(pdf))
    conn.send(tail)
    response = conn.getresponse()
    body = response.read()
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed, response.status, json.loads(body or b"{}")


def concurrent_uploads(port: int, tokens: list[str], pdf: bytes) -> list[tuple[float, int, dict]]:
    results: list[tuple[float, int, dict] | None] = [None] * len(tokens)
    barrier = threading.Barrier(len(tokens))

    def run(i: int) -> None:
        barrier.wait()
        started = time.perf_counter()
        try:
            results[i] = post_upload(port, tokens[i], pdf)
        except OSError as error:  # a dropped connection counts as a failed upload, not a crash
            results[i] = (time.perf_counter() - started, 0, {"error": str(error)})

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(tokens))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results  # type: ignore[return-value]


def verify_uploads(results: list[tuple[float, int, dict]], emails: list[str], sha256: str, size: int) -> list[str]:
    """Every upload created exactly one job, stored whole."""
    from jobs.models import Job

    problems = []
    ids = [body.get("id") for _, status, body in results if status == 202]
    if len(ids) != len(results):
        problems.append(f"{len(results) - len(ids)} uploads did not answer 202: {[s for _, s, _ in results]}")
    if len(set(ids)) != len(ids):
        problems.append("duplicate job ids in responses")
    for email in emails:
        jobs = list(Job.objects.filter(owner__email=email))
        if len(jobs) != 1:
            problems.append(f"{email} has {len(jobs)} jobs")
            continue
        job = jobs[0]
        if str(job.pk) not in ids:
            problems.append(f"{email}'s job {job.pk} was not in any response")
        if job.sha256 != sha256 or job.file_size != size or job.file.size != size:
            problems.append(f"{job.pk} stored {job.file.size} bytes, sha {job.sha256[:12]}")
        if job.status != Job.Status.PENDING:
            problems.append(f"{job.pk} is {job.status}")
    return problems


def floor_copy_and_hash(path: Path) -> float:
    """What storing a file costs at least: one sha256 pass and one copy (the service does ~2 of each)."""
    started = time.perf_counter()
    digest = hashlib.sha256()
    with open(path, "rb") as src, tempfile.NamedTemporaryFile() as dst:
        while block := src.read(1024 * 1024):
            digest.update(block)
            dst.write(block)
        dst.flush()
    return time.perf_counter() - started
