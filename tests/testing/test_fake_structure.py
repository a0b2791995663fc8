"""How the fake is put together: its rules name operations of the table, its modules say what they share."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import harvest_v2.testing
import pytest
from harvest_v2._operations import OPERATIONS
from harvest_v2.testing._behaviours import BEHAVIOURS

_PACKAGE = Path(harvest_v2.testing.__file__).parent
_TESTS = Path(__file__).parents[1]
_PRIVATE = sorted(path.stem for path in _PACKAGE.glob("_*.py") if not path.stem.startswith("__"))


def test_every_behaviour_names_an_operation_of_the_table() -> None:
    assert set(BEHAVIOURS) - set(OPERATIONS) == set()


@pytest.mark.parametrize("operation_id", sorted(BEHAVIOURS))
def test_each_behaviour_is_written_for_its_operations_method_and_answer(operation_id: str) -> None:
    row, behaviour = OPERATIONS[operation_id], BEHAVIOURS[operation_id]
    answers = "page" if row.list_key else "record" if row.response_schema else "nothing"
    assert (behaviour.method, behaviour.answers) == (row.method, answers)


def _imported_from(module: str, folder: Path, *, level: int) -> set[str]:
    """Names the Python files under `folder` import from harvest_v2.testing.<module>."""
    names: set[str] = set()
    for path in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ImportFrom):
                continue
            relative = node.level == level and node.module == module
            if relative or node.module == f"harvest_v2.testing.{module}":
                names.update(alias.name for alias in node.names)
    return names


@pytest.mark.parametrize("module", _PRIVATE)
def test_each_private_module_exports_what_the_others_import_from_it(module: str) -> None:
    namespace = importlib.import_module(f"harvest_v2.testing.{module}")
    exported = set(namespace.__all__)
    assert {name for name in exported if not hasattr(namespace, name)} == set()
    assert _imported_from(module, _PACKAGE, level=1) - exported == set(), "imported by another module, not in __all__"
    by_tests = {name for name in _imported_from(module, _TESTS, level=0) if not name.startswith("_")}
    assert by_tests - exported == set(), "imported by tests, not in __all__"
