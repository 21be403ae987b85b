from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse

from jobs import monitor, operations, services
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
    template = "admin/jobs/chunk_inline.html"

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
    actions = ["cancel_jobs", "retry_failed_chunks", "refund_jobs", "nudge_jobs"]
    change_list_template = "admin/jobs/job/change_list.html"
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

    def has_refund_permission(self, request) -> bool:
        # A refund changes the job and writes a ledger line.
        return self.has_change_permission(request) and request.user.has_perm("accounts.add_creditentry")

    @admin.action(description="Cancel selected jobs", permissions=["change"])
    def cancel_jobs(self, request, queryset):
        self._each(request, queryset, services.job_cancel, "Cancelled")

    @admin.action(description="Retry failed chunks of selected jobs", permissions=["change"])
    def retry_failed_chunks(self, request, queryset):
        self._each(request, queryset, services.job_retry_failed, "Retrying")

    @admin.action(description="Refund what the selected jobs were charged", permissions=["refund"])
    def refund_jobs(self, request, queryset):
        self._each(request, queryset, lambda job: services.job_refund(job=job, created_by=request.user), "Refunded")

    @admin.action(description="Run the watchdog now (re-enqueue lost work, end overdue jobs)", permissions=["change"])
    def nudge_jobs(self, request, queryset):
        self._each(request, queryset, services.job_nudge, "Checked")

    # --- operations page: what the old tool needed Flower for --------------

    def get_urls(self):
        extra = [
            path("operations/", self.admin_site.admin_view(self.operations_view), name="jobs_operations"),
            path(
                "operations/dead-letter/",
                self.admin_site.admin_view(self.dead_letter_view),
                name="jobs_operations_dead_letter",
            ),
        ]
        return extra + super().get_urls()

    # Both pages show other users' jobs and act on their queued work: staff need
    # the job permissions, not only admin access.
    def operations_view(self, request):
        if not self.has_view_permission(request):
            raise PermissionDenied
        context = {
            **self.admin_site.each_context(request),
            "title": "Operations",
            "can_change": self.has_change_permission(request),
            "opts": self.model._meta,
            "redis_error": monitor.redis_ping(),
            "overdue": operations.overdue_jobs()[:100],
            "stuck": operations.stuck_jobs()[:100],
        }
        if not context["redis_error"]:
            context.update(
                queues=monitor.queue_depths(), workers=monitor.worker_heartbeats(), dead=monitor.dead_letters()
            )
        return TemplateResponse(request, "admin/jobs/operations.html", context)

    def dead_letter_view(self, request):
        if not self.has_change_permission(request):
            raise PermissionDenied
        if request.method == "POST":
            queue, message_id = request.POST.get("queue", ""), request.POST.get("message_id", "")
            if request.POST.get("action") == "requeue":
                done = monitor.dead_letter_requeue(queue, message_id)
                self.message_user(request, "Message sent again." if done else "That message is gone.")
            else:
                monitor.dead_letter_discard(queue, message_id)
                self.message_user(request, "Message discarded.")
        return HttpResponseRedirect(reverse("admin:jobs_operations"))
