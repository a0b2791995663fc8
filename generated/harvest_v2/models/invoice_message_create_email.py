"""InvoiceMessageCreateEmail: Email the invoice to the given people, optionally running a state change too."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define, field

from ..types import UNSET, Unset
from .invoice_message_recipient_input import InvoiceMessageRecipientInput

if TYPE_CHECKING:
    from .invoice_message_event_type import InvoiceMessageEventType

_new = object.__new__
_FIELDS = frozenset(
    {
        "recipients",
        "subject",
        "body",
        "include_link_to_client_invoice",
        "attach_pdf",
        "send_me_a_copy",
        "thank_you",
        "event_type",
    }
)


@define
class InvoiceMessageCreateEmail:
    """Email the invoice to the given people, optionally running a state change too.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``.
    """

    recipients: list[InvoiceMessageRecipientInput]
    subject: str | Unset = UNSET
    body: str | Unset = UNSET
    include_link_to_client_invoice: bool | Unset = UNSET
    """Deprecated; offering payment options on the invoice adds the link."""
    attach_pdf: bool | Unset = UNSET
    """True attaches the invoice as a PDF."""
    send_me_a_copy: bool | Unset = UNSET
    """True copies the email to the authenticated user."""
    thank_you: bool | Unset = UNSET
    """True sends it as a thank-you note for a payment."""
    event_type: InvoiceMessageEventType | str | Unset = UNSET
    """A state change to run on the invoice with a message: close it, put it back to draft, reopen a closed one (re-open), or mark a draft as sent (send)."""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object (KeyError when a required attribute is missing)."""
        # Attributes are stored directly instead of through __init__: parsing a
        # 2000-record page must stay close to the cost of json.loads itself.
        obj = _new(cls)
        obj.recipients = list(map(InvoiceMessageRecipientInput.from_dict, src["recipients"]))
        obj.subject = src.get("subject", UNSET)
        obj.body = src.get("body", UNSET)
        obj.include_link_to_client_invoice = src.get("include_link_to_client_invoice", UNSET)
        obj.attach_pdf = src.get("attach_pdf", UNSET)
        obj.send_me_a_copy = src.get("send_me_a_copy", UNSET)
        obj.thank_you = src.get("thank_you", UNSET)
        obj.event_type = src.get("event_type", UNSET)
        # Unknown keys exist exactly when src has more keys than the known ones it holds.
        unknown = (
            len(src)
            - 1
            - (obj.subject is not UNSET)
            - (obj.body is not UNSET)
            - (obj.include_link_to_client_invoice is not UNSET)
            - (obj.attach_pdf is not UNSET)
            - (obj.send_me_a_copy is not UNSET)
            - (obj.thank_you is not UNSET)
            - (obj.event_type is not UNSET)
        )
        obj.additional_properties = {k: v for k, v in src.items() if k not in _FIELDS} if unknown else {}
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: known attributes, then unknown ones."""
        out: dict[str, Any] = {
            "recipients": [_i0.to_dict() for _i0 in self.recipients],
        }
        if not isinstance(self.subject, Unset):
            out["subject"] = self.subject
        if not isinstance(self.body, Unset):
            out["body"] = self.body
        if not isinstance(self.include_link_to_client_invoice, Unset):
            out["include_link_to_client_invoice"] = self.include_link_to_client_invoice
        if not isinstance(self.attach_pdf, Unset):
            out["attach_pdf"] = self.attach_pdf
        if not isinstance(self.send_me_a_copy, Unset):
            out["send_me_a_copy"] = self.send_me_a_copy
        if not isinstance(self.thank_you, Unset):
            out["thank_you"] = self.thank_you
        if not isinstance(self.event_type, Unset):
            out["event_type"] = self.event_type
        out.update(self.additional_properties)
        return out
