"""GET /users/{user_id}: Fetch one user."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._core._request import RequestSpec
from ...models.user import User

METHOD = "GET"
PATH = "/users/{user_id}"


def _request(
    user_id: int,
) -> RequestSpec:
    """Build the GET /users/{user_id} request."""
    return RequestSpec(
        METHOD,
        f"/users/{quote(str(user_id), safe='')}",
    )


def _parse(data: Any) -> User:
    return User.from_dict(data)
