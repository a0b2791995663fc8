"""GET /users/{user_id}/project_assignments: List a user's active project assignments, newest first."""

from __future__ import annotations

import builtins
import datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ..._core._arguments import datetime_arg as _datetime_arg
from ..._core._request import RequestSpec
from ...models.project_assignments import ProjectAssignments
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.project_assignment import ProjectAssignment

OPERATION = "list_project_assignments"
METHOD = "GET"
PATH = "/users/{user_id}/project_assignments"


def _request(
    user_id: int,
    *,
    updated_since: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    per_page: int = 2000,
) -> RequestSpec:
    """Build the GET /users/{user_id}/project_assignments request."""
    # Locals start with _ so no field name (a message's `body`) can shadow them.
    _params: dict[str, Any] = {}
    if not isinstance(updated_since, Unset):
        _params["updated_since"] = _datetime_arg("updated_since", updated_since)
    if not isinstance(page, Unset):
        _params["page"] = page
    if not isinstance(cursor, Unset):
        _params["cursor"] = cursor
    _params["per_page"] = per_page
    return RequestSpec(
        OPERATION,
        METHOD,
        f"/users/{quote(str(user_id), safe='')}/project_assignments",
        params=_params,
    )


RESPONSE_MODEL = ProjectAssignments


def _items(page: ProjectAssignments) -> builtins.list[ProjectAssignment]:
    return page.project_assignments
