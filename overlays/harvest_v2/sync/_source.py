"""Where a copy reads from: pages of a resource's list operation through a Harvest or AsyncHarvest.

The copy is written once, against the blocking `Source`; an AsyncHarvest is
bridged to it (the copy runs in a worker thread and each page is awaited on the
client's own event loop), so both clients share one algorithm and the client's
pacer paces every request. The method called is the one the operations table
names for the resource (hv.<tag>.<method_name>).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import queue
import threading
from collections.abc import AsyncIterator, Coroutine, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any, Protocol

import msgspec

from .._core._model import HarvestModel
from .._core._operation import Operation
from .._core._types import NO_ADDITIONAL_PROPERTIES, UNSET
from ._errors import SyncError
from ._resources import python_parameter, sync_resources
from ._tables import KEPT_AS_RECEIVED, Drifted, JsonText

__all__ = ["AsyncClientSource", "ClientSource", "Page", "Source", "json_text", "prefetched"]


def _empty_mapping(value: Any) -> Any:
    # A model that holds everything it was given shares one read-only empty mapping as its
    # additional_properties; msgspec writes dicts only.
    if value is NO_ADDITIONAL_PROPERTIES or (isinstance(value, Mapping) and not value):
        return {}
    raise NotImplementedError(f"cannot write {type(value).__name__} as JSON")


_ENCODER = msgspec.json.Encoder(decimal_format="number", enc_hook=_empty_mapping)


@dataclass(frozen=True, slots=True)
class Page:
    """One page of a listing: its records as JSON objects (Decimal money) and the listing's total."""

    records: list[dict[str, Any]]
    total_entries: int | None


class Source(Protocol):
    """Pages of a list operation, with the number of requests made so far."""

    requests: int

    def pages(self, operation: Operation, params: dict[str, Any]) -> Iterator[Page]: ...


def _call_arguments(params: dict[str, Any]) -> dict[str, Any]:
    return {python_parameter(name): value for name, value in params.items() if value is not None}


def _page(operation: Operation, envelope: Any) -> Page:
    assert operation.list_key is not None
    items = getattr(envelope.required, operation.list_key)  # records drifted to UNSET: UnsetAttributeError
    total = getattr(envelope, "total_entries", None)
    key = operation.list_key
    records = [_record(item, _reading(item.__class__, key)) for item in items]
    for name in _json_columns(key):
        holders = [record for record in records if type(record.get(name)) not in _WRITTEN]
        for record, text in zip(holders, _json_texts([record[name] for record in holders]), strict=True):
            record[name] = text
    return Page(records, total if isinstance(total, int) else None)


_WRITTEN = (type(None), JsonText, Drifted)  # nothing to write as JSON: absent, null, or left for the column


@cache
def _json_columns(resource: str) -> tuple[str, ...]:
    """The attributes a resource's rows hold as JSON (nested objects and arrays): their columns' kind, from the spec."""
    fields = sync_resources().get(resource)
    return tuple(field.name for field in fields.fields if field.kind == "json") if fields else ()


_RAW_ITEMS = msgspec.json.Decoder(list[msgspec.Raw])


def _json_texts(values: list[Any]) -> list[JsonText]:
    """json_text of each value, written in one pass: a page's nested objects of one attribute at once.

    One encoder call per attribute and page instead of one per record, the array split back
    into its items without parsing them (msgspec.Raw).
    """
    if not values:
        return []
    data = _ENCODER.encode(values)
    if b'"additional_properties"' in data:
        data = data.replace(_EMPTY_UNKNOWN, b"}")
        if b'"additional_properties"' in data:
            return [json_text(value) for value in values]
    return [JsonText(bytes(item).decode()) for item in _RAW_ITEMS.decode(data)]


@cache
def _reading(model: type, resource: str) -> tuple[tuple[tuple[str, str], ...], frozenset[str]]:
    """How a model's records become rows: (JSON name, Python attribute) per declared attribute, as
    msgspec maps them, and the declared JSON names."""
    struct: Any = model
    names = zip(struct.__struct_encode_fields__, struct.__struct_fields__, strict=True)
    attributes = tuple((wire, attribute) for wire, attribute in names if attribute != _UNKNOWN)
    return attributes, frozenset(wire for wire, _ in attributes)


def _record(item: Any, reading: tuple[tuple[tuple[str, str], ...], frozenset[str]]) -> dict[str, Any]:
    """A record's top-level attributes by JSON name: typed values (Decimal, date, aware datetime),
    nested objects and arrays as they are (_page writes them as JSON text, page by page).

    What the model kept as received (additional_properties: attributes the spec lacks, values an
    attribute could not hold, values converted on the way) goes whole to KEPT_AS_RECEIVED, and a
    declared attribute held as UNSET carries what came for it (Drifted), for its column to take
    if it can: the copy loses nothing the model has.
    """
    attributes, declared = reading
    record: dict[str, Any] = {}
    for wire, attribute in attributes:
        value = getattr(item, attribute)
        if value is not UNSET:
            record[wire] = value
    kept = item.additional_properties
    if kept:
        for name, received in kept.items():
            if name in declared and name not in record:
                record[name] = Drifted(received)
        record[KEPT_AS_RECEIVED] = json_text(dict(kept))
    return record


_UNKNOWN = "additional_properties"
_EMPTY_UNKNOWN = b',"additional_properties":{}}'


def json_text(value: Any) -> JsonText:
    """JSON of a nested value as to_dict writes it: money exact, unknown attributes inline.

    msgspec writes a model in C, its (almost always empty) additional_properties as the last
    key; dropping that key is all that differs from to_dict, whose slower path is taken when a
    nested model holds attributes the spec does not know.
    """
    data = _ENCODER.encode(value)
    if b'"additional_properties"' in data:
        data = data.replace(_EMPTY_UNKNOWN, b"}")
        if b'"additional_properties"' in data:
            data = _ENCODER.encode(_as_dicts(value))
    return JsonText(data.decode())


def _as_dicts(value: Any) -> Any:
    if isinstance(value, HarvestModel):
        return value.to_dict()
    if isinstance(value, list):
        return [_as_dicts(item) for item in value]
    if isinstance(value, dict):
        return {key: _as_dicts(item) for key, item in value.items()}
    return value


class ClientSource:
    """Pages through a Harvest client."""

    def __init__(self, client: Any) -> None:
        self._client = client
        self.requests = 0

    def pages(self, operation: Operation, params: dict[str, Any]) -> Iterator[Page]:
        method = getattr(getattr(self._client, operation.tag), operation.method_name)
        listing = method(**_call_arguments(params))
        counted = 0
        for envelope in listing.pages():
            # Every request sent, the reads a repaired listing adds included, not the pages yielded.
            self.requests += listing.requests - counted
            counted = listing.requests
            yield _page(operation, envelope)
        self.requests += listing.requests - counted  # reads after the last page (one that found the end)


_CANCELLED = "the sync was cancelled; every page written before stays, and the next sync goes on from there"


class AsyncClientSource:
    """Pages through an AsyncHarvest, awaited on `loop` from the thread the copy runs in."""

    def __init__(self, client: Any, loop: asyncio.AbstractEventLoop) -> None:
        self._client = client
        self._loop = loop
        self.requests = 0
        self._cancelled = threading.Event()
        self._in_flight: concurrent.futures.Future[Any] | None = None

    def cancel(self) -> None:
        """Stop at once: the request in flight is cancelled and no other is made (the caller was cancelled)."""
        self._cancelled.set()
        in_flight = self._in_flight
        if in_flight is not None:
            in_flight.cancel()

    def _await(self, coroutine: Coroutine[Any, Any, Any]) -> Any:
        if self._cancelled.is_set():
            coroutine.close()
            raise SyncError(_CANCELLED)
        self._in_flight = asyncio.run_coroutine_threadsafe(coroutine, self._loop)
        try:
            return self._in_flight.result()
        except concurrent.futures.CancelledError:
            raise SyncError(_CANCELLED) from None
        finally:
            self._in_flight = None

    def pages(self, operation: Operation, params: dict[str, Any]) -> Iterator[Page]:
        method = getattr(getattr(self._client, operation.tag), operation.method_name)
        listing = method(**_call_arguments(params))
        envelopes: AsyncIterator[Any] = listing.pages()
        counted = 0
        try:
            while True:
                try:
                    envelope = self._await(_next(envelopes))
                except StopAsyncIteration:
                    self.requests += listing.requests - counted  # reads after the last page
                    return
                # Every request sent, the reads a repaired listing adds included, not the pages yielded.
                self.requests += listing.requests - counted
                counted = listing.requests
                yield _page(operation, envelope)
        finally:
            closing = getattr(envelopes, "aclose", None)
            if closing is not None and not self._cancelled.is_set():
                asyncio.run_coroutine_threadsafe(closing(), self._loop).result()


async def _next(envelopes: AsyncIterator[Any]) -> Any:
    return await envelopes.__anext__()


_DONE = object()


def prefetched(pages: Iterator[Page]) -> Iterator[Page]:
    """The same pages, the next one fetched while the caller writes this one (one page ahead at most).

    Writing a page and waiting for the pacer's next slot then overlap, so a sync keeps pace
    with the rate limit instead of adding its database time to every request.
    """
    ready: queue.Queue[Any] = queue.Queue(maxsize=1)
    stop = threading.Event()

    def produce() -> None:
        try:
            for page in pages:
                while not stop.is_set():
                    try:
                        ready.put(page, timeout=0.1)
                        break
                    except queue.Full:
                        continue
                if stop.is_set():
                    break
            item: Any = _DONE
        except BaseException as exc:  # handed to the consumer, raised there
            item = exc
        finally:
            close = getattr(pages, "close", None)
            if close is not None:
                close()
        while not stop.is_set():
            try:
                ready.put(item, timeout=0.1)
                return
            except queue.Full:
                continue

    worker = threading.Thread(target=produce, name="harvest-sync-prefetch", daemon=True)
    worker.start()
    try:
        while True:
            item = ready.get()
            if item is _DONE:
                return
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
        worker.join()
