"""GET /contacts: List client contacts."""

from __future__ import annotations

import builtins
import datetime
from typing import TYPE_CHECKING, Any

from ..._core._arguments import datetime_arg as _datetime_arg
from ..._core._request import RequestSpec
from ...models.contacts import Contacts
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.contact import Contact

OPERATION = "list_contacts"
METHOD = "GET"
PATH = "/contacts"


def _request(
    *,
    client_id: int | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    per_page: int = 2000,
) -> RequestSpec:
    """Build the GET /contacts request."""
    # Locals start with _ so no field name (a message's `body`) can shadow them.
    _params: dict[str, Any] = {}
    if not isinstance(client_id, Unset):
        _params["client_id"] = client_id
    if not isinstance(updated_since, Unset):
        _params["updated_since"] = _datetime_arg("updated_since", updated_since)
    if not isinstance(page, Unset):
        _params["page"] = page
    if not isinstance(cursor, Unset):
        _params["cursor"] = cursor
    _params["per_page"] = per_page
    return RequestSpec(
        OPERATION,
        METHOD,
        PATH,
        params=_params,
    )


RESPONSE_MODEL = Contacts


def _items(page: Contacts) -> builtins.list[Contact]:
    return page.contacts
