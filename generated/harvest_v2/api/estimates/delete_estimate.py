"""DELETE /estimates/{estimate_id}: Delete an estimate."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._core._request import RequestSpec
from ...models.estimate import Estimate

METHOD = "DELETE"
PATH = "/estimates/{estimate_id}"


def _request(
    estimate_id: int,
) -> RequestSpec:
    """Build the DELETE /estimates/{estimate_id} request."""
    return RequestSpec(
        METHOD,
        f"/estimates/{quote(str(estimate_id), safe='')}",
    )


def _parse(data: Any) -> Estimate | None:
    # Harvest answers a deletion with the deleted record; an empty body (None) is a success too.
    return None if data is None else Estimate.from_dict(data)
