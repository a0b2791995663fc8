"""PATCH /estimates/{estimate_id}: Change some fields of an estimate, or add, change and remove its line items."""

from __future__ import annotations

import builtins
import datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ..._core._request import RequestSpec
from ...models.estimate import Estimate
from ...types import UNSET, File, Unset

if TYPE_CHECKING:
    from ...models.estimate_line_item_update import EstimateLineItemUpdate

METHOD = "PATCH"
PATH = "/estimates/{estimate_id}"


def _request(
    estimate_id: int,
    *,
    client_id: int | Unset = UNSET,
    number: str | Unset = UNSET,
    purchase_order: str | Unset | None = UNSET,
    tax: float | Unset | None = UNSET,
    tax2: float | Unset | None = UNSET,
    discount: float | Unset | None = UNSET,
    subject: str | Unset | None = UNSET,
    notes: str | Unset | None = UNSET,
    currency: str | Unset = UNSET,
    issue_date: datetime.date | Unset = UNSET,
    line_items: builtins.list[EstimateLineItemUpdate] | Unset = UNSET,
) -> RequestSpec:
    """Build the PATCH /estimates/{estimate_id} request."""
    _body: dict[str, Any] = {}
    _files: dict[str, File] = {}
    if not isinstance(client_id, Unset):
        _body["client_id"] = client_id
    if not isinstance(number, Unset):
        _body["number"] = number
    if not isinstance(purchase_order, Unset):
        _body["purchase_order"] = purchase_order
    if not isinstance(tax, Unset):
        _body["tax"] = tax
    if not isinstance(tax2, Unset):
        _body["tax2"] = tax2
    if not isinstance(discount, Unset):
        _body["discount"] = discount
    if not isinstance(subject, Unset):
        _body["subject"] = subject
    if not isinstance(notes, Unset):
        _body["notes"] = notes
    if not isinstance(currency, Unset):
        _body["currency"] = currency
    if not isinstance(issue_date, Unset):
        _body["issue_date"] = issue_date.isoformat()
    if not isinstance(line_items, Unset):
        _body["line_items"] = [_i0.to_dict() for _i0 in line_items]
    return RequestSpec(
        METHOD,
        f"/estimates/{quote(str(estimate_id), safe='')}",
        json=_body,
        files=_files or None,
    )


def _parse(data: Any) -> Estimate:
    return Estimate.from_dict(data)
