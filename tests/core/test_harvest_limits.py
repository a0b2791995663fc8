"""Harvest's windows and its "slow down" answers are stated once (_harvest_limits) and read everywhere else."""

from __future__ import annotations

import tokenize
from pathlib import Path
from token import NUMBER

import pytest
from harvest_v2._core._harvest_limits import is_rate_limit_answer
from harvest_v2._core._pacing import GENERAL_LIMIT, REPORTS_LIMIT
from harvest_v2._core._retry import RATE_LIMIT_WINDOW

CORE = Path(__file__).resolve().parents[2] / "overlays" / "harvest_v2" / "_core"


@pytest.mark.parametrize(
    ("status", "retry_after", "expected"),
    [(429, None, True), (429, 3.0, True), (503, 2.0, True), (503, None, False), (500, 2.0, False), (502, None, False)],
)
def test_which_answers_ask_to_slow_down(status: int, retry_after: float | None, expected: bool) -> None:
    assert is_rate_limit_answer(status, retry_after) is expected


def test_the_defaults_are_harvests_documented_limits() -> None:
    assert (GENERAL_LIMIT.requests, GENERAL_LIMIT.period) == (100, 15.0)
    assert (REPORTS_LIMIT.requests, REPORTS_LIMIT.period) == (100, 900.0)
    assert RATE_LIMIT_WINDOW == 15.0


def _numbers(path: Path) -> list[tuple[int, str]]:
    """Each number literal of the module's code (not of its docstrings or comments), with its line."""
    with path.open("rb") as source:
        return [(token.start[0], token.string) for token in tokenize.tokenize(source.readline) if token.type == NUMBER]


def test_no_other_core_module_spells_the_numbers() -> None:
    facts = {"15", "15.0", "900", "900.0", "429", "503"}
    found = [
        f"{path.name}:{line}: {number}"
        for path in sorted(CORE.glob("_*.py"))
        if path.name != "_harvest_limits.py"
        for line, number in _numbers(path)
        if number in facts
    ]
    assert not found
    assert {number for _, number in _numbers(CORE / "_harvest_limits.py")} >= {"15.0", "429", "503"}
