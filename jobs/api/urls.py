"""/api/v1/ routes for jobs and sentences (exports join when jobs/exports/api_urls.py exists)."""

from __future__ import annotations

import importlib.util

from django.urls import include, path

from jobs.api import views


def _module_exists(name: str) -> bool:
    # find_spec imports the parent package, so check it first.
    parent = name.rpartition(".")[0]
    return importlib.util.find_spec(parent) is not None and importlib.util.find_spec(name) is not None


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
]

if _module_exists("jobs.exports.api_urls"):
    urlpatterns.append(path("", include("jobs.exports.api_urls")))

if _module_exists("jobs.studysets.api_urls"):
    urlpatterns.append(path("", include("jobs.studysets.api_urls")))
