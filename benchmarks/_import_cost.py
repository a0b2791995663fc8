"""Import cost as a user pays it: a venv holding only the runtime dependencies.

The dev venv flatters the figure: there `import httpx` also loads click, rich and pygments
(httpx's command line, present for ours), which makes the baseline slower and our ratio
smaller. Here a venv beside the dev one gets exactly the runtime dependencies, at the versions
the dev venv holds, and both sides run in it: `import httpx` against `import harvest_v2;
Harvest(...); hv.time_entries` with the package on sys.path as an editable install puts it.
"""

from __future__ import annotations

import importlib.metadata
import os
import subprocess
import sys
import venv
from pathlib import Path

from benchmarks._measure import median_ratio, with_bytecode

ROOT = Path(__file__).resolve().parents[1]
CLEAN = ROOT / ".venv" / "bench-runtime-only"
RUNTIME = ("httpx", "msgspec")
OURS = "import harvest_v2\nhv = harvest_v2.Harvest('t', '1', 'Bench (bench@example.com)')\nhv.time_entries\n"
BASE = "import httpx\n"
TARGET = 1.2


def _python() -> Path:
    return CLEAN / "bin" / "python"


def _ensure_venv() -> None:
    pins = [f"{name}=={importlib.metadata.version(name)}" for name in RUNTIME]
    stamp = CLEAN / "pins.txt"
    if stamp.exists() and stamp.read_text(encoding="utf-8") == "\n".join(pins):
        return
    venv.EnvBuilder(clear=True, with_pip=True).create(CLEAN)
    subprocess.run(
        [str(_python()), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", *pins],
        check=True,
        capture_output=True,
    )
    stamp.write_text("\n".join(pins), encoding="utf-8")


def _run(code: str, env: dict[str, str]) -> float:
    import time

    start = time.perf_counter()
    subprocess.run([str(_python()), "-c", code], check=True, env=env)
    return time.perf_counter() - start


def figure(quick: bool) -> tuple[str, str, str, float | None, str, bool | None]:
    """(figure, ours, baseline, ratio, target, ok) for bench.py's table."""
    name = "2b. import + Harvest() + hv.time_entries, runtime dependencies only"
    try:
        _ensure_venv()
    except (OSError, subprocess.CalledProcessError) as exc:
        return name, "-", f"no clean venv ({type(exc).__name__})", None, f"<= {TARGET}x", None
    env = with_bytecode(
        {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "overlays"), str(ROOT / "generated")])}
    )
    env.pop("PYTHONHOME", None)
    _run(OURS, env)  # .pyc files first
    _run(BASE, env)
    pairs = []
    for _ in range(2 if quick else 25):
        base = _run(BASE, env)
        ours = _run(OURS, env)
        pairs.append((ours, base))
    ratio = median_ratio(pairs)
    best_ours, best_base = min(p[0] for p in pairs), min(p[1] for p in pairs)
    return (
        name,
        f"{best_ours * 1000:.0f} ms",
        f"import httpx {best_base * 1000:.0f} ms",
        ratio,
        f"<= {TARGET}x",
        ratio <= TARGET,
    )


if __name__ == "__main__":
    print(figure("--quick" in sys.argv))
