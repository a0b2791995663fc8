"""PaginationLinks: Absolute URLs of neighbouring pages; follow next instead of building page numbers."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

import msgspec

from .._core import _schema as _k
from .._core._schema import build_tolerant as _build_tolerant
from ..types import UNSET


class PaginationLinks(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Absolute URLs of neighbouring pages; follow next instead of building page numbers.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``. A value that
    differs from the spec is kept as it came (see harvest_v2.drift_report()).
    """

    first: str
    next_: str | None = msgspec.field(name="next")
    previous: str | None
    last: str
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
        if (_v1 := this.first) is not UNSET:
            out["first"] = _v1
        if (_v2 := this.next_) is not UNSET:
            out["next"] = _v2
        if (_v3 := this.previous) is not UNSET:
            out["previous"] = _v3
        if (_v4 := this.last) is not UNSET:
            out["last"] = _v4
        out.update(self.additional_properties)
        return out


PaginationLinks._schema = _k.ModelSchema(
    "PaginationLinks",
    (
        _k.Field("first", "first", _k.STRING, required=True, nullable=False),
        _k.Field("next_", "next", _k.STRING, required=True, nullable=True),
        _k.Field("previous", "previous", _k.STRING, required=True, nullable=True),
        _k.Field("last", "last", _k.STRING, required=True, nullable=False),
    ),
)
