"""A fresh fake Harvest (with its Harvest ID) per test: OAuth2 state (codes, rotated tokens) must not leak."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
from harvest_v2.testing import FakeHarvest, RateLimits

from tests.redis.conftest import redis_server  # noqa: F401 - the real redis-server of the Redis tests, reused

AGENT = "OAuth tests (tests@example.com)"


@pytest.fixture
def fake() -> Iterator[FakeHarvest]:
    with FakeHarvest(rate_limits=RateLimits(enabled=False)) as server:
        yield server


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> str:
    """Each test using it runs on the sync and the async side."""
    return str(request.param)


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    """Every log record of harvest_v2, httpx and httpcore at DEBUG, for the no-secret checks."""
    for name in ("harvest_v2", "httpx", "httpcore"):
        caplog.set_level(logging.DEBUG, logger=name)
    return caplog
