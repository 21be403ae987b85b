"""A job's settings in one short line, so two runs of the same book differ at a glance."""

from __future__ import annotations

from django import template

from jobs.models import Job
from jobs.options import STYLE_SHORT_NAMES

register = template.Library()


@register.filter
def settings_summary(job: Job) -> str:
    """e.g. "8 words max · short sentences · local"; a job made before styles existed shows none."""
    options = job.settings or {}
    parts = []
    if "max_words" in options:
        parts.append(f"{options['max_words']} words max")
    style = options.get("style")
    if style:
        parts.append(STYLE_SHORT_NAMES.get(style, style))
    processor = job.processor or options.get("processor", "")
    parts.append(f"{processor} ({options['tier']})" if processor == "gemini" and options.get("tier") else processor)
    if options.get("keep_dialogue_whole"):
        parts.append("dialogue whole")
    return " · ".join(part for part in parts if part)
