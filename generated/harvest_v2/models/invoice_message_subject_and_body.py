"""InvoiceMessageSubjectAndBody: The subject and body Harvest would fill in for a new message on the invoice, ready to edit and send."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define, field

_new = object.__new__
_FIELDS = frozenset(
    {
        "invoice_id",
        "subject",
        "body",
        "reminder",
        "thank_you",
    }
)


@define
class InvoiceMessageSubjectAndBody:
    """The subject and body Harvest would fill in for a new message on the invoice, ready to edit and send.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``.
    """

    invoice_id: int
    subject: str
    body: str
    reminder: bool
    """True when this is the reminder wording."""
    thank_you: bool
    """True when this is the thank-you wording."""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object (KeyError when a required attribute is missing)."""
        # Attributes are stored directly instead of through __init__: parsing a
        # 2000-record page must stay close to the cost of json.loads itself.
        obj = _new(cls)
        obj.invoice_id = src["invoice_id"]
        obj.subject = src["subject"]
        obj.body = src["body"]
        obj.reminder = src["reminder"]
        obj.thank_you = src["thank_you"]
        # Unknown keys exist exactly when src has more keys than the known ones it holds.
        unknown = len(src) - 5
        obj.additional_properties = {k: v for k, v in src.items() if k not in _FIELDS} if unknown else {}
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: known attributes, then unknown ones."""
        out: dict[str, Any] = {
            "invoice_id": self.invoice_id,
            "subject": self.subject,
            "body": self.body,
            "reminder": self.reminder,
            "thank_you": self.thank_you,
        }
        out.update(self.additional_properties)
        return out
