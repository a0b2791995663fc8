"""harvest_v2: typed client for the Harvest time-tracking API v2.

from harvest_v2 import Harvest
with Harvest.from_env() as hv:
    for entry in hv.time_entries.list(from_=date(2025, 1, 1)):
        ...
"""

from ._core._auth import TokenSet
from ._core._drift import Drift, drift_report, reset_drift_report
from ._core._errors import (
    APIStatusError,
    AuthenticationError,
    ClientClosedError,
    ForeignOriginError,
    HarvestError,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
    SchemaDriftError,
    ServerError,
    TransportError,
    UnexpectedResponseError,
    ValidationError,
    WrongEventLoopError,
)
from ._core._pacing import RateLimit
from ._core._pagination import AsyncPaginator, Paginator
from ._core._retry import (
    Attempt,
    Backoff,
    ConnectionErrors,
    IdempotentServerErrors,
    RateLimited,
    RetryPolicy,
    RetryRule,
    Throttled,
    Verdict,
)
from .client import AsyncHarvest, Harvest
from .types import UNSET, File, Unset

__version__ = "0.1.0"

__all__ = [
    "UNSET",
    "APIStatusError",
    "AsyncHarvest",
    "AsyncPaginator",
    "Attempt",
    "AuthenticationError",
    "Backoff",
    "ClientClosedError",
    "ConnectionErrors",
    "Drift",
    "File",
    "ForeignOriginError",
    "Harvest",
    "HarvestError",
    "IdempotentServerErrors",
    "NotFoundError",
    "PaginationError",
    "Paginator",
    "PermissionDeniedError",
    "RateLimit",
    "RateLimitError",
    "RateLimited",
    "RetryPolicy",
    "RetryRule",
    "SchemaDriftError",
    "ServerError",
    "Throttled",
    "TokenSet",
    "TransportError",
    "UnexpectedResponseError",
    "Unset",
    "ValidationError",
    "Verdict",
    "WrongEventLoopError",
    "__version__",
    "drift_report",
    "reset_drift_report",
]
