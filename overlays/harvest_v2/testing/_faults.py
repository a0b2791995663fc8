"""Fault injection: make the next responses fail the ways real networks and Harvest do."""

from __future__ import annotations

import threading
from collections import deque
from dataclasses import dataclass
from typing import Literal

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

    def clear(self) -> None:
        with self._lock:
            self._queue.clear()
        self.latency = 0.0

    def take(self) -> Fault | None:
        with self._lock:
            return self._queue.popleft() if self._queue else None

    def _push(self, count: int, fault: Fault) -> None:
        if count < 1:
            raise ValueError(f"count must be 1 or more, got {count}")
        with self._lock:
            self._queue.extend([fault] * count)
