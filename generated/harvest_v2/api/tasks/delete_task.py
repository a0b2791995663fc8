"""DELETE /tasks/{task_id}: Delete a task."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._core._request import RequestSpec
from ...models.task import Task

METHOD = "DELETE"
PATH = "/tasks/{task_id}"


def _request(
    task_id: int,
) -> RequestSpec:
    """Build the DELETE /tasks/{task_id} request."""
    return RequestSpec(
        METHOD,
        f"/tasks/{quote(str(task_id), safe='')}",
    )


def _parse(data: Any) -> Task | None:
    # Harvest answers a deletion with the deleted record; an empty body (None) is a success too.
    return None if data is None else Task.from_dict(data)
