"""ContactCreate: Fields of a new contact."""

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
class ContactCreate:
    """Fields of a new contact.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``. A value that
    differs from the spec is kept as it came (see harvest_v2.drift_report()).
    """

    client_id: int
    """The client the person works for."""
    first_name: str
    title: str | Unset = UNSET
    last_name: str | Unset = UNSET
    email: str | Unset = UNSET
    phone_office: str | Unset = UNSET
    phone_mobile: str | Unset = UNSET
    fax: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    _schema: ClassVar[_k.ModelSchema]

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; whatever differs from the spec is kept as it came and reported."""
        # A straight line: parsing a 2000-record page must stay close to the cost of decoding it.
        # The first surprise raises, and only that record is read again attribute by attribute.
        try:
            obj = _new(cls)
            obj.client_id = _v0 if (_v0 := src["client_id"]).__class__ is int else _drifted()
            obj.first_name = _v1 if (_v1 := src["first_name"]).__class__ is str else _drifted()
            obj.title = _v2 if (_v2 := src.get("title", UNSET)) is UNSET or _v2.__class__ is str else _drifted()
            obj.last_name = _v3 if (_v3 := src.get("last_name", UNSET)) is UNSET or _v3.__class__ is str else _drifted()
            obj.email = _v4 if (_v4 := src.get("email", UNSET)) is UNSET or _v4.__class__ is str else _drifted()
            obj.phone_office = (
                _v5 if (_v5 := src.get("phone_office", UNSET)) is UNSET or _v5.__class__ is str else _drifted()
            )
            obj.phone_mobile = (
                _v6 if (_v6 := src.get("phone_mobile", UNSET)) is UNSET or _v6.__class__ is str else _drifted()
            )
            obj.fax = _v7 if (_v7 := src.get("fax", UNSET)) is UNSET or _v7.__class__ is str else _drifted()
            # Unknown keys exist exactly when src has more keys than the known ones it holds.
            obj.additional_properties = (
                _unknown_attributes(cls._schema, src)
                if len(src)
                - 2
                - (obj.title is not UNSET)
                - (obj.last_name is not UNSET)
                - (obj.email is not UNSET)
                - (obj.phone_office is not UNSET)
                - (obj.phone_mobile is not UNSET)
                - (obj.fax is not UNSET)
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
        if (_v1 := this.client_id) is not UNSET:
            out["client_id"] = _v1
        if (_v2 := this.first_name) is not UNSET:
            out["first_name"] = _v2
        if (_v3 := this.title) is not UNSET:
            out["title"] = _v3
        if (_v4 := this.last_name) is not UNSET:
            out["last_name"] = _v4
        if (_v5 := this.email) is not UNSET:
            out["email"] = _v5
        if (_v6 := this.phone_office) is not UNSET:
            out["phone_office"] = _v6
        if (_v7 := this.phone_mobile) is not UNSET:
            out["phone_mobile"] = _v7
        if (_v8 := this.fax) is not UNSET:
            out["fax"] = _v8
        out.update(self.additional_properties)
        return out


ContactCreate._schema = _k.ModelSchema(
    "ContactCreate",
    (
        _k.Field("client_id", "client_id", _k.INTEGER, required=True, nullable=False),
        _k.Field("first_name", "first_name", _k.STRING, required=True, nullable=False),
        _k.Field("title", "title", _k.STRING, required=False, nullable=False),
        _k.Field("last_name", "last_name", _k.STRING, required=False, nullable=False),
        _k.Field("email", "email", _k.STRING, required=False, nullable=False),
        _k.Field("phone_office", "phone_office", _k.STRING, required=False, nullable=False),
        _k.Field("phone_mobile", "phone_mobile", _k.STRING, required=False, nullable=False),
        _k.Field("fax", "fax", _k.STRING, required=False, nullable=False),
    ),
)
