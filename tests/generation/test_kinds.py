"""The registry of kinds (generator/kinds.py) is the one table: the core has what it names, and nothing else decides."""

from __future__ import annotations

import typing

import harvest_v2.models as models
import pytest
from harvest_v2._core import _arguments, _schema

from generator.kinds import KINDS, kind_for
from release import api_diff

_STRUCTURAL_ARGUMENTS = {"model_arg", "models_arg"}  # nested objects: structure, not a type and format
_STRUCTURAL_DUMPS = {"dump_model", "dump_models"}


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: f"{k.json_type}:{k.format}")
def test_every_row_names_what_the_core_has(kind: typing.Any) -> None:
    if kind.schema_kind is not None:
        assert isinstance(getattr(_schema, kind.schema_kind), _schema.Kind)
        assert kind.schema_kind in _schema.__all__
    if kind.dump is not None:
        assert callable(getattr(_schema, kind.dump)) and kind.dump in _schema.__all__
    if kind.argument is not None:
        assert callable(getattr(_arguments, kind.argument)) and kind.argument in _arguments.__all__


def test_the_core_decides_for_no_kind_the_registry_lacks() -> None:
    scalar_kinds = {
        name
        for name in _schema.__all__
        if isinstance(getattr(_schema, name), _schema.Kind) and name not in ("ANY", "OBJECT")
    }
    assert scalar_kinds == {k.schema_kind for k in KINDS if k.schema_kind}
    assert set(_arguments.__all__) - _STRUCTURAL_ARGUMENTS == {k.argument for k in KINDS if k.argument}
    dumps = {n for n in _schema.__all__ if n.startswith("dump_")} - _STRUCTURAL_DUMPS
    assert dumps == {k.dump for k in KINDS if k.dump}


def test_a_format_without_a_row_is_its_type() -> None:
    assert kind_for("string", "email") == kind_for("string", None)
    assert kind_for("integer", "int64") == kind_for("integer", None)
    assert kind_for("object", None) is None


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: f"{k.json_type}:{k.format}")
def test_api_diff_reports_the_registry_types(kind: typing.Any) -> None:
    types = frozenset({kind.json_type})
    assert api_diff._python_read(types, kind.format) == kind.python_name
    assert api_diff._python_passed(types, kind.format) == kind.passed


def test_generated_attributes_have_the_annotation_their_kind_names() -> None:
    by_schema_kind = {k.schema_kind: k for k in KINDS if k.schema_kind}
    checked = 0
    for name in models.__all__:
        cls = getattr(models, name)
        schema = getattr(cls, "_schema", None)
        if schema is None:
            continue
        hints = typing.get_type_hints(cls)
        for f in schema.fields:
            row = next((k for n, k in by_schema_kind.items() if getattr(_schema, n) is f.kind), None)
            if row is None:
                continue
            python = row.python_name.rsplit(".", 1)[-1]
            assert any(
                getattr(a, "__name__", None) == python for a in typing.get_args(hints[f.attr]) or (hints[f.attr],)
            ), f"{name}.{f.attr}: {hints[f.attr]} is not {row.python_name}"
            checked += 1
    assert checked > 500
