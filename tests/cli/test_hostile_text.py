"""Whatever a Harvest user types shows exactly as typed and harms no terminal or spreadsheet.

The hostile notes are stored in a real FakeHarvest and come back over HTTP,
through the client, to the command's writers.
"""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from harvest_v2.cli._output import spreadsheet_safe
from harvest_v2.cli._safe_text import one_line, terminal_text
from harvest_v2.testing import FakeHarvest

from .conftest import AGENT, Shell

MARKUP = ["[/bold] done", "[x] reviewed", "[link=https://evil.example]Open[/link]", "[red]late[/red] :smile:"]
ESCAPES = {
    "clear screen": "before\x1b[2Jafter",
    "window title": "\x1b]0;pwned\x07title",
    "OSC 8 link": "\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\",
    "C1 CSI": "a\x9b31mb",
    "backspace over text": "paid\x08\x08\x08\x08unpaid",
    "bidi override": "invoice \u202egnp.exe",
}
FORMULAS = ['=HYPERLINK("https://evil.example","x")', "+1+2", "-2+3", "@SUM(A1:A2)", "\tTabbed", "\rCR first"]


def _note_entries(fake: FakeHarvest, notes: list[str]) -> list[int]:
    """Give the newest time entries these notes, in the store the fake answers from."""
    entries = fake.store.all("TimeEntry")[: len(notes)]
    for entry, note in zip(entries, notes, strict=True):
        fake.store.update("TimeEntry", entry["id"], {"notes": note})
    return [entry["id"] for entry in entries]


def _table(shell: Shell, ids: list[int], *extra: str) -> str:
    result = shell(
        "time-entries", "list", "--format", "table", "--fields", "id,notes", "--no-progress", *extra,
        env={"COLUMNS": "200"},
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert "Traceback" not in result.stderr
    return result.stdout


def test_markup_in_a_table_cell_is_shown_as_typed(shell: Shell, fake: FakeHarvest) -> None:
    ids = _note_entries(fake, MARKUP)
    out = _table(shell, ids)
    for note in MARKUP:
        assert note in out, note
    assert "\x1b" not in out  # no hyperlink, no style: the table is plain text off a terminal


@pytest.mark.parametrize("name", list(ESCAPES))
def test_escape_sequences_never_reach_the_terminal(shell: Shell, fake: FakeHarvest, name: str) -> None:
    _note_entries(fake, [ESCAPES[name]])
    out = _table(shell, [])
    for control in ("\x1b", "\x07", "\x08", "\x9b", "\u202e"):
        assert control not in out, (name, control)
    assert terminal_text(ESCAPES[name]) in out  # shown, visibly, in full


def test_escapes_are_shown_visibly_and_text_kept() -> None:
    assert terminal_text("a\x1b[2Jb") == "a\u241b[2Jb"  # ␛[2J
    assert terminal_text("bell\x07") == "bell\u2407"
    assert terminal_text("lone\rreturn") == "lone\u240dreturn"
    assert terminal_text("windows\r\nline") == "windows\nline"
    assert terminal_text("tab\tand\nnewline") == "tab\tand\nnewline"
    assert terminal_text("c1\x9bx\x85") == "c1\\x9bx\\x85"
    assert terminal_text("del\x7f") == "del\u2421"
    assert terminal_text("rtl \u202eabc") == "rtl \\u202eabc"
    assert terminal_text("Zoë 東京 🎉 [b]x[/b]") == "Zoë 東京 🎉 [b]x[/b]"
    assert one_line("HTTP 422: name\n\x1b[31mred") == "HTTP 422: name \u241b[31mred"


def test_a_notes_column_wraps_and_dates_stay_whole(shell: Shell, fake: FakeHarvest) -> None:
    long_note = " ".join(["reviewed"] * 60)
    _note_entries(fake, [long_note])
    result = shell(
        "time-entries", "list", "--format", "table", "--fields", "id,spent_date,hours,notes", "--no-progress",
        "--limit", "3", env={"COLUMNS": "80"},
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert all(len(line) <= 80 for line in lines)
    assert sum(line.count("reviewed") for line in lines) == 60  # wrapped over lines, not cut
    for entry in fake.store.all("TimeEntry")[:3]:
        assert entry["spent_date"] in result.stdout


def test_csv_neutralises_formulas_and_csv_raw_keeps_them(shell: Shell, fake: FakeHarvest) -> None:
    ids = _note_entries(fake, FORMULAS)
    args = ("time-entries", "list", "--format", "csv", "--fields", "id,notes,hours", "--no-progress")
    safe = shell(*args)
    raw = shell(*args, "--csv-raw")
    assert safe.exit_code == raw.exit_code == 0, safe.stderr + raw.stderr
    safe_notes = {int(row["id"]): row for row in csv.DictReader(io.StringIO(safe.stdout_bytes.decode(), newline=""))}
    raw_notes = {int(row["id"]): row for row in csv.DictReader(io.StringIO(raw.stdout_bytes.decode(), newline=""))}
    for entry_id, note in zip(ids, FORMULAS, strict=True):
        assert safe_notes[entry_id]["notes"] == "'" + note
        assert raw_notes[entry_id]["notes"] == note
    # Numbers are numbers, never neutralised.
    assert all(Decimal(row["hours"]) >= 0 and not row["hours"].startswith("'") for row in safe_notes.values())


def test_spreadsheet_safe_leaves_numbers_and_plain_text_alone() -> None:
    assert spreadsheet_safe(Decimal("-12.50")) == "-12.50"
    assert spreadsheet_safe(-3) == "-3"
    assert spreadsheet_safe("-3") == "'-3"  # text that a spreadsheet would read as a formula
    assert spreadsheet_safe("\uff1dcmd") == "'\uff1dcmd"
    assert spreadsheet_safe("Design review") == "Design review"
    assert spreadsheet_safe(None) == ""
    assert spreadsheet_safe(["=x"]) == '["=x"]'


def test_a_lone_carriage_return_stays_inside_its_row(shell: Shell, fake: FakeHarvest) -> None:
    notes = ["first\rsecond", "line\nbreak", "windows\r\nline", 'say "hi", twice']
    ids = _note_entries(fake, notes)
    result = shell("time-entries", "list", "--format", "csv", "--fields", "id,notes", "--csv-raw", "--no-progress")
    assert result.exit_code == 0, result.stderr
    # stdout_bytes: CliRunner's .stdout turns CRLF into LF, and the CR LF inside a note with it.
    rows = list(csv.reader(io.StringIO(result.stdout_bytes.decode(), newline="")))
    assert len(rows) == 1 + fake.store.count("TimeEntry")  # a row is a row
    by_id = {int(row[0]): row[1] for row in rows[1:]}
    assert [by_id[i] for i in ids] == notes


def test_json_and_jsonl_escape_controls_and_keep_text(shell: Shell, fake: FakeHarvest) -> None:
    notes = [*ESCAPES.values(), *MARKUP, "Zoë 🎉"]
    ids = _note_entries(fake, notes)
    for fmt in ("json", "jsonl"):
        result = shell("time-entries", "list", "--format", fmt, "--fields", "id,notes", "--no-progress")
        assert result.exit_code == 0, result.stderr
        for control in ("\x1b", "\x07", "\x9b", "\u202e"):  # escaped as \u001b...: a terminal showing it is safe
            assert control not in result.stdout, (fmt, control)
        records = json.loads(result.stdout) if fmt == "json" else [json.loads(x) for x in result.stdout.splitlines()]
        by_id = {record["id"]: record["notes"] for record in records}
        assert [by_id[i] for i in ids] == notes


@pytest.fixture
def env(fake: FakeHarvest) -> dict[str, str]:
    return {
        **os.environ,
        "HARVEST_ACCESS_TOKEN": fake.access_token,
        "HARVEST_ACCOUNT_ID": fake.account_id,
        "HARVEST_USER_AGENT": AGENT,
        "HARVEST_BASE_URL": fake.base_url,
    }


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "table"])
def test_utf8_output_whatever_the_locale(env: dict[str, str], fake: FakeHarvest, fmt: str, tmp_path: Path) -> None:
    """stdout in cp1252 (a Windows redirect) and the C locale: the whole export is written, in UTF-8."""
    notes = ["emoji 🎉 first", "Zoë, 東京", "last ✓"]
    ids = _note_entries(fake, notes)
    target = tmp_path / f"out.{fmt}"
    with target.open("wb") as out:
        done = subprocess.run(
            [sys.executable, "-m", "harvest_v2.cli", "--no-throttle", "time-entries", "list", "--format", fmt,
             "--fields", "id,notes", "--no-progress"],
            env={**env, "PYTHONIOENCODING": "cp1252", "LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "COLUMNS": "200"},
            stdout=out, stderr=subprocess.PIPE, timeout=120,
        )  # fmt: skip
    assert done.returncode == 0, done.stderr.decode()
    text = target.read_bytes().decode("utf-8")  # strict: anything else fails here
    for note in notes:
        assert note in text
    assert text.count("\n") >= fake.store.count("TimeEntry")  # every record, not half of them
    assert ids


def test_log_lines_cannot_drive_the_terminal(shell: Shell, fake: FakeHarvest) -> None:
    """-v shows the client's log lines; whatever Harvest put in them is shown, not obeyed."""
    import logging

    from harvest_v2.cli._settings import _TerminalSafeFormatter

    record = logging.LogRecord("harvest_v2", logging.WARNING, __file__, 1, "drift in %s", ("\x1b]0;x\x07",), None)
    assert _TerminalSafeFormatter("harvest-v2: %(message)s").format(record) == "harvest-v2: drift in \u241b]0;x\u2407"


def test_print_table_for_other_subcommands_is_plain_and_safe() -> None:
    """The seam sync/auth/mcp use for a table: rows of values, shown as typed, never obeyed."""
    from harvest_v2.cli._output import print_table

    out = io.StringIO()
    print_table([["[/bold] x", Decimal("1.50"), "\x1b[2J"], [None, 7, "ok"]], ["name", "amount", "note"], out)
    text = out.getvalue()
    assert "[/bold] x" in text and "1.50" in text and "\u241b[2J" in text
    assert "\x1b" not in text
