"""PATCH /users/{user_id}/teammates: Replace the set of teammates assigned to a manager."""

from __future__ import annotations

import builtins
from typing import Any
from urllib.parse import quote

from ..._core._request import RequestSpec
from ...models.teammates_patch_response import TeammatesPatchResponse
from ...types import File

OPERATION = "update_teammates"
METHOD = "PATCH"
PATH = "/users/{user_id}/teammates"


def _request(
    user_id: int,
    *,
    teammate_ids: builtins.list[int],
) -> RequestSpec:
    """Build the PATCH /users/{user_id}/teammates request."""
    _body: dict[str, Any] = {}
    _files: dict[str, File] = {}
    _body["teammate_ids"] = teammate_ids
    return RequestSpec(
        OPERATION,
        METHOD,
        f"/users/{quote(str(user_id), safe='')}/teammates",
        json=_body,
        files=_files or None,
    )


RESPONSE_MODEL = TeammatesPatchResponse
