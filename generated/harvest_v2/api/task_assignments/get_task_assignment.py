"""GET /projects/{project_id}/task_assignments/{task_assignment_id}: Fetch one task assignment of a project."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._core._request import RequestSpec
from ...models.task_assignment import TaskAssignment

METHOD = "GET"
PATH = "/projects/{project_id}/task_assignments/{task_assignment_id}"


def _request(
    project_id: int,
    task_assignment_id: int,
) -> RequestSpec:
    """Build the GET /projects/{project_id}/task_assignments/{task_assignment_id} request."""
    return RequestSpec(
        METHOD,
        f"/projects/{quote(str(project_id), safe='')}/task_assignments/{quote(str(task_assignment_id), safe='')}",
    )


def _parse(data: Any) -> TaskAssignment:
    return TaskAssignment.from_dict(data)
