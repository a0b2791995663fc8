"""The exceptions the client raises (defined in the hand-written core)."""

from ._core._errors import (
    AuthenticationError,
    HarvestError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    TransportError,
    UnexpectedResponseError,
    ValidationError,
)

__all__ = [
    "AuthenticationError",
    "HarvestError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ServerError",
    "TransportError",
    "UnexpectedResponseError",
    "ValidationError",
]
