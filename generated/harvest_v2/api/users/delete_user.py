"""DELETE /users/{user_id}: Delete a user who has tracked no time or expenses."""

from __future__ import annotations

from urllib.parse import quote

from ..._core._request import RequestSpec
from ...models.user import User

OPERATION = "delete_user"
METHOD = "DELETE"
PATH = "/users/{user_id}"


def _request(
    user_id: int,
) -> RequestSpec:
    """Build the DELETE /users/{user_id} request."""
    return RequestSpec(
        OPERATION,
        METHOD,
        f"/users/{quote(str(user_id), safe='')}",
    )


RESPONSE_MODEL = User
