"""TimeEntryExternalReference: The item in another tool (an issue, a card, a ticket...) the entry was tracked from."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

import msgspec

from .._core import _schema as _k
from .._core._schema import build_tolerant as _build_tolerant
from ..types import UNSET, Unset


class TimeEntryExternalReference(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """The item in another tool (an issue, a card, a ticket...) the entry was tracked from.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``. A value that
    differs from the spec is kept as it came (see harvest_v2.drift_report()).
    """

    id: str
    """The item's id in the other tool."""
    group_id: str
    """Id of the container the item sits in there (project, board...)."""
    permalink: str
    """Link to the item."""
    service: str
    """Host name of the other tool."""
    service_icon_url: str
    """Address of the other tool's icon."""
    account_id: str | Unset = UNSET
    """Id of the account in the other tool; older answers leave it out."""
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
        if (_v2 := this.group_id) is not UNSET:
            out["group_id"] = _v2
        if (_v3 := this.permalink) is not UNSET:
            out["permalink"] = _v3
        if (_v4 := this.service) is not UNSET:
            out["service"] = _v4
        if (_v5 := this.service_icon_url) is not UNSET:
            out["service_icon_url"] = _v5
        if (_v6 := this.account_id) is not UNSET:
            out["account_id"] = _v6
        out.update(self.additional_properties)
        return out


TimeEntryExternalReference._schema = _k.ModelSchema(
    "TimeEntryExternalReference",
    (
        _k.Field("id", "id", _k.STRING, required=True, nullable=False),
        _k.Field("group_id", "group_id", _k.STRING, required=True, nullable=False),
        _k.Field("permalink", "permalink", _k.STRING, required=True, nullable=False),
        _k.Field("service", "service", _k.STRING, required=True, nullable=False),
        _k.Field("service_icon_url", "service_icon_url", _k.STRING, required=True, nullable=False),
        _k.Field("account_id", "account_id", _k.STRING, required=False, nullable=False),
    ),
)
