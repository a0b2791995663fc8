"""PATCH /tasks/{task_id}: Change some fields of a task, or archive it."""

from __future__ import annotations

from decimal import Decimal
from typing import Any
from urllib.parse import quote

from ..._core._arguments import decimal_arg as _decimal_arg
from ..._core._request import RequestSpec
from ...models.task import Task
from ...types import UNSET, File, Unset

OPERATION = "update_task"
METHOD = "PATCH"
PATH = "/tasks/{task_id}"


def _request(
    task_id: int,
    *,
    name: str | Unset = UNSET,
    billable_by_default: bool | Unset = UNSET,
    default_hourly_rate: Decimal | float | Unset = UNSET,
    is_default: bool | Unset = UNSET,
    is_active: bool | Unset = UNSET,
) -> RequestSpec:
    """Build the PATCH /tasks/{task_id} request."""
    _body: dict[str, Any] = {}
    _files: dict[str, File] = {}
    if not isinstance(name, Unset):
        _body["name"] = name
    if not isinstance(billable_by_default, Unset):
        _body["billable_by_default"] = billable_by_default
    if not isinstance(default_hourly_rate, Unset):
        _body["default_hourly_rate"] = _decimal_arg("default_hourly_rate", default_hourly_rate, query=False)
    if not isinstance(is_default, Unset):
        _body["is_default"] = is_default
    if not isinstance(is_active, Unset):
        _body["is_active"] = is_active
    return RequestSpec(
        OPERATION,
        METHOD,
        f"/tasks/{quote(str(task_id), safe='')}",
        json=_body,
        files=_files or None,
    )


RESPONSE_MODEL = Task
