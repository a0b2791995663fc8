"""ProjectReference: The project a record belongs to."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

import msgspec

from .._core import _schema as _k
from .._core._schema import build_tolerant as _build_tolerant
from ..types import UNSET, Unset


class ProjectReference(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """The project a record belongs to.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``. A value that
    differs from the spec is kept as it came (see harvest_v2.drift_report()).
    """

    id: int
    name: str
    code: str | Unset | None = UNSET
    is_billable: bool | Unset = UNSET
    """Whether the project is billable; Harvest sends it on a project assignment's project."""
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
        if (_v1 := this.id) is not UNSET:
            out["id"] = _v1
        if (_v2 := this.name) is not UNSET:
            out["name"] = _v2
        if (_v3 := this.code) is not UNSET:
            out["code"] = _v3
        if (_v4 := this.is_billable) is not UNSET:
            out["is_billable"] = _v4
        out.update(self.additional_properties)
        return out


ProjectReference._schema = _k.ModelSchema(
    "ProjectReference",
    (
        _k.Field("id", "id", _k.INTEGER, required=True, nullable=False),
        _k.Field("name", "name", _k.STRING, required=True, nullable=False),
        _k.Field("code", "code", _k.STRING, required=False, nullable=True),
        _k.Field("is_billable", "is_billable", _k.BOOLEAN, required=False, nullable=False),
    ),
)
