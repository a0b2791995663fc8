"""GET /tasks/{task_id}: Fetch one task."""

from __future__ import annotations

from urllib.parse import quote

from ..._core._request import RequestSpec
from ...models.task import Task

OPERATION = "get_task"
METHOD = "GET"
PATH = "/tasks/{task_id}"


def _request(
    task_id: int,
) -> RequestSpec:
    """Build the GET /tasks/{task_id} request."""
    return RequestSpec(
        OPERATION,
        METHOD,
        f"/tasks/{quote(str(task_id), safe='')}",
    )


RESPONSE_MODEL = Task
