"""GET /estimate_item_categories: List estimate item categories."""

from __future__ import annotations

import builtins
import datetime
from typing import TYPE_CHECKING, Any

from ..._core._request import RequestSpec
from ..._core._serde import format_datetime as _format_datetime
from ...models.estimate_item_categories import EstimateItemCategories
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.estimate_item_category import EstimateItemCategory

METHOD = "GET"
PATH = "/estimate_item_categories"


def _request(
    *,
    updated_since: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    per_page: int = 2000,
) -> RequestSpec:
    """Build the GET /estimate_item_categories request."""
    # Locals start with _ so no field name (a message's `body`) can shadow them.
    _params: dict[str, Any] = {}
    if not isinstance(updated_since, Unset):
        _params["updated_since"] = _format_datetime(updated_since)
    if not isinstance(page, Unset):
        _params["page"] = page
    if not isinstance(cursor, Unset):
        _params["cursor"] = cursor
    _params["per_page"] = per_page
    return RequestSpec(
        METHOD,
        PATH,
        params=_params,
    )


def _parse(data: Any) -> EstimateItemCategories:
    return EstimateItemCategories.from_dict(data)


def _items(page: EstimateItemCategories) -> builtins.list[EstimateItemCategory]:
    return page.estimate_item_categories
