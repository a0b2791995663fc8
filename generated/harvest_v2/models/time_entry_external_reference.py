"""TimeEntryExternalReference: The item in another tool (an issue, a card, a ticket...) the entry was tracked from."""

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
        "permalink",
        "service",
        "service_icon_url",
        "account_id",
    }
)


@define
class TimeEntryExternalReference:
    """The item in another tool (an issue, a card, a ticket...) the entry was tracked from.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``.
    """

    id: str
    """The item's id in the other tool."""
    group_id: str
    """Id of the container the item sits in there (project, board...)."""
    permalink: str
    """Link to the item."""
    service: str
    """Host name of the other tool."""
    service_icon_url: str
    """Address of the other tool's icon."""
    account_id: str | Unset = UNSET
    """Id of the account in the other tool; older answers leave it out."""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object (KeyError when a required attribute is missing)."""
        # Attributes are stored directly instead of through __init__: parsing a
        # 2000-record page must stay close to the cost of json.loads itself.
        obj = _new(cls)
        obj.id = src["id"]
        obj.group_id = src["group_id"]
        obj.permalink = src["permalink"]
        obj.service = src["service"]
        obj.service_icon_url = src["service_icon_url"]
        obj.account_id = src.get("account_id", UNSET)
        # Unknown keys exist exactly when src has more keys than the known ones it holds.
        unknown = len(src) - 5 - (obj.account_id is not UNSET)
        obj.additional_properties = {k: v for k, v in src.items() if k not in _FIELDS} if unknown else {}
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: known attributes, then unknown ones."""
        out: dict[str, Any] = {
            "id": self.id,
            "group_id": self.group_id,
            "permalink": self.permalink,
            "service": self.service,
            "service_icon_url": self.service_icon_url,
        }
        if not isinstance(self.account_id, Unset):
            out["account_id"] = self.account_id
        out.update(self.additional_properties)
        return out
