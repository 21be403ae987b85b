"""/api/v1/ routes for jobs, sentences and exports."""

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
    path(
        "jobs/<uuid:job_id>/sentences/<int:sentence_id>/undo/",
        views.SentenceUndoView.as_view(),
        name="api-sentence-undo",
    ),
    path(
        "jobs/<uuid:job_id>/sentences/<int:sentence_id>/merge/",
        views.SentenceMergeView.as_view(),
        name="api-sentence-merge",
    ),
    path(
        "jobs/<uuid:job_id>/sentences/<int:sentence_id>/split/",
        views.SentenceSplitView.as_view(),
        name="api-sentence-split",
    ),
    path("", include("jobs.exports.api_urls")),
]
