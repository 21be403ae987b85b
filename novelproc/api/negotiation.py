"""Content negotiation for API views that answer a file."""

from __future__ import annotations

from rest_framework.negotiation import BaseContentNegotiation


class FileOrJsonErrors(BaseContentNegotiation):
    """A file answer is a plain Django response; anything DRF renders here is an error body, always JSON."""

    def select_parser(self, request, parsers):
        return parsers[0] if parsers else None

    def select_renderer(self, request, renderers, format_suffix=None):
        return renderers[0], renderers[0].media_type
