"""A time entry made on the fake embeds its user's and its task's assignments to the project, or null."""

from __future__ import annotations

from typing import Any

import httpx


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
