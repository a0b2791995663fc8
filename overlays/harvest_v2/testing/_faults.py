"""Fault injection: make the next responses fail the ways real networks and Harvest do,
and change records under a listing the way a busy account does (churn)."""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from ._churn import Churn, ChurnPlace
from ._store import Store

__all__ = ["Fault", "Faults", "InjectedDrop"]

FaultKind = Literal["status", "drop", "malformed", "non_json"]


class InjectedDrop(ConnectionAbortedError):
    """Raised inside the app to cut a response short; the server's log leaves it out."""


@dataclass(frozen=True)
class Fault:
    kind: FaultKind
    status: int = 200
    retry_after: str | None = None


class Faults:
    """Queue of faults applied to the next requests, in order, then normal service again."""

    def __init__(self) -> None:
        self._queue: deque[Fault] = deque()
        self._churns: list[Churn] = []
        self._lock = threading.Lock()
        self.latency = 0.0
        """Seconds added before every response."""

    def fail_next(self, count: int = 1, *, status: int = 500, retry_after: float | str | None = None) -> None:
        """Answer the next `count` requests with `status` (500, 502, 503, 429...)."""
        if not 400 <= status <= 599:
            raise ValueError(f"status must be an HTTP error status (400-599), got {status}")
        header = None if retry_after is None else str(retry_after)
        self._push(count, Fault("status", status, header))

    def drop_next(self, count: int = 1) -> None:
        """Close the connection in the middle of the next `count` responses."""
        self._push(count, Fault("drop"))

    def malformed_next(self, count: int = 1) -> None:
        """Send truncated JSON with status 200 for the next `count` requests."""
        self._push(count, Fault("malformed"))

    def non_json_next(self, count: int = 1) -> None:
        """Send an HTML page with status 200 for the next `count` requests."""
        self._push(count, Fault("non_json"))

    def churn(
        self,
        kind: str = "TimeEntry",
        *,
        creates: int = 0,
        edits: int = 0,
        backdates: int = 0,
        deletes: int = 0,
        where: ChurnPlace = "anywhere",
        after: int = 1,
        every: int = 1,
        times: int = 1,
        seed: int = 0,
    ) -> Churn:
        """Change records of `kind` (a schema name) before list requests of it, as others would meanwhile.

        The first `after` list requests of `kind` are answered as they are (by default a listing's
        first page); before every `every`-th one after them, `times` times, the churn deletes `deletes`, edits
        `edits`, backdates `backdates` records chosen among those `where` says ("read": before
        the requested page, "unread": from it on, "anywhere") and creates `creates` copies of
        existing ones, all picked by a random generator seeded with `seed`. The returned Churn
        lists the ids it created, edited, backdated and deleted.
        """
        churn = Churn(
            kind,
            creates=creates,
            edits=edits,
            backdates=backdates,
            deletes=deletes,
            where=where,
            after=after,
            every=every,
            times=times,
            seed=seed,
        )
        with self._lock:
            self._churns.append(churn)
        return churn

    def before_list(
        self, store: Store, kind: str, query: Mapping[str, Any], listed: Callable[[], Sequence[int]]
    ) -> None:
        """Let armed churns act before a list request of `kind` is answered (the caller holds the store's lock).

        `listed` gives the ids the request's list holds, in the order it serves them (asked only when a churn acts).
        """
        with self._lock:
            churns = [churn for churn in self._churns if not churn.done]
            self._churns = churns
        for churn in churns:
            churn.before_list(store, kind, query, listed)

    def clear(self) -> None:
        with self._lock:
            self._queue.clear()
            self._churns.clear()
        self.latency = 0.0

    def take(self) -> Fault | None:
        with self._lock:
            return self._queue.popleft() if self._queue else None

    def _push(self, count: int, fault: Fault) -> None:
        if count < 1:
            raise ValueError(f"count must be 1 or more, got {count}")
        with self._lock:
            self._queue.extend([fault] * count)
