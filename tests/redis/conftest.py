"""A real redis-server per test (no mock Redis); a missing redis-server fails the test, saying how to install it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from benchmarks._shared_pacing import RedisServer


@pytest.fixture
def redis_server() -> Iterator[RedisServer]:
    server = RedisServer()
    try:
        server.start()
    except RuntimeError as exc:
        pytest.fail(str(exc), pytrace=False)
    try:
        yield server
    finally:
        server.stop()
