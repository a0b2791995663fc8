"""PATCH /contacts/{contact_id}: Change some fields of a contact."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._core._request import RequestSpec
from ...models.contact import Contact
from ...types import UNSET, File, Unset

OPERATION = "update_contact"
METHOD = "PATCH"
PATH = "/contacts/{contact_id}"


def _request(
    contact_id: int,
    *,
    client_id: int | Unset = UNSET,
    title: str | Unset | None = UNSET,
    first_name: str | Unset = UNSET,
    last_name: str | Unset | None = UNSET,
    email: str | Unset | None = UNSET,
    phone_office: str | Unset | None = UNSET,
    phone_mobile: str | Unset | None = UNSET,
    fax: str | Unset | None = UNSET,
) -> RequestSpec:
    """Build the PATCH /contacts/{contact_id} request."""
    _body: dict[str, Any] = {}
    _files: dict[str, File] = {}
    if not isinstance(client_id, Unset):
        _body["client_id"] = client_id
    if not isinstance(title, Unset):
        _body["title"] = title
    if not isinstance(first_name, Unset):
        _body["first_name"] = first_name
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
        f"/contacts/{quote(str(contact_id), safe='')}",
        json=_body,
        files=_files or None,
    )


RESPONSE_MODEL = Contact
