"""`make demo`: a fake Harvest with a year of data, and the example scripts run against it.

Starts `python -m harvest_v2.testing --seed demo` on a free port (Harvest's rate
limits on, their windows scaled by --time-scale so the burst finishes quickly),
points the HARVEST_* variables at it and runs each example as a service would,
plus the quarter's export through the `harvest-v2` command.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from datetime import date, timedelta
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


def _quarter_days(label: str) -> tuple[date, date]:
    """2025Q3 -> (2025-07-01, 2025-09-30)."""
    year, number = int(label[:4]), int(label[-1])
    start = date(year, 3 * number - 2, 1)
    end = date(year + (number == 4), 3 * number % 12 + 1, 1) - timedelta(days=1)
    return start, end


def _command_export(quarter: str, target: Path, env: dict[str, str]) -> None:
    """The same quarter through the `harvest-v2` command: CSV on stdout, progress on stderr."""
    script = Path(sys.executable).with_name("harvest-v2")
    command = [str(script)] if script.is_file() else [sys.executable, "-m", "harvest_v2.cli"]
    start, end = _quarter_days(quarter)
    args = ["time-entries", "list", "--from", start.isoformat(), "--to", end.isoformat(), "--format", "csv"]
    args += ["--fields", "id,spent_date,user.name,client.name,project.name,task.name,hours,billable,notes"]
    print(f"$ harvest-v2 {' '.join(args)} > {target.relative_to(HERE.parent)}", flush=True)
    with target.open("w", encoding="utf-8") as out:
        subprocess.run([*command, *args], env=env, stdout=out, check=True)
    with target.open(encoding="utf-8") as written:
        rows = sum(1 for _ in written) - 1
    print(f"Wrote {rows} entries to {target}\n")


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
            ["invoicing.py"],
            ["rate_limit_burst.py", "150"],
            ["sync_copy.py", str(OUTPUT / "harvest.db")],
        ]
        for stale in OUTPUT.glob("harvest.db*"):  # the copy of an earlier demo's fake
            stale.unlink()
        for script, *args in steps:
            print(f"$ python examples/{script} {' '.join(args)}".rstrip())
            subprocess.run([sys.executable, str(HERE / script), *args], env=env, check=True)
            print()
            if script == "export_quarter.py":
                _command_export(quarter, OUTPUT / f"time-entries-{quarter}-command.csv", env)
        print(f"CSV written to {csv_path}")
        return 0
    finally:
        fake.terminate()
        fake.wait(timeout=10)


if __name__ == "__main__":
    sys.exit(main())
