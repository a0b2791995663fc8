"""Typed exceptions. Each carries status, method and URL; none ever carries a credential."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Self, TypedDict, Unpack

from ._harvest_limits import RATE_LIMITED_STATUS, THROTTLED_STATUS, is_rate_limit_answer

__all__ = [
    "APIStatusError",
    "AuthenticationError",
    "ClientClosedError",
    "DeadlineExceededError",
    "ForeignOriginError",
    "HarvestError",
    "ListingChangedError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "SchemaDriftError",
    "ServerError",
    "TransportError",
    "UnexpectedResponseError",
    "UnsetAttributeError",
    "ValidationError",
    "WrongEventLoopError",
    "error_for_status",
    "parse_retry_after",
    "redact_url",
]

# Compiled by re (and kept in its cache) with the first error, not with `import harvest_v2`.
_SECRET_QUERY = r"(?i)((?:access_token|refresh_token|client_secret)=)[^&#\s]+"


def redact_url(url: str) -> str:
    """The URL with any credential in its query string replaced by ***."""
    return re.sub(_SECRET_QUERY, r"\1***", url)


class HarvestError(Exception):
    """Base of every error the client raises."""

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        method: str | None = None,
        url: str | None = None,
    ) -> None:
        self.message = message
        self.status = status
        self.method = method
        self.url = redact_url(url) if url else url
        super().__init__(self._text())

    def _text(self) -> str:
        where = f" ({self.method} {self.url})" if self.method and self.url else ""
        code = f"HTTP {self.status}: " if self.status is not None else ""
        return f"{code}{self.message}{where}"

    def _with_reason(self, reason: str) -> Self:
        """This error with why it was not retried (the retry policy's verdict) added to its message."""
        if reason:
            self.message = f"{self.message} ({reason})"
            self.args = (self._text(),)
        return self


class TransportError(HarvestError):
    """The request could not be completed: connection refused or dropped, timeout.

    ``sent`` is False when the connection was never established, so nothing reached Harvest.
    """

    def __init__(self, message: str, *, method: str | None = None, url: str | None = None, sent: bool = True) -> None:
        super().__init__(message, method=method, url=url)
        self.sent = sent


class DeadlineExceededError(TransportError):
    """The call ran past its deadline (attempts and waits included), however the server was answering.

    Not retried: the deadline is the caller's bound on the whole call.
    """


class _Answer(TypedDict):
    """Where an answer came from: the keywords every error about one response takes."""

    status: int
    method: str
    url: str


class APIStatusError(HarvestError):
    """Harvest answered with an error status."""

    def __init__(self, message: str, *, body: str = "", **answer: Unpack[_Answer]) -> None:
        super().__init__(message, **answer)
        self.body = body


class AuthenticationError(APIStatusError):
    """401: the token is missing, expired or revoked, or the account id is wrong."""


class PermissionDeniedError(APIStatusError):
    """403: the user may not do this."""


class NotFoundError(APIStatusError):
    """404: no such record (or not visible to this user)."""


class ValidationError(APIStatusError):
    """422 (or 400): Harvest refused the values sent; ``message`` is Harvest's explanation."""


class RateLimitError(APIStatusError):
    """429 (or 503 with Retry-After) still answered after every retry allowed.

    ``retry_after`` is the wait the last answer asked, in seconds (None when it gave none).
    """

    def __init__(
        self, message: str, *, body: str = "", retry_after: float | None = None, **answer: Unpack[_Answer]
    ) -> None:
        super().__init__(message, body=body, **answer)
        self.retry_after = retry_after


class ServerError(APIStatusError):
    """5xx from Harvest after every retry allowed."""


class UnexpectedResponseError(HarvestError):
    """The body is not the JSON the spec describes (wrong content type, malformed, missing attributes)."""

    def __init__(
        self, message: str, *, content_type: str = "", preview: bytes = b"", **answer: Unpack[_Answer]
    ) -> None:
        detail = f"{message}; content-type {content_type or 'missing'}, body starts {preview[:80]!r}"
        super().__init__(detail, **answer)
        self.content_type = content_type
        self.preview = preview


class SchemaDriftError(HarvestError):
    """strict=True: a response attribute differs from the spec, in one of the kinds the default mode reports.

    ``kind`` is one of _drift.DRIFT_KINDS (missing, null, type, unparseable,
    format, enum, unknown); ``schema`` and ``attribute`` name what the spec
    declares, ``path`` where in the body it was, ``expected`` what the spec says
    and ``received`` what came.
    """

    def __init__(
        self, *, schema: str, attribute: str, path: str, expected: str, received: str, kind: str = "type"
    ) -> None:
        if kind == "unknown":
            detail = f"{schema} has no attribute {attribute!r} in the spec, got {received}"
        else:
            detail = f"{schema}.{attribute} should be {expected}, got {received}"
        super().__init__(f"response differs from the spec at {path}: {detail}")
        self.schema = schema
        self.attribute = attribute
        self.path = path
        self.expected = expected
        self.received = received
        self.kind = kind


class UnsetAttributeError(HarvestError):
    """``model.required.<attribute>`` read an attribute that holds UNSET: Harvest left it out, or sent what its
    type cannot hold (the default mode keeps going and reports the drift; this is where the caller needed it).

    ``schema`` and ``attribute`` name what the spec declares, ``expected`` what the spec says and
    ``received`` what came ("nothing" when Harvest left it out; the value itself stays in
    ``model.additional_properties``).
    """

    def __init__(self, *, schema: str, attribute: str, expected: str, received: str) -> None:
        super().__init__(
            f"{schema}.{attribute} is UNSET where a value is required: the spec expects {expected}, "
            f"Harvest sent {received}"
        )
        self.schema = schema
        self.attribute = attribute
        self.expected = expected
        self.received = received


class PaginationError(HarvestError):
    """links.next cannot be followed safely: a link seen before, more pages than total_pages said,
    page after empty page, or a link that is not a URL. Raised instead of looping forever."""


class ForeignOriginError(PaginationError):
    """links.next points to another origin than base_url; nothing was sent there.

    ``origin`` is the refused origin (scheme://host:port), ``expected`` base_url's. ``url``
    leaves out the query string, which a hostile server controls.
    """

    def __init__(self, message: str, *, origin: str, expected: str, method: str, url: str) -> None:
        super().__init__(message, method=method, url=url)
        self.origin = origin
        self.expected = expected


class ListingChangedError(PaginationError):
    """A page-numbered listing could not stay complete while records were created or deleted under it.

    Raised instead of returning a short or repeated listing: no read back from a read that held no
    record read before held one either (the list moved further than they reach between two reads),
    reads kept bringing the listing no further, or its records carry no ids to tell them apart (or
    per_page is too small for reads to overlap) and total_entries moved. ``operation`` is the
    operationId, ``page`` the number of the read (counting from the first) where it gave up,
    ``total_before`` and ``total_after`` the total_entries of the last read that held a record read
    before and of the read that gave up (None when a page did not say).
    """

    def __init__(
        self,
        message: str,
        *,
        operation: str,
        page: int,
        total_before: int | None,
        total_after: int | None,
        method: str,
        url: str,
    ) -> None:
        super().__init__(message, method=method, url=url)
        self.operation = operation
        self.page = page
        self.total_before = total_before
        self.total_after = total_after


class ClientClosedError(HarvestError):
    """The client was used after close() / aclose() (or after its ``with`` block)."""


class WrongEventLoopError(HarvestError):
    """An AsyncHarvest was used from another event loop than the one it first ran in.

    Its connections belong to that loop; create one AsyncHarvest per event loop (per asyncio.run).
    """


def parse_retry_after(value: str | None, now: float) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP-date), None when unusable.

    now is the current Unix time, used for the HTTP-date form.
    """
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        import email.utils  # only HTTP-date values need it; keep it off the import path

        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when is None:
            return None
        return max(0.0, float(when.timestamp()) - now)
    if seconds != seconds or seconds < 0:  # NaN or negative
        return None
    return seconds


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: ValidationError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    422: ValidationError,
}


def error_for_status(
    status: int, method: str, url: str, body: bytes, headers: Mapping[str, str], now: float
) -> APIStatusError:
    """The one classification of an error answer: its exception, with Harvest's own message when it sent one.

    headers are the response's (case-insensitive, as httpx gives them); now is the current Unix
    time, for a Retry-After given as an HTTP-date. A 429 is a RateLimitError, and so is a 503 with
    a usable Retry-After (throttling, as the older API did it); either carries the wait asked.
    """
    text = body.decode("utf-8", "replace")
    message = _harvest_message(text, headers.get("content-type", "")) or f"Harvest answered {status}"
    if status in (RATE_LIMITED_STATUS, THROTTLED_STATUS):
        retry_after = parse_retry_after(headers.get("retry-after"), now)
        if is_rate_limit_answer(status, retry_after):
            return RateLimitError(
                message, status=status, method=method, url=url, body=text[:2000], retry_after=retry_after
            )
    cls = _BY_STATUS.get(status, ServerError if status >= 500 else APIStatusError)
    return cls(message, status=status, method=method, url=url, body=text[:2000])


def _harvest_message(text: str, content_type: str) -> str:
    # Bodies differ by status: {message}, {error, error_description}, {status, error}, plain text.
    if "json" in content_type:
        import json

        try:
            data = json.loads(text)
        except ValueError:
            return text.strip()[:500]
        if isinstance(data, dict):
            for key in ("message", "error_description", "error"):
                if isinstance(data.get(key), str) and data[key]:
                    return str(data[key])
        return text.strip()[:500]
    stripped = text.strip()
    return "" if stripped.startswith("<") else stripped[:500]
