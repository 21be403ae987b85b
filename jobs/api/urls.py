"""/api/v1/ routes for jobs, sentences, exports and study sets."""

from __future__ import annotations

from django.urls import include, path

from jobs.api import views

urlpatterns = [
    path("jobs/", views.JobListCreateView.as_view(), name="api-job-list"),
    path("jobs/<uuid:job_id>/", views.JobDetailView.as_view(), name="api-job-detail"),
    path("jobs/<uuid:job_id>/cancel/", views.JobCancelView.as_view(), name="api-job-cancel"),
    path("jobs/<uuid:job_id>/retry/", views.JobRetryView.as_view(), name="api-job-retry"),
    path("jobs/<uuid:job_id>/sentences/", views.SentenceListView.as_view(), name="api-sentence-list"),
    path(
        "jobs/<uuid:job_id>/sentences/<int:sentence_id>/",
        views.SentenceDetailView.as_view(),
        name="api-sentence-detail",
    ),
    path("", include("jobs.exports.api_urls")),
    path("", include("jobs.studysets.api_urls")),
]
