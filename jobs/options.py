"""Turning what a user asked for into validated processor settings."""

from __future__ import annotations

from typing import Any

from django.conf import settings

from jobs.engine.processors.registry import PROCESSOR_NAMES, TIERS
from jobs.engine.types import MAX_LIMIT, MIN_LIMIT, STYLE_EXACT, STYLE_SENTENCES, STYLES, ProcessorSettings
from novelproc.errors import InvalidInput, NotConfigured

# What each style does, in the words the upload form, the API schema and the CLI show.
STYLE_LABELS = {
    STYLE_SENTENCES: "Short sentences (rewritten to stand alone)",
    STYLE_EXACT: "Author's exact words (cut, never rewritten)",
}
# The same, short enough for a line of settings in a list of jobs.
STYLE_SHORT_NAMES = {STYLE_SENTENCES: "short sentences", STYLE_EXACT: "exact words"}
STYLE_CHOICES = [(style, STYLE_LABELS[style]) for style in STYLES]

_BOOL_TRUE = {"1", "true", "on", "yes"}
_BOOL_FALSE = {"0", "false", "off", "no", ""}


def _as_int(value: Any, name: str, errors: dict[str, list[str]]) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        errors.setdefault(name, []).append("Must be a whole number.")
        return None


def _as_bool(value: Any, name: str, errors: dict[str, list[str]]) -> bool | None:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in _BOOL_TRUE:
        return True
    if text in _BOOL_FALSE:
        return False
    errors.setdefault(name, []).append("Must be true or false.")
    return None


def parse_options(raw: dict[str, Any]) -> ProcessorSettings:
    """Validate user-supplied options; raise ``invalid_settings`` naming each bad field."""
    defaults = ProcessorSettings()
    errors: dict[str, list[str]] = {}
    unknown = set(raw) - set(ProcessorSettings.__dataclass_fields__)
    for name in sorted(unknown):
        errors[name] = ["Unknown setting."]

    max_words = _as_int(raw.get("max_words", defaults.max_words), "max_words", errors)
    min_words = _as_int(raw.get("min_words", defaults.min_words), "min_words", errors)
    if max_words is not None and not MIN_LIMIT <= max_words <= MAX_LIMIT:
        errors.setdefault("max_words", []).append(f"Must be between {MIN_LIMIT} and {MAX_LIMIT}.")
    if min_words is not None and max_words is not None and not 1 <= min_words <= max_words:
        errors.setdefault("min_words", []).append("Must be at least 1 and not above the length limit.")
    keep_dialogue = _as_bool(
        raw.get("keep_dialogue_whole", defaults.keep_dialogue_whole), "keep_dialogue_whole", errors
    )
    keep_punct = _as_bool(raw.get("keep_punctuation", defaults.keep_punctuation), "keep_punctuation", errors)
    processor = str(raw.get("processor", defaults.processor))
    if processor not in PROCESSOR_NAMES:
        errors.setdefault("processor", []).append(f"Must be one of: {', '.join(PROCESSOR_NAMES)}.")
    tier = str(raw.get("tier", defaults.tier))
    if tier not in TIERS:
        errors.setdefault("tier", []).append(f"Must be one of: {', '.join(TIERS)}.")

    style = str(raw.get("style", defaults.style))
    if style not in STYLES:
        errors.setdefault("style", []).append(f"Must be one of: {', '.join(STYLES)}.")

    if errors:
        raise InvalidInput("Some settings are not valid.", code="invalid_settings", fields=errors)
    options = ProcessorSettings(
        max_words=max_words,
        min_words=min_words,
        keep_dialogue_whole=keep_dialogue,
        keep_punctuation=keep_punct,
        processor=processor,
        tier=tier,
        style=style,
    )
    _check_processor_available(options)
    return options


def processor_available(name: str) -> bool:
    """A processor this server can run: Gemini needs its API key."""
    return name in PROCESSOR_NAMES and (name != "gemini" or bool(settings.GEMINI_API_KEY))


def available_processors() -> tuple[str, ...]:
    return tuple(name for name in PROCESSOR_NAMES if processor_available(name))


def _check_processor_available(options: ProcessorSettings) -> None:
    if not processor_available(options.processor):
        raise NotConfigured(
            "The Gemini processor is not configured on this server; choose the local processor.",
            code="gemini_not_configured",
        )
