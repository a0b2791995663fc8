"""TeammatesPatchResponse: The manager's teammates after the change (not paginated)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

import msgspec

from .._core import _schema as _k
from .._core._schema import build_tolerant as _build_tolerant
from .._core._schema import dump_models as _dump_models
from ..types import UNSET
from .teammate import Teammate


class TeammatesPatchResponse(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """The manager's teammates after the change (not paginated).

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``. A value that
    differs from the spec is kept as it came (see harvest_v2.drift_report()).
    """

    teammates: list[Teammate]
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
        if (_v1 := this.teammates) is not UNSET:
            out["teammates"] = _dump_models(_v1)
        out.update(self.additional_properties)
        return out


TeammatesPatchResponse._schema = _k.ModelSchema(
    "TeammatesPatchResponse",
    (_k.Field("teammates", "teammates", _k.List(_k.Model(Teammate)), required=True, nullable=False),),
)
