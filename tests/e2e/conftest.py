"""End-to-end fixtures: a real FakeHarvest on 127.0.0.1 and clients pointed at it.

Every response the fake sends during these tests is validated against the
spec with openapi-core when the test finishes, so the fake and the spec cannot
drift apart without a failing test.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from harvest_v2 import Harvest
from harvest_v2._openapi import load_document
from harvest_v2.testing import Exchange, FakeHarvest, RateLimits
from openapi_core import OpenAPI
from openapi_core.testing import MockRequest, MockResponse

SPEC_HOST = "https://api.harvestapp.com"


class ExchangeLog:
    """Collects the fake's traffic so it can be checked against the spec."""

    def __init__(self) -> None:
        self.exchanges: list[Exchange] = []

    def __call__(self, exchange: Exchange) -> None:
        self.exchanges.append(exchange)


@pytest.fixture(scope="session")
def openapi() -> OpenAPI:
    return OpenAPI.from_dict(load_document())


def spec_violations(openapi: OpenAPI, exchanges: list[Exchange]) -> list[str]:
    """Responses of documented statuses that do not match the spec, one line each."""
    problems = []
    for exchange in exchanges:
        if exchange.injected or exchange.status == 400:
            # Injected faults are broken on purpose; the 400 for a missing User-Agent is plain text.
            continue
        query = dict(_pairs(exchange.query))
        request = MockRequest(
            SPEC_HOST,
            exchange.method.lower(),
            exchange.path,
            args=query,
            headers=exchange.request_headers,
            data=exchange.request_body,
            content_type=exchange.request_headers.get("content-type", "application/json").split(";")[0],
        )
        response = MockResponse(
            exchange.response_body,
            status_code=exchange.status,
            headers=exchange.response_headers,
            content_type=exchange.response_headers.get("content-type", ""),
        )
        try:
            openapi.validate_response(request, response)
        except Exception as exc:  # openapi-core raises several unrelated error types
            detail = "; ".join(str(e) for e in getattr(exc, "schema_errors", [])[:3]) or str(exc)
            problems.append(f"{exchange.method} {exchange.path}?{exchange.query} -> {exchange.status}: {detail}")
    return problems


def _pairs(query: str) -> list[tuple[str, str]]:
    from urllib.parse import parse_qsl

    return parse_qsl(query, keep_blank_values=True)


@pytest.fixture
def exchange_log(openapi: OpenAPI) -> Iterator[ExchangeLog]:
    log = ExchangeLog()
    yield log
    problems = spec_violations(openapi, log.exchanges)
    assert not problems, "responses that do not match the spec:\n" + "\n".join(problems[:20])


@pytest.fixture
def fake(exchange_log: ExchangeLog) -> Iterator[FakeHarvest]:
    """A fake with demo-sized reference data, a few hundred time entries and rate limits off."""
    with FakeHarvest(seed="bulk:300", rate_limits=RateLimits(enabled=False), on_exchange=exchange_log) as server:
        yield server


def client_kwargs(fake: FakeHarvest, **extra: Any) -> dict[str, Any]:
    # The pacer is shared per account across the process; tests that are not about pacing switch it off.
    return {**fake.client_kwargs(), "throttle": False, "max_retry_wait": 30.0, **extra}


@pytest.fixture
def hv(fake: FakeHarvest) -> Iterator[Harvest]:
    with Harvest(**client_kwargs(fake)) as client:
        yield client
