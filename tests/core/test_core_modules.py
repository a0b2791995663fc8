"""Every core module is named, with its job, where a newcomer looks first: _core's docstring and the README."""

from __future__ import annotations

import re
from pathlib import Path

import harvest_v2._core
import pytest

ROOT = Path(__file__).resolve().parents[2]
MODULES = sorted(path.stem for path in (ROOT / "overlays" / "harvest_v2" / "_core").glob("_*.py"))
MODULES.remove("__init__")


def _layout() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return readme.split("## Repository layout", 1)[1].split("\n## ", 1)[0]


@pytest.mark.parametrize("module", MODULES)
def test_each_core_module_is_listed_with_its_job(module: str) -> None:
    doc = harvest_v2._core.__doc__ or ""
    assert re.search(rf"^- {module}: \S", doc, re.MULTILINE), f"_core/__init__.py does not list {module}"
    assert re.search(rf"`{module}`", _layout()), f"README's Repository layout does not name {module}"


def test_nothing_listed_is_gone() -> None:
    listed = re.findall(r"^- (_\w+):", harvest_v2._core.__doc__ or "", re.MULTILINE)
    assert sorted(listed) == MODULES
