"""DELETE /estimate_item_categories/{estimate_item_category_id}: Delete an estimate item category."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._core._request import RequestSpec
from ...models.estimate_item_category import EstimateItemCategory

METHOD = "DELETE"
PATH = "/estimate_item_categories/{estimate_item_category_id}"


def _request(
    estimate_item_category_id: int,
) -> RequestSpec:
    """Build the DELETE /estimate_item_categories/{estimate_item_category_id} request."""
    return RequestSpec(
        METHOD,
        f"/estimate_item_categories/{quote(str(estimate_item_category_id), safe='')}",
    )


def _parse(data: Any) -> EstimateItemCategory | None:
    # Harvest answers a deletion with the deleted record; an empty body (None) is a success too.
    return None if data is None else EstimateItemCategory.from_dict(data)
