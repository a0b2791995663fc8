"""DELETE /roles/{role_id}: Delete a role; its users simply lose it."""

from __future__ import annotations

from urllib.parse import quote

from ..._core._request import RequestSpec
from ...models.role import Role

OPERATION = "delete_role"
METHOD = "DELETE"
PATH = "/roles/{role_id}"


def _request(
    role_id: int,
) -> RequestSpec:
    """Build the DELETE /roles/{role_id} request."""
    return RequestSpec(
        OPERATION,
        METHOD,
        f"/roles/{quote(str(role_id), safe='')}",
    )


RESPONSE_MODEL = Role
