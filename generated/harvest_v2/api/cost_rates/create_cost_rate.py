"""POST /users/{user_id}/cost_rates: Give a user a new cost rate from a start date on."""

from __future__ import annotations

import datetime
from typing import Any
from urllib.parse import quote

from ..._core._request import RequestSpec
from ...models.cost_rate import CostRate
from ...types import UNSET, File, Unset

METHOD = "POST"
PATH = "/users/{user_id}/cost_rates"


def _request(
    user_id: int,
    *,
    amount: float,
    start_date: datetime.date | Unset = UNSET,
) -> RequestSpec:
    """Build the POST /users/{user_id}/cost_rates request."""
    _body: dict[str, Any] = {}
    _files: dict[str, File] = {}
    _body["amount"] = amount
    if not isinstance(start_date, Unset):
        _body["start_date"] = start_date.isoformat()
    return RequestSpec(
        METHOD,
        f"/users/{quote(str(user_id), safe='')}/cost_rates",
        json=_body,
        files=_files or None,
    )


def _parse(data: Any) -> CostRate:
    return CostRate.from_dict(data)
