from django.contrib import admin, messages

from jobs import services
from jobs.models import Chunk, Job
from novelproc.errors import ProcessingError


class ChunkInline(admin.TabularInline):
    model = Chunk
    fields = [
        "index",
        "pages_label",
        "status",
        "attempts",
        "lease_expires_at",
        "sentence_count",
        "usage_credits",
        "error_code",
        "error_message",
    ]
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Job)
class JobAdmin(admin.ModelAdmin):
    list_display = [
        "filename",
        "owner",
        "status",
        "progress_percent",
        "step_text",
        "page_count",
        "sentence_count",
        "credits_charged",
        "created_at",
    ]
    list_filter = ["status", "processor", "created_at"]
    search_fields = ["filename", "owner__email", "sha256", "id"]
    raw_id_fields = ["owner"]
    inlines = [ChunkInline]
    actions = ["cancel_jobs", "retry_failed_chunks"]
    readonly_fields = [f.name for f in Job._meta.fields]

    def has_add_permission(self, request):
        return False

    def _each(self, request, queryset, service, done: str) -> None:
        ok = 0
        for job in queryset:
            try:
                service(job=job)
                ok += 1
            except ProcessingError as exc:
                self.message_user(request, f"{job.filename}: {exc.message}", messages.WARNING)
        if ok:
            self.message_user(request, f"{done} {ok} job(s).")

    @admin.action(description="Cancel selected jobs")
    def cancel_jobs(self, request, queryset):
        self._each(request, queryset, services.job_cancel, "Cancelled")

    @admin.action(description="Retry failed chunks of selected jobs")
    def retry_failed_chunks(self, request, queryset):
        self._each(request, queryset, services.job_retry_failed, "Retrying")
