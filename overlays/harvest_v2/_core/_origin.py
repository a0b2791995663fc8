"""Where each call goes: its operation's path under base_url, or a links.next URL kept to base_url's origin.

links.next comes from the response, so the server chooses it. It is resolved as
RFC 3986 says against base_url ("/v2/x?page=2" keeps base_url's origin), then
compared by normalised origin (scheme, host and port, case-insensitively, default
ports understood): a link in any spelling of another origin raises
ForeignOriginError and never gets the token.
"""

from __future__ import annotations

from collections.abc import Callable

import httpx

from ._errors import ForeignOriginError, PaginationError
from ._operation_call import NextPageCall, OperationCall

__all__ = ["BaseURL"]

_DEFAULT_PORTS = {"http": 80, "https": 443}


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    """(scheme, host, port) with the case and the default port normalised away, as browsers compare them."""
    scheme = url.scheme.lower()
    return scheme, url.raw_host.decode("ascii").lower(), url.port or _DEFAULT_PORTS.get(scheme)


def _show_origin(url: httpx.URL) -> str:
    scheme, host, port = _origin(url)
    user = f"{url.username}:***@" if url.password else f"{url.username}@" if url.username else ""
    shown_port = f":{port}" if port is not None and port != _DEFAULT_PORTS.get(scheme) else ""
    return f"{scheme}://{user}{host}{shown_port}"


class BaseURL:
    """A client's base_url, and the URL of each call under it."""

    __slots__ = ("_origin", "_prefix", "url")

    def __init__(self, base_url: str) -> None:
        self.url = httpx.URL(base_url.rstrip("/") + "/")
        # Joined by hand, not by httpx.Client.build_request: joining and merging the
        # client's defaults again on every call cost a fifth of a small GET.
        self._prefix = str(self.url).rstrip("/")
        self._origin = _origin(self.url)

    def url_for(self, call: OperationCall, redact: Callable[[str], str]) -> httpx.URL:
        """The URL of a call; redact cleans what an error quotes of a link the server wrote."""
        path = call.path
        # Generated paths are "/resource/{quoted id}" and never hold ":" or start with "//".
        if isinstance(call, NextPageCall) or ":" in path or path.startswith("//"):
            return self._link_url(call, redact)
        return httpx.URL(self._prefix + path)

    def _link_url(self, call: OperationCall, redact: Callable[[str], str]) -> httpx.URL:
        try:
            url = self.url.join(call.path)
        except httpx.InvalidURL as exc:
            from ._pagination import without_query  # loaded by the listing that gave the link

            raise PaginationError(
                redact(f"links.next is not a valid URL: {exc}"),
                method=call.method,
                url=redact(without_query(call.path))[:200],
            ) from None
        if _origin(url) != self._origin or url.userinfo != self.url.userinfo:
            refused, expected = _show_origin(url), _show_origin(self.url)
            raise ForeignOriginError(
                f"refusing to follow links.next to {refused}: the token goes only to base_url's origin, {expected}",
                origin=refused,
                expected=expected,
                method=call.method,
                url=refused + url.raw_path.decode("ascii").split("?", 1)[0],
            )
        return url
