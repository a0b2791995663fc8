"""Option values are converted by annotation alone, so types the generator adds later (Decimal) just work."""

from __future__ import annotations

import datetime
import decimal
import typing
from pathlib import Path
from typing import Literal

import pytest
from harvest_v2 import File, Unset
from harvest_v2.cli._convert import ConversionError, converter_for, load_json_text, type_hints
from harvest_v2.models import InvoiceLineItemCreate, InvoiceLineItemsImport


def test_dates_and_aware_datetimes() -> None:
    assert converter_for(datetime.date | Unset).from_text("2026-07-01") == datetime.date(2026, 7, 1)
    moment = converter_for(datetime.datetime | Unset).from_text("2026-07-01T09:30:00Z")
    assert moment == datetime.datetime(2026, 7, 1, 9, 30, tzinfo=datetime.UTC)
    with pytest.raises(ConversionError, match="no time zone"):
        converter_for(datetime.datetime).from_text("2026-07-01T09:30:00")
    with pytest.raises(ConversionError, match="2026-02-30"):
        converter_for(datetime.date).from_text("2026-02-30")


def test_numbers() -> None:
    assert converter_for(int | Unset).from_text("42") == 42
    with pytest.raises(ConversionError):
        converter_for(int).from_text("4.2")
    assert converter_for(float | Unset).from_text("1.1") == 1.1
    with pytest.raises(ConversionError, match="finite"):
        converter_for(float).from_text("nan")


def test_decimal_by_annotation_keeps_every_digit() -> None:
    value = converter_for(decimal.Decimal | Unset).from_text("12345678901234567.891")
    assert value == decimal.Decimal("12345678901234567.891") and isinstance(value, decimal.Decimal)
    # A union that also takes float or int is still read as Decimal: the exact type wins.
    assert converter_for(decimal.Decimal | float | int | Unset).from_text("0.10") == decimal.Decimal("0.10")
    assert str(converter_for(decimal.Decimal).from_json(load_json_text("[10.50]")[0])) == "10.50"


def test_booleans_literals_and_open_enums() -> None:
    assert converter_for(bool | Unset).is_bool
    assert converter_for(bool).from_text("false") is False
    state = converter_for(Literal["draft", "open"] | str | Unset)
    assert state.choices == ("draft", "open") and state.from_text("a-later-state") == "a-later-state"
    # Method arguments are the closed Literal for type checkers only: a value Harvest added later still goes.
    closed = converter_for(Literal["draft", "open"])
    assert closed.choices == ("draft", "open") and closed.from_text("paid") == "paid"


def test_lists_comma_separated_or_json() -> None:
    ids = converter_for(list[int] | Unset)
    assert ids.from_text("1, 2,3") == [1, 2, 3] == ids.from_text("[1, 2, 3]")
    with pytest.raises(ConversionError):
        ids.from_text("1,two")


def test_nullable_takes_null() -> None:
    notes = converter_for(str | Unset | None)
    assert notes.nullable and notes.from_text("null") is None and notes.from_json(None) is None
    assert not converter_for(str | Unset).nullable


def test_models_and_lists_of_models_from_json() -> None:
    rows = converter_for(list[InvoiceLineItemCreate] | Unset).from_text(
        '[{"kind": "Service", "quantity": 2, "unit_price": 99.99, "taxed": true}]'
    )
    (row,) = rows
    assert (row.kind, row.taxed, row.quantity) == ("Service", True, 2)
    # The model's annotation decides the number type (float, or Decimal once models are exact), not the JSON.
    if decimal.Decimal in typing.get_args(type_hints(InvoiceLineItemCreate)["unit_price"]):
        assert row.unit_price == decimal.Decimal("99.99") and isinstance(row.unit_price, decimal.Decimal)
    else:
        assert row.unit_price == 99.99 and isinstance(row.unit_price, float)
    imported = converter_for(InvoiceLineItemsImport | Unset)
    assert imported.from_text('{"project_ids": [3]}') == InvoiceLineItemsImport(project_ids=[3])
    with pytest.raises(ConversionError, match="needs 'project_ids'"):
        imported.from_text("{}")
    with pytest.raises(ConversionError, match="expected a whole number"):
        converter_for(list[InvoiceLineItemCreate]).from_text('[{"project_id": "seven"}]')


def test_json_from_a_file(tmp_path: Path) -> None:
    path = tmp_path / "rows.json"
    path.write_text('[{"kind": "Product"}]', encoding="utf-8")
    assert converter_for(list[InvoiceLineItemCreate]).from_text(f"@{path}")[0].kind == "Product"
    with pytest.raises(ConversionError, match="cannot read"):
        load_json_text("@/nonexistent/rows.json")


def test_files_are_read_from_a_path(tmp_path: Path) -> None:
    path = tmp_path / "receipt.png"
    path.write_bytes(b"\x89PNG")
    upload = converter_for(File | Unset).from_text(str(path))
    assert (upload.content, upload.file_name, upload.mime_type) == (b"\x89PNG", "receipt.png", "image/png")
