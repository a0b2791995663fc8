"""GET /projects/{project_id}/task_assignments: List the task assignments of one project, newest first."""

from __future__ import annotations

import builtins
import datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ..._core._request import RequestSpec
from ..._core._serde import format_datetime as _format_datetime
from ...models.task_assignments import TaskAssignments
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.task_assignment import TaskAssignment

METHOD = "GET"
PATH = "/projects/{project_id}/task_assignments"


def _request(
    project_id: int,
    *,
    is_active: bool | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int = 2000,
) -> RequestSpec:
    """Build the GET /projects/{project_id}/task_assignments request."""
    # Locals start with _ so no field name (a message's `body`) can shadow them.
    _params: dict[str, Any] = {}
    if not isinstance(is_active, Unset):
        _params["is_active"] = is_active
    if not isinstance(updated_since, Unset):
        _params["updated_since"] = _format_datetime(updated_since)
    if not isinstance(page, Unset):
        _params["page"] = page
    _params["per_page"] = per_page
    return RequestSpec(
        METHOD,
        f"/projects/{quote(str(project_id), safe='')}/task_assignments",
        params=_params,
    )


def _parse(data: Any) -> TaskAssignments:
    return TaskAssignments.from_dict(data)


def _items(page: TaskAssignments) -> builtins.list[TaskAssignment]:
    return page.task_assignments
