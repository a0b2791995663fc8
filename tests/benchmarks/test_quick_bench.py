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
    numbers = {
        line.split()[1].rstrip(".").rstrip("ab") for line in table.splitlines() if line[:3].strip("| ").isdigit()
    }
    # Every figure README's table shows, 1 to 23 (21 is two rows: 21a and 21b), produced a row.
    assert numbers == {str(n) for n in range(1, 24)}, table
    assert "x |" in table  # ratios were computed
