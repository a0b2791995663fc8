"""Small split specs in the layout of spec/, made by the tests and changed one fact at a time."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[2]

Files = dict[str, Any]


def base_spec(version: str = "0.1.0") -> Files:
    """Three operations on clients: list (two query parameters), create (a body) and get."""
    ok = {"description": "ok", "content": {"application/json": {"schema": {}}}}
    return {
        "openapi.yaml": {
            "openapi": "3.1.0",
            "info": {"title": "Harvest API v2", "version": version},
            "paths": {
                "/clients": {"$ref": "paths/clients.yaml#/clients"},
                "/clients/{client_id}": {"$ref": "paths/clients.yaml#/client"},
            },
        },
        "paths/clients.yaml": {
            "clients": {
                "get": {
                    "operationId": "list_clients",
                    "tags": ["clients"],
                    "parameters": [
                        {"$ref": "../components.yaml#/parameters/IsActive"},
                        {"name": "page", "in": "query", "schema": {"type": "integer", "format": "int32"}},
                    ],
                    "responses": {"200": _with_schema(ok, "Clients")},
                },
                "post": {
                    "operationId": "create_client",
                    "tags": ["clients"],
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": {"schema": {"$ref": "../schemas/clients.yaml#/ClientCreate"}}},
                    },
                    "responses": {"201": _with_schema(ok, "Client")},
                },
            },
            "client": {
                "parameters": [
                    {"name": "client_id", "in": "path", "required": True, "schema": {"type": "integer"}},
                ],
                "get": {
                    "operationId": "get_client",
                    "tags": ["clients"],
                    "responses": {"200": _with_schema(ok, "Client")},
                },
            },
        },
        "schemas/clients.yaml": {
            "Client": {
                "type": "object",
                "required": ["id", "name", "status", "address", "created_at"],
                "properties": {
                    "id": {"type": "integer", "format": "int64"},
                    "name": {"type": "string"},
                    "status": {"$ref": "#/ClientStatus"},
                    "address": {"type": ["string", "null"]},
                    "created_at": {"type": "string", "format": "date-time"},
                },
            },
            "ClientStatus": {"type": "string", "enum": ["active", "archived"]},
            "Clients": {
                "type": "object",
                "required": ["clients"],
                "properties": {"clients": {"type": "array", "items": {"$ref": "#/Client"}}},
            },
            "ClientCreate": {
                "type": "object",
                "required": ["name"],
                "properties": {
                    "name": {"type": "string"},
                    "address": {"type": "string"},
                    "status": {"$ref": "#/ClientStatus"},
                    "budget": {"type": "number"},
                },
            },
        },
        "components.yaml": {
            "parameters": {"IsActive": {"name": "is_active", "in": "query", "schema": {"type": "boolean"}}},
        },
    }


def _with_schema(response: dict[str, Any], schema: str) -> dict[str, Any]:
    ref = {"$ref": f"../schemas/clients.yaml#/{schema}"}
    return {**response, "content": {"application/json": {"schema": ref}}}


def write_spec(spec_dir: Path, files: Files) -> Path:
    """Write files into spec_dir (replacing what was there) and return spec_dir."""
    if spec_dir.exists():
        shutil.rmtree(spec_dir)
    for rel, content in files.items():
        path = spec_dir / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        # sort_keys=False and this indent keep `  version: X` where hatchling's regex reads it.
        path.write_text(yaml.safe_dump(content, sort_keys=False, indent=2), encoding="utf-8")
    return spec_dir


def git(root: Path, *args: str) -> str:
    """Run git in root with a fixed identity; return stdout."""
    done = subprocess.run(
        ["git", "-c", "user.name=Release tests", "-c", "user.email=release-tests@example.com", *args],
        cwd=root,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return done.stdout


def make_repo(root: Path, files: Files, tag: str | None = None) -> Path:
    """A git repo with what the release tools read: pyproject.toml, the bundler and a spec."""
    root.mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO / "pyproject.toml", root / "pyproject.toml")
    (root / "generator").mkdir(exist_ok=True)
    shutil.copy(REPO / "generator" / "bundle.py", root / "generator" / "bundle.py")
    write_spec(root / "spec", files)
    git(root, "init", "--quiet", "--initial-branch=main")
    git(root, "add", "--all")
    git(root, "commit", "--quiet", "--message=spec")
    if tag:
        git(root, "tag", tag)
    return root
