"""`python -m harvest_v2.testing --port P`: the fake as a process, as services use it."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest
from harvest_v2._core._ports import free_port

AGENT = "Command line test (tests@example.com)"


@contextmanager
def _serve(*args: str) -> Iterator[tuple[str, dict[str, str]]]:
    """Run the command on a free port; yield its base URL and the headers it asked for."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "harvest_v2.testing", "--port", str(port), *args],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        banner = [process.stdout.readline() for _ in range(3)]
        assert banner[0].startswith("Fake Harvest on http://127.0.0.1:"), banner
        settings = dict(line.strip().split("=", 1) for line in banner[1:])
        headers = {
            "Authorization": f"Bearer {settings['HARVEST_ACCESS_TOKEN']}",
            "Harvest-Account-Id": settings["HARVEST_ACCOUNT_ID"],
            "User-Agent": AGENT,
        }
        yield f"http://127.0.0.1:{port}/v2", headers
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[str, dict[str, str]]]:
    with _serve("--seed", "demo") as server:
        yield server


def test_statuses(served: tuple[str, dict[str, str]]) -> None:
    base, headers = served
    with httpx.Client(base_url=base, headers=headers) as http:
        assert http.get("/users/me").status_code == 200
        assert http.get("/users/me", headers={"Authorization": "Bearer wrong"}).status_code == 401
        assert http.get("/users/me", headers={"User-Agent": ""}).status_code == 400
        assert http.post("/clients", json={}).status_code == 422
        assert http.get("/clients/424242424").status_code == 404


def test_demo_seed_paginates_without_loss(served: tuple[str, dict[str, str]]) -> None:
    base, headers = served
    with httpx.Client(base_url=base, headers=headers) as http:
        first = http.get("/time_entries", params={"per_page": 2000}).json()
        assert first["total_entries"] == 25_000 and first["total_pages"] == 13
        ids: list[int] = []
        url: str | None = "/clients?per_page=1"
        while url:
            page = http.get(url).json()
            ids += [client["id"] for client in page["clients"]]
            url = page["links"]["next"]
        assert len(ids) == len(set(ids)) == page["total_entries"] >= 4


def test_rate_limit_after_100_requests_in_15_seconds() -> None:
    with _serve() as (base, headers), httpx.Client(base_url=base, headers=headers) as http:
        statuses = [http.get("/roles").status_code for _ in range(101)]
        again = http.get("/roles")
    assert statuses == [200] * 100 + [429]
    assert again.status_code == 429
    assert 1 <= int(again.headers["Retry-After"]) <= 15
