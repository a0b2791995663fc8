"""What a sync raises besides the client's own errors (HarvestError and its kinds)."""

from __future__ import annotations

__all__ = ["SyncError", "SyncInProgressError"]


class SyncError(Exception):
    """A copy cannot be made as asked: a wrong database, resource or option, or data that does not fit."""


class SyncInProgressError(SyncError):
    """Another sync holds the database's lock and did not finish within the wait allowed."""
