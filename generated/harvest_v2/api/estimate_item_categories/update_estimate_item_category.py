"""PATCH /estimate_item_categories/{estimate_item_category_id}: Rename an estimate item category."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._core._request import RequestSpec
from ...models.estimate_item_category import EstimateItemCategory
from ...types import UNSET, File, Unset

OPERATION = "update_estimate_item_category"
METHOD = "PATCH"
PATH = "/estimate_item_categories/{estimate_item_category_id}"


def _request(
    estimate_item_category_id: int,
    *,
    name: str | Unset = UNSET,
) -> RequestSpec:
    """Build the PATCH /estimate_item_categories/{estimate_item_category_id} request."""
    _body: dict[str, Any] = {}
    _files: dict[str, File] = {}
    if not isinstance(name, Unset):
        _body["name"] = name
    return RequestSpec(
        OPERATION,
        METHOD,
        f"/estimate_item_categories/{quote(str(estimate_item_category_id), safe='')}",
        json=_body,
        files=_files or None,
    )


RESPONSE_MODEL = EstimateItemCategory
