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
if TYPE_CHECKING:
    from ._core._drift import Drift, drift_report, reset_drift_report
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
    from ._core._not_given import NOT_GIVEN, NotGiven
    from ._core._pacing import RateLimit
    from ._core._pagination import AsyncPaginator, Paginator
    from ._core._raw import AsyncRawPaginator, RawPaginator, RawResponse
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

# Every public name is loaded on first use (PEP 562), so `import harvest_v2` costs next to nothing and a
# script pays only for the modules its calls need: the name's home module, relative to this package.
_HOMES = {
    "._core._drift": ("Drift", "drift_report", "reset_drift_report"),
    "._core._errors": (
        "APIStatusError",
        "AuthenticationError",
        "ClientClosedError",
        "DeadlineExceededError",
        "ForeignOriginError",
        "HarvestError",
        "ListingChangedError",
        "NotFoundError",
        "PaginationError",
        "PermissionDeniedError",
        "RateLimitError",
        "SchemaDriftError",
        "ServerError",
        "TransportError",
        "UnexpectedResponseError",
        "UnsetAttributeError",
        "ValidationError",
        "WrongEventLoopError",
    ),
    "._core._model": ("json_default",),
    "._core._not_given": ("NOT_GIVEN", "NotGiven"),
    "._core._pacing": ("RateLimit",),
    "._core._pagination": ("AsyncPaginator", "Paginator"),
    "._core._raw": ("AsyncRawPaginator", "RawPaginator", "RawResponse"),
    "._core._refresh": ("TokenSaveError", "TokenSet", "TokenStore"),
    "._core._retry": (
        "Attempt",
        "Backoff",
        "ConnectionErrors",
        "IdempotentServerErrors",
        "RateLimited",
        "RetryPolicy",
        "RetryRule",
        "Throttled",
        "Verdict",
    ),
    "._core._types": ("UNSET", "File", "Unset"),
    "._version": ("__version__",),
    ".client": ("AsyncHarvest", "Harvest"),
}
_HOME_OF = {name: module for module, names in _HOMES.items() for name in names}


def _load(name: str) -> Any:
    module = _HOME_OF.get(name)
    if module is None:
        # AttributeError, as for any module: `from harvest_v2 import models` then imports the subpackage.
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    # The import statement's own machinery (importlib.import_module would hide the module from
    # `python -X importtime`, which is how this cost is watched).
    value = getattr(__import__(__name__ + module, fromlist=(name,)), name)
    globals()[name] = value
    return value


def _names() -> list[str]:
    return sorted({*globals(), *_HOME_OF})


if not TYPE_CHECKING:
    # Hidden from type checkers, which would otherwise accept any misspelt name as Any.
    __getattr__ = _load
    __dir__ = _names

__all__ = [
    "NOT_GIVEN",
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
    "NotGiven",
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
