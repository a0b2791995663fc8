"""DELETE /estimate_item_categories/{estimate_item_category_id}: Delete an estimate item category."""

from __future__ import annotations

from urllib.parse import quote

from ..._core._request import RequestSpec
from ...models.estimate_item_category import EstimateItemCategory

OPERATION = "delete_estimate_item_category"
METHOD = "DELETE"
PATH = "/estimate_item_categories/{estimate_item_category_id}"


def _request(
    estimate_item_category_id: int,
) -> RequestSpec:
    """Build the DELETE /estimate_item_categories/{estimate_item_category_id} request."""
    return RequestSpec(
        OPERATION,
        METHOD,
        f"/estimate_item_categories/{quote(str(estimate_item_category_id), safe='')}",
    )


RESPONSE_MODEL = EstimateItemCategory
