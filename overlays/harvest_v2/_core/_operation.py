"""Operation: one row of the generated operations table (harvest_v2._operations.OPERATIONS).

The generator decides these facts once, from the spec; the client (rate-limit
bucket, list key), the fake Harvest and the tests read them from the table and
never decide them again. A generated operation module hands its row to the
client inside each OperationCall, so the core never imports generated code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

__all__ = ["Bucket", "Operation", "OrderDirection", "PaginationStyle"]

Bucket = Literal["general", "reports"]
"""Which of Harvest's two documented limits a request counts against (100 per 15 s, 100 per 15 min).

Harvest does not say whether a report also counts as a general request; the client's pacer books
it against both (never too fast either way), the fake counts it against reports only.
"""

PaginationStyle = Literal["page", "cursor"]
"""How a list operation's next page is asked for: by page number (and per_page), or by links.next's cursor."""

OrderDirection = Literal["asc", "desc"]
"""Which end of a list's order comes first: desc is newest (or highest) first."""


@dataclass(frozen=True, slots=True)
class Operation:
    """What the spec says about one operation, as the generator read it."""

    operation_id: str
    method: str
    path: str
    tag: str
    method_name: str
    """The resource method: hv.<tag>.<method_name>(...)."""
    status: int
    """The success status Harvest answers with."""
    bucket: Bucket
    response_schema: str | None = None
    """The component schema of the success body; None when there is no body."""
    request_schemas: dict[str, str] = field(default_factory=dict)
    """Content type -> component schema of the request body."""
    list_key: str | None = None
    """The envelope attribute holding a list operation's records; None for other operations."""
    item_schema: str | None = None
    pagination: PaginationStyle | None = None
    order_by: str | None = None
    """The record attribute a list operation is ordered by (the spec's x-harvest-order; "id" when
    Harvest lists newest created first); ties are newest created (highest id) first. None for other operations."""
    order_direction: OrderDirection | None = None
