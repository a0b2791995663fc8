"""EstimateMessageCreateEmail: Email the estimate to the given people, optionally running a state change too."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define, field

from ..types import UNSET, Unset
from .estimate_message_recipient_input import EstimateMessageRecipientInput

if TYPE_CHECKING:
    from .estimate_message_event_type import EstimateMessageEventType

_new = object.__new__
_FIELDS = frozenset(
    {
        "recipients",
        "subject",
        "body",
        "send_me_a_copy",
        "event_type",
    }
)


@define
class EstimateMessageCreateEmail:
    """Email the estimate to the given people, optionally running a state change too.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``.
    """

    recipients: list[EstimateMessageRecipientInput]
    subject: str | Unset = UNSET
    body: str | Unset = UNSET
    send_me_a_copy: bool | Unset = UNSET
    """True copies the email to the authenticated user."""
    event_type: EstimateMessageEventType | str | Unset = UNSET
    """A state change to run on the estimate with a message: mark a draft as sent (send), record the client's answer (accept, decline), or reopen an answered estimate (re-open)."""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object (KeyError when a required attribute is missing)."""
        # Attributes are stored directly instead of through __init__: parsing a
        # 2000-record page must stay close to the cost of json.loads itself.
        obj = _new(cls)
        obj.recipients = list(map(EstimateMessageRecipientInput.from_dict, src["recipients"]))
        obj.subject = src.get("subject", UNSET)
        obj.body = src.get("body", UNSET)
        obj.send_me_a_copy = src.get("send_me_a_copy", UNSET)
        obj.event_type = src.get("event_type", UNSET)
        # Unknown keys exist exactly when src has more keys than the known ones it holds.
        unknown = (
            len(src)
            - 1
            - (obj.subject is not UNSET)
            - (obj.body is not UNSET)
            - (obj.send_me_a_copy is not UNSET)
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
        if not isinstance(self.send_me_a_copy, Unset):
            out["send_me_a_copy"] = self.send_me_a_copy
        if not isinstance(self.event_type, Unset):
            out["event_type"] = self.event_type
        out.update(self.additional_properties)
        return out
