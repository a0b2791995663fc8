"""ContactCreate: Fields of a new contact."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define, field

from ..types import UNSET, Unset

_new = object.__new__
_FIELDS = frozenset(
    {
        "client_id",
        "first_name",
        "title",
        "last_name",
        "email",
        "phone_office",
        "phone_mobile",
        "fax",
    }
)


@define
class ContactCreate:
    """Fields of a new contact.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``.
    """

    client_id: int
    """The client the person works for."""
    first_name: str
    title: str | Unset = UNSET
    last_name: str | Unset = UNSET
    email: str | Unset = UNSET
    phone_office: str | Unset = UNSET
    phone_mobile: str | Unset = UNSET
    fax: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object (KeyError when a required attribute is missing)."""
        # Attributes are stored directly instead of through __init__: parsing a
        # 2000-record page must stay close to the cost of json.loads itself.
        obj = _new(cls)
        obj.client_id = src["client_id"]
        obj.first_name = src["first_name"]
        obj.title = src.get("title", UNSET)
        obj.last_name = src.get("last_name", UNSET)
        obj.email = src.get("email", UNSET)
        obj.phone_office = src.get("phone_office", UNSET)
        obj.phone_mobile = src.get("phone_mobile", UNSET)
        obj.fax = src.get("fax", UNSET)
        # Unknown keys exist exactly when src has more keys than the known ones it holds.
        unknown = (
            len(src)
            - 2
            - (obj.title is not UNSET)
            - (obj.last_name is not UNSET)
            - (obj.email is not UNSET)
            - (obj.phone_office is not UNSET)
            - (obj.phone_mobile is not UNSET)
            - (obj.fax is not UNSET)
        )
        obj.additional_properties = {k: v for k, v in src.items() if k not in _FIELDS} if unknown else {}
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: known attributes, then unknown ones."""
        out: dict[str, Any] = {
            "client_id": self.client_id,
            "first_name": self.first_name,
        }
        if not isinstance(self.title, Unset):
            out["title"] = self.title
        if not isinstance(self.last_name, Unset):
            out["last_name"] = self.last_name
        if not isinstance(self.email, Unset):
            out["email"] = self.email
        if not isinstance(self.phone_office, Unset):
            out["phone_office"] = self.phone_office
        if not isinstance(self.phone_mobile, Unset):
            out["phone_mobile"] = self.phone_mobile
        if not isinstance(self.fax, Unset):
            out["fax"] = self.fax
        out.update(self.additional_properties)
        return out
