"""POST /estimates: Create an estimate for a client."""

from __future__ import annotations

import builtins
import datetime
from typing import TYPE_CHECKING, Any

from ..._core._request import RequestSpec
from ...models.estimate import Estimate
from ...types import UNSET, File, Unset

if TYPE_CHECKING:
    from ...models.estimate_line_item_create import EstimateLineItemCreate

METHOD = "POST"
PATH = "/estimates"


def _request(
    *,
    client_id: int,
    number: str | Unset = UNSET,
    purchase_order: str | Unset = UNSET,
    tax: float | Unset = UNSET,
    tax2: float | Unset = UNSET,
    discount: float | Unset = UNSET,
    subject: str | Unset = UNSET,
    notes: str | Unset = UNSET,
    currency: str | Unset = UNSET,
    issue_date: datetime.date | Unset = UNSET,
    line_items: builtins.list[EstimateLineItemCreate] | Unset = UNSET,
) -> RequestSpec:
    """Build the POST /estimates request."""
    _body: dict[str, Any] = {}
    _files: dict[str, File] = {}
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
        PATH,
        json=_body,
        files=_files or None,
    )


def _parse(data: Any) -> Estimate:
    return Estimate.from_dict(data)
