"""GET /users/me: Fetch the user the access token belongs to."""

from __future__ import annotations

from ..._core._request import RequestSpec
from ...models.user import User

OPERATION = "get_current_user"
METHOD = "GET"
PATH = "/users/me"


def _request() -> RequestSpec:
    """Build the GET /users/me request."""
    return RequestSpec(
        OPERATION,
        METHOD,
        PATH,
    )


RESPONSE_MODEL = User
