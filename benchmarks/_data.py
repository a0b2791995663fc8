"""Synthetic Harvest payloads for the benchmarks (our own data, shaped like real responses)."""

from __future__ import annotations

import json
from typing import Any

BASE = "http://127.0.0.1/v2"


def time_entry(i: int) -> dict[str, Any]:
    """One realistic time entry: nested references, assignments, nulls and timestamps."""
    day = 1 + i % 28
    return {
        "id": 900_000_000_000 + i,
        "spent_date": f"2025-03-{day:02d}",
        "user": {"id": 1_000 + i % 7, "name": "Ada Lovelace"},
        "client": {"id": 2_000 + i % 5, "name": "Northwind Traders"},
        "project": {"id": 3_000 + i % 11, "name": "Website relaunch", "code": "WEB-1"},
        "task": {"id": 4_000 + i % 3, "name": "Design"},
        "user_assignment": {
            "id": 5_000 + i % 7,
            "is_project_manager": i % 2 == 0,
            "is_active": True,
            "budget": None,
            "created_at": "2024-11-05T09:12:44Z",
            "updated_at": "2025-01-10T16:03:01Z",
            "hourly_rate": 120.0,
        },
        "task_assignment": {
            "id": 6_000 + i % 3,
            "billable": True,
            "is_active": True,
            "created_at": "2024-11-05T09:12:44Z",
            "updated_at": "2025-01-10T16:03:01Z",
            "hourly_rate": 120.0,
            "budget": None,
        },
        "external_reference": None,
        "invoice": None if i % 4 else {"id": 7_000 + i % 13, "number": f"INV-{i % 13}"},
        "hours": 1.5,
        "hours_without_timer": 1.5,
        "rounded_hours": 1.5,
        "notes": f"Worked on item {i}",
        "is_locked": False,
        "locked_reason": None,
        "is_closed": False,
        "approval_status": "unsubmitted",
        "is_billed": i % 4 == 0,
        "timer_started_at": None,
        "started_time": None,
        "ended_time": None,
        "is_running": False,
        "billable": True,
        "budgeted": True,
        "billable_rate": 120.0,
        "cost_rate": 60.0,
        "created_at": "2025-03-01T10:00:00Z",
        "updated_at": "2025-03-01T11:30:00Z",
    }


def time_entries_page(count: int, start: int = 0) -> bytes:
    """A time-entries list page with `count` records, as Harvest would send it."""
    body = {
        "time_entries": [time_entry(start + i) for i in range(count)],
        "per_page": count,
        "total_pages": 1,
        "total_entries": count,
        "next_page": None,
        "previous_page": None,
        "page": 1,
        "links": {
            "first": f"{BASE}/time_entries?page=1&per_page={count}",
            "next": None,
            "previous": None,
            "last": f"{BASE}/time_entries?page=1&per_page={count}",
        },
    }
    return json.dumps(body).encode()
