"""ExpenseReceipt: The file attached to an expense as proof of purchase."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define, field

_new = object.__new__
_FIELDS = frozenset(
    {
        "url",
        "file_name",
        "file_size",
        "content_type",
    }
)


@define
class ExpenseReceipt:
    """The file attached to an expense as proof of purchase.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``.
    """

    url: str
    """Where to download the file (needs the account's authentication)."""
    file_name: str
    file_size: int
    """Size in bytes."""
    content_type: str
    """MIME type, such as image/gif."""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object (KeyError when a required attribute is missing)."""
        # Attributes are stored directly instead of through __init__: parsing a
        # 2000-record page must stay close to the cost of json.loads itself.
        obj = _new(cls)
        obj.url = src["url"]
        obj.file_name = src["file_name"]
        obj.file_size = src["file_size"]
        obj.content_type = src["content_type"]
        # Unknown keys exist exactly when src has more keys than the known ones it holds.
        unknown = len(src) - 4
        obj.additional_properties = {k: v for k, v in src.items() if k not in _FIELDS} if unknown else {}
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: known attributes, then unknown ones."""
        out: dict[str, Any] = {
            "url": self.url,
            "file_name": self.file_name,
            "file_size": self.file_size,
            "content_type": self.content_type,
        }
        out.update(self.additional_properties)
        return out
