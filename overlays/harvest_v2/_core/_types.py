"""Small types shared by the generated models and operations: UNSET, AwareDateTime, File, NO_ADDITIONAL_PROPERTIES."""

from __future__ import annotations

import datetime
from collections.abc import Iterator, Mapping
from typing import IO, TYPE_CHECKING, Annotated, Any, NoReturn, TypeAlias

import msgspec
from msgspec import UNSET, UnsetType

__all__ = ["NO_ADDITIONAL_PROPERTIES", "UNSET", "AwareDateTime", "File", "Unset"]


class _NoAdditionalProperties(Mapping[str, Any]):
    """An empty mapping that cannot be changed, shared by every model, pickled as a reference to the one."""

    __slots__ = ()

    def __getitem__(self, key: str) -> NoReturn:
        raise KeyError(key)

    def __iter__(self) -> Iterator[str]:
        return iter(())

    def __len__(self) -> int:
        return 0

    def __repr__(self) -> str:
        return "{}"

    def __reduce__(self) -> str:
        return "NO_ADDITIONAL_PROPERTIES"


NO_ADDITIONAL_PROPERTIES: Mapping[str, Any] = _NoAdditionalProperties()
"""The additional_properties of a model that holds everything it was given: one shared, read-only, empty mapping
(a dict per record is a tenth of the time of decoding a page, for the few records that need one)."""

if TYPE_CHECKING:
    AwareDateTime: TypeAlias = datetime.datetime
else:
    # What msgspec decodes a model's date-time against: one without a zone leaves the fast path (and is drift),
    # so no attribute typed aware ever holds a naive datetime that raises TypeError when compared.
    AwareDateTime = Annotated[datetime.datetime, msgspec.Meta(tz=True)]
"""The type of a model's date-time attribute: a datetime.datetime with its time zone."""

# msgspec's own marker: typed decoding leaves attributes absent from a response at UNSET.
Unset = UnsetType
"""Type of UNSET: marks a model attribute Harvest did not send, or one it could not hold (distinct from
None, which is JSON null); method arguments left out are NOT_GIVEN."""


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
