"""DELETE /projects/{project_id}/task_assignments/{task_assignment_id}: Remove a task from a project; refused once time is tracked to it."""

from __future__ import annotations

from urllib.parse import quote

from ..._core._request import RequestSpec
from ...models.task_assignment import TaskAssignment

OPERATION = "delete_task_assignment"
METHOD = "DELETE"
PATH = "/projects/{project_id}/task_assignments/{task_assignment_id}"


def _request(
    project_id: int,
    task_assignment_id: int,
) -> RequestSpec:
    """Build the DELETE /projects/{project_id}/task_assignments/{task_assignment_id} request."""
    return RequestSpec(
        OPERATION,
        METHOD,
        f"/projects/{quote(str(project_id), safe='')}/task_assignments/{quote(str(task_assignment_id), safe='')}",
    )


RESPONSE_MODEL = TaskAssignment
