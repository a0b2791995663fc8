"""POST /users/{user_id}/billable_rates: Give a user a new billable rate from a start date on."""

from __future__ import annotations

import datetime
from typing import Any
from urllib.parse import quote

from ..._core._request import RequestSpec
from ...models.billable_rate import BillableRate
from ...types import UNSET, File, Unset

METHOD = "POST"
PATH = "/users/{user_id}/billable_rates"


def _request(
    user_id: int,
    *,
    amount: float,
    start_date: datetime.date | Unset = UNSET,
) -> RequestSpec:
    """Build the POST /users/{user_id}/billable_rates request."""
    _body: dict[str, Any] = {}
    _files: dict[str, File] = {}
    _body["amount"] = amount
    if not isinstance(start_date, Unset):
        _body["start_date"] = start_date.isoformat()
    return RequestSpec(
        METHOD,
        f"/users/{quote(str(user_id), safe='')}/billable_rates",
        json=_body,
        files=_files or None,
    )


def _parse(data: Any) -> BillableRate:
    return BillableRate.from_dict(data)
