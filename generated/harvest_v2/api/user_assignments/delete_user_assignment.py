"""DELETE /projects/{project_id}/user_assignments/{user_assignment_id}: Remove a user from a project; refused once they tracked time or expenses there."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._core._request import RequestSpec
from ...models.user_assignment import UserAssignment

METHOD = "DELETE"
PATH = "/projects/{project_id}/user_assignments/{user_assignment_id}"


def _request(
    project_id: int,
    user_assignment_id: int,
) -> RequestSpec:
    """Build the DELETE /projects/{project_id}/user_assignments/{user_assignment_id} request."""
    return RequestSpec(
        METHOD,
        f"/projects/{quote(str(project_id), safe='')}/user_assignments/{quote(str(user_assignment_id), safe='')}",
    )


def _parse(data: Any) -> UserAssignment | None:
    # Harvest answers a deletion with the deleted record; an empty body (None) is a success too.
    return None if data is None else UserAssignment.from_dict(data)
