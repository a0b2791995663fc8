"""Import cost: what `import harvest_v2; Harvest(...)` loads, and the lazy public names that keep it light.

Each check runs in a fresh interpreter, after importing httpx (which every client is built on), so
only what our own code loads is counted; msgspec is not imported first, as only a first call needs
it. The modules named here are the ones measured to cost the most (`python -X importtime`): each
belongs to a first call, an OAuth2 refresh or a model, never to building a client.
"""

from __future__ import annotations

import json
import subprocess
import sys

import harvest_v2
import pytest

# The modules that building a client and reaching a resource must not load, and why they wait.
_LATER = {
    "msgspec": "the JSON decoder and encoder (1.1x `import httpx` on its own): the first body or answer",
    "harvest_v2._core._types": "UNSET and File, which load msgspec: a model or an upload",
    "harvest_v2._core._serde": "JSON bodies, through msgspec: the first body or answer",
    "harvest_v2._operations": "the operations table (the largest generated module): hv.request() and the readers",
    "harvest_v2.models": "the models: the first answer of a method that returns one",
    "harvest_v2._core._model": "the models' base class: the first answer",
    "harvest_v2._core._schema": "what the spec says of each attribute: the first answer",
    "harvest_v2._core._decode": "the fast decoder: the first answer",
    "harvest_v2._core._drift": "drift reports: the first answer",
    "harvest_v2._core._response": "what an answer becomes: the first answer",
    "harvest_v2._core._raw": "raw responses: hv.with_raw_response",
    "harvest_v2._core._operation": "the table's row (a dataclass, a millisecond to create): the table",
    "harvest_v2._core._refresh": "the OAuth2 refresh: only clients given a refresh token",
    "harvest_v2._core._refreshing": "the refresh's I/O: the first 401 of an OAuth2 client",
    "harvest_v2._core._deadline": "the call deadline the connections obey: the first call",
    "harvest_v2._core._pagination": "the paginators: the first list call",
    "harvest_v2._core._redis_pacing": "pacing through Redis: only with redis_url",
    "harvest_v2._version": "__version__: when asked for",
}
# The standard library's, loaded only by the modules above: checked when the dependencies did not load them.
_LATER_STDLIB = ("dataclasses", "hmac", "contextvars", "importlib.util")

_REPORT = """
import json, sys
import httpx  # the runtime dependency every client needs: what it loads is its own
before = set(sys.modules)
{code}
print(json.dumps({{"added": sorted(set(sys.modules) - before), "before": sorted(before)}}))
"""


def _loaded_by(code: str) -> tuple[set[str], set[str]]:
    """(modules code loaded, modules loaded before it) in a fresh interpreter."""
    done = subprocess.run(
        [sys.executable, "-c", _REPORT.format(code=code)], capture_output=True, text=True, check=True, timeout=60
    )
    report = json.loads(done.stdout)
    return set(report["added"]), set(report["before"])


def _assert_nothing_heavy(added: set[str], before: set[str]) -> None:
    ours = sorted(f"{name} ({why})" for name, why in _LATER.items() if name in added)
    assert not ours, "loaded before they are needed:\n" + "\n".join(ours)
    stdlib = sorted(name for name in _LATER_STDLIB if name in added and name not in before)
    assert not stdlib, f"standard modules only later work needs were loaded: {stdlib}"


def test_building_a_client_and_reaching_a_resource_loads_nothing_a_call_would_load_later() -> None:
    added, before = _loaded_by(
        "import harvest_v2\nhv = harvest_v2.Harvest('t', '1', 'Import check (ops@example.com)')\nhv.time_entries\n"
    )
    # What it does load: the client and the one resource reached (so the check below looks at a real import).
    assert {"harvest_v2.client", "harvest_v2._core._client", "harvest_v2.api.time_entries"} <= added
    assert "harvest_v2.api.clients" not in added
    _assert_nothing_heavy(added, before)


def test_the_async_client_is_as_light() -> None:
    added, before = _loaded_by(
        "import harvest_v2\nhv = harvest_v2.AsyncHarvest('t', '1', 'Import check (ops@example.com)')\nhv.time_entries\n"
    )
    assert "harvest_v2.api.time_entries" in added
    # AsyncHarvest takes asyncio.sleep when built, and asyncio loads contextvars: an async program has both.
    _assert_nothing_heavy(added, before | {"contextvars"})


def test_the_package_and_an_error_class_load_only_the_errors_and_their_limits() -> None:
    added, _ = _loaded_by("import harvest_v2\nfrom harvest_v2 import NotFoundError\n")
    ours = sorted(name for name in added if name.startswith("harvest_v2."))
    # An error class needs its own module (and the limits it classifies by), not the client.
    assert ours == ["harvest_v2._core", "harvest_v2._core._errors", "harvest_v2._core._harvest_limits"]


def test_the_first_call_loads_what_it_needs() -> None:
    added, _ = _loaded_by(
        "import httpx\n"
        "import harvest_v2\n"
        "client = {'id': 1, 'name': 'Acme'}\n"
        "page = {'clients': [client], 'links': {'next': None}}\n"
        "answer = lambda request: httpx.Response(200, json=page if request.url.path.endswith('/clients') else client)\n"
        "hv = harvest_v2.Harvest('t', '1', 'Import check (ops@example.com)', transport=httpx.MockTransport(answer),"
        " throttle=False)\n"
        "assert hv.clients.get(1).name == 'Acme'\n"
        "assert [client.name for client in hv.clients.list()] == ['Acme']\n"
    )
    assert {"harvest_v2._core._deadline", "harvest_v2._core._response", "harvest_v2.models"} <= added
    assert "harvest_v2._core._pagination" in added


@pytest.mark.parametrize("name", harvest_v2.__all__)
def test_each_lazy_name_is_its_home_modules_object(name: str) -> None:
    value = getattr(harvest_v2, name)
    home = harvest_v2._HOME_OF[name]
    assert value is getattr(sys.modules[f"harvest_v2{home}"], name)
    assert name in dir(harvest_v2)


def test_an_unknown_name_is_an_attribute_error_naming_it() -> None:
    # The ignore below is needed only while type checkers cannot see the package's __getattr__: were
    # they to see it, every misspelt name would be Any, and mypy --strict (make typecheck) would
    # report the ignore as unused.
    with pytest.raises(AttributeError, match="has no attribute 'Harvst'"):
        harvest_v2.Harvst  # type: ignore[attr-defined]  # noqa: B018
    with pytest.raises(ImportError, match="Harvst"):
        exec("from harvest_v2 import Harvst", {})


def test_subpackages_still_import_from_the_package() -> None:
    namespace: dict[str, object] = {}
    exec("from harvest_v2 import models", namespace)
    assert namespace["models"] is sys.modules["harvest_v2.models"]
