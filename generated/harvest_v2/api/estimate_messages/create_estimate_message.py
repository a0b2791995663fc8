"""POST /estimates/{estimate_id}/messages: Email an estimate, or mark it sent, accepted or declined, or reopen it."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ..._core._arguments import models_arg as _models_arg
from ..._core._request import RequestSpec
from ...models.estimate_message import EstimateMessage
from ...types import UNSET, File, Unset

if TYPE_CHECKING:
    from ...models.estimate_message_event_type import EstimateMessageEventType
    from ...models.estimate_message_recipient_input import EstimateMessageRecipientInput

OPERATION = "create_estimate_message"
METHOD = "POST"
PATH = "/estimates/{estimate_id}/messages"


def _request(
    estimate_id: int,
    *,
    recipients: builtins.list[EstimateMessageRecipientInput] | Unset = UNSET,
    subject: str | Unset = UNSET,
    body: str | Unset = UNSET,
    send_me_a_copy: bool | Unset = UNSET,
    event_type: EstimateMessageEventType | str | Unset = UNSET,
) -> RequestSpec:
    """Build the POST /estimates/{estimate_id}/messages request."""
    _body: dict[str, Any] = {}
    _files: dict[str, File] = {}
    if not isinstance(recipients, Unset):
        _body["recipients"] = _models_arg("recipients", recipients)
    if not isinstance(subject, Unset):
        _body["subject"] = subject
    if not isinstance(body, Unset):
        _body["body"] = body
    if not isinstance(send_me_a_copy, Unset):
        _body["send_me_a_copy"] = send_me_a_copy
    if not isinstance(event_type, Unset):
        _body["event_type"] = event_type
    return RequestSpec(
        OPERATION,
        METHOD,
        f"/estimates/{quote(str(estimate_id), safe='')}/messages",
        json=_body,
        files=_files or None,
    )


RESPONSE_MODEL = EstimateMessage
