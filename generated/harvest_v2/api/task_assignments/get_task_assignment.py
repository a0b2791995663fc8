"""GET /projects/{project_id}/task_assignments/{task_assignment_id}: Fetch one task assignment of a project."""

from __future__ import annotations

from urllib.parse import quote

from ..._core._request import RequestSpec
from ...models.task_assignment import TaskAssignment

OPERATION = "get_task_assignment"
METHOD = "GET"
PATH = "/projects/{project_id}/task_assignments/{task_assignment_id}"


def _request(
    project_id: int,
    task_assignment_id: int,
) -> RequestSpec:
    """Build the GET /projects/{project_id}/task_assignments/{task_assignment_id} request."""
    return RequestSpec(
        OPERATION,
        METHOD,
        f"/projects/{quote(str(project_id), safe='')}/task_assignments/{quote(str(task_assignment_id), safe='')}",
    )


RESPONSE_MODEL = TaskAssignment
