"""The study set models, taken over from jobs (jobs' 0009 forgot them): state only, the tables keep their names.

The models' content types move with them, so permissions granted on them and the admin's history still apply.
"""

import uuid

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models

MODELS = ["studyset", "studysetindex", "studysetitem", "wordlist", "knownword"]


def _move_content_types(apps, schema_editor, *, old: str, new: str) -> None:
    content_type = apps.get_model("contenttypes", "ContentType")
    rows = content_type.objects.using(schema_editor.connection.alias)
    taken = set(rows.filter(app_label=new, model__in=MODELS).values_list("model", flat=True))
    rows.filter(app_label=old, model__in=set(MODELS) - taken).update(app_label=new)


def content_types_forward(apps, schema_editor) -> None:
    _move_content_types(apps, schema_editor, old="jobs", new="studysets")


def content_types_backward(apps, schema_editor) -> None:
    _move_content_types(apps, schema_editor, old="studysets", new="jobs")


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("jobs", "0009_study_sets_move_to_own_app"),
        ("contenttypes", "0002_remove_content_type_name"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
                migrations.CreateModel(
                    name="WordList",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("name", models.CharField(max_length=120)),
                        ("words", models.JSONField(default=list)),
                        ("created_at", models.DateTimeField(default=django.utils.timezone.now)),
                        (
                            "owner",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="word_lists",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                    ],
                    options={
                        "db_table": "jobs_wordlist",
                        "ordering": ["-created_at"],
                        "indexes": [
                            models.Index(fields=["owner", "-created_at"], name="jobs_wordli_owner_i_a259af_idx"),
                        ],
                    },
                ),
                migrations.CreateModel(
                    name="StudySet",
                    fields=[
                        ("id", models.UUIDField(default=uuid.uuid4, editable=False, primary_key=True, serialize=False)),
                        ("list_name", models.CharField(max_length=160)),
                        ("words", models.JSONField(default=list)),
                        (
                            "mode",
                            models.CharField(
                                choices=[
                                    ("cover", "Cover the list"),
                                    ("drill", "Only known words"),
                                    ("book", "Book vocabulary"),
                                    ("one_new", "One new word"),
                                ],
                                default="cover",
                                max_length=8,
                            ),
                        ),
                        ("max_words", models.PositiveSmallIntegerField()),
                        ("target_percent", models.PositiveSmallIntegerField(default=90)),
                        ("chapters", models.PositiveSmallIntegerField(default=0)),
                        ("form_count", models.PositiveIntegerField(default=0)),
                        ("known_count", models.PositiveIntegerField(default=0)),
                        ("curve", models.JSONField(blank=True, default=list)),
                        ("marks", models.JSONField(blank=True, default=dict)),
                        ("reached_percent", models.FloatField(default=0.0)),
                        (
                            "status",
                            models.CharField(
                                choices=[
                                    ("pending", "Pending"),
                                    ("running", "Running"),
                                    ("completed", "Completed"),
                                    ("failed", "Failed"),
                                ],
                                default="pending",
                                max_length=12,
                            ),
                        ),
                        ("progress_percent", models.PositiveSmallIntegerField(default=0)),
                        ("current_step", models.CharField(default="Queued", max_length=120)),
                        ("error_code", models.CharField(blank=True, max_length=64)),
                        ("error_message", models.TextField(blank=True)),
                        ("word_count", models.PositiveIntegerField(default=0)),
                        ("covered_count", models.PositiveIntegerField(default=0)),
                        ("sentence_count", models.PositiveIntegerField(default=0)),
                        ("missing_words", models.JSONField(blank=True, default=list)),
                        ("over_limit_words", models.JSONField(blank=True, default=list)),
                        ("timings", models.JSONField(blank=True, default=dict)),
                        ("credits_reserved", models.PositiveIntegerField(default=0)),
                        ("credits_charged", models.PositiveIntegerField(default=0)),
                        ("credits_settled", models.BooleanField(default=True)),
                        ("created_at", models.DateTimeField(default=django.utils.timezone.now)),
                        ("started_at", models.DateTimeField(blank=True, null=True)),
                        ("finished_at", models.DateTimeField(blank=True, null=True)),
                        ("updated_at", models.DateTimeField(default=django.utils.timezone.now)),
                        (
                            "job",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE, related_name="study_sets", to="jobs.job"
                            ),
                        ),
                        (
                            "owner",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="study_sets",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                        (
                            "word_list",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to="studysets.wordlist",
                            ),
                        ),
                    ],
                    options={
                        "db_table": "jobs_studyset",
                        "ordering": ["-created_at"],
                        "indexes": [
                            models.Index(fields=["owner", "-created_at"], name="jobs_studys_owner_i_ae23a9_idx"),
                            models.Index(fields=["owner", "status"], name="jobs_studys_owner_i_73d811_idx"),
                        ],
                    },
                ),
                migrations.CreateModel(
                    name="StudySetIndex",
                    fields=[
                        (
                            "study_set",
                            models.OneToOneField(
                                on_delete=django.db.models.deletion.CASCADE,
                                primary_key=True,
                                related_name="index",
                                serialize=False,
                                to="studysets.studyset",
                            ),
                        ),
                        ("sentences", models.JSONField(default=dict)),
                    ],
                    options={"db_table": "jobs_studysetindex"},
                ),
                migrations.CreateModel(
                    name="StudySetItem",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("rank", models.PositiveIntegerField()),
                        ("words", models.JSONField(default=list)),
                        ("matches", models.JSONField(default=list)),
                        ("targets", models.JSONField(default=list)),
                        (
                            "sentence",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE, related_name="+", to="jobs.sentence"
                            ),
                        ),
                        (
                            "study_set",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="items",
                                to="studysets.studyset",
                            ),
                        ),
                    ],
                    options={
                        "db_table": "jobs_studysetitem",
                        "ordering": ["study_set", "rank"],
                        "constraints": [
                            models.UniqueConstraint(
                                fields=("study_set", "sentence"), name="studyset_item_unique_sentence"
                            ),
                        ],
                    },
                ),
                migrations.CreateModel(
                    name="KnownWord",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("word", models.CharField(max_length=100)),
                        ("created_at", models.DateTimeField(default=django.utils.timezone.now)),
                        (
                            "owner",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="known_words",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                    ],
                    options={
                        "db_table": "jobs_knownword",
                        "ordering": ["word"],
                        "constraints": [models.UniqueConstraint(fields=("owner", "word"), name="known_word_unique")],
                    },
                ),
            ],
        ),
        migrations.RunPython(content_types_forward, content_types_backward),
    ]
