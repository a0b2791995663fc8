"""DELETE /tasks/{task_id}: Delete a task."""

from __future__ import annotations

from urllib.parse import quote

from ..._core._request import RequestSpec
from ...models.task import Task

OPERATION = "delete_task"
METHOD = "DELETE"
PATH = "/tasks/{task_id}"


def _request(
    task_id: int,
) -> RequestSpec:
    """Build the DELETE /tasks/{task_id} request."""
    return RequestSpec(
        OPERATION,
        METHOD,
        f"/tasks/{quote(str(task_id), safe='')}",
    )


RESPONSE_MODEL = Task
