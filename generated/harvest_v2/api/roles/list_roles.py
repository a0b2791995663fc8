"""GET /roles: List roles, newest first (administrators only)."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any

from ..._core._request import RequestSpec
from ...models.roles import Roles
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.role import Role

OPERATION = "list_roles"
METHOD = "GET"
PATH = "/roles"


def _request(
    *,
    page: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    per_page: int = 2000,
) -> RequestSpec:
    """Build the GET /roles request."""
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
        PATH,
        params=_params,
    )


RESPONSE_MODEL = Roles


def _items(page: Roles) -> builtins.list[Role]:
    return page.roles
