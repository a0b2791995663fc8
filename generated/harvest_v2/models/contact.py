"""Contact: A person at one of your clients, such as the one who receives invoices."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define, field

from .._core._serde import format_datetime as _format_datetime
from .._core._serde import parse_datetime as _parse_datetime
from .client_reference import ClientReference

_new = object.__new__
_FIELDS = frozenset(
    {
        "id",
        "client",
        "title",
        "first_name",
        "last_name",
        "email",
        "phone_office",
        "phone_mobile",
        "fax",
        "created_at",
        "updated_at",
    }
)


@define
class Contact:
    """A person at one of your clients, such as the one who receives invoices.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``.
    """

    id: int
    client: ClientReference
    """The client a record belongs to."""
    title: str | None
    """Job title or role, such as "Owner"; null when not given."""
    first_name: str
    last_name: str | None
    """Null when not given."""
    email: str | None
    """Email address as typed in; null or an empty string when not given, so not always a valid address."""
    phone_office: str | None
    """Office number as typed in, free form; null when not given."""
    phone_mobile: str | None
    """Mobile number as typed in, free form; null when not given."""
    fax: str | None
    """Fax number as typed in, free form; null when not given."""
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
        obj.client = ClientReference.from_dict(src["client"])
        obj.title = src["title"]
        obj.first_name = src["first_name"]
        obj.last_name = src["last_name"]
        obj.email = src["email"]
        obj.phone_office = src["phone_office"]
        obj.phone_mobile = src["phone_mobile"]
        obj.fax = src["fax"]
        obj.created_at = _parse_datetime(src["created_at"])
        obj.updated_at = _parse_datetime(src["updated_at"])
        # Unknown keys exist exactly when src has more keys than the known ones it holds.
        unknown = len(src) - 11
        obj.additional_properties = {k: v for k, v in src.items() if k not in _FIELDS} if unknown else {}
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: known attributes, then unknown ones."""
        out: dict[str, Any] = {
            "id": self.id,
            "client": self.client.to_dict(),
            "title": self.title,
            "first_name": self.first_name,
            "last_name": self.last_name,
            "email": self.email,
            "phone_office": self.phone_office,
            "phone_mobile": self.phone_mobile,
            "fax": self.fax,
            "created_at": _format_datetime(self.created_at),
            "updated_at": _format_datetime(self.updated_at),
        }
        out.update(self.additional_properties)
        return out
