"""Bundled OpenAPI documents of the working spec and of the spec at a git ref."""

from __future__ import annotations

import functools
import importlib.util
import tempfile
from pathlib import Path
from typing import Any

from release.gitutil import export_dir

ROOT = Path(__file__).resolve().parent.parent


class SpecError(Exception):
    """A spec could not be bundled; the message names which one."""


def bundle_spec(spec_dir: Path, root: Path = ROOT) -> dict[str, Any]:
    """Bundle the split spec in spec_dir with root's generator/bundle.py."""
    bundler = _load_bundler(root)
    try:
        document = bundler.bundle(spec_dir)
    except Exception as exc:  # BundleError, YAML errors, missing files: all mean "cannot read this spec"
        raise SpecError(f"cannot bundle the spec in {spec_dir}: {exc}") from exc
    if not isinstance(document, dict):
        raise SpecError(f"the spec in {spec_dir} did not bundle into a mapping")
    return document


def bundle_at_ref(ref: str, root: Path = ROOT) -> dict[str, Any]:
    """Bundle spec/ as it is at git ref (with today's bundler, so old layouts stay comparable)."""
    with tempfile.TemporaryDirectory(prefix="harvest-spec-") as scratch:
        spec_dir = export_dir(root, ref, "spec", Path(scratch))
        try:
            return bundle_spec(spec_dir, root)
        except SpecError as exc:
            raise SpecError(f"spec at {ref}: {exc}") from exc


def bundle_working(root: Path = ROOT) -> dict[str, Any]:
    """Bundle the spec in root's working tree."""
    return bundle_spec(root / "spec", root)


@functools.cache
def _load_bundler(root: Path) -> Any:
    path = root / "generator" / "bundle.py"
    spec = importlib.util.spec_from_file_location("_harvest_release_bundle", path)
    if spec is None or spec.loader is None:
        raise SpecError(f"cannot load the bundler {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
