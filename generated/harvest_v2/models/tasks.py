"""Tasks: One page of tasks."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define, field

from .._core import _schema as _k
from .._core._schema import PARSE_FAILURES as _PARSE_FAILURES
from .._core._schema import build_tolerant as _build_tolerant
from .._core._schema import drifted as _drifted
from .._core._schema import dump_model as _dump_model
from .._core._schema import dump_models as _dump_models
from .._core._schema import unknown_attributes as _unknown_attributes
from ..types import UNSET
from .pagination_links import PaginationLinks
from .task import Task

_new = object.__new__


@define
class Tasks:
    """One page of tasks.

    Attributes the schema does not know (added by Harvest later) are kept in
    ``additional_properties`` and written back by ``to_dict``. A value that
    differs from the spec is kept as it came (see harvest_v2.drift_report()).
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
    tasks: list[Task]
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    _schema: ClassVar[_k.ModelSchema]

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; whatever differs from the spec is kept as it came and reported."""
        # A straight line: parsing a 2000-record page must stay close to the cost of decoding it.
        # The first surprise raises, and only that record is read again attribute by attribute.
        try:
            obj = _new(cls)
            obj.per_page = _v0 if (_v0 := src["per_page"]).__class__ is int else _drifted()
            obj.total_pages = _v1 if (_v1 := src["total_pages"]).__class__ is int else _drifted()
            obj.total_entries = _v2 if (_v2 := src["total_entries"]).__class__ is int else _drifted()
            obj.next_page = _v3 if (_v3 := src["next_page"]) is None or _v3.__class__ is int else _drifted()
            obj.previous_page = _v4 if (_v4 := src["previous_page"]) is None or _v4.__class__ is int else _drifted()
            obj.page = _v5 if (_v5 := src["page"]) is None or _v5.__class__ is int else _drifted()
            obj.links = PaginationLinks.from_dict(src["links"])
            obj.tasks = list(map(Task.from_dict, src["tasks"]))
            # Unknown keys exist exactly when src has more keys than the known ones it holds.
            obj.additional_properties = _unknown_attributes(cls._schema, src) if len(src) - 8 else {}
        except _PARSE_FAILURES:
            return _build_tolerant(cls, src)  # type: ignore[no-any-return]
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: known attributes that are set, then unknown ones."""
        # Read as Any: after a tolerant parse any attribute may hold UNSET or a value as Harvest sent it.
        this: Any = self
        out: dict[str, Any] = {}
        if (_v1 := this.per_page) is not UNSET:
            out["per_page"] = _v1
        if (_v2 := this.total_pages) is not UNSET:
            out["total_pages"] = _v2
        if (_v3 := this.total_entries) is not UNSET:
            out["total_entries"] = _v3
        if (_v4 := this.next_page) is not UNSET:
            out["next_page"] = _v4
        if (_v5 := this.previous_page) is not UNSET:
            out["previous_page"] = _v5
        if (_v6 := this.page) is not UNSET:
            out["page"] = _v6
        if (_v7 := this.links) is not UNSET:
            out["links"] = _dump_model(_v7)
        if (_v8 := this.tasks) is not UNSET:
            out["tasks"] = _dump_models(_v8)
        out.update(self.additional_properties)
        return out


Tasks._schema = _k.ModelSchema(
    "Tasks",
    (
        _k.Field("per_page", "per_page", _k.INTEGER, required=True, nullable=False),
        _k.Field("total_pages", "total_pages", _k.INTEGER, required=True, nullable=False),
        _k.Field("total_entries", "total_entries", _k.INTEGER, required=True, nullable=False),
        _k.Field("next_page", "next_page", _k.INTEGER, required=True, nullable=True),
        _k.Field("previous_page", "previous_page", _k.INTEGER, required=True, nullable=True),
        _k.Field("page", "page", _k.INTEGER, required=True, nullable=True),
        _k.Field("links", "links", _k.Model(PaginationLinks), required=True, nullable=False),
        _k.Field("tasks", "tasks", _k.List(_k.Model(Task)), required=True, nullable=False),
    ),
)
