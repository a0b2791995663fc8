"""Method docstrings carry the spec's parameter descriptions, so help() and IDEs show them."""

from __future__ import annotations

import importlib
import inspect
import keyword
import pkgutil
import re
from collections.abc import Iterator
from typing import Any

import harvest_v2.api
from harvest_v2 import Harvest
from harvest_v2._openapi import load_document

SPEC = load_document()


def _methods() -> Iterator[tuple[str, Any, Any]]:
    """(qualified name, resource method, operation module) of every generated method, sync and async."""
    for info in pkgutil.iter_modules(harvest_v2.api.__path__):
        package = importlib.import_module(f"harvest_v2.api.{info.name}")
        for cls_name in package.__all__:
            for name, method in inspect.getmembers(getattr(package, cls_name), inspect.isfunction):
                if name.startswith("_"):
                    continue
                # Each method imports its operation's module by name on first call.
                found = re.search(r"from \.(\w+) import", inspect.getsource(method))
                assert found, f"{cls_name}.{name} imports no operation module"
                module = importlib.import_module(f"harvest_v2.api.{info.name}.{found.group(1)}")
                yield f"{cls_name}.{name}", method, module


def _args(doc: str) -> dict[str, str]:
    """The Args: section of a Google-style docstring: argument -> text, continuation lines joined."""
    section = doc.split("\nArgs:\n", 1)[1] if "\nArgs:\n" in doc else ""
    out: dict[str, str] = {}
    current = ""
    for line in section.splitlines():
        entry = re.match(r"^    (\w+): (.*)$", line)
        if entry:
            current = entry.group(1)
            out[current] = entry.group(2)
        elif line.startswith("        ") and current:
            out[current] += " " + line.strip()
        else:
            break
    return out


def _parameters(method: str, path: str) -> list[dict[str, Any]]:
    # The bundle inlines shared parameters: no $ref to follow.
    item = SPEC["paths"][path]
    return [*item.get("parameters", []), *item[method.lower()].get("parameters", [])]


def test_every_described_parameter_is_in_its_methods_docstring() -> None:
    checked = 0
    for qualname, method, module in _methods():
        documented = _args(inspect.getdoc(method) or "")
        signature = inspect.signature(method).parameters
        for parameter in _parameters(module.OPERATION.method, module.OPERATION.path):
            name = parameter["name"] + "_" if keyword.iskeyword(parameter["name"]) else parameter["name"]
            assert name in signature, f"{qualname} has no argument {name}"
            if not parameter.get("description"):
                continue
            expected = " ".join(parameter["description"].split())
            assert documented.get(name) == expected, f"{qualname}: {name}"
            checked += 1
        assert set(documented) <= set(signature), f"{qualname} documents arguments it does not take"
    assert checked > 300  # every described query parameter, on Harvest and AsyncHarvest


def test_help_shows_request_field_descriptions() -> None:
    hv = Harvest(access_token="t", account_id="1", user_agent="Docs (docs@example.com)")
    doc = inspect.getdoc(hv.invoices.create)
    assert doc is not None
    args = _args(doc)
    assert args["client_id"] == "The client the invoice is for."
    assert args["payment_term"].startswith("When payment falls due: on receipt,")
    assert args["payment_term"].endswith("or on a due date chosen by hand (custom).")
