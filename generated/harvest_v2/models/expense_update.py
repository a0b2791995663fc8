"""ExpenseUpdate: Fields to change on an expense, sent as JSON; leave out what stays."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define, field

from .._core._serde import parse_date as _parse_date
from ..types import UNSET, Unset

_new = object.__new__
_FIELDS = frozenset(
    {
        "project_id",
        "expense_category_id",
        "spent_date",
        "units",
        "total_cost",
        "notes",
        "billable",
        "delete_receipt",
    }
)


@define
class ExpenseUpdate:
    """Fields to change on an expense, sent as JSON; leave out what stays.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``.
    """

    project_id: int | Unset = UNSET
    expense_category_id: int | Unset = UNSET
    spent_date: datetime.date | Unset = UNSET
    units: int | Unset = UNSET
    total_cost: float | Unset = UNSET
    notes: str | Unset | None = UNSET
    billable: bool | Unset = UNSET
    delete_receipt: bool | Unset = UNSET
    """true removes the attached receipt."""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object (KeyError when a required attribute is missing)."""
        # Attributes are stored directly instead of through __init__: parsing a
        # 2000-record page must stay close to the cost of json.loads itself.
        obj = _new(cls)
        obj.project_id = src.get("project_id", UNSET)
        obj.expense_category_id = src.get("expense_category_id", UNSET)
        obj.spent_date = UNSET if (_u3 := src.get("spent_date", UNSET)) is UNSET else _parse_date(_u3)
        obj.units = src.get("units", UNSET)
        obj.total_cost = src.get("total_cost", UNSET)
        obj.notes = src.get("notes", UNSET)
        obj.billable = src.get("billable", UNSET)
        obj.delete_receipt = src.get("delete_receipt", UNSET)
        # Unknown keys exist exactly when src has more keys than the known ones it holds.
        unknown = (
            len(src)
            - 0
            - (obj.project_id is not UNSET)
            - (obj.expense_category_id is not UNSET)
            - (obj.spent_date is not UNSET)
            - (obj.units is not UNSET)
            - (obj.total_cost is not UNSET)
            - (obj.notes is not UNSET)
            - (obj.billable is not UNSET)
            - (obj.delete_receipt is not UNSET)
        )
        obj.additional_properties = {k: v for k, v in src.items() if k not in _FIELDS} if unknown else {}
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: known attributes, then unknown ones."""
        out: dict[str, Any] = {}
        if not isinstance(self.project_id, Unset):
            out["project_id"] = self.project_id
        if not isinstance(self.expense_category_id, Unset):
            out["expense_category_id"] = self.expense_category_id
        if not isinstance(self.spent_date, Unset):
            out["spent_date"] = self.spent_date.isoformat()
        if not isinstance(self.units, Unset):
            out["units"] = self.units
        if not isinstance(self.total_cost, Unset):
            out["total_cost"] = self.total_cost
        if not isinstance(self.notes, Unset):
            out["notes"] = self.notes
        if not isinstance(self.billable, Unset):
            out["billable"] = self.billable
        if not isinstance(self.delete_receipt, Unset):
            out["delete_receipt"] = self.delete_receipt
        out.update(self.additional_properties)
        return out
