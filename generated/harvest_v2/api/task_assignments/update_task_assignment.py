"""PATCH /projects/{project_id}/task_assignments/{task_assignment_id}: Change some fields of a task assignment."""

from __future__ import annotations

from decimal import Decimal
from typing import Any
from urllib.parse import quote

from ..._core._arguments import decimal_arg as _decimal_arg
from ..._core._request import RequestSpec
from ...models.task_assignment import TaskAssignment
from ...types import UNSET, File, Unset

OPERATION = "update_task_assignment"
METHOD = "PATCH"
PATH = "/projects/{project_id}/task_assignments/{task_assignment_id}"


def _request(
    project_id: int,
    task_assignment_id: int,
    *,
    is_active: bool | Unset = UNSET,
    billable: bool | Unset = UNSET,
    hourly_rate: Decimal | float | Unset | None = UNSET,
    budget: Decimal | float | Unset | None = UNSET,
) -> RequestSpec:
    """Build the PATCH /projects/{project_id}/task_assignments/{task_assignment_id} request."""
    _body: dict[str, Any] = {}
    _files: dict[str, File] = {}
    if not isinstance(is_active, Unset):
        _body["is_active"] = is_active
    if not isinstance(billable, Unset):
        _body["billable"] = billable
    if not isinstance(hourly_rate, Unset):
        _body["hourly_rate"] = None if hourly_rate is None else _decimal_arg("hourly_rate", hourly_rate, query=False)
    if not isinstance(budget, Unset):
        _body["budget"] = None if budget is None else _decimal_arg("budget", budget, query=False)
    return RequestSpec(
        OPERATION,
        METHOD,
        f"/projects/{quote(str(project_id), safe='')}/task_assignments/{quote(str(task_assignment_id), safe='')}",
        json=_body,
        files=_files or None,
    )


RESPONSE_MODEL = TaskAssignment
