"""Drift: where a response differs from the spec; the kinds of drift, collected once per process and logged once.

Parsing never fails on drift in the default mode (see _schema); it reports
here instead. DRIFT_KINDS is the one list of kinds: the tolerant reader
reports each of them and strict mode raises SchemaDriftError on each of them,
nothing else. Each (schema, attribute, kind) is logged once at WARNING on
`harvest_v2.drift` and kept in the report `drift_report()` returns. The
message is written for whoever installed the package (the spec is ours to
correct, not theirs); the operation being parsed comes from a context
variable _response sets around parsing.
"""

from __future__ import annotations

import contextvars
import functools
import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Literal

__all__ = ["DRIFT_KINDS", "Drift", "DriftKind", "drift_report", "parsing", "record_drift", "reset_drift_report"]

logger = logging.getLogger("harvest_v2.drift")

DriftKind = Literal["missing", "null", "type", "unparseable", "format", "enum", "unknown"]
"""What kind of difference from the spec (see DRIFT_KINDS)."""

DRIFT_KINDS: dict[DriftKind, str] = {
    "missing": "is missing",
    "null": "is null",
    "type": "has another JSON type",
    "unparseable": "does not parse",
    "format": "is not an RFC 3339 date-time (a T between date and time, and Z or a +HH:MM offset)",
    "enum": "has a value the spec does not list",
    "unknown": "is not in the spec",
}
"""Every kind of drift, with how a message says it: reported in the default mode, raised in strict mode.

missing: a required attribute absent; null: null where the spec says non-null;
type: another JSON type (converted when that loses nothing, such as "12.50"
for a decimal or 5.0 for an integer); unparseable: a date or date-time text
that is no date; format: a date-time that is not RFC 3339 (a space for the T,
no zone, +0200); enum: a string the spec's enum does not list; unknown: an
attribute the spec does not declare.
"""

_operation: contextvars.ContextVar[str | None] = contextvars.ContextVar("harvest_v2_operation", default=None)


@dataclass
class Drift:
    """One way responses differed from the spec, and where it was seen.

    kind: one of DRIFT_KINDS. outcome: what the model holds for it (the
    value converted, UNSET with the value as received in
    ``additional_properties``, or the value itself).
    """

    schema: str
    attribute: str
    kind: DriftKind
    expected: str
    received: str
    operations: list[str] = field(default_factory=list)
    count: int = 0
    outcome: str = ""

    def __str__(self) -> str:
        where = ", ".join(self.operations) or "an attribute read"
        text = (
            f"{self.schema}.{self.attribute} {DRIFT_KINDS.get(self.kind, self.kind)} in {where}: "
            f"the spec expects {self.expected}, Harvest sent {self.received}"
        )
        return f"{text}; {self.outcome}" if self.outcome else text


@functools.cache
def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("harvest-v2")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "unknown"


_seen: dict[tuple[str, str, str], Drift] = {}
_lock = threading.Lock()


def record_drift(
    schema: str, attribute: str, kind: DriftKind, expected: str, received: str, outcome: str = "", *, times: int = 1
) -> None:
    """Note a drift seen `times` times; the first of its (schema, attribute, kind) is logged."""
    key = (schema, attribute, kind)
    operation = _operation.get()
    with _lock:
        drift = _seen.get(key)
        first = drift is None
        if drift is None:
            drift = _seen[key] = Drift(schema, attribute, kind, expected, received, outcome=outcome)
        drift.count += times
        if operation is not None and operation not in drift.operations:
            drift.operations.append(operation)
    if first:
        logger.warning(
            "Harvest answered differently from the spec this client was built from: %s. Nothing was lost and "
            "the call went on; please report it to the maintainers of the harvest-v2 package you use "
            "(version %s).",
            drift,
            _version(),
        )


def drift_report() -> list[Drift]:
    """Every drift seen in this process so far, in the order first seen."""
    with _lock:
        return [
            Drift(d.schema, d.attribute, d.kind, d.expected, d.received, list(d.operations), d.count, d.outcome)
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
