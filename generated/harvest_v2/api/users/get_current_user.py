"""GET /users/me: Fetch the user the access token belongs to."""

from __future__ import annotations

from typing import Any

from ..._core._request import RequestSpec
from ...models.user import User

METHOD = "GET"
PATH = "/users/me"


def _request() -> RequestSpec:
    """Build the GET /users/me request."""
    return RequestSpec(
        METHOD,
        PATH,
    )


def _parse(data: Any) -> User:
    return User.from_dict(data)
