"""The project's URLs plus the export API under /api/v1/, as the API engineer mounts it."""

from django.urls import include, path

from novelproc.urls import urlpatterns as project_urlpatterns

urlpatterns = [
    path("api/v1/", include("jobs.exports.api_urls")),
    *project_urlpatterns,
]
