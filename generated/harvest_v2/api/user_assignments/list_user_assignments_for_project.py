"""GET /projects/{project_id}/user_assignments: List the user assignments of one project, newest first."""

from __future__ import annotations

import builtins
import datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ..._core._arguments import datetime_arg as _datetime_arg
from ..._core._request import RequestSpec
from ...models.user_assignments import UserAssignments
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.user_assignment import UserAssignment

OPERATION = "list_user_assignments_for_project"
METHOD = "GET"
PATH = "/projects/{project_id}/user_assignments"


def _request(
    project_id: int,
    *,
    user_id: int | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int = 2000,
) -> RequestSpec:
    """Build the GET /projects/{project_id}/user_assignments request."""
    # Locals start with _ so no field name (a message's `body`) can shadow them.
    _params: dict[str, Any] = {}
    if not isinstance(user_id, Unset):
        _params["user_id"] = user_id
    if not isinstance(is_active, Unset):
        _params["is_active"] = is_active
    if not isinstance(updated_since, Unset):
        _params["updated_since"] = _datetime_arg("updated_since", updated_since)
    if not isinstance(page, Unset):
        _params["page"] = page
    _params["per_page"] = per_page
    return RequestSpec(
        OPERATION,
        METHOD,
        f"/projects/{quote(str(project_id), safe='')}/user_assignments",
        params=_params,
    )


RESPONSE_MODEL = UserAssignments


def _items(page: UserAssignments) -> builtins.list[UserAssignment]:
    return page.user_assignments
