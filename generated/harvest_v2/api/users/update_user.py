"""PATCH /users/{user_id}: Change some fields of a user; is_active false archives them."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ..._core._request import RequestSpec
from ...models.user import User
from ...types import UNSET, File, Unset

if TYPE_CHECKING:
    from ...models.user_access_role import UserAccessRole

OPERATION = "update_user"
METHOD = "PATCH"
PATH = "/users/{user_id}"


def _request(
    user_id: int,
    *,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    email: str | Unset = UNSET,
    timezone: str | Unset = UNSET,
    has_access_to_all_future_projects: bool | Unset = UNSET,
    is_contractor: bool | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    weekly_capacity: int | Unset = UNSET,
    roles: builtins.list[str] | Unset = UNSET,
    access_roles: builtins.list[UserAccessRole | str] | Unset = UNSET,
) -> RequestSpec:
    """Build the PATCH /users/{user_id} request."""
    _body: dict[str, Any] = {}
    _files: dict[str, File] = {}
    if not isinstance(first_name, Unset):
        _body["first_name"] = first_name
    if not isinstance(last_name, Unset):
        _body["last_name"] = last_name
    if not isinstance(email, Unset):
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
    if not isinstance(roles, Unset):
        _body["roles"] = roles
    if not isinstance(access_roles, Unset):
        _body["access_roles"] = access_roles
    return RequestSpec(
        OPERATION,
        METHOD,
        f"/users/{quote(str(user_id), safe='')}",
        json=_body,
        files=_files or None,
    )


RESPONSE_MODEL = User
