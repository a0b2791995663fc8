"""`make demo`: a fake Harvest with a year of data, and the example scripts run against it.

Starts `python -m harvest_v2.testing --seed demo` on a free port (Harvest's rate
limits on, their windows scaled by --time-scale so the burst finishes quickly),
points the HARVEST_* variables at it and runs each example as a service would.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUTPUT = HERE.parent / "build" / "demo"
TIME_SCALE = 0.2  # 100 requests per 3 s instead of per 15 s


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _last_full_quarter(today: date) -> str:
    quarter = (today.month - 1) // 3  # the current quarter's index, 0-based
    return f"{today.year - 1}Q4" if quarter == 0 else f"{today.year}Q{quarter}"


def main() -> int:
    port = _free_port()
    fake = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "harvest_v2.testing",
            "--port",
            str(port),
            "--seed",
            "demo",
            "--time-scale",
            str(TIME_SCALE),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert fake.stdout is not None
        banner = [fake.stdout.readline().strip() for _ in range(3)]
        if not banner[0].startswith("Fake Harvest on "):
            print(f"the fake did not start: {banner}", file=sys.stderr)
            return 1
        print(banner[0] + " (seeded: a company, clients, projects and 25,000 time entries over a year)\n")
        env = dict(os.environ)
        for line in banner[1:]:
            name, _, value = line.partition("=")
            env[name] = value
        env["HARVEST_BASE_URL"] = banner[0].removeprefix("Fake Harvest on ")
        env["HARVEST_USER_AGENT"] = "harvest-v2 demo (ops@example.com)"
        env["HARVEST_RATE_WINDOW"] = str(15 * TIME_SCALE)
        OUTPUT.mkdir(parents=True, exist_ok=True)
        quarter = _last_full_quarter(date.today())
        csv_path = OUTPUT / f"time-entries-{quarter}.csv"
        steps = [
            ["export_quarter.py", quarter, str(csv_path)],
            ["project_summary.py"],
            ["rate_limit_burst.py", "150"],
        ]
        for script, *args in steps:
            print(f"$ python examples/{script} {' '.join(args)}".rstrip())
            subprocess.run([sys.executable, str(HERE / script), *args], env=env, check=True)
            print()
        print(f"CSV written to {csv_path}")
        return 0
    finally:
        fake.terminate()
        fake.wait(timeout=10)


if __name__ == "__main__":
    sys.exit(main())
