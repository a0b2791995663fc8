"""The benchmarks run (quick mode): every figure produces a row. Timings are not judged here."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_quick_benchmark_prints_every_figure() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "bench.py"), "--quick"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    table = result.stdout
    for figure in (
        "1. 2000-entry page",
        "2. import",
        "3. one GET",
        "4. bulk export",
        "5. peak RSS",
        "6. generation",
        "10a.",
        "11.",
        "12.",
    ):
        assert figure in table, table
    assert "x |" in table  # ratios were computed
