"""TimeEntryExternalReferenceInput: Link a time entry to an item in another tool."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define, field

from ..types import UNSET, Unset

_new = object.__new__
_FIELDS = frozenset(
    {
        "id",
        "group_id",
        "account_id",
        "permalink",
    }
)


@define
class TimeEntryExternalReferenceInput:
    """Link a time entry to an item in another tool.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``.
    """

    id: str | Unset = UNSET
    """The item's id in the other tool."""
    group_id: str | Unset = UNSET
    """Id of the container the item sits in there (project, board...)."""
    account_id: str | Unset = UNSET
    """Id of the account in the other tool."""
    permalink: str | Unset = UNSET
    """Link to the item."""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object (KeyError when a required attribute is missing)."""
        # Attributes are stored directly instead of through __init__: parsing a
        # 2000-record page must stay close to the cost of json.loads itself.
        obj = _new(cls)
        obj.id = src.get("id", UNSET)
        obj.group_id = src.get("group_id", UNSET)
        obj.account_id = src.get("account_id", UNSET)
        obj.permalink = src.get("permalink", UNSET)
        # Unknown keys exist exactly when src has more keys than the known ones it holds.
        unknown = (
            len(src)
            - 0
            - (obj.id is not UNSET)
            - (obj.group_id is not UNSET)
            - (obj.account_id is not UNSET)
            - (obj.permalink is not UNSET)
        )
        obj.additional_properties = {k: v for k, v in src.items() if k not in _FIELDS} if unknown else {}
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: known attributes, then unknown ones."""
        out: dict[str, Any] = {}
        if not isinstance(self.id, Unset):
            out["id"] = self.id
        if not isinstance(self.group_id, Unset):
            out["group_id"] = self.group_id
        if not isinstance(self.account_id, Unset):
            out["account_id"] = self.account_id
        if not isinstance(self.permalink, Unset):
            out["permalink"] = self.permalink
        out.update(self.additional_properties)
        return out
