"""TeammatesUpdate: The complete new set of a manager's teammates; ids left out are unassigned, an empty list unassigns all."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

import msgspec

from .._core import _schema as _k
from .._core._schema import build_tolerant as _build_tolerant
from ..types import UNSET


class TeammatesUpdate(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """The complete new set of a manager's teammates; ids left out are unassigned, an empty list unassigns all.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``. A value that
    differs from the spec is kept as it came (see harvest_v2.drift_report()).
    """

    teammate_ids: list[int]
    """User ids."""
    additional_properties: dict[str, Any] = msgspec.field(default_factory=dict)
    """Attributes Harvest sent that the spec does not declare."""
    _schema: ClassVar[_k.ModelSchema]

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; whatever differs from the spec is kept as it came and reported."""
        try:
            # msgspec checks and converts the whole object in C; it refuses anything the spec does not say.
            return msgspec.convert(src, cls)
        except msgspec.ValidationError:
            return _build_tolerant(cls, src)  # type: ignore[no-any-return]

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: known attributes that are set, then unknown ones."""
        # Read as Any: after a tolerant parse any attribute may hold UNSET or a value as Harvest sent it.
        this: Any = self
        out: dict[str, Any] = {}
        if (_v1 := this.teammate_ids) is not UNSET:
            out["teammate_ids"] = _v1
        out.update(self.additional_properties)
        return out


TeammatesUpdate._schema = _k.ModelSchema(
    "TeammatesUpdate",
    (_k.Field("teammate_ids", "teammate_ids", _k.List(_k.INTEGER), required=True, nullable=False),),
)
