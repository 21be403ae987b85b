"""Uploads in an S3-compatible bucket: stored there, read back by the split step, deleted after retention.

The bucket is moto's S3 server on loopback, started here; the real boto3
client (through django-storages) talks HTTP to it, from the test process and
from a real `rundramatiq` worker that has no access to the web side's disk.
"""

from __future__ import annotations

import hashlib
import os
import socket
import subprocess
import sys
import uuid
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import boto3
import pytest
from botocore.config import Config
from django.urls import reverse
from django.utils import timezone
from moto.server import ThreadedMotoServer

from jobs import pipeline
from jobs.models import Job
from jobs.services import job_create, job_delete, job_delete_upload
from novelproc.errors import TransientError
from tests.api.conftest import _fresh_throttles, token_client  # noqa: F401 (autouse fixture)
from tests.conftest import BAD_DIR, PDF_DIR, ROOT, wait_for
from tests.jobs.helpers import media_files, upload_of

VERNE = PDF_DIR / "verne_secret_wilhelm_storitz.pdf"
KEYS = {"S3_ACCESS_KEY_ID": "novelproc-test", "S3_SECRET_ACCESS_KEY": "novelproc-test-secret"}
REGION = "eu-west-3"


@dataclass
class Bucket:
    name: str
    endpoint: str
    client: object

    def keys(self) -> list[str]:
        pages = self.client.get_paginator("list_objects_v2").paginate(Bucket=self.name)
        return [item["Key"] for page in pages for item in page.get("Contents", [])]

    def read(self, key: str) -> bytes:
        return self.client.get_object(Bucket=self.name, Key=key)["Body"].read()

    def env(self) -> dict[str, str]:
        """What a worker host is given to reach the same bucket."""
        return {
            "FILE_STORAGE_BACKEND": "s3",
            "S3_BUCKET": self.name,
            "S3_ENDPOINT_URL": self.endpoint,
            "S3_REGION": REGION,
            "S3_ADDRESSING_STYLE": "path",
            **KEYS,
        }


def _s3_options(bucket: str, endpoint: str, **extra) -> dict:
    return {
        "bucket_name": bucket,
        "endpoint_url": endpoint,
        "region_name": REGION,
        "access_key": KEYS["S3_ACCESS_KEY_ID"],
        "secret_key": KEYS["S3_SECRET_ACCESS_KEY"],
        "addressing_style": "path",
        "default_acl": None,
        "file_overwrite": False,
        "max_memory_size": 2 * 1024 * 1024,
        **extra,
    }


@pytest.fixture(scope="module")
def s3_endpoint():
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


@pytest.fixture
def bucket(s3_endpoint, settings) -> Bucket:
    """A fresh bucket, and Django's default storage pointed at it."""
    name = f"novelproc-{uuid.uuid4().hex[:12]}"
    client = boto3.client(
        "s3",
        endpoint_url=s3_endpoint,
        region_name=REGION,
        aws_access_key_id=KEYS["S3_ACCESS_KEY_ID"],
        aws_secret_access_key=KEYS["S3_SECRET_ACCESS_KEY"],
    )
    client.create_bucket(Bucket=name, CreateBucketConfiguration={"LocationConstraint": REGION})
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": _s3_options(name, s3_endpoint)},
    }
    return Bucket(name, s3_endpoint, client)


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# --- upload ------------------------------------------------------------------


def test_an_api_upload_goes_to_the_bucket_and_not_to_local_disk(owner, bucket, settings, broker):
    with VERNE.open("rb") as handle:
        response = token_client(owner).post("/api/v1/jobs/", {"file": handle}, format="multipart")
    assert response.status_code == 202, response.content
    job = Job.objects.get(pk=response.json()["id"])
    assert bucket.keys() == [job.file.name] == [f"uploads/{owner.pk}/{job.pk}.pdf"]
    stored = bucket.read(job.file.name)
    assert hashlib.sha256(stored).hexdigest() == job.sha256 == hashlib.sha256(VERNE.read_bytes()).hexdigest()
    assert media_files(settings.MEDIA_ROOT) == []


def test_a_web_upload_goes_to_the_bucket(owner_client, owner, bucket):
    with VERNE.open("rb") as handle:
        response = owner_client.post(
            reverse("upload"),
            {
                "style": "sentences",
                "max_words": 8,
                "min_words": 2,
                "keep_punctuation": "on",
                "processor": "local",
                "tier": "balanced",
                "file": handle,
            },
        )
    assert response.status_code == 302, response.content
    job = Job.objects.get(owner=owner)
    assert bucket.keys() == [job.file.name]
    assert len(bucket.read(job.file.name)) == VERNE.stat().st_size == job.file_size


def test_a_refused_upload_leaves_the_bucket_empty(owner, bucket, broker):
    encrypted = BAD_DIR / "encrypted_user_password.pdf"
    with encrypted.open("rb") as handle:
        response = token_client(owner).post("/api/v1/jobs/", {"file": handle}, format="multipart")
    assert response.status_code == 422, response.content
    assert response.json()["error"]["code"] == "pdf_encrypted"
    assert not Job.objects.exists()
    assert bucket.keys() == []


def test_deleting_a_job_deletes_its_object(owner, bucket):
    job = job_create(owner=owner, upload=upload_of(VERNE), options={}, confirm=False)
    assert bucket.keys() == [job.file.name]
    job_delete(job=job)
    assert bucket.keys() == []


# --- split ---------------------------------------------------------------------


def test_split_reads_the_pdf_from_the_bucket(owner, bucket, settings):
    job = job_create(owner=owner, upload=upload_of(VERNE), options={}, confirm=False)
    Job.objects.filter(pk=job.pk).update(status=Job.Status.PENDING)
    chunk_ids = pipeline.split_book(job.pk)
    job.refresh_from_db()
    assert job.status == Job.Status.PROCESSING, (job.error_code, job.error_message)
    assert job.page_count == 178 and len(chunk_ids) == job.total_chunks > 1
    assert media_files(settings.MEDIA_ROOT) == []


def test_split_fails_the_job_as_missing_when_the_object_is_gone(owner, bucket):
    job = job_create(owner=owner, upload=upload_of(VERNE), options={}, confirm=False)
    bucket.client.delete_object(Bucket=bucket.name, Key=job.file.name)
    Job.objects.filter(pk=job.pk).update(status=Job.Status.PENDING)
    assert pipeline.split_book(job.pk) == []
    job.refresh_from_db()
    assert (job.status, job.error_code) == (Job.Status.FAILED, "file_missing")


def test_split_retries_later_when_the_store_is_unreachable(owner, bucket, settings):
    job = job_create(owner=owner, upload=upload_of(VERNE), options={}, confirm=False)
    Job.objects.filter(pk=job.pk).update(status=Job.Status.PENDING)
    unreachable = f"http://127.0.0.1:{_closed_port()}"
    once = Config(retries={"total_max_attempts": 1}, connect_timeout=2)
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": _s3_options(bucket.name, unreachable, client_config=once),
        },
    }
    job.refresh_from_db()
    with pytest.raises(TransientError) as raised:
        pipeline.split_book(job.pk)
    assert raised.value.code == "storage_unavailable"
    job.refresh_from_db()
    assert job.status == Job.Status.SPLITTING and not job.chunks.exists()  # the retry starts from here


# --- retention ---------------------------------------------------------------


def test_retention_deletes_the_object_and_keeps_the_results(owner, bucket):
    kept = job_create(owner=owner, upload=upload_of(VERNE), options={}, confirm=False)
    due = job_create(owner=owner, upload=upload_of(PDF_DIR / "maindron_incomparable_florimond.pdf"), options={})
    now = timezone.now()
    Job.objects.filter(pk=due.pk).update(status=Job.Status.COMPLETED, file_delete_after=now - timedelta(minutes=1))
    Job.objects.filter(pk=kept.pk).update(status=Job.Status.COMPLETED, file_delete_after=now + timedelta(hours=1))

    for job_id in pipeline.uploads_due_for_deletion():
        assert job_delete_upload(job_id=job_id)

    due.refresh_from_db()
    kept.refresh_from_db()
    assert not due.file and due.file_deleted_at is not None
    assert bucket.keys() == [kept.file.name]


# --- a real worker on the bucket -----------------------------------------------


@pytest.mark.integration
def test_a_worker_with_no_shared_disk_runs_a_job_from_the_bucket(start_worker, owner, bucket, settings):
    start_worker(processes=1, threads=2, **bucket.env())
    job = job_create(owner=owner, upload=upload_of(VERNE), options={})
    # Nothing on the disk the worker shares with this process: only the bucket holds the book.
    assert media_files(settings.MEDIA_ROOT) == [] and bucket.keys() == [job.file.name]
    wait_for(lambda: Job.objects.get(pk=job.pk).status in Job.FINAL, timeout=180, message="the job to finish")
    job.refresh_from_db()
    assert job.status == Job.Status.COMPLETED, (job.error_code, job.error_message)
    texts = list(job.sentences.order_by("position").values_list("text", flat=True))
    assert texts == _reference_texts(VERNE, job)


def _reference_texts(pdf: Path, job: Job) -> list[str]:
    from jobs.engine.chunking import plan_chunks
    from jobs.engine.processors.local import LocalProcessor
    from jobs.engine.types import ProcessorSettings

    options = ProcessorSettings.from_dict(job.settings)
    page_count, sources = pipeline.read_book(str(pdf))
    out: list[str] = []
    processor = LocalProcessor()
    for chunk in plan_chunks(sources, page_count=page_count, sizes=pipeline.chunk_sizes()):
        result = processor.process(chunk.sources, context=chunk.context, settings=options)
        out.extend(s.text for s in result.sentences)
    return out


# --- settings ------------------------------------------------------------------


def test_s3_storage_without_a_bucket_is_refused_at_start_up():
    env = {**os.environ, "FILE_STORAGE_BACKEND": "s3", "S3_BUCKET": ""}
    result = subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode != 0
    assert "S3_BUCKET must be set when FILE_STORAGE_BACKEND is s3" in result.stderr
