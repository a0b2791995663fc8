"""What a sync reports: per resource, what changed in the copy and what it cost."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

__all__ = ["Phase", "ResourceResult", "SyncProgress", "SyncResult"]

Phase = Literal["changes", "all records", "deletions", "done"]
"""What a resource's sync is doing: reading changes, reading every record, checking deletions, or done."""


@dataclass(frozen=True, slots=True)
class ResourceResult:
    """One table's share of a sync."""

    resource: str
    inserted: int
    updated: int
    deleted: int
    """Rows removed, or marked deleted_at when deletions are marked."""
    requests: int
    """Pages asked of Harvest (a retry after a 429 is the client's and not counted)."""
    seconds: float
    full: bool
    """Whether every record was read (a first sync, --full, the caller's schedule, or cheaper than counting)."""
    drifted: int = 0
    """Records read that differed from the spec: their additional_properties column holds what came
    (harvest_v2.drift_report() says how they differed)."""


@dataclass(frozen=True, slots=True)
class SyncResult:
    """Every resource's result, in the order they were copied."""

    resources: Mapping[str, ResourceResult]

    @property
    def inserted(self) -> int:
        return sum(r.inserted for r in self.resources.values())

    @property
    def updated(self) -> int:
        return sum(r.updated for r in self.resources.values())

    @property
    def deleted(self) -> int:
        return sum(r.deleted for r in self.resources.values())

    @property
    def drifted(self) -> int:
        return sum(r.drifted for r in self.resources.values())

    @property
    def requests(self) -> int:
        return sum(r.requests for r in self.resources.values())

    @property
    def seconds(self) -> float:
        return sum(r.seconds for r in self.resources.values())


@dataclass(frozen=True, slots=True)
class SyncProgress:
    """Handed to `progress` after every page and when a resource is done."""

    resource: str
    phase: Phase
    records: int
    """Records read in this phase so far."""
    total: int | None
    """What Harvest says the phase's listing holds, when it says."""
    requests: int
    """Requests this resource has taken so far (all its phases)."""
