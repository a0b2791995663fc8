"""Teammate: A user assigned to a manager."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define, field

_new = object.__new__
_FIELDS = frozenset(
    {
        "id",
        "first_name",
        "last_name",
        "email",
    }
)


@define
class Teammate:
    """A user assigned to a manager.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``.
    """

    id: int
    first_name: str
    last_name: str
    email: str
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object (KeyError when a required attribute is missing)."""
        # Attributes are stored directly instead of through __init__: parsing a
        # 2000-record page must stay close to the cost of json.loads itself.
        obj = _new(cls)
        obj.id = src["id"]
        obj.first_name = src["first_name"]
        obj.last_name = src["last_name"]
        obj.email = src["email"]
        # Unknown keys exist exactly when src has more keys than the known ones it holds.
        unknown = len(src) - 4
        obj.additional_properties = {k: v for k, v in src.items() if k not in _FIELDS} if unknown else {}
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: known attributes, then unknown ones."""
        out: dict[str, Any] = {
            "id": self.id,
            "first_name": self.first_name,
            "last_name": self.last_name,
            "email": self.email,
        }
        out.update(self.additional_properties)
        return out
