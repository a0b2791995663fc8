"""PATCH /clients/{client_id}: Change some fields of a client."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._core._request import RequestSpec
from ...models.client import Client
from ...types import UNSET, File, Unset

OPERATION = "update_client"
METHOD = "PATCH"
PATH = "/clients/{client_id}"


def _request(
    client_id: int,
    *,
    name: str | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    address: str | Unset | None = UNSET,
    currency: str | Unset = UNSET,
) -> RequestSpec:
    """Build the PATCH /clients/{client_id} request."""
    _body: dict[str, Any] = {}
    _files: dict[str, File] = {}
    if not isinstance(name, Unset):
        _body["name"] = name
    if not isinstance(is_active, Unset):
        _body["is_active"] = is_active
    if not isinstance(address, Unset):
        _body["address"] = address
    if not isinstance(currency, Unset):
        _body["currency"] = currency
    return RequestSpec(
        OPERATION,
        METHOD,
        f"/clients/{quote(str(client_id), safe='')}",
        json=_body,
        files=_files or None,
    )


RESPONSE_MODEL = Client
