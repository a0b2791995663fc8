"""Fixtures for the model tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.helpers import Clients


@pytest.fixture(params=["sync", "async"])
def clients(request: pytest.FixtureRequest) -> Iterator[Clients]:
    """Each test using it runs twice: on Harvest and on AsyncHarvest."""
    both = Clients(request.param)
    yield both
    both.end()
