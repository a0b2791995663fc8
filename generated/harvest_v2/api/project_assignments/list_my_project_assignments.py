"""GET /users/me/project_assignments: List the authenticated user's active project assignments, newest first."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any

from ..._core._request import RequestSpec
from ...models.project_assignments import ProjectAssignments
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.project_assignment import ProjectAssignment

OPERATION = "list_my_project_assignments"
METHOD = "GET"
PATH = "/users/me/project_assignments"


def _request(
    *,
    page: int | Unset = UNSET,
    per_page: int = 2000,
) -> RequestSpec:
    """Build the GET /users/me/project_assignments request."""
    # Locals start with _ so no field name (a message's `body`) can shadow them.
    _params: dict[str, Any] = {}
    if not isinstance(page, Unset):
        _params["page"] = page
    _params["per_page"] = per_page
    return RequestSpec(
        OPERATION,
        METHOD,
        PATH,
        params=_params,
    )


RESPONSE_MODEL = ProjectAssignments


def _items(page: ProjectAssignments) -> builtins.list[ProjectAssignment]:
    return page.project_assignments
