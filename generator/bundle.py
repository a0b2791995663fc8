"""Bundle the split spec under spec/ into one self-contained OpenAPI document.

The split layout keeps one file per resource group:

- spec/openapi.yaml: the root; its paths point into spec/paths/*.yaml;
- spec/paths/<group>.yaml: path items keyed by short names, inlined on bundling;
- spec/schemas/<group>.yaml: named schemas, lifted into components/schemas
  when an operation reaches them (a schema nothing uses is not generated);
- spec/components.yaml: shared parameters, headers and responses, inlined
  where they are used.

Every file uses ordinary relative $refs, so the split spec is valid as it stands.
The bundled document has one kind of $ref left, #/components/schemas/<Name>,
which every reader follows with harvest_v2._openapi.resolve.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import yaml

SPEC_DIR = Path(__file__).resolve().parent.parent / "spec"


class BundleError(Exception):
    """The split spec cannot be bundled (bad $ref, duplicate schema name...)."""


class _Bundler:
    def __init__(self, spec_dir: Path) -> None:
        self.spec_dir = spec_dir.resolve()
        self._files: dict[Path, Any] = {}
        self.schemas: dict[str, Any] = {}
        self._schema_origin: dict[str, Path] = {}

    def load(self, path: Path) -> Any:
        path = path.resolve()
        if path not in self._files:
            if not path.is_file():
                raise BundleError(f"$ref points at a missing file: {path}")
            self._files[path] = yaml.safe_load(path.read_text(encoding="utf-8"))
        return self._files[path]

    def _kind(self, path: Path) -> str:
        rel = path.resolve().relative_to(self.spec_dir)
        if rel.parts[0] == "schemas":
            return "schemas"
        if rel.parts[0] == "paths":
            return "paths"
        if rel == Path("components.yaml"):
            return "components"
        if rel == Path("openapi.yaml"):
            return "root"
        raise BundleError(f"unexpected spec file {rel}")

    def _target(self, ref: str, base: Path) -> tuple[Path, list[str]]:
        file_part, _, pointer = ref.partition("#")
        target = (base.parent / file_part).resolve() if file_part else base.resolve()
        parts = [p.replace("~1", "/").replace("~0", "~") for p in pointer.split("/")[1:]]
        return target, parts

    def rewrite(self, node: Any, base: Path) -> Any:
        """Return a copy of node with every $ref in single-document form."""
        if isinstance(node, list):
            return [self.rewrite(item, base) for item in node]
        if not isinstance(node, dict):
            return node
        if "$ref" in node:
            return self._rewrite_ref(node, base)
        return {key: self.rewrite(value, base) for key, value in node.items()}

    def _rewrite_ref(self, node: dict[str, Any], base: Path) -> Any:
        ref = node["$ref"]
        if not isinstance(ref, str):
            raise BundleError(f"$ref must be a string in {base}")
        target, parts = self._target(ref, base)
        kind = self._kind(target)
        extra = {k: self.rewrite(v, base) for k, v in node.items() if k != "$ref"}
        if kind == "root":
            if ref.startswith("#/components/"):
                return {"$ref": ref, **extra}
            raise BundleError(f"{base.name}: unsupported root reference {ref}")
        if kind == "schemas":
            if len(parts) != 1:
                raise BundleError(f"{base.name}: schema refs name one schema: {ref}")
            self._lift_schema(target, parts[0])
            return {"$ref": f"#/components/schemas/{parts[0]}", **extra}
        if kind == "components" and len(parts) != 2:
            raise BundleError(f"{base.name}: component refs are #/<kind>/<Name>: {ref}")
        # Path items, parameters, headers and responses are inlined: the root keeps one entry per
        # URL, and only schemas (named models) stay references.
        inlined = self.rewrite(self._resolve(target, parts), target)
        return {**inlined, **extra} if isinstance(inlined, dict) else inlined

    def _resolve(self, target: Path, parts: list[str]) -> Any:
        node = self.load(target)
        for part in parts:
            if not isinstance(node, dict) or part not in node:
                rel = target.relative_to(self.spec_dir)
                raise BundleError(f"$ref target #/{'/'.join(parts)} not found in {rel}")
            node = node[part]
        return node

    def _lift_schema(self, target: Path, name: str) -> None:
        origin = self._schema_origin.get(name)
        if origin is not None:
            if origin != target:
                raise BundleError(f"schema {name} is defined in both {origin.name} and {target.name}")
            return
        self._schema_origin[name] = target
        self.schemas[name] = None  # reserve first: schemas may refer to themselves
        self.schemas[name] = self.rewrite(self._resolve(target, [name]), target)

    def bundle(self) -> dict[str, Any]:
        root_path = self.spec_dir / "openapi.yaml"
        root = self.load(root_path)
        out: dict[str, Any] = self.rewrite(root, root_path)
        out.setdefault("components", {})["schemas"] = dict(sorted(self.schemas.items()))
        return out


def bundle(spec_dir: Path = SPEC_DIR) -> dict[str, Any]:
    """Return the bundled OpenAPI document of the split spec in spec_dir."""
    return _Bundler(spec_dir).bundle()


def validate(document: dict[str, Any]) -> None:
    """Raise when the bundled document is not valid OpenAPI 3.1."""
    from openapi_spec_validator import validate as _validate

    _validate(document)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec-dir", type=Path, default=SPEC_DIR)
    parser.add_argument("--output", type=Path, help="write the bundled JSON here (default: stdout)")
    parser.add_argument("--check", action="store_true", help="only bundle and validate")
    args = parser.parse_args(argv)
    try:
        document = bundle(args.spec_dir)
        validate(document)
    except BundleError as exc:
        print(f"spec bundling failed: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # the validator raises several unrelated types
        print(f"spec is not valid OpenAPI: {exc}", file=sys.stderr)
        return 1
    if args.check:
        ops = sum(1 for item in document["paths"].values() for key in item if key in _METHODS)
        print(
            f"spec valid: {len(document['paths'])} paths, {ops} operations, "
            f"{len(document['components']['schemas'])} schemas"
        )
        return 0
    text = json.dumps(document, indent=1, ensure_ascii=False) + "\n"
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


_METHODS = {"get", "put", "post", "patch", "delete", "head", "options"}

if __name__ == "__main__":
    raise SystemExit(main())
