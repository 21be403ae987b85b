"""Input and output shapes of the jobs API (also the OpenAPI schema's source)."""

from __future__ import annotations

from django.urls import reverse
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from jobs.engine.processors.registry import PROCESSOR_NAMES, TIERS
from jobs.engine.types import MAX_LIMIT, MIN_LIMIT, ProcessorSettings
from jobs.models import Job, Sentence
from jobs.options import STYLE_CHOICES
from jobs.selectors import SCOPE_ALL, SCOPES

_DEFAULTS = ProcessorSettings()
LISTED_STATUSES = [status for status in Job.Status.values if status != Job.Status.DRAFT]


class JobSettingsSerializer(serializers.Serializer):
    style = serializers.ChoiceField(
        choices=STYLE_CHOICES,
        default=_DEFAULTS.style,
        help_text="How sentences are shortened: "
        + "; ".join(f"`{value}`: {label}" for value, label in STYLE_CHOICES)
        + ".",
    )
    max_words = serializers.IntegerField(
        min_value=MIN_LIMIT, max_value=MAX_LIMIT, default=_DEFAULTS.max_words, help_text="Sentence length limit."
    )
    min_words = serializers.IntegerField(
        min_value=1, max_value=MAX_LIMIT, default=_DEFAULTS.min_words, help_text="Not above max_words."
    )
    keep_dialogue_whole = serializers.BooleanField(default=_DEFAULTS.keep_dialogue_whole)
    keep_punctuation = serializers.BooleanField(default=_DEFAULTS.keep_punctuation)
    processor = serializers.ChoiceField(choices=list(PROCESSOR_NAMES), default=_DEFAULTS.processor)
    tier = serializers.ChoiceField(choices=list(TIERS), default=_DEFAULTS.tier, help_text="Gemini model tier.")


class JobSettingsOutputSerializer(JobSettingsSerializer):
    """A job's recorded settings; jobs made before styles existed have none, so it is null rather than a guess."""

    style = serializers.ChoiceField(
        choices=STYLE_CHOICES,
        read_only=True,
        allow_null=True,
        help_text="How long sentences were shortened; null for jobs made before there was a choice.",
    )


class JobCreateSerializer(JobSettingsSerializer):
    """The multipart form of POST /api/v1/jobs/ (documentation; the service validates)."""

    file = serializers.FileField(help_text="The book, a PDF of at most UPLOAD_MAX_MB megabytes.")
    dry_run = serializers.BooleanField(
        default=False, help_text="Only check the file and estimate its price; store and charge nothing."
    )
    reprocess = serializers.BooleanField(
        default=False, help_text="Process again even if the same file with the same settings was completed before."
    )


class JobListFilterSerializer(serializers.Serializer):
    status = serializers.ChoiceField(choices=LISTED_STATUSES, required=False, help_text="Only jobs in this status.")
    search = serializers.CharField(required=False, max_length=200, help_text="Part of the file name.")


class JobUrlsSerializer(serializers.Serializer):
    detail = serializers.URLField()
    sentences = serializers.URLField()
    cancel = serializers.URLField()
    retry = serializers.URLField()


class JobSerializer(serializers.Serializer):
    """A job's status and progress: only fields of ``selectors.STATUS_FIELDS``, so one query.

    A plain Serializer rather than a ModelSerializer: this is the hottest read of the API
    (clients poll it) and ModelSerializer rebuilds its fields from the model on every call.
    """

    id = serializers.UUIDField(read_only=True)
    status = serializers.ChoiceField(choices=Job.Status.choices, read_only=True)
    filename = serializers.CharField(read_only=True)
    progress_percent = serializers.IntegerField(read_only=True)
    step = serializers.CharField(source="step_text", read_only=True, help_text='e.g. "Processing chunk 7 of 20".')
    total_chunks = serializers.IntegerField(read_only=True)
    completed_chunks = serializers.IntegerField(read_only=True)
    failed_chunks = serializers.IntegerField(read_only=True)
    page_count = serializers.IntegerField(read_only=True)
    sentence_count = serializers.IntegerField(read_only=True, help_text="Short sentences of the body, headings apart.")
    heading_count = serializers.IntegerField(read_only=True, help_text="Chapter and part headings.")
    credits_estimated = serializers.IntegerField(read_only=True)
    credits_reserved = serializers.IntegerField(read_only=True)
    credits_charged = serializers.IntegerField(read_only=True)
    error_code = serializers.CharField(read_only=True)
    error_message = serializers.CharField(read_only=True)
    missing_pages = serializers.CharField(read_only=True, help_text="Pages without sentences after errors.")
    covered_pages = serializers.CharField(
        read_only=True, help_text="Set when the sentences cover only part of the book (cancelled part way)."
    )
    quality = serializers.DictField(read_only=True, help_text="Quality figures of the result.")
    processor = serializers.CharField(read_only=True)
    settings = JobSettingsOutputSerializer(read_only=True)
    created_at = serializers.DateTimeField(read_only=True)
    started_at = serializers.DateTimeField(read_only=True, allow_null=True)
    finished_at = serializers.DateTimeField(read_only=True, allow_null=True)
    eta_seconds = serializers.SerializerMethodField(help_text="Estimated seconds left while processing.")
    urls = serializers.SerializerMethodField()

    def get_eta_seconds(self, job: Job) -> int | None:
        eta = job.eta
        return None if eta is None else int(eta.total_seconds())

    @extend_schema_field(JobUrlsSerializer)
    def get_urls(self, job: Job) -> dict[str, str]:
        request = self.context["request"]
        names = {
            "detail": "api-job-detail",
            "sentences": "api-sentence-list",
            "cancel": "api-job-cancel",
            "retry": "api-job-retry",
        }
        return {key: request.build_absolute_uri(reverse(name, args=[job.pk])) for key, name in names.items()}


class DuplicateSerializer(serializers.Serializer):
    duplicate_of = serializers.UUIDField(help_text="The earlier completed job with the same file and settings.")
    job = JobSerializer()


class EstimateSerializer(serializers.Serializer):
    dry_run = serializers.BooleanField()
    filename = serializers.CharField()
    size = serializers.IntegerField(help_text="Bytes.")
    sha256 = serializers.CharField()
    pages = serializers.IntegerField()
    words_estimated = serializers.IntegerField()
    credits = serializers.IntegerField(help_text="Expected charge.")
    reserve = serializers.IntegerField(help_text="Held while the job runs; the charge never exceeds it.")
    balance = serializers.IntegerField(help_text="Your balance now.")
    affordable = serializers.BooleanField(help_text="Whether the balance covers the reservation.")
    settings = JobSettingsSerializer()
    duplicate_of = serializers.UUIDField(allow_null=True, help_text="An earlier completed identical job, if any.")


class SentenceSerializer(serializers.ModelSerializer):
    text = serializers.CharField(source="display_text", help_text="The sentence as shown (edited if edited).")
    original_text = serializers.CharField(source="text", help_text="What the processor produced.")
    edited = serializers.BooleanField(source="is_edited")
    flags = serializers.SerializerMethodField()

    class Meta:
        model = Sentence
        fields = [
            "id",
            "position",
            "text",
            "original_text",
            "edited",
            "edited_at",
            "chapter",
            "page",
            "source_text",
            "word_count",
            "kind",
            "stands_alone",
            "flags",
        ]
        read_only_fields = fields
        extra_kwargs = {
            "kind": {"help_text": "`heading` for a heading of the book, otherwise `sentence`."},
            "stands_alone": {
                "help_text": "Whether the generated text has a subject with its own verb; null when not judged."
            },
        }

    @extend_schema_field(serializers.ListField(child=serializers.CharField()))
    def get_flags(self, sentence: Sentence) -> list[str]:
        return [str(flag) for flag in sentence.flags or []]


class SentenceEditSerializer(serializers.Serializer):
    # Blank and overlong texts are refused by sentence_edit with their own codes.
    text = serializers.CharField(
        allow_blank=True,
        trim_whitespace=False,
        help_text="The new text (at most 2,000 characters); the original is kept.",
    )


class SentenceSplitSerializer(serializers.Serializer):
    at = serializers.IntegerField(
        help_text="The word the second piece starts with, counted from 1 over the text as shown (so at least 2)."
    )


class SentenceGroupSerializer(serializers.Serializer):
    """The pieces of one original after an edit, in order (later positions may have moved)."""

    sentences = SentenceSerializer(many=True)


class SentenceFilterSerializer(serializers.Serializer):
    search = serializers.CharField(
        required=False,
        max_length=200,
        help_text="Words in the sentence or its source, accents, case and apostrophe styles ignored.",
    )
    scope = serializers.ChoiceField(
        choices=list(SCOPES),
        default=SCOPE_ALL,
        help_text="`all`: the sentences and their originals; `sentences`: the short sentences only.",
    )
    chapter = serializers.CharField(required=False, allow_blank=True, max_length=255, help_text="Only this chapter.")
    page = serializers.IntegerField(required=False, min_value=1, help_text="Only sentences from this PDF page.")
