"""PATCH /roles/{role_id}: Rename a role or change its users."""

from __future__ import annotations

import builtins
from typing import Any
from urllib.parse import quote

from ..._core._request import RequestSpec
from ...models.role import Role
from ...types import UNSET, File, Unset

OPERATION = "update_role"
METHOD = "PATCH"
PATH = "/roles/{role_id}"


def _request(
    role_id: int,
    *,
    name: str | Unset = UNSET,
    user_ids: builtins.list[int] | Unset = UNSET,
) -> RequestSpec:
    """Build the PATCH /roles/{role_id} request."""
    _body: dict[str, Any] = {}
    _files: dict[str, File] = {}
    if not isinstance(name, Unset):
        _body["name"] = name
    if not isinstance(user_ids, Unset):
        _body["user_ids"] = user_ids
    return RequestSpec(
        OPERATION,
        METHOD,
        f"/roles/{quote(str(role_id), safe='')}",
        json=_body,
        files=_files or None,
    )


RESPONSE_MODEL = Role
