"""OperationCall: one call of an operation, as its generated build_request hands it to the client; NextPageCall: one
that follows a listing's links.next."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._operation import Operation
    from ._options import CallOptions
    from ._types import File


__all__ = [
    "NextPageCall",
    "OperationCall",
]


class OperationCall:
    """One call of an operation: its table row, path (relative to base_url, or an absolute URL) and payload.

    options holds what the caller added to this call (extra headers, query, body fields, timeout).
    """

    __slots__ = ("files", "json", "method", "operation", "options", "params", "path")

    def __init__(
        self,
        operation: Operation,
        path: str,
        *,
        params: dict[str, Any] | None = None,
        json: Any = None,
        files: dict[str, File] | None = None,
    ) -> None:
        self.operation = operation
        self.method = operation.method
        self.path = path
        self.params = params
        self.json = json
        self.files = files
        self.options: CallOptions | None = None

    def __repr__(self) -> str:
        return f"OperationCall({self.method} {self.path})"


class NextPageCall(OperationCall):
    """A GET of a URL taken from a response (links.next): resolved against base_url's origin and checked."""

    __slots__ = ()
