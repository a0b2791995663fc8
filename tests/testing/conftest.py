"""A fake on a free port for the tests that check its answers over HTTP (one per module, no rate limits)."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from harvest_v2.testing import FakeHarvest, RateLimits


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeHarvest]:
    with FakeHarvest(rate_limits=RateLimits(enabled=False)) as server:
        yield server


@pytest.fixture
def http(fake: FakeHarvest) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=fake.base_url, headers=fake.headers(), timeout=10) as client:
        yield client
