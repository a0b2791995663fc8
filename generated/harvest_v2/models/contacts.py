"""Contacts: One page of contacts."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

import msgspec

from .._core import _schema as _k
from .._core._schema import build_tolerant as _build_tolerant
from .._core._schema import dump_model as _dump_model
from .._core._schema import dump_models as _dump_models
from ..types import UNSET
from .contact import Contact
from .pagination_links import PaginationLinks


class Contacts(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """One page of contacts.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``. A value that
    differs from the spec is kept as it came (see harvest_v2.drift_report()).
    """

    per_page: int
    total_pages: int
    total_entries: int
    next_page: int | None
    """Null on the last page and in the middle of cursor listings."""
    previous_page: int | None
    page: int | None
    """Null in the middle of cursor listings."""
    links: PaginationLinks
    """Absolute URLs of neighbouring pages; follow next instead of building page numbers."""
    contacts: list[Contact]
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
        if (_v1 := this.per_page) is not UNSET:
            out["per_page"] = _v1
        if (_v2 := this.total_pages) is not UNSET:
            out["total_pages"] = _v2
        if (_v3 := this.total_entries) is not UNSET:
            out["total_entries"] = _v3
        if (_v4 := this.next_page) is not UNSET:
            out["next_page"] = _v4
        if (_v5 := this.previous_page) is not UNSET:
            out["previous_page"] = _v5
        if (_v6 := this.page) is not UNSET:
            out["page"] = _v6
        if (_v7 := this.links) is not UNSET:
            out["links"] = _dump_model(_v7)
        if (_v8 := this.contacts) is not UNSET:
            out["contacts"] = _dump_models(_v8)
        out.update(self.additional_properties)
        return out


Contacts._schema = _k.ModelSchema(
    "Contacts",
    (
        _k.Field("per_page", "per_page", _k.INTEGER, required=True, nullable=False),
        _k.Field("total_pages", "total_pages", _k.INTEGER, required=True, nullable=False),
        _k.Field("total_entries", "total_entries", _k.INTEGER, required=True, nullable=False),
        _k.Field("next_page", "next_page", _k.INTEGER, required=True, nullable=True),
        _k.Field("previous_page", "previous_page", _k.INTEGER, required=True, nullable=True),
        _k.Field("page", "page", _k.INTEGER, required=True, nullable=True),
        _k.Field("links", "links", _k.Model(PaginationLinks), required=True, nullable=False),
        _k.Field("contacts", "contacts", _k.List(_k.Model(Contact)), required=True, nullable=False),
    ),
)
