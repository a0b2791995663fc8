"""PATCH /company: Change account settings."""

from __future__ import annotations

from typing import Any

from ..._core._request import RequestSpec
from ...models.company import Company
from ...types import UNSET, File, Unset

OPERATION = "update_company"
METHOD = "PATCH"
PATH = "/company"


def _request(
    *,
    wants_timestamp_timers: bool | Unset = UNSET,
    weekly_capacity: int | Unset = UNSET,
) -> RequestSpec:
    """Build the PATCH /company request."""
    _body: dict[str, Any] = {}
    _files: dict[str, File] = {}
    if not isinstance(wants_timestamp_timers, Unset):
        _body["wants_timestamp_timers"] = wants_timestamp_timers
    if not isinstance(weekly_capacity, Unset):
        _body["weekly_capacity"] = weekly_capacity
    return RequestSpec(
        OPERATION,
        METHOD,
        PATH,
        json=_body,
        files=_files or None,
    )


RESPONSE_MODEL = Company
