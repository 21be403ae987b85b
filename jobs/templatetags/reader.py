"""The reader's template filters: search matches marked as the search found them."""

from __future__ import annotations

from django import template
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from jobs.engine.text.fold import match_spans

register = template.Library()


@register.filter
def highlight(text: str, query: str) -> SafeString:
    """``text`` escaped, each match of ``query`` (accents and case ignored) in a <mark>."""
    text = text or ""
    spans = match_spans(text, query) if query else []
    if not spans:
        return escape(text)
    out, last = [], 0
    for start, end in spans:
        out.append(escape(text[last:start]))
        out.append(f"<mark>{escape(text[start:end])}</mark>")
        last = end
    out.append(escape(text[last:]))
    return mark_safe("".join(out))
