"""POST /estimate_item_categories: Create an estimate item category."""

from __future__ import annotations

from typing import Any

from ..._core._request import RequestSpec
from ...models.estimate_item_category import EstimateItemCategory
from ...types import File

OPERATION = "create_estimate_item_category"
METHOD = "POST"
PATH = "/estimate_item_categories"


def _request(
    *,
    name: str,
) -> RequestSpec:
    """Build the POST /estimate_item_categories request."""
    _body: dict[str, Any] = {}
    _files: dict[str, File] = {}
    _body["name"] = name
    return RequestSpec(
        OPERATION,
        METHOD,
        PATH,
        json=_body,
        files=_files or None,
    )


RESPONSE_MODEL = EstimateItemCategory
