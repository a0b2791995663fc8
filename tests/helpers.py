"""Shared test helpers: MockTransport clients with recorded sleeps and JSON fixtures."""

from __future__ import annotations

import asyncio
import datetime
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
from harvest_v2 import AsyncHarvest, Harvest

TOKEN = "pat-secret-token-123456"
ACCOUNT = "987654"
AGENT = "Test suite (tests@example.com)"
BASE = "https://api.harvestapp.com/v2"


class SleepRecorder:
    """Injected sleep: records waits instead of sleeping; advances a fake clock when given one."""

    def __init__(self, clock: FakeClock | None = None) -> None:
        self.waits: list[float] = []
        self.clock = clock

    def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)
        if self.clock is not None:
            self.clock.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self(seconds)


class FakeClock:
    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now


# Our own suite runs strict: a fixture or fake that drifts from the spec fails the test.
_DEFAULTS: dict[str, Any] = {
    "access_token": TOKEN,
    "account_id": ACCOUNT,
    "user_agent": AGENT,
    "throttle": False,
    "strict": True,
}


def _sleep_for(options: dict[str, Any]) -> SleepRecorder:
    # A FakeClock the client reads must move when the client sleeps, or paced waits never end.
    clock = options.get("clock")
    return SleepRecorder(clock if isinstance(clock, FakeClock) else None)


def make_client(handler: Callable[[httpx.Request], httpx.Response], **options: Any) -> tuple[Harvest, SleepRecorder]:
    sleep = _sleep_for(options)
    settings: dict[str, Any] = {**_DEFAULTS, "sleep": sleep, "transport": httpx.MockTransport(handler)}
    settings.update(options)
    return Harvest(**settings), sleep


def make_async_client(
    handler: Callable[[httpx.Request], httpx.Response], **options: Any
) -> tuple[AsyncHarvest, SleepRecorder]:
    sleep = _sleep_for(options)
    settings: dict[str, Any] = {**_DEFAULTS, "sleep": sleep.async_sleep, "transport": httpx.MockTransport(handler)}
    settings.update(options)
    return AsyncHarvest(**settings), sleep


async def _awaited(result: Awaitable[Any]) -> Any:
    return await result


class Clients:
    """Harvest or AsyncHarvest, and ways to drive either from a plain test function.

    An AsyncHarvest belongs to the first event loop it runs in, so every call of one test runs in
    one loop, kept for the test (end() closes it), not in a fresh asyncio.run each.
    """

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self._runner = asyncio.Runner() if kind == "async" else None
        self._made: list[Harvest | AsyncHarvest] = []

    @property
    def cls(self) -> type[Harvest] | type[AsyncHarvest]:
        return Harvest if self._runner is None else AsyncHarvest

    def make(
        self, handler: Callable[[httpx.Request], httpx.Response], **options: Any
    ) -> tuple[Harvest | AsyncHarvest, SleepRecorder]:
        made: tuple[Harvest | AsyncHarvest, SleepRecorder] = (
            make_client(handler, **options) if self._runner is None else make_async_client(handler, **options)
        )
        self._made.append(made[0])
        return made

    def wait(self, result: Any) -> Any:
        """A sync client's result as it is; an async client's awaited."""
        if self._runner is None:
            return result
        return self._runner.run(_awaited(result))

    def run(self, hv: Harvest | AsyncHarvest, call: Callable[[Any], Any]) -> Any:
        """call(hv) inside `with hv`, or awaited inside `async with hv`."""
        if isinstance(hv, Harvest):
            with hv:
                return call(hv)

        async def session() -> Any:
            async with hv:
                return await call(hv)

        return self.wait(session())

    def items(self, hv: Harvest | AsyncHarvest, listing: Callable[[Any], Any]) -> list[Any]:
        """Everything listing(hv) yields (records, or envelopes from pages()), inside `with hv`."""
        if isinstance(hv, Harvest):
            with hv:
                return list(listing(hv))

        async def session() -> list[Any]:
            async with hv:
                return [item async for item in listing(hv)]

        result: list[Any] = self.wait(session())
        return result

    def count(self, listing: Any) -> int:
        """How many items a listing yields, holding none of them once counted."""
        if self._runner is None:
            return sum(1 for _ in listing)

        async def counted() -> int:
            total = 0
            async for _ in listing:
                total += 1
            return total

        result: int = self.wait(counted())
        return result

    def first(self, listing: Any) -> Any:
        """The first item of a listing, fetching no more than it needs."""
        if self._runner is None:
            return next(iter(listing))
        return self.wait(anext(aiter(listing)))

    def close(self, hv: Harvest | AsyncHarvest) -> None:
        if isinstance(hv, Harvest):
            hv.close()
        else:
            self.wait(hv.aclose())

    def end(self) -> None:
        """Close the clients make() built (a test may leave them open) and the event loop."""
        try:
            for hv in self._made:
                self.close(hv)
        finally:
            if self._runner is not None:
                self._runner.close()


def client_json(client_id: int, name: str = "Acme") -> dict[str, Any]:
    return {
        "id": client_id,
        "name": name,
        "is_active": True,
        "address": None,
        "statement_key": f"key{client_id}",
        "currency": "EUR",
        "created_at": "2024-03-01T10:00:00Z",
        "updated_at": "2024-03-02T11:30:00Z",
    }


def page_json(
    key: str,
    records: list[dict[str, Any]],
    *,
    next_url: str | None,
    page: int | None,
    total_entries: int,
    total_pages: int,
    per_page: int = 2000,
) -> dict[str, Any]:
    return {
        key: records,
        "per_page": per_page,
        "total_pages": total_pages,
        "total_entries": total_entries,
        "next_page": None,
        "previous_page": None,
        "page": page,
        "links": {"first": f"{BASE}/{key}?page=1", "next": next_url, "previous": None, "last": f"{BASE}/{key}?page=9"},
    }


def json_response(status: int, body: Any, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(status, json=body, headers=headers)


def http_date(when: datetime.datetime) -> str:
    return when.strftime("%a, %d %b %Y %H:%M:%S GMT")
