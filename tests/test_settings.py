"""The environment readers of novelproc.env: secrets from files, choices, rates, time zones."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from django.core.exceptions import ImproperlyConfigured

from novelproc import env
from tests.conftest import ROOT


def test_a_secret_is_read_from_its_file_stripped(monkeypatch, tmp_path):
    secret = tmp_path / "gemini_api_key"
    secret.write_text("  key-from-a-file\n", encoding="utf-8")
    monkeypatch.delenv("GEMINI_API_KEY", raising=False)
    monkeypatch.setenv("GEMINI_API_KEY_FILE", str(secret))
    assert env.env_secret("GEMINI_API_KEY", "") == "key-from-a-file"


def test_a_secret_without_a_file_is_read_from_the_variable_or_the_default(monkeypatch):
    monkeypatch.delenv("GEMINI_API_KEY_FILE", raising=False)
    monkeypatch.delenv("GEMINI_API_KEY", raising=False)
    assert env.env_secret("GEMINI_API_KEY", "fallback") == "fallback"
    monkeypatch.setenv("GEMINI_API_KEY", "key-from-the-variable")
    assert env.env_secret("GEMINI_API_KEY", "") == "key-from-the-variable"


def test_a_secret_set_both_ways_is_refused(monkeypatch, tmp_path):
    secret = tmp_path / "secret_key"
    secret.write_text("from-the-file", encoding="utf-8")
    monkeypatch.setenv("SECRET_KEY", "from-the-variable")
    monkeypatch.setenv("SECRET_KEY_FILE", str(secret))
    with pytest.raises(ImproperlyConfigured, match="SECRET_KEY and SECRET_KEY_FILE are both set"):
        env.env_secret("SECRET_KEY", "")


def test_a_secret_file_that_cannot_be_read_is_refused(monkeypatch, tmp_path):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.setenv("DATABASE_URL_FILE", str(tmp_path / "missing"))
    with pytest.raises(ImproperlyConfigured, match="DATABASE_URL_FILE: cannot read"):
        env.env_secret("DATABASE_URL", "")


def test_a_choice_is_matched_without_case_and_returned_as_spelled(monkeypatch):
    monkeypatch.setenv("LOG_LEVEL", " warning ")
    assert env.env_choice("LOG_LEVEL", "INFO", ["DEBUG", "INFO", "WARNING"]) == "WARNING"
    monkeypatch.delenv("LOG_LEVEL")
    assert env.env_choice("LOG_LEVEL", "INFO", ["DEBUG", "INFO", "WARNING"]) == "INFO"


def test_an_invalid_choice_names_the_setting_and_the_choices(monkeypatch):
    monkeypatch.setenv("ACCOUNT_EMAIL_VERIFICATION", "sometimes")
    with pytest.raises(ImproperlyConfigured) as caught:
        env.env_choice("ACCOUNT_EMAIL_VERIFICATION", "none", ["none", "optional", "mandatory"])
    assert str(caught.value) == ("ACCOUNT_EMAIL_VERIFICATION must be one of none, optional, mandatory; got 'sometimes'")


def test_a_storage_backend_is_a_short_name_or_a_dotted_path(monkeypatch):
    aliases = {"filesystem": "django.core.files.storage.FileSystemStorage", "s3": "storages.backends.s3.S3Storage"}
    monkeypatch.setenv("FILE_STORAGE_BACKEND", "S3")
    assert env.env_class_path("FILE_STORAGE_BACKEND", "filesystem", aliases) == "storages.backends.s3.S3Storage"
    monkeypatch.setenv("FILE_STORAGE_BACKEND", "myproject.storage.Vault")
    assert env.env_class_path("FILE_STORAGE_BACKEND", "filesystem", aliases) == "myproject.storage.Vault"
    monkeypatch.setenv("FILE_STORAGE_BACKEND", "disk")
    with pytest.raises(ImproperlyConfigured, match="FILE_STORAGE_BACKEND must be filesystem, s3 or a dotted"):
        env.env_class_path("FILE_STORAGE_BACKEND", "filesystem", aliases)


@pytest.mark.parametrize("good", ["10/hour", "2/h", "100/day", "5/minute", "1/second"])
def test_a_rate_in_drf_form_is_accepted(monkeypatch, good):
    monkeypatch.setenv("THROTTLE_EXPORTS", good)
    assert env.env_rate("THROTTLE_EXPORTS", "60/hour") == good


@pytest.mark.parametrize("bad", ["10", "ten/hour", "10/week", "10 per hour", ""])
def test_a_malformed_rate_names_the_setting(monkeypatch, bad):
    monkeypatch.setenv("THROTTLE_EXPORTS", bad)
    with pytest.raises(ImproperlyConfigured, match="THROTTLE_EXPORTS must be a rate like 10/hour"):
        env.env_rate("THROTTLE_EXPORTS", "60/hour")


def test_allauth_rates_are_checked(monkeypatch):
    monkeypatch.setenv("RATE_LIMIT_LOGIN_FAILED", "10/m/ip, 5/5m/key")
    assert env.env_allauth_rates("RATE_LIMIT_LOGIN_FAILED", "") == "10/m/ip, 5/5m/key"
    monkeypatch.setenv("RATE_LIMIT_LOGIN_FAILED", "")
    assert env.env_allauth_rates("RATE_LIMIT_LOGIN_FAILED", "10/m/ip") == ""
    monkeypatch.setenv("RATE_LIMIT_LOGIN_FAILED", "10 a minute")
    with pytest.raises(ImproperlyConfigured, match="RATE_LIMIT_LOGIN_FAILED must be allauth rates"):
        env.env_allauth_rates("RATE_LIMIT_LOGIN_FAILED", "10/m/ip")


def test_a_time_zone_must_exist(monkeypatch):
    monkeypatch.setenv("TIME_ZONE", "Europe/Paris")
    assert env.env_timezone("TIME_ZONE", "UTC") == "Europe/Paris"
    monkeypatch.setenv("TIME_ZONE", "Europe/Atlantis")
    with pytest.raises(ImproperlyConfigured, match="TIME_ZONE must be a time zone name"):
        env.env_timezone("TIME_ZONE", "UTC")


def _check(**variables: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env={**os.environ, **variables},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_settings_module_refuses_a_bad_choice_at_start_up():
    result = _check(LOG_LEVEL="LOUD")
    assert result.returncode != 0
    assert "LOG_LEVEL must be one of DEBUG, INFO, WARNING, ERROR, CRITICAL; got 'LOUD'" in result.stderr


def test_the_settings_module_reads_the_secret_key_from_a_file(tmp_path):
    secret = tmp_path / "secret_key"
    secret.write_text("x" * 64 + "\n", encoding="utf-8")
    variables = {"SECRET_KEY_FILE": str(secret), "SECRET_KEY": ""}
    code = "from django.conf import settings; print(len(settings.SECRET_KEY), settings.SECRET_KEY[:3])"
    result = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        cwd=ROOT,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "novelproc.settings", **variables},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "64 xxx"
