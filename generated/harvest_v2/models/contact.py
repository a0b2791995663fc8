"""Contact: A person at one of your clients, such as the one who receives invoices."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define, field

from .._core import _schema as _k
from .._core._schema import PARSE_FAILURES as _PARSE_FAILURES
from .._core._schema import build_tolerant as _build_tolerant
from .._core._schema import drifted as _drifted
from .._core._schema import dump_datetime as _dump_datetime
from .._core._schema import dump_model as _dump_model
from .._core._schema import unknown_attributes as _unknown_attributes
from .._core._serde import parse_datetime as _parse_datetime
from ..types import UNSET
from .client_reference import ClientReference

_new = object.__new__


@define
class Contact:
    """A person at one of your clients, such as the one who receives invoices.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``. A value that
    differs from the spec is kept as it came (see harvest_v2.drift_report()).
    """

    id: int
    client: ClientReference
    """The client a record belongs to."""
    title: str | None
    """Job title or role, such as "Owner"; null when not given."""
    first_name: str
    last_name: str | None
    """Null when not given."""
    email: str | None
    """Null when not given."""
    phone_office: str | None
    """Office number as typed in, free form; null when not given."""
    phone_mobile: str | None
    """Mobile number as typed in, free form; null when not given."""
    fax: str | None
    """Fax number as typed in, free form; null when not given."""
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    _schema: ClassVar[_k.ModelSchema]

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; whatever differs from the spec is kept as it came and reported."""
        # A straight line: parsing a 2000-record page must stay close to the cost of decoding it.
        # The first surprise raises, and only that record is read again attribute by attribute.
        try:
            obj = _new(cls)
            obj.id = _v0 if (_v0 := src["id"]).__class__ is int else _drifted()
            obj.client = ClientReference.from_dict(src["client"])
            obj.title = _v2 if (_v2 := src["title"]) is None or _v2.__class__ is str else _drifted()
            obj.first_name = _v3 if (_v3 := src["first_name"]).__class__ is str else _drifted()
            obj.last_name = _v4 if (_v4 := src["last_name"]) is None or _v4.__class__ is str else _drifted()
            obj.email = _v5 if (_v5 := src["email"]) is None or _v5.__class__ is str else _drifted()
            obj.phone_office = _v6 if (_v6 := src["phone_office"]) is None or _v6.__class__ is str else _drifted()
            obj.phone_mobile = _v7 if (_v7 := src["phone_mobile"]) is None or _v7.__class__ is str else _drifted()
            obj.fax = _v8 if (_v8 := src["fax"]) is None or _v8.__class__ is str else _drifted()
            obj.created_at = _parse_datetime(src["created_at"])
            obj.updated_at = _parse_datetime(src["updated_at"])
            # Unknown keys exist exactly when src has more keys than the known ones it holds.
            obj.additional_properties = _unknown_attributes(cls._schema, src) if len(src) - 11 else {}
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
        if (_v2 := this.client) is not UNSET:
            out["client"] = _dump_model(_v2)
        if (_v3 := this.title) is not UNSET:
            out["title"] = _v3
        if (_v4 := this.first_name) is not UNSET:
            out["first_name"] = _v4
        if (_v5 := this.last_name) is not UNSET:
            out["last_name"] = _v5
        if (_v6 := this.email) is not UNSET:
            out["email"] = _v6
        if (_v7 := this.phone_office) is not UNSET:
            out["phone_office"] = _v7
        if (_v8 := this.phone_mobile) is not UNSET:
            out["phone_mobile"] = _v8
        if (_v9 := this.fax) is not UNSET:
            out["fax"] = _v9
        if (_v10 := this.created_at) is not UNSET:
            out["created_at"] = _dump_datetime(_v10)
        if (_v11 := this.updated_at) is not UNSET:
            out["updated_at"] = _dump_datetime(_v11)
        out.update(self.additional_properties)
        return out


Contact._schema = _k.ModelSchema(
    "Contact",
    (
        _k.Field("id", "id", _k.INTEGER, required=True, nullable=False),
        _k.Field("client", "client", _k.Model(ClientReference), required=True, nullable=False),
        _k.Field("title", "title", _k.STRING, required=True, nullable=True),
        _k.Field("first_name", "first_name", _k.STRING, required=True, nullable=False),
        _k.Field("last_name", "last_name", _k.STRING, required=True, nullable=True),
        _k.Field("email", "email", _k.STRING, required=True, nullable=True),
        _k.Field("phone_office", "phone_office", _k.STRING, required=True, nullable=True),
        _k.Field("phone_mobile", "phone_mobile", _k.STRING, required=True, nullable=True),
        _k.Field("fax", "fax", _k.STRING, required=True, nullable=True),
        _k.Field("created_at", "created_at", _k.DATETIME, required=True, nullable=False),
        _k.Field("updated_at", "updated_at", _k.DATETIME, required=True, nullable=False),
    ),
)
