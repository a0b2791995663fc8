"""The public surface: exactly these names, each importable and documented; each core module's own __all__."""

from __future__ import annotations

import ast
import importlib
import inspect
import re
from pathlib import Path

import harvest_v2
import pytest

ROOT = Path(__file__).resolve().parent.parent
HALVES = [Path(half).resolve() for half in harvest_v2.__path__]  # hand-written and generated
CORE = ROOT / "overlays" / "harvest_v2" / "_core"

# Adding a name is a minor release, removing one a major: change this list only on purpose.
# Grouped by what each name is for; the test compares the sorted union with harvest_v2.__all__.
PUBLIC = sorted(
    [
        *("Harvest", "AsyncHarvest", "Paginator", "AsyncPaginator", "RateLimit"),
        *("TokenSet", "TokenStore", "TokenSaveError"),
        *("NOT_GIVEN", "NotGiven", "UNSET", "Unset", "File", "__version__"),
        *("Drift", "drift_report", "reset_drift_report"),
        *("RetryPolicy", "RetryRule", "Attempt", "Verdict", "Backoff"),
        *("RateLimited", "Throttled", "IdempotentServerErrors", "ConnectionErrors"),
        *("HarvestError", "APIStatusError", "AuthenticationError", "PermissionDeniedError", "NotFoundError"),
        *("ValidationError", "RateLimitError", "ServerError", "TransportError", "UnexpectedResponseError"),
        *("SchemaDriftError", "PaginationError", "ForeignOriginError", "ClientClosedError", "WrongEventLoopError"),
        *("ListingChangedError", "json_default"),
        "DeadlineExceededError",
        "UnsetAttributeError",
        *("RawResponse", "RawPaginator", "AsyncRawPaginator"),
    ]
)


def test_exported_names_are_exactly_the_public_ones() -> None:
    assert sorted(harvest_v2.__all__) == PUBLIC
    assert len(set(harvest_v2.__all__)) == len(harvest_v2.__all__)


def test_star_import_gives_every_public_name() -> None:
    namespace: dict[str, object] = {}
    exec("from harvest_v2 import *", namespace)
    assert sorted(name for name in namespace if name != "__builtins__") == PUBLIC


@pytest.mark.parametrize("name", PUBLIC)
def test_each_public_name_is_documented(name: str) -> None:
    value = getattr(harvest_v2, name)
    if inspect.isclass(value) or inspect.isfunction(value):
        # Its own docstring, not one inherited from a base class: help() and IDEs show it.
        doc = value.__dict__.get("__doc__") if inspect.isclass(value) else value.__doc__
        assert (doc or "").strip(), f"{name} has no docstring of its own"
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    # Named inside a code span or block of the README, where users look for it.
    assert re.search(rf"`[^`]*(?<![\w.]){re.escape(name)}\b[^`]*`", readme), f"README never mentions `{name}`"


def test_the_errors_module_is_gone() -> None:
    # The exceptions are exported by harvest_v2 itself; a second module duplicated nine of them.
    assert not [half for half in HALVES if (half / "errors.py").exists()]
    with pytest.raises(ModuleNotFoundError):
        importlib.import_module("harvest_v2.errors")


def _core_modules() -> list[str]:
    return sorted(path.stem for path in CORE.glob("_*.py") if path.stem != "__init__")


@pytest.mark.parametrize("module", _core_modules())
def test_each_core_module_declares_what_it_exports(module: str) -> None:
    loaded = importlib.import_module(f"harvest_v2._core.{module}")
    names = loaded.__dict__.get("__all__")
    assert isinstance(names, list), f"{module} has no __all__"
    assert len(set(names)) == len(names)
    missing = [name for name in names if not hasattr(loaded, name)]
    assert not missing, f"{module}.__all__ names what it does not define: {missing}"


def _imports_from_core(path: Path) -> list[tuple[str, str]]:
    """(core module, name) for each `from ..._core._x import name` (or `from ._x import name` inside _core)."""
    inside_core = path.parent.resolve() == CORE.resolve()
    found: list[tuple[str, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.ImportFrom) or node.module is None:
            continue
        parts = node.module.split(".")
        if parts[-1].startswith("_") and (parts[:-1][-1:] == ["_core"] or (inside_core and node.level == 1)):
            found.extend((parts[-1], alias.name) for alias in node.names)
    return found


def test_the_package_imports_from_core_modules_only_what_they_export() -> None:
    sources = [path for half in HALVES for path in half.glob("**/*.py")]
    undeclared: set[str] = set()
    for path in sources:
        for module, name in _imports_from_core(path):
            if module == "__init__":
                continue
            exported = importlib.import_module(f"harvest_v2._core.{module}").__dict__.get("__all__", [])
            if name not in exported:
                undeclared.add(f"{path.relative_to(ROOT)}: {module}.{name}")
    assert not undeclared, sorted(undeclared)
    assert sources  # the globs found the package
