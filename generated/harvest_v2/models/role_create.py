"""RoleCreate: Fields of a new role."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define, field

from ..types import UNSET, Unset

_new = object.__new__
_FIELDS = frozenset(
    {
        "name",
        "user_ids",
    }
)


@define
class RoleCreate:
    """Fields of a new role.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``.
    """

    name: str
    user_ids: list[int] | Unset = UNSET
    """Users to give the role."""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object (KeyError when a required attribute is missing)."""
        # Attributes are stored directly instead of through __init__: parsing a
        # 2000-record page must stay close to the cost of json.loads itself.
        obj = _new(cls)
        obj.name = src["name"]
        obj.user_ids = src.get("user_ids", UNSET)
        # Unknown keys exist exactly when src has more keys than the known ones it holds.
        unknown = len(src) - 1 - (obj.user_ids is not UNSET)
        obj.additional_properties = {k: v for k, v in src.items() if k not in _FIELDS} if unknown else {}
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: known attributes, then unknown ones."""
        out: dict[str, Any] = {
            "name": self.name,
        }
        if not isinstance(self.user_ids, Unset):
            out["user_ids"] = self.user_ids
        out.update(self.additional_properties)
        return out
