"""DELETE /users/{user_id}: Delete a user who has tracked no time or expenses."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._core._request import RequestSpec
from ...models.user import User

METHOD = "DELETE"
PATH = "/users/{user_id}"


def _request(
    user_id: int,
) -> RequestSpec:
    """Build the DELETE /users/{user_id} request."""
    return RequestSpec(
        METHOD,
        f"/users/{quote(str(user_id), safe='')}",
    )


def _parse(data: Any) -> User | None:
    # Harvest answers a deletion with the deleted record; an empty body (None) is a success too.
    return None if data is None else User.from_dict(data)
