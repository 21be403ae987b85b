"""The API docs page: Swagger UI inside the app's layout (templates/api/docs.html)."""

from __future__ import annotations

from django.http import HttpRequest
from drf_spectacular.settings import spectacular_settings
from drf_spectacular.utils import extend_schema
from drf_spectacular.views import SpectacularSwaggerSplitView
from rest_framework.response import Response


class ApiDocsView(SpectacularSwaggerSplitView):
    template_name = "api/docs.html"

    @extend_schema(exclude=True)
    def get(self, request: HttpRequest, *args, **kwargs) -> Response:
        response = super().get(request, *args, **kwargs)
        if isinstance(response.data, dict) and "script" not in request.GET:
            # The page's header shows what Swagger's info block would (see static/js/api-docs.js).
            response.data.update(
                api_version=spectacular_settings.VERSION, api_description=spectacular_settings.DESCRIPTION
            )
        return response
