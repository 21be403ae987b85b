"""Fixtures for the processor tests: the loopback Gemini fake and a Gemini processor talking to it."""

from __future__ import annotations

import pytest

from tests.fakes.gemini_server import FakeGemini

from .gemini_helpers import make_processor


@pytest.fixture
def fake():
    server = FakeGemini().start()
    yield server
    server.stop()


@pytest.fixture
def processor(fake):
    return make_processor(fake)
