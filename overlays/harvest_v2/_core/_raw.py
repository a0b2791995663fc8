"""Raw responses: what hv.with_raw_response.<resource>.<method>(...) answers.

The same call as the plain method (paced, retried, raising the same errors),
kept as the answer Harvest gave: status, headers (Retry-After, X-Request-Id,
the rate-limit headers...), the request's method and URL, how long the call
took and how many resends it needed; parse() gives the typed result, read once.
A listing gives each page's raw response through pages(), read as the plain paginator reads
(the listing guarantee included).
"""

from __future__ import annotations

import datetime
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import Any, Generic, TypeVar, cast

import httpx

from ._errors import redact_url
from ._operation_call import OperationCall
from ._pagination import Envelope, listing_reads
from ._response import read_result

__all__ = ["AsyncRawPaginator", "RawPaginator", "RawResponse", "RequestFacts"]

T = TypeVar("T")
PageT = TypeVar("PageT", bound=Envelope)

_UNREAD: Any = object()


@dataclass(frozen=True, slots=True)
class RequestFacts:
    """The request behind a raw response: its method and URL (no credential is ever in either)."""

    method: str
    url: str


class RawResponse(Generic[T]):
    """One answer as Harvest gave it, and parse() for the typed result."""

    __slots__ = ("_call", "_model", "_parsed", "_response", "_strict")

    def __init__(self, response: httpx.Response, call: OperationCall, model: type[Any] | None, *, strict: bool) -> None:
        self._response = response
        self._call = call
        self._model = model
        self._strict = strict
        self._parsed: T = _UNREAD

    @property
    def status_code(self) -> int:
        return self._response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self._response.headers

    @property
    def http_request(self) -> RequestFacts:
        request = self._response.request
        return RequestFacts(request.method, redact_url(str(request.url)))

    @property
    def elapsed(self) -> datetime.timedelta:
        """The whole call: every attempt and every wait between them."""
        return datetime.timedelta(seconds=self._response.extensions["harvest_v2.call"][1])

    @property
    def retries(self) -> int:
        """How many times the request was sent again before this answer."""
        retries: int = self._response.extensions["harvest_v2.call"][0]
        return retries

    @property
    def content(self) -> bytes:
        """The body, decompressed."""
        return self._response.content

    def parse(self) -> T:
        """The typed result, as the plain method returns it (parsed once, then kept)."""
        if self._parsed is _UNREAD:
            self._parsed = cast(T, read_result(self._response, self._call, self._model, strict=self._strict))
        return self._parsed

    def __repr__(self) -> str:
        facts = self.http_request
        return f"<RawResponse {self.status_code} {facts.method} {facts.url}>"


class RawPaginator(Generic[PageT]):
    """A listing's pages as raw responses: pages() reads them as the plain paginator does."""

    def __init__(self, fetch: Callable[[OperationCall], RawResponse[PageT]], first: OperationCall) -> None:
        self._fetch = fetch
        self._first = first

    def pages(self) -> Iterator[RawResponse[PageT]]:
        """Each page's raw response in turn; its parse() is the page envelope as the listing settled it.

        A page-numbered listing keeps the listing guarantee here too: a page's records are those not
        delivered before, and its raw response is the read it was settled from (the last one sent).
        """
        reads = listing_reads(self._first)
        step = next(reads)
        raw: RawResponse[PageT] | None = None
        while True:
            answer: PageT | None = None
            if isinstance(step, OperationCall):
                raw = self._fetch(step)
                answer = raw.parse()
            else:
                assert raw is not None  # a page is delivered only after a read
                yield _settled(raw, step)
            try:
                step = reads.send(answer)
            except StopIteration:
                return

    def first_page(self) -> RawResponse[PageT]:
        return self._fetch(self._first)


class AsyncRawPaginator(Generic[PageT]):
    """A listing's pages as raw responses: pages() reads them as the plain paginator does."""

    def __init__(self, fetch: Callable[[OperationCall], Awaitable[RawResponse[PageT]]], first: OperationCall) -> None:
        self._fetch = fetch
        self._first = first

    async def pages(self) -> AsyncIterator[RawResponse[PageT]]:
        """Each page's raw response in turn; its parse() is the page envelope as the listing settled it.

        A page-numbered listing keeps the listing guarantee here too: a page's records are those not
        delivered before, and its raw response is the read it was settled from (the last one sent).
        """
        reads = listing_reads(self._first)
        step = next(reads)
        raw: RawResponse[PageT] | None = None
        while True:
            answer: PageT | None = None
            if isinstance(step, OperationCall):
                raw = await self._fetch(step)
                answer = raw.parse()
            else:
                assert raw is not None  # a page is delivered only after a read
                yield _settled(raw, step)
            try:
                step = reads.send(answer)
            except StopIteration:
                return

    async def first_page(self) -> RawResponse[PageT]:
        return await self._fetch(self._first)


def _settled(raw: RawResponse[PageT], page: PageT) -> RawResponse[PageT]:
    """The raw response of the read a page was settled from, whose parse() is that page."""
    if raw.parse() is page:
        return raw
    settled: RawResponse[PageT] = RawResponse(raw._response, raw._call, raw._model, strict=raw._strict)
    settled._parsed = page
    return settled
