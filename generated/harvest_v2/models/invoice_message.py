"""InvoiceMessage: An email sent about an invoice, or a state change recorded on it."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define, field

from .._core._serde import format_datetime as _format_datetime
from .._core._serde import parse_date as _parse_date
from .._core._serde import parse_datetime as _parse_datetime
from .invoice_message_recipient import InvoiceMessageRecipient

if TYPE_CHECKING:
    from .invoice_message_recorded_event_type import InvoiceMessageRecordedEventType

_new = object.__new__
_FIELDS = frozenset(
    {
        "id",
        "sent_by",
        "sent_by_email",
        "sent_from",
        "sent_from_email",
        "recipients",
        "subject",
        "body",
        "include_link_to_client_invoice",
        "attach_pdf",
        "send_me_a_copy",
        "thank_you",
        "event_type",
        "reminder",
        "send_reminder_on",
        "created_at",
        "updated_at",
    }
)


@define
class InvoiceMessage:
    """An email sent about an invoice, or a state change recorded on it.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``.
    """

    id: int
    sent_by: str
    """Name of the user who created the message."""
    sent_by_email: str
    """Email address of the user who created the message."""
    sent_from: str
    """Name the message was sent on behalf of."""
    sent_from_email: str
    """Email address the message was sent on behalf of."""
    recipients: list[InvoiceMessageRecipient]
    """Who the email went to; empty for a bare state change."""
    subject: str | None
    """Null for a bare state change."""
    body: str | None
    """Null for a bare state change."""
    include_link_to_client_invoice: bool
    """Deprecated; mirrors whether the invoice offers online payment options."""
    attach_pdf: bool
    """True when the invoice PDF went with the email."""
    send_me_a_copy: bool
    """True when the creator was copied on the email."""
    thank_you: bool
    """True for a thank-you note after payment."""
    event_type: InvoiceMessageRecordedEventType | str | None
    """The state change the message records; null for a plain email."""
    reminder: bool
    """True for a payment reminder."""
    send_reminder_on: datetime.date | None
    """The day a scheduled reminder goes out; null when none is scheduled."""
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object (KeyError when a required attribute is missing)."""
        # Attributes are stored directly instead of through __init__: parsing a
        # 2000-record page must stay close to the cost of json.loads itself.
        obj = _new(cls)
        obj.id = src["id"]
        obj.sent_by = src["sent_by"]
        obj.sent_by_email = src["sent_by_email"]
        obj.sent_from = src["sent_from"]
        obj.sent_from_email = src["sent_from_email"]
        obj.recipients = list(map(InvoiceMessageRecipient.from_dict, src["recipients"]))
        obj.subject = src["subject"]
        obj.body = src["body"]
        obj.include_link_to_client_invoice = src["include_link_to_client_invoice"]
        obj.attach_pdf = src["attach_pdf"]
        obj.send_me_a_copy = src["send_me_a_copy"]
        obj.thank_you = src["thank_you"]
        obj.event_type = src["event_type"]
        obj.reminder = src["reminder"]
        obj.send_reminder_on = None if (_v0 := src["send_reminder_on"]) is None else _parse_date(_v0)
        obj.created_at = _parse_datetime(src["created_at"])
        obj.updated_at = _parse_datetime(src["updated_at"])
        # Unknown keys exist exactly when src has more keys than the known ones it holds.
        unknown = len(src) - 17
        obj.additional_properties = {k: v for k, v in src.items() if k not in _FIELDS} if unknown else {}
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: known attributes, then unknown ones."""
        out: dict[str, Any] = {
            "id": self.id,
            "sent_by": self.sent_by,
            "sent_by_email": self.sent_by_email,
            "sent_from": self.sent_from,
            "sent_from_email": self.sent_from_email,
            "recipients": [_i1.to_dict() for _i1 in self.recipients],
            "subject": self.subject,
            "body": self.body,
            "include_link_to_client_invoice": self.include_link_to_client_invoice,
            "attach_pdf": self.attach_pdf,
            "send_me_a_copy": self.send_me_a_copy,
            "thank_you": self.thank_you,
            "event_type": self.event_type,
            "reminder": self.reminder,
            "send_reminder_on": None if (_v2 := self.send_reminder_on) is None else _v2.isoformat(),
            "created_at": _format_datetime(self.created_at),
            "updated_at": _format_datetime(self.updated_at),
        }
        out.update(self.additional_properties)
        return out
