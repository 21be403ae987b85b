"""Input and output shapes of the jobs API (also the OpenAPI schema's source)."""

from __future__ import annotations

from django.urls import reverse
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from jobs.models import Job, Sentence
from jobs.processors.base import MAX_LIMIT, MIN_LIMIT, ProcessorSettings
from jobs.processors.registry import TIERS, processor_names

_DEFAULTS = ProcessorSettings()
LISTED_STATUSES = [status for status in Job.Status.values if status != Job.Status.DRAFT]


class JobSettingsSerializer(serializers.Serializer):
    max_words = serializers.IntegerField(
        min_value=MIN_LIMIT, max_value=MAX_LIMIT, default=_DEFAULTS.max_words, help_text="Sentence length limit."
    )
    min_words = serializers.IntegerField(
        min_value=1, max_value=MAX_LIMIT, default=_DEFAULTS.min_words, help_text="Not above max_words."
    )
    keep_dialogue_whole = serializers.BooleanField(default=_DEFAULTS.keep_dialogue_whole)
    keep_punctuation = serializers.BooleanField(default=_DEFAULTS.keep_punctuation)
    processor = serializers.ChoiceField(choices=list(processor_names()), default=_DEFAULTS.processor)
    tier = serializers.ChoiceField(choices=list(TIERS), default=_DEFAULTS.tier, help_text="Gemini model tier.")


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


class JobSerializer(serializers.ModelSerializer):
    """A job's status and progress: only fields of ``selectors.STATUS_FIELDS``, so one query."""

    step = serializers.CharField(source="step_text", help_text='e.g. "Processing chunk 7 of 20".')
    eta_seconds = serializers.SerializerMethodField(help_text="Estimated seconds left while processing.")
    settings = JobSettingsSerializer()
    urls = serializers.SerializerMethodField()

    class Meta:
        model = Job
        fields = [
            "id",
            "status",
            "filename",
            "progress_percent",
            "step",
            "total_chunks",
            "completed_chunks",
            "failed_chunks",
            "page_count",
            "sentence_count",
            "credits_estimated",
            "credits_reserved",
            "credits_charged",
            "error_code",
            "error_message",
            "missing_pages",
            "quality",
            "processor",
            "settings",
            "created_at",
            "started_at",
            "finished_at",
            "eta_seconds",
            "urls",
        ]
        read_only_fields = fields

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
            "flags",
        ]
        read_only_fields = fields

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


class SentenceFilterSerializer(serializers.Serializer):
    search = serializers.CharField(required=False, max_length=200, help_text="Words in the sentence or its source.")
    page = serializers.IntegerField(required=False, min_value=1, help_text="Only sentences from this PDF page.")
