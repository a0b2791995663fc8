"""The fake serves each list in the order its operations-table row says, as Harvest does (over HTTP)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from harvest_v2._operations import OPERATIONS
from harvest_v2.testing import FakeHarvest, RateLimits


@pytest.fixture(scope="module")
def busy() -> Iterator[FakeHarvest]:
    with FakeHarvest(seed="bulk:300", rate_limits=RateLimits(enabled=False)) as server:
        yield server


def _listed(fake: FakeHarvest, path: str, key: str, per_page: int = 2000, **query: Any) -> list[dict[str, Any]]:
    with httpx.Client(base_url=fake.base_url, headers=fake.headers(), timeout=10) as http:
        return list(http.get(path, params={"per_page": per_page, **query}).json()[key])


def test_time_entries_are_served_latest_spent_date_first_ties_newest_created_first(busy: FakeHarvest) -> None:
    entries = _listed(busy, "/time_entries", "time_entries")
    template = entries[-1]
    # Logged now for days long past, and two for one day: id order and date order part.
    body = {"project_id": template["project"]["id"], "task_id": template["task"]["id"], "hours": 1}
    with httpx.Client(base_url=busy.base_url, headers=busy.headers(), timeout=10) as http:
        for day in ("2001-01-02", "2001-01-03", "2001-01-02"):
            assert http.post("/time_entries", json={**body, "spent_date": day}).status_code == 201
    entries = _listed(busy, "/time_entries", "time_entries")
    keys = [(entry["spent_date"], entry["id"]) for entry in entries]
    assert keys == sorted(keys, reverse=True)
    ids = [entry["id"] for entry in entries]
    assert ids != sorted(ids, reverse=True) and entries[-1]["spent_date"] == "2001-01-02"
    assert entries[-2]["id"] > entries[-1]["id"]


def test_pages_cut_the_same_order(busy: FakeHarvest) -> None:
    whole = [entry["id"] for entry in _listed(busy, "/time_entries", "time_entries")]
    paged = [
        entry["id"] for page in range(1, 8) for entry in _listed(busy, "/time_entries", "time_entries", 50, page=page)
    ]
    assert paged == whole


@pytest.mark.parametrize(
    ("operation_id", "by"),
    [
        ("list_time_entries", "spent_date"),
        ("list_expenses", "spent_date"),
        ("list_invoices", "issue_date"),
        ("list_estimates", "issue_date"),
    ],
)
def test_harvest_s_documented_orders_are_in_the_table(operation_id: str, by: str) -> None:
    assert (OPERATIONS[operation_id].order_by, OPERATIONS[operation_id].order_direction) == (by, "desc")


@pytest.mark.parametrize("path", ["/invoices", "/estimates"])
def test_invoices_and_estimates_are_served_latest_issue_date_first(busy: FakeHarvest, path: str) -> None:
    client = _listed(busy, "/clients", "clients")[0]
    with httpx.Client(base_url=busy.base_url, headers=busy.headers(), timeout=10) as http:
        for day in ("2026-01-03", "2026-01-01", "2026-01-02", "2026-01-01"):
            assert http.post(path, json={"client_id": client["id"], "issue_date": day}).status_code == 201
    records = _listed(busy, path, path.strip("/"))
    assert [(r["issue_date"], r["id"]) for r in records] == sorted(
        ((r["issue_date"], r["id"]) for r in records), reverse=True
    )
    assert [r["issue_date"] for r in records] == ["2026-01-03", "2026-01-02", "2026-01-01", "2026-01-01"]


def test_a_cursor_list_stays_newest_created_first(busy: FakeHarvest) -> None:
    ids = [client["id"] for client in _listed(busy, "/clients", "clients")]
    assert ids == sorted(ids, reverse=True)
