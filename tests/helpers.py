"""Shared test helpers: MockTransport clients with recorded sleeps and JSON fixtures."""

from __future__ import annotations

import datetime
from collections.abc import Callable
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


def make_client(handler: Callable[[httpx.Request], httpx.Response], **options: Any) -> tuple[Harvest, SleepRecorder]:
    sleep = SleepRecorder()
    settings: dict[str, Any] = {**_DEFAULTS, "sleep": sleep, "transport": httpx.MockTransport(handler)}
    settings.update(options)
    return Harvest(**settings), sleep


def make_async_client(
    handler: Callable[[httpx.Request], httpx.Response], **options: Any
) -> tuple[AsyncHarvest, SleepRecorder]:
    sleep = SleepRecorder()
    settings: dict[str, Any] = {**_DEFAULTS, "sleep": sleep.async_sleep, "transport": httpx.MockTransport(handler)}
    settings.update(options)
    return AsyncHarvest(**settings), sleep


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
