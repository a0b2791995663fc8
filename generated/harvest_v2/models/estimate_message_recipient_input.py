"""EstimateMessageRecipientInput: Someone to email an estimate message to."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define, field

from .._core import _schema as _k
from .._core._schema import PARSE_FAILURES as _PARSE_FAILURES
from .._core._schema import build_tolerant as _build_tolerant
from .._core._schema import drifted as _drifted
from .._core._schema import unknown_attributes as _unknown_attributes
from ..types import UNSET, Unset

_new = object.__new__


@define
class EstimateMessageRecipientInput:
    """Someone to email an estimate message to.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``. A value that
    differs from the spec is kept as it came (see harvest_v2.drift_report()).
    """

    email: str
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    _schema: ClassVar[_k.ModelSchema]

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; whatever differs from the spec is kept as it came and reported."""
        # A straight line: parsing a 2000-record page must stay close to the cost of decoding it.
        # The first surprise raises, and only that record is read again attribute by attribute.
        try:
            obj = _new(cls)
            obj.email = _v0 if (_v0 := src["email"]).__class__ is str else _drifted()
            obj.name = _v1 if (_v1 := src.get("name", UNSET)) is UNSET or _v1.__class__ is str else _drifted()
            # Unknown keys exist exactly when src has more keys than the known ones it holds.
            obj.additional_properties = (
                _unknown_attributes(cls._schema, src) if len(src) - 1 - (obj.name is not UNSET) else {}
            )
        except _PARSE_FAILURES:
            return _build_tolerant(cls, src)  # type: ignore[no-any-return]
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: known attributes that are set, then unknown ones."""
        # Read as Any: after a tolerant parse any attribute may hold UNSET or a value as Harvest sent it.
        this: Any = self
        out: dict[str, Any] = {}
        if (_v1 := this.email) is not UNSET:
            out["email"] = _v1
        if (_v2 := this.name) is not UNSET:
            out["name"] = _v2
        out.update(self.additional_properties)
        return out


EstimateMessageRecipientInput._schema = _k.ModelSchema(
    "EstimateMessageRecipientInput",
    (
        _k.Field("email", "email", _k.STRING, required=True, nullable=False),
        _k.Field("name", "name", _k.STRING, required=False, nullable=False),
    ),
)
