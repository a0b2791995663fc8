"""Timing helpers: interleaved runs and best-of, because these machines are noisy."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Mapping


def interleaved(ours: Callable[[], object], baseline: Callable[[], object], rounds: int) -> tuple[float, float]:
    """Best time of each, running them alternately so load changes hit both alike."""
    best_ours = best_base = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        baseline()
        best_base = min(best_base, time.perf_counter() - start)
        start = time.perf_counter()
        ours()
        best_ours = min(best_ours, time.perf_counter() - start)
    return best_ours, best_base


def process_time(code: str, env: dict[str, str] | None = None) -> float:
    """Wall time of a fresh interpreter running code, with the .pyc files an install has."""
    env = with_bytecode(os.environ if env is None else env)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, env=env)
    return time.perf_counter() - start


def with_bytecode(env: Mapping[str, str]) -> dict[str, str]:
    """env without PYTHONDONTWRITEBYTECODE: import figures time imports as an install runs them.

    An installed package has its .pyc files (pip writes them, as it did httpx's); with the
    variable set, a checkout's modules would be compiled again on every run of an import figure.
    """
    return {name: value for name, value in env.items() if name != "PYTHONDONTWRITEBYTECODE"}


def median_ratio(pairs: list[tuple[float, float]]) -> float:
    """Median of per-round ratios: robust to a slow round on either side."""
    return statistics.median(ours / base for ours, base in pairs)
