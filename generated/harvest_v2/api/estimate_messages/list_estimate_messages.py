"""GET /estimates/{estimate_id}/messages: List the emails and state events of an estimate."""

from __future__ import annotations

import builtins
import datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ..._core._arguments import datetime_arg as _datetime_arg
from ..._core._request import RequestSpec
from ...models.estimate_messages import EstimateMessages
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.estimate_message import EstimateMessage

OPERATION = "list_estimate_messages"
METHOD = "GET"
PATH = "/estimates/{estimate_id}/messages"


def _request(
    estimate_id: int,
    *,
    updated_since: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    per_page: int = 2000,
) -> RequestSpec:
    """Build the GET /estimates/{estimate_id}/messages request."""
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
        f"/estimates/{quote(str(estimate_id), safe='')}/messages",
        params=_params,
    )


RESPONSE_MODEL = EstimateMessages


def _items(page: EstimateMessages) -> builtins.list[EstimateMessage]:
    return page.estimate_messages
