"""POST /roles: Create a role, optionally with its users."""

from __future__ import annotations

import builtins
from typing import Any

from ..._core._request import RequestSpec
from ...models.role import Role
from ...types import UNSET, File, Unset

OPERATION = "create_role"
METHOD = "POST"
PATH = "/roles"


def _request(
    *,
    name: str,
    user_ids: builtins.list[int] | Unset = UNSET,
) -> RequestSpec:
    """Build the POST /roles request."""
    _body: dict[str, Any] = {}
    _files: dict[str, File] = {}
    _body["name"] = name
    if not isinstance(user_ids, Unset):
        _body["user_ids"] = user_ids
    return RequestSpec(
        OPERATION,
        METHOD,
        PATH,
        json=_body,
        files=_files or None,
    )


RESPONSE_MODEL = Role
