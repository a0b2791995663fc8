"""GET /company: Fetch the settings of the account the token acts on."""

from __future__ import annotations

from ..._core._request import RequestSpec
from ...models.company import Company

OPERATION = "get_company"
METHOD = "GET"
PATH = "/company"


def _request() -> RequestSpec:
    """Build the GET /company request."""
    return RequestSpec(
        OPERATION,
        METHOD,
        PATH,
    )


RESPONSE_MODEL = Company
