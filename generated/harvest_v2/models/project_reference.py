"""ProjectReference: The project a record belongs to."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define, field

from ..types import UNSET, Unset

_new = object.__new__
_FIELDS = frozenset(
    {
        "id",
        "name",
        "code",
        "is_billable",
    }
)


@define
class ProjectReference:
    """The project a record belongs to.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``.
    """

    id: int
    name: str
    code: str | Unset | None = UNSET
    is_billable: bool | Unset = UNSET
    """Whether the project is billable; sent on a project assignment's project only."""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object (KeyError when a required attribute is missing)."""
        # Attributes are stored directly instead of through __init__: parsing a
        # 2000-record page must stay close to the cost of json.loads itself.
        obj = _new(cls)
        obj.id = src["id"]
        obj.name = src["name"]
        obj.code = src.get("code", UNSET)
        obj.is_billable = src.get("is_billable", UNSET)
        # Unknown keys exist exactly when src has more keys than the known ones it holds.
        unknown = len(src) - 2 - (obj.code is not UNSET) - (obj.is_billable is not UNSET)
        obj.additional_properties = {k: v for k, v in src.items() if k not in _FIELDS} if unknown else {}
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: known attributes, then unknown ones."""
        out: dict[str, Any] = {
            "id": self.id,
            "name": self.name,
        }
        if not isinstance(self.code, Unset):
            out["code"] = self.code
        if not isinstance(self.is_billable, Unset):
            out["is_billable"] = self.is_billable
        out.update(self.additional_properties)
        return out
