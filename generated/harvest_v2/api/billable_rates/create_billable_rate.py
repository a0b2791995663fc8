"""POST /users/{user_id}/billable_rates: Give a user a new billable rate from a start date on."""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any
from urllib.parse import quote

from ..._core._arguments import date_arg as _date_arg
from ..._core._arguments import decimal_arg as _decimal_arg
from ..._core._request import RequestSpec
from ...models.billable_rate import BillableRate
from ...types import UNSET, File, Unset

OPERATION = "create_billable_rate"
METHOD = "POST"
PATH = "/users/{user_id}/billable_rates"


def _request(
    user_id: int,
    *,
    amount: Decimal | float,
    start_date: datetime.date | Unset = UNSET,
) -> RequestSpec:
    """Build the POST /users/{user_id}/billable_rates request."""
    _body: dict[str, Any] = {}
    _files: dict[str, File] = {}
    _body["amount"] = _decimal_arg("amount", amount, query=False)
    if not isinstance(start_date, Unset):
        _body["start_date"] = _date_arg("start_date", start_date)
    return RequestSpec(
        OPERATION,
        METHOD,
        f"/users/{quote(str(user_id), safe='')}/billable_rates",
        json=_body,
        files=_files or None,
    )


RESPONSE_MODEL = BillableRate
