"""OperationCall: one call of an operation, as its generated build_request hands it to the client."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._operation import Operation
    from ._types import File


__all__ = [
    "OperationCall",
]


class OperationCall:
    """One call of an operation: its table row, path (relative to base_url, or an absolute URL) and payload."""

    __slots__ = ("files", "json", "method", "operation", "params", "path")

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

    def __repr__(self) -> str:
        return f"OperationCall({self.method} {self.path})"
