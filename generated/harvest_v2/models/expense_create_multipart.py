"""ExpenseCreateMultipart: Fields of a new expense sent as a multipart form, the way to attach a receipt file. Give units for a category priced per unit, total_cost otherwise."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define, field

from .._core._serde import parse_date as _parse_date
from ..types import UNSET, File, Unset

_new = object.__new__
_FIELDS = frozenset(
    {
        "project_id",
        "expense_category_id",
        "spent_date",
        "user_id",
        "units",
        "total_cost",
        "notes",
        "billable",
        "receipt",
    }
)


@define
class ExpenseCreateMultipart:
    """Fields of a new expense sent as a multipart form, the way to attach a receipt file. Give units for a category priced per unit, total_cost otherwise.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``.
    """

    project_id: int
    expense_category_id: int
    spent_date: datetime.date
    user_id: int | Unset = UNSET
    """Who spent the money; the authenticated user when left out."""
    units: int | Unset = UNSET
    """Quantity"""
    total_cost: float | Unset = UNSET
    """Amount"""
    notes: str | Unset = UNSET
    billable: bool | Unset = UNSET
    """Defaults to true."""
    receipt: File | Unset = UNSET
    """The receipt file to attach."""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object (KeyError when a required attribute is missing)."""
        # Attributes are stored directly instead of through __init__: parsing a
        # 2000-record page must stay close to the cost of json.loads itself.
        obj = _new(cls)
        obj.project_id = src["project_id"]
        obj.expense_category_id = src["expense_category_id"]
        obj.spent_date = _parse_date(src["spent_date"])
        obj.user_id = src.get("user_id", UNSET)
        obj.units = src.get("units", UNSET)
        obj.total_cost = src.get("total_cost", UNSET)
        obj.notes = src.get("notes", UNSET)
        obj.billable = src.get("billable", UNSET)
        obj.receipt = src.get("receipt", UNSET)
        # Unknown keys exist exactly when src has more keys than the known ones it holds.
        unknown = (
            len(src)
            - 3
            - (obj.user_id is not UNSET)
            - (obj.units is not UNSET)
            - (obj.total_cost is not UNSET)
            - (obj.notes is not UNSET)
            - (obj.billable is not UNSET)
            - (obj.receipt is not UNSET)
        )
        obj.additional_properties = {k: v for k, v in src.items() if k not in _FIELDS} if unknown else {}
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: known attributes, then unknown ones."""
        out: dict[str, Any] = {
            "project_id": self.project_id,
            "expense_category_id": self.expense_category_id,
            "spent_date": self.spent_date.isoformat(),
        }
        if not isinstance(self.user_id, Unset):
            out["user_id"] = self.user_id
        if not isinstance(self.units, Unset):
            out["units"] = self.units
        if not isinstance(self.total_cost, Unset):
            out["total_cost"] = self.total_cost
        if not isinstance(self.notes, Unset):
            out["notes"] = self.notes
        if not isinstance(self.billable, Unset):
            out["billable"] = self.billable
        if not isinstance(self.receipt, Unset):
            out["receipt"] = self.receipt
        out.update(self.additional_properties)
        return out
