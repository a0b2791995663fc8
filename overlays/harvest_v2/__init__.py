"""harvest_v2: typed client for the Harvest time-tracking API v2.

from harvest_v2 import Harvest
with Harvest.from_env() as hv:
    for entry in hv.time_entries.list(from_=date(2025, 1, 1)):
        ...
"""

from pkgutil import extend_path

# In a wheel the package is one directory. In a checkout it is two: this hand-written one under
# overlays/ and the generated one under generated/ (api/, models/, client.py, _operations.py,
# _version.py). The editable install puts both on sys.path; extend_path joins them, before the
# imports below need the generated half.
__path__ = extend_path(__path__, __name__)

from ._core._drift import Drift, drift_report, reset_drift_report
from ._core._errors import (
    APIStatusError,
    AuthenticationError,
    ClientClosedError,
    DeadlineExceededError,
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
from ._core._raw import AsyncRawPaginator, RawPaginator, RawResponse
from ._core._refresh import TokenSet
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
from ._core._types import UNSET, File, Unset
from ._version import __version__
from .client import AsyncHarvest, Harvest

__all__ = [
    "UNSET",
    "APIStatusError",
    "AsyncHarvest",
    "AsyncPaginator",
    "AsyncRawPaginator",
    "Attempt",
    "AuthenticationError",
    "Backoff",
    "ClientClosedError",
    "ConnectionErrors",
    "DeadlineExceededError",
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
    "RawPaginator",
    "RawResponse",
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
