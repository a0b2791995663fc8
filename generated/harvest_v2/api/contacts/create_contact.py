"""POST /contacts: Add a contact to a client."""

from __future__ import annotations

from typing import Any

from ..._core._request import RequestSpec
from ...models.contact import Contact
from ...types import UNSET, File, Unset

OPERATION = "create_contact"
METHOD = "POST"
PATH = "/contacts"


def _request(
    *,
    client_id: int,
    first_name: str,
    title: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    email: str | Unset = UNSET,
    phone_office: str | Unset = UNSET,
    phone_mobile: str | Unset = UNSET,
    fax: str | Unset = UNSET,
) -> RequestSpec:
    """Build the POST /contacts request."""
    _body: dict[str, Any] = {}
    _files: dict[str, File] = {}
    _body["client_id"] = client_id
    _body["first_name"] = first_name
    if not isinstance(title, Unset):
        _body["title"] = title
    if not isinstance(last_name, Unset):
        _body["last_name"] = last_name
    if not isinstance(email, Unset):
        _body["email"] = email
    if not isinstance(phone_office, Unset):
        _body["phone_office"] = phone_office
    if not isinstance(phone_mobile, Unset):
        _body["phone_mobile"] = phone_mobile
    if not isinstance(fax, Unset):
        _body["fax"] = fax
    return RequestSpec(
        OPERATION,
        METHOD,
        PATH,
        json=_body,
        files=_files or None,
    )


RESPONSE_MODEL = Contact
