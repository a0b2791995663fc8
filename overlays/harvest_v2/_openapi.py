"""The OpenAPI document the package was generated from, and the one way to follow its $refs.

The bundled document (openapi.json, beside the generated modules) keeps one kind
of reference, ``#/components/schemas/<Name>``; the fake, the command line and the
release tools all read it through `resolve`, so a rule about references (words
next to a $ref win, loops and dangling targets are errors) lives here alone.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import harvest_v2

__all__ = ["SCHEMA_PREFIX", "document_path", "load_document", "resolve", "resolve_named", "schema_name"]

SCHEMA_PREFIX = "#/components/schemas/"
_MAX_HOPS = 50


def document_path() -> Path:
    """Where openapi.json is: the generated half of the package in a checkout, the package in a wheel."""
    # Every directory of the package: importlib.resources would only look in the first.
    for base in harvest_v2.__path__:
        candidate = Path(base) / "openapi.json"
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"openapi.json is in none of {list(harvest_v2.__path__)}: run `make generate`")


@cache
def load_document() -> dict[str, Any]:
    """The bundled OpenAPI document (read once per process; treat it as read-only)."""
    document: dict[str, Any] = json.loads(document_path().read_text(encoding="utf-8"))
    return document


def schema_name(node: Any) -> str | None:
    """The component schema a node refers to directly, or None."""
    ref = node.get("$ref") if isinstance(node, dict) else None
    return ref.removeprefix(SCHEMA_PREFIX) if isinstance(ref, str) and ref.startswith(SCHEMA_PREFIX) else None


def resolve_named(document: dict[str, Any], node: Any) -> tuple[Any, str | None]:
    """Follow a node's $ref chain; return the target and the name of the last schema passed.

    Words next to a $ref (OpenAPI 3.1: a description of this use) win over the target's.
    A reference outside the document, to nothing, or in a loop raises ValueError.
    """
    name = None
    hops = 0
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        if not isinstance(ref, str) or not ref.startswith("#/"):
            raise ValueError(f"only local $refs can be followed, found {ref!r}")
        name = schema_name(node) or name
        target: Any = document
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            if not isinstance(target, dict) or part not in target:
                raise ValueError(f"$ref {ref!r} points at nothing")
            target = target[part]
        siblings = {key: value for key, value in node.items() if key != "$ref"}
        node = {**target, **siblings} if siblings and isinstance(target, dict) else target
        hops += 1
        if hops > _MAX_HOPS:
            raise ValueError(f"$ref loop at {ref!r}")
    return node, name


def resolve(document: dict[str, Any], node: Any) -> Any:
    """Follow a node's $ref chain to what it describes (see resolve_named)."""
    return resolve_named(document, node)[0]
