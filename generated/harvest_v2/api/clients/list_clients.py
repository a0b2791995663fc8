"""GET /clients: List clients, newest first."""

from __future__ import annotations

import builtins
import datetime
from typing import TYPE_CHECKING, Any

from ..._core._request import RequestSpec
from ..._core._serde import format_datetime as _format_datetime
from ...models.clients import Clients
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.client import Client

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
        _params["updated_since"] = _format_datetime(updated_since)
    if not isinstance(page, Unset):
        _params["page"] = page
    if not isinstance(cursor, Unset):
        _params["cursor"] = cursor
    _params["per_page"] = per_page
    return RequestSpec(
        METHOD,
        PATH,
        params=_params,
    )


def _parse(data: Any) -> Clients:
    return Clients.from_dict(data)


def _items(page: Clients) -> builtins.list[Client]:
    return page.clients
