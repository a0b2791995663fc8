"""InvoiceMessageCreateEvent: Run a state change on the invoice (mark sent, close, reopen or back to draft) without emailing anyone."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

import msgspec

from .._core import _schema as _k
from .._core._schema import build_tolerant as _build_tolerant
from ..types import UNSET
from .invoice_message_event_type import InvoiceMessageEventType


class InvoiceMessageCreateEvent(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Run a state change on the invoice (mark sent, close, reopen or back to draft) without emailing anyone.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``. A value that
    differs from the spec is kept as it came (see harvest_v2.drift_report()).
    """

    event_type: InvoiceMessageEventType | str
    """A state change to run on the invoice with a message: close it, put it back to draft, reopen a closed one (re-open), or mark a draft as sent (send)."""
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
        if (_v1 := this.event_type) is not UNSET:
            out["event_type"] = _v1
        out.update(self.additional_properties)
        return out


InvoiceMessageCreateEvent._schema = _k.ModelSchema(
    "InvoiceMessageCreateEvent",
    (_k.Field("event_type", "event_type", _k.Enum(InvoiceMessageEventType), required=True, nullable=False),),
)
