"""GET /estimates/{estimate_id}: Fetch one estimate with its line items."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._core._request import RequestSpec
from ...models.estimate import Estimate

METHOD = "GET"
PATH = "/estimates/{estimate_id}"


def _request(
    estimate_id: int,
) -> RequestSpec:
    """Build the GET /estimates/{estimate_id} request."""
    return RequestSpec(
        METHOD,
        f"/estimates/{quote(str(estimate_id), safe='')}",
    )


def _parse(data: Any) -> Estimate:
    return Estimate.from_dict(data)
