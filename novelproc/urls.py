from django.contrib import admin
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView

from novelproc import health
from novelproc.api.docs import ApiDocsView

urlpatterns = [
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
    path("admin/", admin.site.urls),
    path("api/v1/", include("jobs.api.urls")),
    path("api/v1/", include("jobs.studysets.api_urls")),
    path("api/v1/", include("accounts.api_urls")),
    path("api/schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("api/docs/", ApiDocsView.as_view(url_name="api-schema"), name="api-docs"),
    path("accounts/", include("allauth.urls")),
    path("", include("accounts.urls")),
    path("", include("jobs.urls")),
    path("", include("jobs.studysets.urls")),
]

handler404 = "novelproc.api.errors.api_not_found"
handler500 = "novelproc.api.errors.api_server_error"
