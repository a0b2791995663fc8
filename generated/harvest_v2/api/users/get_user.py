"""GET /users/{user_id}: Fetch one user."""

from __future__ import annotations

from urllib.parse import quote

from ..._core._request import RequestSpec
from ...models.user import User

OPERATION = "get_user"
METHOD = "GET"
PATH = "/users/{user_id}"


def _request(
    user_id: int,
) -> RequestSpec:
    """Build the GET /users/{user_id} request."""
    return RequestSpec(
        OPERATION,
        METHOD,
        f"/users/{quote(str(user_id), safe='')}",
    )


RESPONSE_MODEL = User
