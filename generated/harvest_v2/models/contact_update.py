"""ContactUpdate: Fields to change on a contact; leave out what stays."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

import msgspec

from .._core import _schema as _k
from .._core._schema import build_tolerant as _build_tolerant
from ..types import UNSET, Unset


class ContactUpdate(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Fields to change on a contact; leave out what stays.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``. A value that
    differs from the spec is kept as it came (see harvest_v2.drift_report()).
    """

    client_id: int | Unset = UNSET
    """Moves the contact to another client."""
    title: str | Unset | None = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset | None = UNSET
    email: str | Unset | None = UNSET
    phone_office: str | Unset | None = UNSET
    phone_mobile: str | Unset | None = UNSET
    fax: str | Unset | None = UNSET
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
        if (_v1 := this.client_id) is not UNSET:
            out["client_id"] = _v1
        if (_v2 := this.title) is not UNSET:
            out["title"] = _v2
        if (_v3 := this.first_name) is not UNSET:
            out["first_name"] = _v3
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


ContactUpdate._schema = _k.ModelSchema(
    "ContactUpdate",
    (
        _k.Field("client_id", "client_id", _k.INTEGER, required=False, nullable=False),
        _k.Field("title", "title", _k.STRING, required=False, nullable=True),
        _k.Field("first_name", "first_name", _k.STRING, required=False, nullable=False),
        _k.Field("last_name", "last_name", _k.STRING, required=False, nullable=True),
        _k.Field("email", "email", _k.STRING, required=False, nullable=True),
        _k.Field("phone_office", "phone_office", _k.STRING, required=False, nullable=True),
        _k.Field("phone_mobile", "phone_mobile", _k.STRING, required=False, nullable=True),
        _k.Field("fax", "fax", _k.STRING, required=False, nullable=True),
    ),
)
