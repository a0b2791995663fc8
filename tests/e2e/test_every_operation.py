"""Every operation of Harvest and AsyncHarvest, called over real HTTP against FakeHarvest."""

from __future__ import annotations

import asyncio
from typing import Any

from harvest_v2 import AsyncHarvest, Harvest
from harvest_v2._operations import OPERATIONS
from harvest_v2.testing import FakeHarvest

from ._operations import Arguments, PreparedCall, expected_type, plan
from .conftest import ExchangeLog, client_kwargs


def _check_result(call: PreparedCall, result: Any) -> None:
    expected = expected_type(call.operation)
    if expected is None:
        assert result is None, call.operation.operation_id
    elif result is not None:
        assert type(result).__name__ == expected, (call.operation.operation_id, type(result).__name__)


def _answered(log: ExchangeLog, fake: FakeHarvest) -> dict[str, set[int]]:
    """operationId -> statuses the fake answered it with, matched through the spec's paths."""
    seen: dict[str, set[int]] = {}
    for exchange in log.exchanges:
        path = exchange.path.removeprefix("/v2")
        for route in fake.app.index.routes:
            if route.operation.method == exchange.method and route.pattern.match(path):
                seen.setdefault(route.operation.operation_id, set()).add(exchange.status)
                break
    return seen


def _assert_every_operation_succeeded(log: ExchangeLog, fake: FakeHarvest) -> None:
    answered = _answered(log, fake)
    assert set(OPERATIONS) - set(answered) == set(), "operations never called"
    # The success status of each is its row's, whether the engine or a behaviour served it.
    wrong = {op: statuses for op, statuses in answered.items() if statuses != {OPERATIONS[op].status}}
    assert wrong == {}


def test_every_operation_through_harvest(fake: FakeHarvest, exchange_log: ExchangeLog) -> None:
    arguments = Arguments(fake)
    with Harvest(**client_kwargs(fake)) as hv:
        for op in plan(fake):
            call = arguments.prepare(op)
            method = getattr(getattr(hv, call.resource), call.method)
            result = method(*call.args, **call.kwargs)
            if op.list_key:
                result = next(iter(result), None)
            _check_result(call, result)
            arguments.remember(op, result)
    _assert_every_operation_succeeded(exchange_log, fake)


def test_every_operation_through_async_harvest(fake: FakeHarvest, exchange_log: ExchangeLog) -> None:
    arguments = Arguments(fake)

    async def main() -> None:
        async with AsyncHarvest(**client_kwargs(fake)) as hv:
            for op in plan(fake):
                call = arguments.prepare(op)
                method = getattr(getattr(hv, call.resource), call.method)
                if op.list_key:
                    result = None
                    async for item in method(*call.args, **call.kwargs):
                        result = item
                        break
                else:
                    result = await method(*call.args, **call.kwargs)
                _check_result(call, result)
                arguments.remember(op, result)

    asyncio.run(main())
    _assert_every_operation_succeeded(exchange_log, fake)
