"""`python -m harvest_v2.testing --port P`: the fake as a process, as services use it."""

from __future__ import annotations

import socket
import subprocess
import sys
from collections.abc import Iterator

import httpx
import pytest

AGENT = "Command line test (tests@example.com)"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[str, dict[str, str]]]:
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "harvest_v2.testing", "--port", str(port), "--seed", "demo"],
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


def test_rate_limit_after_100_requests(served: tuple[str, dict[str, str]]) -> None:
    base, headers = served
    with httpx.Client(base_url=base, headers=headers) as http:
        statuses = [http.get("/roles").status_code for _ in range(101)]
    # The other tests of this module spent part of the same 15-second budget.
    assert statuses.count(429) >= 1
    limited = statuses.index(429)
    assert all(status == 200 for status in statuses[:limited])
    with httpx.Client(base_url=base, headers=headers) as http:
        response = http.get("/roles")
    assert response.status_code == 429
    assert 1 <= int(response.headers["Retry-After"]) <= 15
