"""spaCy pipelines loaded once per process, whoever asks first, under a lock.

The splitter and the study-set lemmatizer need different components of the
same model, so each asks for its own pipeline by name.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

_loaded: dict[str, Language] = {}
_lock = threading.Lock()


def load_once(name: str, build: Callable[[], Language]) -> Language:
    nlp = _loaded.get(name)
    if nlp is None:
        with _lock:
            nlp = _loaded.get(name)
            if nlp is None:
                nlp = _loaded[name] = build()
    return nlp


def forget(name: str) -> None:
    """Drop a loaded pipeline (benchmarks time a cold load)."""
    _loaded.pop(name, None)
