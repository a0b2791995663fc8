"""GET /time_entries: List time entries, by spent date."""

from __future__ import annotations

import builtins
import datetime
from typing import TYPE_CHECKING, Any

from ..._core._arguments import date_arg as _date_arg
from ..._core._arguments import datetime_arg as _datetime_arg
from ..._core._request import RequestSpec
from ...models.time_entries import TimeEntries
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.time_entry import TimeEntry

OPERATION = "list_time_entries"
METHOD = "GET"
PATH = "/time_entries"


def _request(
    *,
    user_id: int | Unset = UNSET,
    client_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    task_id: int | Unset = UNSET,
    external_reference_id: str | Unset = UNSET,
    is_billed: bool | Unset = UNSET,
    is_running: bool | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int = 2000,
) -> RequestSpec:
    """Build the GET /time_entries request."""
    # Locals start with _ so no field name (a message's `body`) can shadow them.
    _params: dict[str, Any] = {}
    if not isinstance(user_id, Unset):
        _params["user_id"] = user_id
    if not isinstance(client_id, Unset):
        _params["client_id"] = client_id
    if not isinstance(project_id, Unset):
        _params["project_id"] = project_id
    if not isinstance(task_id, Unset):
        _params["task_id"] = task_id
    if not isinstance(external_reference_id, Unset):
        _params["external_reference_id"] = external_reference_id
    if not isinstance(is_billed, Unset):
        _params["is_billed"] = is_billed
    if not isinstance(is_running, Unset):
        _params["is_running"] = is_running
    if not isinstance(updated_since, Unset):
        _params["updated_since"] = _datetime_arg("updated_since", updated_since)
    if not isinstance(from_, Unset):
        _params["from"] = _date_arg("from_", from_)
    if not isinstance(to, Unset):
        _params["to"] = _date_arg("to", to)
    if not isinstance(page, Unset):
        _params["page"] = page
    _params["per_page"] = per_page
    return RequestSpec(
        OPERATION,
        METHOD,
        PATH,
        params=_params,
    )


RESPONSE_MODEL = TimeEntries


def _items(page: TimeEntries) -> builtins.list[TimeEntry]:
    return page.time_entries
