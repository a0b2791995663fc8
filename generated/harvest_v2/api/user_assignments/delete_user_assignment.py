"""DELETE /projects/{project_id}/user_assignments/{user_assignment_id}: Remove a user from a project; refused once they tracked time or expenses there."""

from __future__ import annotations

from urllib.parse import quote

from ..._core._request import RequestSpec
from ...models.user_assignment import UserAssignment

OPERATION = "delete_user_assignment"
METHOD = "DELETE"
PATH = "/projects/{project_id}/user_assignments/{user_assignment_id}"


def _request(
    project_id: int,
    user_assignment_id: int,
) -> RequestSpec:
    """Build the DELETE /projects/{project_id}/user_assignments/{user_assignment_id} request."""
    return RequestSpec(
        OPERATION,
        METHOD,
        f"/projects/{quote(str(project_id), safe='')}/user_assignments/{quote(str(user_assignment_id), safe='')}",
    )


RESPONSE_MODEL = UserAssignment
