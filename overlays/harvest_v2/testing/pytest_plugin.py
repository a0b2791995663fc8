"""pytest fixtures for the fake: add `pytest_plugins = ["harvest_v2.testing.pytest_plugin"]` to conftest.py."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ._limits import RateLimits
from ._server import FakeHarvest


@pytest.fixture
def fake_harvest() -> Iterator[FakeHarvest]:
    """A fresh FakeHarvest per test, with rate limits off (turn them on with fake.limits.enabled = True)."""
    with FakeHarvest(rate_limits=RateLimits(enabled=False)) as fake:
        yield fake
