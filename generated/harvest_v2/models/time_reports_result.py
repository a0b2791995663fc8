"""TimeReportsResult: Hour totals for one subject and currency. Client and project reports fill client_* and project_*, the task report task_*, the team report user_*, weekly_capacity, avatar_url and is_contractor. currency and billable_amount are left out for users who may not see billable amounts."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define, field

from ..types import UNSET, Unset

_new = object.__new__
_FIELDS = frozenset(
    {
        "total_hours",
        "billable_hours",
        "client_id",
        "client_name",
        "project_id",
        "project_name",
        "task_id",
        "task_name",
        "user_id",
        "user_name",
        "weekly_capacity",
        "avatar_url",
        "is_contractor",
        "currency",
        "billable_amount",
    }
)


@define
class TimeReportsResult:
    """Hour totals for one subject and currency. Client and project reports fill client_* and project_*, the task report task_*, the team report user_*, weekly_capacity, avatar_url and is_contractor. currency and billable_amount are left out for users who may not see billable amounts.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``.
    """

    total_hours: float
    """All hours in the range"""
    billable_hours: float
    """Billable hours in the range"""
    client_id: int | Unset = UNSET
    client_name: str | Unset = UNSET
    project_id: int | Unset = UNSET
    project_name: str | Unset = UNSET
    task_id: int | Unset = UNSET
    task_name: str | Unset = UNSET
    user_id: int | Unset = UNSET
    user_name: str | Unset = UNSET
    weekly_capacity: int | Unset = UNSET
    """The user's available time per week in seconds (126000 is 35 hours)."""
    avatar_url: str | Unset = UNSET
    """Address of the user's picture."""
    is_contractor: bool | Unset = UNSET
    currency: str | Unset = UNSET
    """ISO 4217 code of billable_amount."""
    billable_amount: float | Unset = UNSET
    """Value of the billable hours."""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object (KeyError when a required attribute is missing)."""
        # Attributes are stored directly instead of through __init__: parsing a
        # 2000-record page must stay close to the cost of json.loads itself.
        obj = _new(cls)
        obj.total_hours = src["total_hours"]
        obj.billable_hours = src["billable_hours"]
        obj.client_id = src.get("client_id", UNSET)
        obj.client_name = src.get("client_name", UNSET)
        obj.project_id = src.get("project_id", UNSET)
        obj.project_name = src.get("project_name", UNSET)
        obj.task_id = src.get("task_id", UNSET)
        obj.task_name = src.get("task_name", UNSET)
        obj.user_id = src.get("user_id", UNSET)
        obj.user_name = src.get("user_name", UNSET)
        obj.weekly_capacity = src.get("weekly_capacity", UNSET)
        obj.avatar_url = src.get("avatar_url", UNSET)
        obj.is_contractor = src.get("is_contractor", UNSET)
        obj.currency = src.get("currency", UNSET)
        obj.billable_amount = src.get("billable_amount", UNSET)
        # Unknown keys exist exactly when src has more keys than the known ones it holds.
        unknown = (
            len(src)
            - 2
            - (obj.client_id is not UNSET)
            - (obj.client_name is not UNSET)
            - (obj.project_id is not UNSET)
            - (obj.project_name is not UNSET)
            - (obj.task_id is not UNSET)
            - (obj.task_name is not UNSET)
            - (obj.user_id is not UNSET)
            - (obj.user_name is not UNSET)
            - (obj.weekly_capacity is not UNSET)
            - (obj.avatar_url is not UNSET)
            - (obj.is_contractor is not UNSET)
            - (obj.currency is not UNSET)
            - (obj.billable_amount is not UNSET)
        )
        obj.additional_properties = {k: v for k, v in src.items() if k not in _FIELDS} if unknown else {}
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: known attributes, then unknown ones."""
        out: dict[str, Any] = {
            "total_hours": self.total_hours,
            "billable_hours": self.billable_hours,
        }
        if not isinstance(self.client_id, Unset):
            out["client_id"] = self.client_id
        if not isinstance(self.client_name, Unset):
            out["client_name"] = self.client_name
        if not isinstance(self.project_id, Unset):
            out["project_id"] = self.project_id
        if not isinstance(self.project_name, Unset):
            out["project_name"] = self.project_name
        if not isinstance(self.task_id, Unset):
            out["task_id"] = self.task_id
        if not isinstance(self.task_name, Unset):
            out["task_name"] = self.task_name
        if not isinstance(self.user_id, Unset):
            out["user_id"] = self.user_id
        if not isinstance(self.user_name, Unset):
            out["user_name"] = self.user_name
        if not isinstance(self.weekly_capacity, Unset):
            out["weekly_capacity"] = self.weekly_capacity
        if not isinstance(self.avatar_url, Unset):
            out["avatar_url"] = self.avatar_url
        if not isinstance(self.is_contractor, Unset):
            out["is_contractor"] = self.is_contractor
        if not isinstance(self.currency, Unset):
            out["currency"] = self.currency
        if not isinstance(self.billable_amount, Unset):
            out["billable_amount"] = self.billable_amount
        out.update(self.additional_properties)
        return out
