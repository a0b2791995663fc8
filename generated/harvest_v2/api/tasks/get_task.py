"""GET /tasks/{task_id}: Fetch one task."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._core._request import RequestSpec
from ...models.task import Task

METHOD = "GET"
PATH = "/tasks/{task_id}"


def _request(
    task_id: int,
) -> RequestSpec:
    """Build the GET /tasks/{task_id} request."""
    return RequestSpec(
        METHOD,
        f"/tasks/{quote(str(task_id), safe='')}",
    )


def _parse(data: Any) -> Task:
    return Task.from_dict(data)
