"""GET /clients: List clients, newest first."""

from __future__ import annotations

import builtins
import datetime
from typing import TYPE_CHECKING, Any

from ..._core._arguments import datetime_arg as _datetime_arg
from ..._core._request import RequestSpec
from ...models.clients import Clients
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.client import Client

OPERATION = "list_clients"
METHOD = "GET"
PATH = "/clients"


def _request(
    *,
    is_active: bool | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    per_page: int = 2000,
) -> RequestSpec:
    """Build the GET /clients request."""
    # Locals start with _ so no field name (a message's `body`) can shadow them.
    _params: dict[str, Any] = {}
    if not isinstance(is_active, Unset):
        _params["is_active"] = is_active
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
        PATH,
        params=_params,
    )


RESPONSE_MODEL = Clients


def _items(page: Clients) -> builtins.list[Client]:
    return page.clients
