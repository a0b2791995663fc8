"""Small types shared by the generated models and operations: UNSET and File."""

from __future__ import annotations

from typing import IO

from msgspec import UNSET, UnsetType

__all__ = ["UNSET", "File", "Unset"]

# msgspec's own marker: typed decoding leaves attributes absent from a response at UNSET.
Unset = UnsetType
"""Type of UNSET: marks an argument or attribute that was not given (distinct from None, which is JSON null)."""


class File:
    """A file to upload in a multipart request (for example an expense receipt)."""

    __slots__ = ("content", "file_name", "mime_type")

    def __init__(self, content: IO[bytes] | bytes, file_name: str | None = None, mime_type: str | None = None) -> None:
        self.content = content
        self.file_name = file_name
        self.mime_type = mime_type

    def to_tuple(self) -> tuple[str | None, IO[bytes] | bytes, str | None]:
        """The (name, content, type) tuple httpx takes for one multipart file."""
        return self.file_name, self.content, self.mime_type

    def __repr__(self) -> str:
        return f"File(file_name={self.file_name!r}, mime_type={self.mime_type!r})"
