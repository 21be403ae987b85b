"""Processors by name, so adding one is one module and one line here."""

from __future__ import annotations

from importlib import import_module

from jobs.processors.base import Processor

_PROCESSORS: dict[str, str] = {
    "local": "jobs.processors.local:LocalProcessor",
    "gemini": "jobs.processors.gemini:GeminiProcessor",
}
_instances: dict[str, Processor] = {}

TIERS = ("speed", "balanced", "quality")


def processor_names() -> tuple[str, ...]:
    return tuple(_PROCESSORS)


def get_processor(name: str) -> Processor:
    # One instance per worker process: processors hold loaded models and clients.
    if name not in _instances:
        module_name, class_name = _PROCESSORS[name].split(":")
        _instances[name] = getattr(import_module(module_name), class_name)()
    return _instances[name]
