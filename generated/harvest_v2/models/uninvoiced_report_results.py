"""UninvoicedReportResults: One page of uninvoiced report rows."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define, field

from .pagination_links import PaginationLinks
from .uninvoiced_report_result import UninvoicedReportResult

_new = object.__new__
_FIELDS = frozenset(
    {
        "per_page",
        "total_pages",
        "total_entries",
        "next_page",
        "previous_page",
        "page",
        "links",
        "results",
    }
)


@define
class UninvoicedReportResults:
    """One page of uninvoiced report rows.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``.
    """

    per_page: int
    total_pages: int
    total_entries: int
    next_page: int | None
    """Null on the last page and in the middle of cursor listings."""
    previous_page: int | None
    page: int | None
    """Null in the middle of cursor listings."""
    links: PaginationLinks
    """Absolute URLs of neighbouring pages; follow next instead of building page numbers."""
    results: list[UninvoicedReportResult]
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object (KeyError when a required attribute is missing)."""
        # Attributes are stored directly instead of through __init__: parsing a
        # 2000-record page must stay close to the cost of json.loads itself.
        obj = _new(cls)
        obj.per_page = src["per_page"]
        obj.total_pages = src["total_pages"]
        obj.total_entries = src["total_entries"]
        obj.next_page = src["next_page"]
        obj.previous_page = src["previous_page"]
        obj.page = src["page"]
        obj.links = PaginationLinks.from_dict(src["links"])
        obj.results = list(map(UninvoicedReportResult.from_dict, src["results"]))
        # Unknown keys exist exactly when src has more keys than the known ones it holds.
        unknown = len(src) - 8
        obj.additional_properties = {k: v for k, v in src.items() if k not in _FIELDS} if unknown else {}
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: known attributes, then unknown ones."""
        out: dict[str, Any] = {
            "per_page": self.per_page,
            "total_pages": self.total_pages,
            "total_entries": self.total_entries,
            "next_page": self.next_page,
            "previous_page": self.previous_page,
            "page": self.page,
            "links": self.links.to_dict(),
            "results": [_i0.to_dict() for _i0 in self.results],
        }
        out.update(self.additional_properties)
        return out
