"""GET /roles/{role_id}: Fetch one role."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._core._request import RequestSpec
from ...models.role import Role

METHOD = "GET"
PATH = "/roles/{role_id}"


def _request(
    role_id: int,
) -> RequestSpec:
    """Build the GET /roles/{role_id} request."""
    return RequestSpec(
        METHOD,
        f"/roles/{quote(str(role_id), safe='')}",
    )


def _parse(data: Any) -> Role:
    return Role.from_dict(data)
