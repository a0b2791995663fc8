"""A time entry made on the fake embeds its user's and its task's assignments to the project, or null."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from harvest_v2.testing import FakeHarvest, RateLimits
from harvest_v2.testing import _tracking as tracking


def _post(http: httpx.Client, path: str, body: dict[str, Any]) -> Any:
    response = http.post(path, json=body)
    assert response.is_success, response.text
    return response.json()


def test_a_new_entry_embeds_the_assignments_of_its_project(http: httpx.Client) -> None:
    me = http.get("/users/me").json()
    client = _post(http, "/clients", {"name": "Assigned SA"})
    project = _post(
        http,
        "/projects",
        {"client_id": client["id"], "name": "Assigned", "is_billable": True, "bill_by": "People", "budget_by": "none"},
    )
    task = _post(http, "/tasks", {"name": "Assigning"})
    other_task = _post(http, "/tasks", {"name": "Not on the project"})
    mine = _post(http, f"/projects/{project['id']}/user_assignments", {"user_id": me["id"], "use_default_rates": False})
    offered = _post(http, f"/projects/{project['id']}/task_assignments", {"task_id": task["id"], "billable": True})

    entry = _post(
        http,
        "/time_entries",
        {"project_id": project["id"], "task_id": task["id"], "spent_date": "2025-02-06", "hours": 1},
    )
    assert entry["user_assignment"]["id"] == mine["id"]
    assert entry["user_assignment"]["use_default_rates"] is False
    assert set(entry["user_assignment"]) <= {
        "id", "is_project_manager", "is_active", "use_default_rates", "budget", "hourly_rate", "created_at",
        "updated_at",
    }  # fmt: skip
    assert entry["task_assignment"]["id"] == offered["id"]

    # a task the project does not offer has no assignment to embed: null, as Harvest answers
    orphan = _post(
        http,
        "/time_entries",
        {"project_id": project["id"], "task_id": other_task["id"], "spent_date": "2025-02-06", "hours": 1},
    )
    assert orphan["task_assignment"] is None
    assert orphan["user_assignment"]["id"] == mine["id"]


@pytest.fixture
def own_fake() -> Iterator[FakeHarvest]:
    """A fake of its own: these tests change the company's settings."""
    with FakeHarvest(rate_limits=RateLimits(enabled=False)) as served:
        yield served


def _timesheet(fake: FakeHarvest, *, timestamps: bool, clock: str) -> tuple[httpx.Client, dict[str, Any]]:
    http = httpx.Client(base_url=fake.base_url, headers=fake.headers(), timeout=10)
    assert http.patch("/company", json={"wants_timestamp_timers": timestamps}).is_success
    fake.store.singletons["Company"]["clock"] = clock  # the API cannot change it; an account has one
    client = _post(http, "/clients", {"name": "Clocked"})
    project = _post(
        http,
        "/projects",
        {"client_id": client["id"], "name": "Clocked", "is_billable": True, "bill_by": "none", "budget_by": "none"},
    )
    task = _post(http, "/tasks", {"name": "Clocking"})
    return http, {"project_id": project["id"], "task_id": task["id"], "spent_date": "2026-11-02"}


@pytest.mark.parametrize(
    ("clock", "started", "ended", "written", "hours"),
    [
        ("24h", "8:00am", "17:30", ("08:00", "17:30"), "9.5"),
        ("12h", "08:00", "5:30pm", ("8:00am", "5:30pm"), "9.5"),
        ("12h", "00:05", "12:00pm", ("12:05am", "12:00pm"), "11.92"),
        ("24h", "12:05am", "0:50", ("00:05", "00:50"), "0.75"),
    ],
)
def test_timestamp_accounts_write_times_by_the_accounts_clock(
    own_fake: FakeHarvest, clock: str, started: str, ended: str, written: tuple[str, str], hours: str
) -> None:
    http, entry = _timesheet(own_fake, timestamps=True, clock=clock)
    made = _post(http, "/time_entries", {**entry, "started_time": started, "ended_time": ended})
    assert (made["started_time"], made["ended_time"]) == written
    assert made["hours"] == float(hours) and made["is_running"] is False
    # a later change of one end moves the hours, read in either clock
    moved = http.patch(f"/time_entries/{made['id']}", json={"ended_time": "23:00" if clock == "24h" else "11:00pm"})
    assert moved.is_success, moved.text
    assert moved.json()["ended_time"] == ("23:00" if clock == "24h" else "11:00pm")
    assert moved.json()["hours"] > made["hours"]


def test_a_timestamp_timer_runs_from_its_start_and_stops_with_an_end(
    own_fake: FakeHarvest, monkeypatch: pytest.MonkeyPatch
) -> None:
    http, entry = _timesheet(own_fake, timestamps=True, clock="12h")
    monkeypatch.setattr(tracking, "_now_minutes", lambda engine, user_id: 11 * 60 + 45)  # 11:45am where the user is
    running = _post(http, "/time_entries", {**entry, "started_time": "9:15am"})
    assert (running["is_running"], running["started_time"], running["ended_time"]) == (True, "9:15am", None)
    stopped = http.patch(f"/time_entries/{running['id']}/stop").json()
    assert (stopped["is_running"], stopped["ended_time"], stopped["hours"]) == (False, "11:45am", 2.5)
    now_timer = _post(http, "/time_entries", entry)  # no start given: it starts now, in the account's clock
    assert (now_timer["is_running"], now_timer["started_time"]) == (True, "11:45am")


def test_duration_accounts_keep_no_times_of_day(own_fake: FakeHarvest) -> None:
    http, entry = _timesheet(own_fake, timestamps=False, clock="12h")
    spanned = _post(http, "/time_entries", {**entry, "started_time": "8:00am", "ended_time": "9:30am"})
    assert (spanned["hours"], spanned["started_time"], spanned["ended_time"]) == (1.5, None, None)
    timed = _post(http, "/time_entries", {**entry, "hours": 2})
    assert (timed["started_time"], timed["ended_time"], timed["is_running"]) == (None, None, False)


@pytest.mark.parametrize("bad", ["25:00", "13:00pm", "0:00am", "noon", "8:60"])
def test_a_time_of_day_that_is_not_one_is_refused(own_fake: FakeHarvest, bad: str) -> None:
    http, entry = _timesheet(own_fake, timestamps=True, clock="24h")
    response = http.post("/time_entries", json={**entry, "started_time": bad, "ended_time": "23:00"})
    assert response.status_code == 422
    assert bad in response.json()["message"]
    assert own_fake.store.count("TimeEntry") == 0
