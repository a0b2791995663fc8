"""DELETE /roles/{role_id}: Delete a role; its users simply lose it."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._core._request import RequestSpec
from ...models.role import Role

METHOD = "DELETE"
PATH = "/roles/{role_id}"


def _request(
    role_id: int,
) -> RequestSpec:
    """Build the DELETE /roles/{role_id} request."""
    return RequestSpec(
        METHOD,
        f"/roles/{quote(str(role_id), safe='')}",
    )


def _parse(data: Any) -> Role | None:
    # Harvest answers a deletion with the deleted record; an empty body (None) is a success too.
    return None if data is None else Role.from_dict(data)
