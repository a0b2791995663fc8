"""Typed exceptions. Each carries status, method and URL; none ever carries a credential."""

from __future__ import annotations

import re

_SECRET_QUERY = re.compile(r"(?i)((?:access_token|refresh_token|client_secret)=)[^&#\s]+")


def redact_url(url: str) -> str:
    """The URL with any credential in its query string replaced by ***."""
    return _SECRET_QUERY.sub(r"\1***", url)


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
        where = f" ({method} {self.url})" if method and self.url else ""
        code = f"HTTP {status}: " if status is not None else ""
        super().__init__(f"{code}{message}{where}")


class TransportError(HarvestError):
    """The request could not be completed: connection refused or dropped, timeout."""


class APIStatusError(HarvestError):
    """Harvest answered with an error status."""

    def __init__(
        self,
        message: str,
        *,
        status: int,
        method: str,
        url: str,
        body: str = "",
    ) -> None:
        super().__init__(message, status=status, method=method, url=url)
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
    """429 (or throttling 503) still answered after every retry allowed; ``retry_after`` is the last wait asked."""

    def __init__(
        self,
        message: str,
        *,
        status: int,
        method: str,
        url: str,
        body: str = "",
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message, status=status, method=method, url=url, body=body)
        self.retry_after = retry_after


class ServerError(APIStatusError):
    """5xx from Harvest after every retry allowed."""


class UnexpectedResponseError(HarvestError):
    """The body is not the JSON the spec describes (wrong content type, malformed, missing attributes)."""

    def __init__(
        self,
        message: str,
        *,
        status: int,
        method: str,
        url: str,
        content_type: str = "",
        preview: bytes = b"",
    ) -> None:
        detail = f"{message}; content-type {content_type or 'missing'}, body starts {preview[:80]!r}"
        super().__init__(detail, status=status, method=method, url=url)
        self.content_type = content_type
        self.preview = preview


class SchemaDriftError(HarvestError):
    """strict=True: a response attribute differs from the spec (missing, null, another type, not in the spec).

    ``schema`` and ``attribute`` name what the spec declares, ``path`` where in
    the body it was, ``expected`` what the spec says and ``received`` what came.
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


class ClientClosedError(HarvestError):
    """The client was used after close() / aclose() (or after its ``with`` block)."""


class WrongEventLoopError(HarvestError):
    """An AsyncHarvest was used from another event loop than the one it first ran in.

    Its connections belong to that loop; create one AsyncHarvest per event loop (per asyncio.run).
    """


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: ValidationError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    422: ValidationError,
    429: RateLimitError,
}


def error_for_status(status: int, method: str, url: str, body: bytes, content_type: str) -> APIStatusError:
    """The exception for a final error response, with Harvest's own message when it sent one."""
    text = body.decode("utf-8", "replace")
    message = _harvest_message(text, content_type) or f"Harvest answered {status}"
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
