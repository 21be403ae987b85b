"""`manage.py process_pdf FILE`: the same pipeline, in this process, with a progress bar."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import dramatiq
from django.core.files import File
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from dramatiq.brokers.stub import StubBroker
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from accounts.services import credits_top_up, user_get_or_create
from jobs import dispatch, pipeline
from jobs.engine.types import STYLES, ProcessorSettings
from jobs.exports.base import formats
from jobs.exports.services import export_job
from jobs.models import Job
from jobs.options import STYLE_LABELS
from jobs.services import job_create, job_delete_upload, job_submit
from novelproc.errors import ProcessingError

CLI_EMAIL = "cli@novelproc.local"


class Command(BaseCommand):
    help = "Turn a PDF into short sentences through the job pipeline and write them out (CSV, TSV, text or .apkg)."

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument("--limit", type=int, default=8, help="sentence length limit in words (3-50)")
        parser.add_argument("--min", type=int, default=2, dest="min_words", help="minimum length in words")
        parser.add_argument(
            "--style",
            choices=STYLES,
            default=ProcessorSettings().style,
            help="; ".join(f"{style}: {label}" for style, label in STYLE_LABELS.items()) + " (default: %(default)s)",
        )
        parser.add_argument("--out", type=Path, help="output file; its extension picks the format (default: FILE.csv)")
        parser.add_argument("--email", default=CLI_EMAIL, help="account the job belongs to (created if missing)")

    def handle(
        self, *args, file: Path, limit: int, min_words: int, style: str, out: Path | None, email: str, **options
    ):
        if not file.is_file():
            raise CommandError(f"No such file: {file}")
        out = out or file.with_suffix(".csv")
        fmt = out.suffix.lstrip(".").lower()
        if fmt not in formats():
            raise CommandError(f"Unknown output format {out.suffix!r}; use one of: {', '.join(formats())}")
        self._ensure_database()
        try:
            with _messages_stay_here():
                job = self._create(file, email, {"max_words": limit, "min_words": min_words, "style": style})
                job = self._run(job)
            # The PDF is on this machine already: the copy stored for the pipeline is not kept.
            job_delete_upload(job_id=job.pk)
            _, _, body = export_job(job=job, fmt=fmt)
            with out.open("wb") as handle:
                for block in body:
                    handle.write(block)
        except ProcessingError as exc:
            raise CommandError(f"{exc.message} ({exc.code})") from None
        self.stdout.write(
            f"{job.status}: {job.sentence_count} sentences and {job.heading_count} headings "
            f"from {job.page_count} pages written to {out}" + (f"\n{job.error_message}" if job.error_message else "")
        )

    def _ensure_database(self) -> None:
        """A fresh checkout's embedded SQLite database (var/) is set up on first use; any other
        database is migrated by whoever runs it."""
        executor = MigrationExecutor(connection)
        if not executor.migration_plan(executor.loader.graph.leaf_nodes()):
            return
        if connection.vendor != "sqlite":
            raise CommandError("The database is not up to date: run `manage.py migrate` first.")
        self.stderr.write(f"Setting up the database {connection.settings_dict['NAME']} ...")
        call_command("migrate", interactive=False, verbosity=0)

    def _create(self, file: Path, email: str, options: dict) -> Job:
        user, _ = user_get_or_create(email=email)
        with file.open("rb") as handle:
            upload = File(handle, name=file.name)
            draft = job_create(owner=user, upload=upload, options=options, confirm=False)
        # A local run pays for itself: top the command-line account up to the price.
        credits_top_up(user=user, to=draft.credits_reserved, note="command-line run")
        return job_submit(job=draft, enqueue=False)

    def _run(self, job: Job) -> Job:
        columns = [TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn()]
        with Progress(*columns, console=None) as progress:
            task = progress.add_task(f"Reading {job.filename}", total=None)
            chunk_ids = pipeline.split_book(job.pk)
            progress.update(task, total=len(chunk_ids), completed=0, description="Processing chunks")
            for chunk_id in chunk_ids:
                pipeline.run_chunk(chunk_id)
                progress.advance(task)
            progress.update(task, description="Merging")
            pipeline.merge_results(job.pk)
        job.refresh_from_db()
        return job


@contextmanager
def _messages_stay_here() -> Iterator[None]:
    """This command runs every step itself: anything sent to workers meanwhile (jobs.dispatch sends
    through the global broker) goes to an in-memory broker and is dropped, so a run needs no Redis
    and no worker repeats its work."""
    broker = dramatiq.get_broker()
    stub = StubBroker()
    for queue in set(dispatch.QUEUES.values()):
        stub.declare_queue(queue)
    dramatiq.set_broker(stub)
    try:
        yield
    finally:
        dramatiq.set_broker(broker)
