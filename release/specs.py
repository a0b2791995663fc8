"""Bundled OpenAPI documents of the working spec and of the spec at a git ref."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from generator.bundle import bundle
from release.gitutil import export_dir

ROOT = Path(__file__).resolve().parent.parent


class SpecError(Exception):
    """A spec could not be bundled; the message names which one."""


def bundle_spec(spec_dir: Path) -> dict[str, Any]:
    """Bundle the split spec in spec_dir with the generator's bundler, the one `make generate` uses."""
    try:
        document = bundle(spec_dir)
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
            return bundle_spec(spec_dir)
        except SpecError as exc:
            raise SpecError(f"spec at {ref}: {exc}") from exc


def bundle_working(root: Path = ROOT) -> dict[str, Any]:
    """Bundle the spec in root's working tree."""
    return bundle_spec(root / "spec")
