"""Typed readers for settings taken from the environment.

Each helper rejects a malformed value with a message that names the
variable, so a typo in production fails at start-up, not at 3 a.m.
Secrets may come from a file (:func:`env_secret`, ``NAME_FILE``); the
database URL becomes Django's DATABASES entry (:func:`database_from_url`).
"""

from __future__ import annotations

import os
import re
import zoneinfo
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def env_str(name: str, default: str) -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean (true/false/1/0), got {raw!r}")


def env_int(name: str, default: int, *, minimum: int | None = None, maximum: int | None = None) -> int:
    raw = os.environ.get(name)
    if raw is None:
        return default
    try:
        value = int(raw.strip().replace("_", ""))
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be an integer, got {raw!r}") from None
    if minimum is not None and value < minimum:
        raise ImproperlyConfigured(f"{name} must be at least {minimum}, got {value}")
    if maximum is not None and value > maximum:
        raise ImproperlyConfigured(f"{name} must be at most {maximum}, got {value}")
    return value


def env_float(name: str, default: float, *, minimum: float | None = None) -> float:
    raw = os.environ.get(name)
    if raw is None:
        return default
    try:
        value = float(raw.strip())
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a number, got {raw!r}") from None
    if minimum is not None and value < minimum:
        raise ImproperlyConfigured(f"{name} must be at least {minimum}, got {value}")
    return value


def env_list(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


def database_from_url(
    url: str, *, conn_max_age: int, sqlite_timeout_s: int, name: str = "DATABASE_URL"
) -> dict[str, Any]:
    """Django's DATABASES entry for the database URL in setting ``name`` (postgres://..., sqlite:///path)."""
    try:
        db = dj_database_url.parse(url, conn_max_age=conn_max_age)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name} is not a valid database URL: {exc}") from None
    if db["ENGINE"] == "django.db.backends.sqlite3":
        # A fresh checkout has no var/ yet: every command (migrate, process_pdf) must work before `make run`.
        Path(db["NAME"]).parent.mkdir(parents=True, exist_ok=True)
        # WAL lets the web process read while a worker writes; IMMEDIATE transactions take the write lock up
        # front so two writers queue on the busy timeout instead of failing with "database is locked".
        db["OPTIONS"] = {
            "timeout": sqlite_timeout_s,
            "transaction_mode": "IMMEDIATE",
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
        db["CONN_MAX_AGE"] = 0
    return db


def env_secret(name: str, default: str = "") -> str:
    """A secret from ``name`` or from the file ``name_FILE`` points to (Docker and systemd secrets).

    The file's content is stripped of surrounding whitespace (the trailing newline
    editors add). Setting both is refused: one of them would be silently ignored.
    """
    file_var = f"{name}_FILE"
    path = os.environ.get(file_var, "").strip()
    if not path:
        return env_str(name, default)
    if os.environ.get(name, ""):
        raise ImproperlyConfigured(f"{name} and {file_var} are both set; set only one of them")
    try:
        return Path(path).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else "not UTF-8 text"
        raise ImproperlyConfigured(f"{file_var}: cannot read {path!r} ({reason})") from None


def env_choice(name: str, default: str, choices: Iterable[str]) -> str:
    """One of ``choices``, matched without regard to case and returned as spelled there."""
    allowed = list(choices)
    raw = os.environ.get(name)
    if raw is None:
        return default
    by_key = {choice.lower(): choice for choice in allowed}
    value = by_key.get(raw.strip().lower())
    if value is None:
        raise ImproperlyConfigured(f"{name} must be one of {', '.join(allowed)}; got {raw!r}")
    return value


def env_class_path(name: str, default: str, aliases: dict[str, str]) -> str:
    """A dotted class path, or one of the short names in ``aliases`` (which gives its path)."""
    raw = os.environ.get(name)
    if raw is None:
        raw = default
    value = raw.strip()
    if value.lower() in aliases:
        return aliases[value.lower()]
    if not _DOTTED_PATH.fullmatch(value):
        names = ", ".join(aliases)
        raise ImproperlyConfigured(f"{name} must be {names} or a dotted class path, got {raw!r}")
    return value


def env_rate(name: str, default: str) -> str:
    """A request rate in Django REST framework's form: ``10/hour`` (per second, minute, hour or day)."""
    return _env_match(name, default, _DRF_RATE, "a rate like 10/hour (a count per second, minute, hour or day)")


def env_allauth_rates(name: str, default: str) -> str:
    """django-allauth's rate limits: comma-separated ``amount/duration/per`` such as ``10/m/ip,5/5m/key``."""
    return _env_match(name, default, _ALLAUTH_RATES, "allauth rates like 10/m/ip,5/5m/key (or empty for none)")


def env_timezone(name: str, default: str) -> str:
    """An IANA time zone name (``Europe/Paris``, ``UTC``)."""
    value = env_str(name, default).strip()
    try:
        zoneinfo.ZoneInfo(value)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise ImproperlyConfigured(
            f"{name} must be a time zone name such as UTC or Europe/Paris, got {value!r}"
        ) from None
    return value


def _env_match(name: str, default: str, pattern: re.Pattern[str], expected: str) -> str:
    value = env_str(name, default).strip()
    if not pattern.fullmatch(value):
        raise ImproperlyConfigured(f"{name} must be {expected}, got {value!r}")
    return value


_DOTTED_PATH = re.compile(r"[A-Za-z_]\w*(\.[A-Za-z_]\w*)+")
# DRF reads the count before the slash and the first letter of the period after it.
_DRF_RATE = re.compile(r"\d+/[smhd][a-z]*")
_ALLAUTH_RATE = r"\d+/(\d+(\.\d+)?)?[smhd](/[a-z_]+)?"
_ALLAUTH_RATES = re.compile(rf"({_ALLAUTH_RATE}(\s*,\s*{_ALLAUTH_RATE})*)?")
