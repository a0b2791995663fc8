"""POST /clients: Create a client."""

from __future__ import annotations

from typing import Any

from ..._core._request import RequestSpec
from ...models.client import Client
from ...types import UNSET, File, Unset

OPERATION = "create_client"
METHOD = "POST"
PATH = "/clients"


def _request(
    *,
    name: str,
    is_active: bool | Unset = UNSET,
    address: str | Unset = UNSET,
    currency: str | Unset = UNSET,
) -> RequestSpec:
    """Build the POST /clients request."""
    _body: dict[str, Any] = {}
    _files: dict[str, File] = {}
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
        PATH,
        json=_body,
        files=_files or None,
    )


RESPONSE_MODEL = Client
