"""InvoiceMessageCreateEvent: Run a state change on the invoice (mark sent, close, reopen or back to draft) without emailing anyone."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define, field

if TYPE_CHECKING:
    from .invoice_message_event_type import InvoiceMessageEventType

_new = object.__new__
_FIELDS = frozenset(
    {
        "event_type",
    }
)


@define
class InvoiceMessageCreateEvent:
    """Run a state change on the invoice (mark sent, close, reopen or back to draft) without emailing anyone.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``.
    """

    event_type: InvoiceMessageEventType | str
    """A state change to run on the invoice with a message: close it, put it back to draft, reopen a closed one (re-open), or mark a draft as sent (send)."""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object (KeyError when a required attribute is missing)."""
        # Attributes are stored directly instead of through __init__: parsing a
        # 2000-record page must stay close to the cost of json.loads itself.
        obj = _new(cls)
        obj.event_type = src["event_type"]
        # Unknown keys exist exactly when src has more keys than the known ones it holds.
        unknown = len(src) - 1
        obj.additional_properties = {k: v for k, v in src.items() if k not in _FIELDS} if unknown else {}
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: known attributes, then unknown ones."""
        out: dict[str, Any] = {
            "event_type": self.event_type,
        }
        out.update(self.additional_properties)
        return out
