"""harvest_v2: typed client for the Harvest time-tracking API v2.

from harvest_v2 import Harvest
with Harvest.from_env() as hv:
    for entry in hv.time_entries.list(from_=date(2025, 1, 1)):
        ...
"""

import os as _os
import sys as _sys
from typing import TYPE_CHECKING, Any

# In a wheel the package is one directory. In a checkout it is two: this hand-written one under
# overlays/ and the generated one under generated/ (api/, models/, client.py, _operations.py,
# _version.py). The editable install puts both on sys.path; they are joined here, before the
# imports below need the generated half (what pkgutil.extend_path does, without importing pkgutil).
__path__ = [
    *__path__,
    *(
        folder
        for folder in (_os.path.join(entry, __name__) for entry in _sys.path if isinstance(entry, str))
        if folder not in __path__ and _os.path.isdir(folder)
    ),
]
from ._core._errors import (
    APIStatusError,
    AuthenticationError,
    ClientClosedError,
    DeadlineExceededError,
    ForeignOriginError,
    HarvestError,
    ListingChangedError,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
    SchemaDriftError,
    ServerError,
    TransportError,
    UnexpectedResponseError,
    UnsetAttributeError,
    ValidationError,
    WrongEventLoopError,
)
from ._core._model import json_default
from ._core._pacing import RateLimit
from ._core._pagination import AsyncPaginator, Paginator
from ._core._refresh import TokenSaveError, TokenSet, TokenStore
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

if TYPE_CHECKING:
    from ._core._drift import Drift, drift_report, reset_drift_report
    from ._core._raw import AsyncRawPaginator, RawPaginator, RawResponse

# Loaded on first use, so `import harvest_v2` pays only for what a first call needs.
_LAZY = {
    "Drift": "_drift",
    "drift_report": "_drift",
    "reset_drift_report": "_drift",
    "RawResponse": "_raw",
    "RawPaginator": "_raw",
    "AsyncRawPaginator": "_raw",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f"{__name__}._core.{module}"), name)
    globals()[name] = value
    return value


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
    "ListingChangedError",
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
    "TokenSaveError",
    "TokenSet",
    "TokenStore",
    "TransportError",
    "UnexpectedResponseError",
    "Unset",
    "UnsetAttributeError",
    "ValidationError",
    "Verdict",
    "WrongEventLoopError",
    "__version__",
    "drift_report",
    "json_default",
    "reset_drift_report",
]
