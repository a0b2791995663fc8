"""The tool catalogue: a tool per row of the operations table, described in the spec's words.

Names are operationIds (`list_clients`, `get_client`), arguments keep the
spec's names (`client_id`, `from`), a list tool trades Harvest's paging
parameters for `limit` and `continuation`, and a report over a date range says
its 365-day rule and is held to it before anything is sent.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from mcp.types import Tool

from .._core._harvest_limits import MAX_REPORT_DAYS
from .._core._operation import Operation
from .._operations import OPERATIONS
from ._arguments import ArgumentError, ToolArguments
from ._listing import PAGING_PARAMETERS, listing_properties
from ._policy import CONSEQUENCES, annotations_for
from ._spec import OperationInput, operation_input

__all__ = ["ToolSpec", "catalogue"]


_RANGE = ("from", "to")


@dataclass(frozen=True)
class ToolSpec:
    """One tool: its operation, its arguments and what an assistant is shown."""

    operation: Operation
    text: OperationInput
    arguments: ToolArguments
    tool: Tool

    @property
    def name(self) -> str:
        return self.operation.operation_id

    @property
    def is_list(self) -> bool:
        return self.operation.list_key is not None

    @property
    def has_report_range(self) -> bool:
        return _has_report_range(self.operation, self.arguments)

    def check_report_range(self, arguments: Mapping[str, Any]) -> None:
        """Harvest's one-year rule for reports, before anything is sent."""
        if not self.has_report_range:
            return
        start, end = (datetime.date.fromisoformat(str(arguments[name])) for name in _RANGE)
        if end < start:
            raise ArgumentError(f"to ({end}) is before from ({start})")
        if (end - start).days > MAX_REPORT_DAYS:
            raise ArgumentError(
                f"a report covers at most {MAX_REPORT_DAYS} days and from {start} to {end} is "
                f"{(end - start).days}; split the range into parts of a year at most and add them up"
            )


def _has_report_range(operation: Operation, arguments: ToolArguments) -> bool:
    """A report over a required from/to date range (the reports bucket's operations, budgets aside)."""
    fields = arguments.fields
    return operation.bucket == "reports" and all(
        name in fields and fields[name].required and fields[name].schema.get("format") == "date" for name in _RANGE
    )


def _description(operation: Operation, text: OperationInput, arguments: ToolArguments) -> str:
    parts = [text.summary, text.description]
    if operation.operation_id in CONSEQUENCES:
        parts.append(CONSEQUENCES[operation.operation_id])
    if operation.list_key is not None:
        parts.append(
            'Returns {"records": [...], "total_entries": N, "continuation": "..." or null}: one page of at most '
            "`limit` records. While continuation is not null there are more: call again with it."
        )
    if _has_report_range(operation, arguments):
        parts.append(f"from and to may be at most {MAX_REPORT_DAYS} days apart.")
    parts.append(f"Harvest API: {operation.method} {operation.path}.")
    return "\n\n".join(part for part in parts if part)


def _tool_spec(operation: Operation, default_limit: int, max_limit: int) -> ToolSpec:
    text = operation_input(operation.operation_id)
    fields = text.fields
    extra = None
    if operation.list_key is not None:
        fields = tuple(f for f in fields if not (f.location == "query" and f.name in PAGING_PARAMETERS))
        extra = listing_properties(default_limit, max_limit)
    arguments = ToolArguments(fields, extra)
    tool = Tool(
        name=operation.operation_id,
        title=text.summary or None,
        description=_description(operation, text, arguments),
        input_schema=arguments.schema,
        annotations=annotations_for(operation, text.summary or operation.operation_id),
    )
    return ToolSpec(operation, text, arguments, tool)


def catalogue(default_limit: int, max_limit: int) -> dict[str, ToolSpec]:
    """Every operation of the table as a tool, by name, in the table's order."""
    return {
        operation_id: _tool_spec(operation, default_limit, max_limit) for operation_id, operation in OPERATIONS.items()
    }
