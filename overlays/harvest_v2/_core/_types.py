"""Small types shared by the generated models and operations: UNSET, AwareDateTime and File."""

from __future__ import annotations

import datetime
from typing import IO, TYPE_CHECKING, Annotated, TypeAlias

import msgspec
from msgspec import UNSET, UnsetType

__all__ = ["UNSET", "AwareDateTime", "File", "Unset"]

if TYPE_CHECKING:
    AwareDateTime: TypeAlias = datetime.datetime
else:
    # What msgspec decodes a model's date-time against: one without a zone leaves the fast path (and is drift),
    # so no attribute typed aware ever holds a naive datetime that raises TypeError when compared.
    AwareDateTime = Annotated[datetime.datetime, msgspec.Meta(tz=True)]
"""The type of a model's date-time attribute: a datetime.datetime with its time zone."""

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
