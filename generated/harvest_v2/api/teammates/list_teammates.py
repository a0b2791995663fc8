"""GET /users/{user_id}/teammates: List the teammates assigned to a manager."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ..._core._request import RequestSpec
from ...models.teammates import Teammates
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.teammate import Teammate

OPERATION = "list_teammates"
METHOD = "GET"
PATH = "/users/{user_id}/teammates"


def _request(
    user_id: int,
    *,
    page: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    per_page: int = 2000,
) -> RequestSpec:
    """Build the GET /users/{user_id}/teammates request."""
    # Locals start with _ so no field name (a message's `body`) can shadow them.
    _params: dict[str, Any] = {}
    if not isinstance(page, Unset):
        _params["page"] = page
    if not isinstance(cursor, Unset):
        _params["cursor"] = cursor
    _params["per_page"] = per_page
    return RequestSpec(
        OPERATION,
        METHOD,
        f"/users/{quote(str(user_id), safe='')}/teammates",
        params=_params,
    )


RESPONSE_MODEL = Teammates


def _items(page: Teammates) -> builtins.list[Teammate]:
    return page.teammates
