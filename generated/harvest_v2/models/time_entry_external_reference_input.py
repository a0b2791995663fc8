"""TimeEntryExternalReferenceInput: Link a time entry to an item in another tool."""

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
class TimeEntryExternalReferenceInput:
    """Link a time entry to an item in another tool.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``. A value that
    differs from the spec is kept as it came (see harvest_v2.drift_report()).
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
    _schema: ClassVar[_k.ModelSchema]

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; whatever differs from the spec is kept as it came and reported."""
        # A straight line: parsing a 2000-record page must stay close to the cost of decoding it.
        # The first surprise raises, and only that record is read again attribute by attribute.
        try:
            obj = _new(cls)
            obj.id = _v0 if (_v0 := src.get("id", UNSET)) is UNSET or _v0.__class__ is str else _drifted()
            obj.group_id = _v1 if (_v1 := src.get("group_id", UNSET)) is UNSET or _v1.__class__ is str else _drifted()
            obj.account_id = (
                _v2 if (_v2 := src.get("account_id", UNSET)) is UNSET or _v2.__class__ is str else _drifted()
            )
            obj.permalink = _v3 if (_v3 := src.get("permalink", UNSET)) is UNSET or _v3.__class__ is str else _drifted()
            # Unknown keys exist exactly when src has more keys than the known ones it holds.
            obj.additional_properties = (
                _unknown_attributes(cls._schema, src)
                if len(src)
                - 0
                - (obj.id is not UNSET)
                - (obj.group_id is not UNSET)
                - (obj.account_id is not UNSET)
                - (obj.permalink is not UNSET)
                else {}
            )
        except _PARSE_FAILURES:
            return _build_tolerant(cls, src)  # type: ignore[no-any-return]
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: known attributes that are set, then unknown ones."""
        # Read as Any: after a tolerant parse any attribute may hold UNSET or a value as Harvest sent it.
        this: Any = self
        out: dict[str, Any] = {}
        if (_v1 := this.id) is not UNSET:
            out["id"] = _v1
        if (_v2 := this.group_id) is not UNSET:
            out["group_id"] = _v2
        if (_v3 := this.account_id) is not UNSET:
            out["account_id"] = _v3
        if (_v4 := this.permalink) is not UNSET:
            out["permalink"] = _v4
        out.update(self.additional_properties)
        return out


TimeEntryExternalReferenceInput._schema = _k.ModelSchema(
    "TimeEntryExternalReferenceInput",
    (
        _k.Field("id", "id", _k.STRING, required=False, nullable=False),
        _k.Field("group_id", "group_id", _k.STRING, required=False, nullable=False),
        _k.Field("account_id", "account_id", _k.STRING, required=False, nullable=False),
        _k.Field("permalink", "permalink", _k.STRING, required=False, nullable=False),
    ),
)
