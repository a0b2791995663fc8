"""Contact: A person at one of your clients, such as the one who receives invoices."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self

import msgspec

from .._core import _schema as _k
from .._core._schema import build_tolerant as _build_tolerant
from .._core._schema import dump_datetime as _dump_datetime
from .._core._schema import dump_model as _dump_model
from ..types import UNSET
from .client_reference import ClientReference


class Contact(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
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
    """Email address as typed in; null or an empty string when not given, so not always a valid address."""
    phone_office: str | None
    """Office number as typed in, free form; null when not given."""
    phone_mobile: str | None
    """Mobile number as typed in, free form; null when not given."""
    fax: str | None
    """Fax number as typed in, free form; null when not given."""
    created_at: datetime.datetime
    updated_at: datetime.datetime
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
