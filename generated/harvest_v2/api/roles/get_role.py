"""GET /roles/{role_id}: Fetch one role."""

from __future__ import annotations

from urllib.parse import quote

from ..._core._request import RequestSpec
from ...models.role import Role

OPERATION = "get_role"
METHOD = "GET"
PATH = "/roles/{role_id}"


def _request(
    role_id: int,
) -> RequestSpec:
    """Build the GET /roles/{role_id} request."""
    return RequestSpec(
        OPERATION,
        METHOD,
        f"/roles/{quote(str(role_id), safe='')}",
    )


RESPONSE_MODEL = Role
