"""POST /users: Create a user and email them an invitation."""

from __future__ import annotations

import builtins
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from ..._core._arguments import decimal_arg as _decimal_arg
from ..._core._request import RequestSpec
from ...models.user import User
from ...types import UNSET, File, Unset

if TYPE_CHECKING:
    from ...models.user_access_role import UserAccessRole

OPERATION = "create_user"
METHOD = "POST"
PATH = "/users"


def _request(
    *,
    first_name: str,
    last_name: str,
    email: str,
    timezone: str | Unset = UNSET,
    has_access_to_all_future_projects: bool | Unset = UNSET,
    is_contractor: bool | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    weekly_capacity: int | Unset = UNSET,
    default_hourly_rate: Decimal | float | Unset = UNSET,
    cost_rate: Decimal | float | Unset = UNSET,
    roles: builtins.list[str] | Unset = UNSET,
    access_roles: builtins.list[UserAccessRole | str] | Unset = UNSET,
) -> RequestSpec:
    """Build the POST /users request."""
    _body: dict[str, Any] = {}
    _files: dict[str, File] = {}
    _body["first_name"] = first_name
    _body["last_name"] = last_name
    _body["email"] = email
    if not isinstance(timezone, Unset):
        _body["timezone"] = timezone
    if not isinstance(has_access_to_all_future_projects, Unset):
        _body["has_access_to_all_future_projects"] = has_access_to_all_future_projects
    if not isinstance(is_contractor, Unset):
        _body["is_contractor"] = is_contractor
    if not isinstance(is_active, Unset):
        _body["is_active"] = is_active
    if not isinstance(weekly_capacity, Unset):
        _body["weekly_capacity"] = weekly_capacity
    if not isinstance(default_hourly_rate, Unset):
        _body["default_hourly_rate"] = _decimal_arg("default_hourly_rate", default_hourly_rate, query=False)
    if not isinstance(cost_rate, Unset):
        _body["cost_rate"] = _decimal_arg("cost_rate", cost_rate, query=False)
    if not isinstance(roles, Unset):
        _body["roles"] = roles
    if not isinstance(access_roles, Unset):
        _body["access_roles"] = access_roles
    return RequestSpec(
        OPERATION,
        METHOD,
        PATH,
        json=_body,
        files=_files or None,
    )


RESPONSE_MODEL = User
