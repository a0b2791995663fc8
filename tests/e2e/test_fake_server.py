"""FakeHarvest over raw HTTP: Harvest's status codes, error bodies, pagination and rate limits."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from harvest_v2.testing import FakeHarvest, RateLimits

from .conftest import ExchangeLog

AGENT = "Fake server tests (tests@example.com)"


@pytest.fixture
def http(fake: FakeHarvest) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=fake.base_url, headers=fake.headers(AGENT)) as client:
        yield client


def _follow(http: httpx.Client, url: str, key: str) -> tuple[list[int], list[dict[str, Any]]]:
    """Every id of a listing by links.next, and each page's envelope."""
    ids: list[int] = []
    pages = []
    next_url: str | None = url
    while next_url:
        response = http.get(next_url)
        assert response.status_code == 200, response.text
        page = response.json()
        ids += [record["id"] for record in page[key]]
        pages.append({k: v for k, v in page.items() if k != key})
        next_url = page["links"]["next"]
    return ids, pages


def test_missing_token_or_account_is_401_with_harvest_body(fake: FakeHarvest, http: httpx.Client) -> None:
    for drop in ("Authorization", "Harvest-Account-Id"):
        headers = {k: v for k, v in http.headers.items() if k.lower() != drop.lower()}
        response = httpx.get(f"{fake.base_url}/clients", headers=headers)
        assert response.status_code == 401
        assert response.json()["error"] == "invalid_token"
        assert "error_description" in response.json()
    wrong = http.get("/clients", headers={"Authorization": "Bearer not-the-token"})
    assert wrong.status_code == 401


def test_missing_user_agent_is_400(fake: FakeHarvest) -> None:
    headers = fake.headers(user_agent="")
    response = httpx.get(f"{fake.base_url}/clients", headers=headers)
    assert response.status_code == 400
    assert "User-Agent" in response.text


def test_unknown_id_is_404_with_status_and_error(http: httpx.Client) -> None:
    response = http.get("/clients/999999999")
    assert response.status_code == 404
    assert response.json() == {"status": 404, "error": "Not found"}
    assert http.get("/projects/999999999/user_assignments").status_code == 404


def test_missing_or_bad_fields_are_422_with_a_message(http: httpx.Client) -> None:
    missing = http.post("/clients", json={"currency": "EUR"})
    assert missing.status_code == 422
    assert "name" in missing.json()["message"]
    wrong_type = http.post("/time_entries", json={"project_id": "seven", "task_id": 1, "spent_date": "2025-01-01"})
    assert wrong_type.status_code == 422
    assert "project_id" in wrong_type.json()["message"]
    bad_reference = http.post(
        "/projects",
        json={"client_id": 987654321, "name": "X", "is_billable": True, "bill_by": "Project", "budget_by": "project"},
    )
    assert bad_reference.status_code == 422
    assert "client_id" in bad_reference.json()["message"]
    bad_boolean = http.get("/clients", params={"is_active": "yes"})
    assert bad_boolean.status_code == 422
    assert "true or false" in bad_boolean.json()["message"]


@pytest.mark.parametrize("per_page", ["0", "2001", "many"])
def test_per_page_outside_1_to_2000_is_422(http: httpx.Client, per_page: str) -> None:
    response = http.get("/time_entries", params={"per_page": per_page})
    assert response.status_code == 422
    assert "per_page" in response.json()["message"]


def test_create_read_update_delete(http: httpx.Client) -> None:
    created = http.post("/clients", json={"name": "Round Trip Ltd", "currency": "EUR"})
    assert created.status_code == 201
    client = created.json()
    assert client["name"] == "Round Trip Ltd" and client["is_active"] is True
    assert http.get(f"/clients/{client['id']}").json() == client
    updated = http.patch(f"/clients/{client['id']}", json={"name": "Renamed Ltd"})
    assert updated.json()["name"] == "Renamed Ltd"
    assert http.delete(f"/clients/{client['id']}").status_code == 200
    assert http.get(f"/clients/{client['id']}").status_code == 404


def test_cursor_listing_loses_and_repeats_nothing(fake: FakeHarvest, http: httpx.Client) -> None:
    for number in range(23):
        fake.store.add(
            "Client",
            {
                "name": f"Client {number}",
                "is_active": number % 2 == 0,
                "currency": "EUR",
                "address": None,
                "statement_key": "k",
            },
        )
    expected = [record["id"] for record in fake.store.all("Client")]
    ids, pages = _follow(http, "/clients?per_page=5", "clients")
    assert ids == expected  # newest first, each once
    count = -(-len(expected) // 5)
    assert [p["page"] for p in pages] == [1] + [None] * (count - 2) + [count]  # numbered first and last only
    assert [p["next_page"] for p in pages] == [2] + [None] * (count - 1)
    assert all(p["total_entries"] == len(expected) and p["total_pages"] == count for p in pages)
    cursor = httpx.URL(pages[0]["links"]["next"]).params["cursor"]
    assert json.loads(base64.urlsafe_b64decode(cursor + "==")) == {"after": {"id": ids[4]}}
    active, _ = _follow(http, "/clients?per_page=4&is_active=true", "clients")
    assert active == [r["id"] for r in fake.store.all("Client") if r["is_active"]]


def test_page_number_listing_for_time_entries(fake: FakeHarvest, http: httpx.Client) -> None:
    ids, pages = _follow(http, "/time_entries?per_page=70", "time_entries")
    assert ids == [record["id"] for record in fake.store.all("TimeEntry")]
    assert len(ids) == len(set(ids)) == 300
    assert [p["page"] for p in pages] == [1, 2, 3, 4, 5]
    assert "page=2" in pages[0]["links"]["next"] and "cursor" not in pages[0]["links"]["next"]
    assert pages[-1]["links"]["next"] is None and pages[-1]["previous_page"] == 4


def test_filters_follow_the_documented_parameters(fake: FakeHarvest, http: httpx.Client) -> None:
    project = fake.store.all("Project")[0]
    page = http.get("/time_entries", params={"project_id": project["id"], "from": "2000-01-01"}).json()
    assert page["total_entries"] == sum(1 for r in fake.store.all("TimeEntry") if r["project"]["id"] == project["id"])
    assert {entry["project"]["id"] for entry in page["time_entries"]} == {project["id"]}


def test_reports_refuse_more_than_365_days(http: httpx.Client) -> None:
    response = http.get("/reports/time/clients", params={"from": "2024-01-01", "to": "2025-01-02"})
    assert response.status_code == 422
    assert "365" in response.json()["message"]
    assert http.get("/reports/time/clients", params={"from": "2024-01-01", "to": "2024-12-31"}).status_code == 200


def test_rate_limit_answers_429_with_retry_after(exchange_log: ExchangeLog) -> None:
    now = [0.0]
    limits = RateLimits(clock=lambda: now[0])
    fake = FakeHarvest(rate_limits=limits, on_exchange=exchange_log)
    with fake, httpx.Client(base_url=fake.base_url, headers=fake.headers(AGENT)) as http:
        statuses = [http.get("/users/me").status_code for _ in range(100)]
        now[0] = 10.0
        limited = http.get("/users/me")
        report = http.get("/reports/time/team", params={"from": "2025-01-01", "to": "2025-01-31"})
        now[0] = 15.0
        again = http.get("/users/me")
    assert statuses == [200] * 100
    assert limited.status_code == 429
    assert limited.headers["Retry-After"] == "5"
    assert report.status_code == 200  # /reports/ has its own budget
    assert again.status_code == 200
