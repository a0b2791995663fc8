"""Drift: where a response differs from the spec, collected once per process and logged once.

Parsing never fails on drift (see _schema); it reports here instead. Each
(schema, attribute, kind) is logged once at WARNING on `harvest_v2.drift`
and kept in the report `drift_report()` returns, so the team that maintains
spec/ hears what Harvest really sends. The operation being parsed comes from
a context variable _response sets around parsing.
"""

from __future__ import annotations

import contextvars
import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

__all__ = ["Drift", "DriftKind", "drift_report", "parsing", "record_drift", "reset_drift_report"]

logger = logging.getLogger("harvest_v2.drift")

DriftKind = str
"""One of: missing, null, type, unparseable, enum, unknown (see `Drift.kind`)."""

_KIND_TEXT = {
    "missing": "is missing",
    "null": "is null",
    "type": "has another JSON type",
    "unparseable": "does not parse",
    "enum": "has a value the spec does not list",
    "unknown": "is not in the spec",
}

_operation: contextvars.ContextVar[str | None] = contextvars.ContextVar("harvest_v2_operation", default=None)


@dataclass
class Drift:
    """One way responses differed from the spec, and where it was seen.

    kind: missing (a required attribute absent), null (null where the spec
    says non-null), type (another JSON type), unparseable (a date or
    date-time that does not parse), enum (a value the spec does not list),
    unknown (an attribute the spec does not declare).
    """

    schema: str
    attribute: str
    kind: DriftKind
    expected: str
    received: str
    operations: list[str] = field(default_factory=list)
    count: int = 0

    def __str__(self) -> str:
        where = ", ".join(self.operations) or "an attribute read"
        return (
            f"{self.schema}.{self.attribute} {_KIND_TEXT.get(self.kind, self.kind)} in {where}: "
            f"the spec expects {self.expected}, Harvest sent {self.received}"
        )


_seen: dict[tuple[str, str, str], Drift] = {}
_lock = threading.Lock()


def record_drift(schema: str, attribute: str, kind: DriftKind, expected: str, received: str) -> None:
    """Note one drift; the first of its (schema, attribute, kind) is logged."""
    key = (schema, attribute, kind)
    operation = _operation.get()
    with _lock:
        drift = _seen.get(key)
        first = drift is None
        if drift is None:
            drift = _seen[key] = Drift(schema, attribute, kind, expected, received)
        drift.count += 1
        if operation is not None and operation not in drift.operations:
            drift.operations.append(operation)
    if first:
        logger.warning("response drift: %s (kept as received; correct spec/ and run make generate)", drift)


def drift_report() -> list[Drift]:
    """Every drift seen in this process so far, in the order first seen."""
    with _lock:
        return [
            Drift(d.schema, d.attribute, d.kind, d.expected, d.received, list(d.operations), d.count)
            for d in _seen.values()
        ]


def reset_drift_report() -> None:
    """Forget what was seen (each drift is then logged again when next seen)."""
    with _lock:
        _seen.clear()


@contextmanager
def parsing(operation: str | None) -> Iterator[None]:
    """Attribute drift noticed inside the block to `operation` (an operationId)."""
    token = _operation.set(operation)
    try:
        yield
    finally:
        _operation.reset(token)
