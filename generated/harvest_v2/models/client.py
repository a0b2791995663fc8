"""Client: A customer you track time and send invoices for."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self

import msgspec

from .._core import _schema as _k
from .._core._schema import build_tolerant as _build_tolerant
from .._core._schema import dump_datetime as _dump_datetime
from ..types import UNSET, Unset


class Client(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A customer you track time and send invoices for.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``. A value that
    differs from the spec is kept as it came (see harvest_v2.drift_report()).
    """

    id: int
    name: str
    is_active: bool
    """False once the client is archived."""
    address: str | None
    """Postal address, possibly several lines."""
    currency: str
    """ISO 4217 code, for example EUR."""
    created_at: datetime.datetime
    updated_at: datetime.datetime
    statement_key: str | Unset = UNSET
    """Key of the client's public invoice dashboard URL; older answers leave it out."""
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
        if (_v3 := this.is_active) is not UNSET:
            out["is_active"] = _v3
        if (_v4 := this.address) is not UNSET:
            out["address"] = _v4
        if (_v5 := this.currency) is not UNSET:
            out["currency"] = _v5
        if (_v6 := this.created_at) is not UNSET:
            out["created_at"] = _dump_datetime(_v6)
        if (_v7 := this.updated_at) is not UNSET:
            out["updated_at"] = _dump_datetime(_v7)
        if (_v8 := this.statement_key) is not UNSET:
            out["statement_key"] = _v8
        out.update(self.additional_properties)
        return out


Client._schema = _k.ModelSchema(
    "Client",
    (
        _k.Field("id", "id", _k.INTEGER, required=True, nullable=False),
        _k.Field("name", "name", _k.STRING, required=True, nullable=False),
        _k.Field("is_active", "is_active", _k.BOOLEAN, required=True, nullable=False),
        _k.Field("address", "address", _k.STRING, required=True, nullable=True),
        _k.Field("currency", "currency", _k.STRING, required=True, nullable=False),
        _k.Field("created_at", "created_at", _k.DATETIME, required=True, nullable=False),
        _k.Field("updated_at", "updated_at", _k.DATETIME, required=True, nullable=False),
        _k.Field("statement_key", "statement_key", _k.STRING, required=False, nullable=False),
    ),
)
