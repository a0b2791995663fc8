"""GET /company: Fetch the settings of the account the token acts on."""

from __future__ import annotations

from typing import Any

from ..._core._request import RequestSpec
from ...models.company import Company

METHOD = "GET"
PATH = "/company"


def _request() -> RequestSpec:
    """Build the GET /company request."""
    return RequestSpec(
        METHOD,
        PATH,
    )


def _parse(data: Any) -> Company:
    return Company.from_dict(data)
