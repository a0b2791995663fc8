"""Render spec/ into generated/harvest_v2 (what `make generate` runs).

Steps: bundle the split spec, validate it, render it with openapi-python-client
and our templates into a scratch directory, format with ruff, then replace
generated/harvest_v2 with the result. The hand-written packages under overlays/
are linked into the generated package, never copied, so regeneration cannot
lose them. With --check nothing is written; the exit status says whether
generated/ is what the spec and templates produce.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

import decimal_property
from bundle import BundleError, bundle, validate
from naming import TEMPLATE_HELPERS, register_models

ROOT = Path(__file__).resolve().parent.parent
GENERATOR = ROOT / "generator"
PACKAGE = "harvest_v2"


def render(spec_dir: Path, out_root: Path) -> Path:
    """Render the spec in spec_dir into out_root/harvest_v2 and return that path."""
    from openapi_python_client import Project
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData

    document = bundle(spec_dir)
    validate(document)
    package_dir = out_root / PACKAGE
    spec_json = json.dumps(document, indent=1, ensure_ascii=False) + "\n"
    bundled_path = out_root / "openapi.json"
    bundled_path.write_text(spec_json, encoding="utf-8")

    config = Config.from_sources(
        ConfigFile.load_from_path(GENERATOR / "config.yaml"),
        MetaType.NONE,
        document_source=bundled_path,
        file_encoding="utf-8",
        overwrite=True,
        output_path=package_dir,
    )
    decimal_property.install()
    openapi = GeneratorData.from_dict(document, config=config)
    if not isinstance(openapi, GeneratorData):
        raise SystemExit(f"openapi-python-client refused the spec: {openapi.header}: {openapi.detail}")
    register_models(openapi.models)
    project = Project(openapi=openapi, config=config, custom_template_path=GENERATOR / "templates")
    project.env.add_extension("jinja2.ext.do")
    project.env.globals.update(TEMPLATE_HELPERS)
    project.env.globals["tag_descriptions"] = {t["name"]: t.get("description", "") for t in document.get("tags", [])}
    project.env.globals["parameter_descriptions"] = parameter_descriptions(document)
    # The generator hands info.version over as an object whose str() is its repr; pass the plain text.
    project.env.globals["spec_version"] = str(document["info"]["version"])
    problems = project.build()
    fatal = [p for p in problems if p.level.value == "error"] + list(openapi.errors)
    for problem in problems:
        print(f"generator {problem.level.value}: {problem.header}: {problem.detail}", file=sys.stderr)
    if fatal:
        raise SystemExit("generation failed; fix the spec or templates (see above)")

    # openapi-python-client writes errors.py whatever the templates say (its own UnexpectedStatus when
    # ours is absent); the errors are the hand-written core's, exported by harvest_v2 itself.
    (package_dir / "errors.py").unlink()
    (package_dir / "py.typed").write_text("", encoding="utf-8")
    (package_dir / "openapi.json").write_text(spec_json, encoding="utf-8")
    bundled_path.unlink()
    _format(package_dir)
    _link_overlays(package_dir)
    return package_dir


def parameter_descriptions(document: dict[str, Any]) -> dict[str, dict[str, str]]:
    """ "METHOD /path" -> {parameter name: description}, for the methods' docstrings.

    openapi-python-client builds a parameter's property from its schema alone and drops the
    parameter's own description, so it is read here from the bundled document.
    """
    shared = document.get("components", {}).get("parameters", {})
    prefix = "#/components/parameters/"

    def resolved(parameter: dict[str, Any]) -> dict[str, Any]:
        ref = parameter.get("$ref")
        if ref is None:
            return parameter
        if not ref.startswith(prefix):
            raise SystemExit(f"parameter reference {ref} is not under {prefix}")
        target: dict[str, Any] = shared[ref.removeprefix(prefix)]
        return target

    out: dict[str, dict[str, str]] = {}
    for path, item in document.get("paths", {}).items():
        for method, operation in item.items():
            if method == "parameters" or not isinstance(operation, dict):
                continue
            descriptions = out.setdefault(f"{method.upper()} {path}", {})
            # Path-level parameters first, so an operation's own description of the same name wins.
            for parameter in [*item.get("parameters", []), *operation.get("parameters", [])]:
                parameter = resolved(parameter)
                if parameter.get("description"):
                    descriptions[parameter["name"]] = parameter["description"]
    return out


def _format(package_dir: Path) -> None:
    ruff = [sys.executable, "-m", "ruff"]
    # The repository's ruff settings, and no cache: generating must leave nothing behind but generated/.
    config = ["--config", str(ROOT / "pyproject.toml"), "--no-cache"]
    subprocess.run([*ruff, "check", "--fix-only", "--silent", "--exit-zero", *config, str(package_dir)], check=True)
    subprocess.run([*ruff, "format", "--quiet", *config, str(package_dir)], check=True)


def _link_overlays(package_dir: Path) -> None:
    """Link every package under overlays/ into the generated package.

    In a checkout the links make `harvest_v2._core` and `harvest_v2.testing`
    importable from generated/; wheel and sdist builds follow them and ship
    real files.
    """
    for entry in sorted((ROOT / "overlays").iterdir()):
        if entry.is_dir() and (entry / "__init__.py").is_file():
            (package_dir / entry.name).symlink_to(Path("..", "..", "overlays", entry.name))


def _tree(path: Path) -> dict[str, Any]:
    files: dict[str, Any] = {}
    for dirpath, dirnames, filenames in os.walk(path):
        base = Path(dirpath)
        for name in list(dirnames):
            if (base / name).is_symlink():
                files[str((base / name).relative_to(path))] = ("link", os.readlink(base / name))
                dirnames.remove(name)
            elif name == "__pycache__":
                dirnames.remove(name)
        for name in filenames:
            # A link whose target is missing (the scratch render's overlay links) is listed as a file.
            target = base / name
            rel = str(target.relative_to(path))
            files[rel] = ("link", os.readlink(target)) if target.is_symlink() else target
    return files


def differences(expected: Path, actual: Path) -> list[str]:
    """List the paths where two generated trees differ."""
    want, have = _tree(expected), _tree(actual)
    out = []
    for rel in sorted(set(want) | set(have)):
        a, b = want.get(rel), have.get(rel)
        if a is None:
            out.append(f"extra (not produced by the generator): {rel}")
        elif b is None:
            out.append(f"missing (the generator produces it): {rel}")
        elif isinstance(a, tuple) or isinstance(b, tuple):
            if a != b:
                out.append(f"link differs: {rel}")
        elif not filecmp.cmp(a, b, shallow=False):
            out.append(f"content differs: {rel}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail when generated/ is stale; write nothing")
    parser.add_argument("--spec-dir", type=Path, default=ROOT / "spec")
    parser.add_argument("--output", type=Path, default=ROOT / "generated", help="directory that holds harvest_v2/")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="harvest-gen-") as scratch:
        try:
            fresh = render(args.spec_dir, Path(scratch))
        except (BundleError, yaml.YAMLError) as exc:
            print(f"spec error: {exc}", file=sys.stderr)
            return 1
        target = args.output / PACKAGE
        if args.check:
            diffs = differences(fresh, target)
            if diffs:
                print("generated/ is stale: run `make generate` and commit the result.", file=sys.stderr)
                for line in diffs[:40]:
                    print(f"  {line}", file=sys.stderr)
                return 1
            print("generated/ is up to date")
            return 0
        if target.exists():
            shutil.rmtree(target)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(fresh, target, symlinks=True)
    print(f"generated {target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
