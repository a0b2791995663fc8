"""Pacing across processes: client processes against one FakeHarvest, with and without Redis.

Used by `make bench` (figures 7 and 8, `rows`) and by the tests (`RedisServer`,
`run_clients`). Run as a script it is one client process: it makes its share
of requests with its own Harvest or AsyncHarvest and prints one JSON line.

    python benchmarks/_shared_pacing.py BASE_URL TOKEN ACCOUNT SCALE REQUESTS MODE WORKERS [REDIS_URL]
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
HOW_TO_INSTALL = (
    "redis-server is not installed; the Redis pacing tests and figures need it: "
    "`make install` as root installs it, or run `sudo apt-get install redis-server`"
)


class RedisServer:
    """A real redis-server on 127.0.0.1, on a free port, in a temporary directory; stopped on exit.

    Persistence is off, so nothing outlives the process. `pause()`/`resume()` stop and continue
    the process (SIGSTOP/SIGCONT): connections are accepted by the kernel and never answered,
    the way a stalled Redis looks to a client.
    """

    def __init__(self) -> None:
        self.port = 0
        self._process: subprocess.Popen[bytes] | None = None
        self._dir: tempfile.TemporaryDirectory[str] | None = None

    @property
    def url(self) -> str:
        """redis://127.0.0.1:<port>/0"""
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> RedisServer:
        """Start redis-server and wait until it answers; RuntimeError with how to install it when missing."""
        binary = shutil.which("redis-server") or next(
            (p for p in ("/usr/bin/redis-server", "/usr/sbin/redis-server") if os.path.exists(p)), None
        )
        if binary is None:
            raise RuntimeError(HOW_TO_INSTALL)
        if self.port == 0:
            from harvest_v2._core._ports import free_port

            self.port = free_port()
        self._dir = tempfile.TemporaryDirectory(prefix="harvest-redis-")
        self._process = subprocess.Popen(
            [binary, "--bind", "127.0.0.1", "--port", str(self.port), "--dir", self._dir.name, *_EPHEMERAL],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while not self._answers():
            if self._process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"redis-server did not start on 127.0.0.1:{self.port}")
            time.sleep(0.02)
        return self

    def _answers(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=0.5) as sock:
                sock.sendall(b"PING\r\n")
                return sock.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    def stop(self) -> None:
        """Stop the server (SIGTERM, then SIGKILL) and remove its directory."""
        if self._process is not None:
            self.resume()
            self._process.terminate()
            try:
                self._process.wait(5)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait(5)
            self._process = None
        if self._dir is not None:
            self._dir.cleanup()
            self._dir = None

    def pause(self) -> None:
        """Freeze the server: it keeps its port but answers nothing."""
        if self._process is not None:
            self._process.send_signal(19)  # SIGSTOP

    def resume(self) -> None:
        """Unfreeze a paused server."""
        if self._process is not None:
            self._process.send_signal(18)  # SIGCONT

    def __enter__(self) -> RedisServer:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()


_EPHEMERAL = ("--save", "", "--appendonly", "no", "--daemonize", "no", "--loglevel", "warning")


@dataclass
class Run:
    """What a set of client processes did against one fake: answers counted at the fake, and timing."""

    processes: int
    requests: int
    statuses: dict[int, int]
    arrivals: list[float]
    seconds: float
    limit_per_second: float
    window: float
    limit: int

    @property
    def status_429(self) -> int:
        """429s the fake sent."""
        return self.statuses.get(429, 0)

    @property
    def steady_share(self) -> float:
        """Rate once the first window's burst is spent, as a share of the limit's rate.

        A sliding window lets the first `limit` requests go at once, which flatters a plain
        average over a short run. From the first request of the second window to the first of
        the last one, requests can only go as fast as the window frees up: that span holds
        whole windows' worth of requests, and their rate is what pacing really sustains.
        Needs at least three windows' worth of requests.
        """
        arrived = sorted(self.arrivals)
        start, end = self.limit, len(arrived) - self.limit
        if end <= start:
            return float("nan")
        return (end - start) / (arrived[end] - arrived[start]) / self.limit_per_second


def run_clients(
    *,
    processes: int,
    requests: int,
    time_scale: float,
    redis_url: str | None,
    mode: str = "threads",
    workers: int = 4,
    account_id: str = "2000001",
    timeout: float = 300,
) -> Run:
    """`processes` client processes (each its own client, as separate services) share `requests`
    against one FakeHarvest with Harvest's limits scaled by `time_scale`; with `redis_url` they
    pace through Redis, without it each paces alone."""
    from harvest_v2.testing import FakeHarvest, RateLimits

    arrivals: list[float] = []
    lock = threading.Lock()
    limits = RateLimits(time_scale=time_scale)

    def record(_: Any) -> None:
        with lock:
            arrivals.append(time.monotonic())

    share = [requests // processes + (1 if i < requests % processes else 0) for i in range(processes)]
    with FakeHarvest(account_id=account_id, rate_limits=limits, on_exchange=record) as fake:
        started = time.monotonic()
        children = [
            subprocess.Popen(
                [sys.executable, __file__, fake.base_url, fake.access_token, fake.account_id, repr(time_scale)]
                + [str(count), mode, str(workers)]
                + ([redis_url] if redis_url else []),
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                env={**os.environ, "PYTHONPATH": str(ROOT)},
            )
            for count in share
        ]
        for child in children:
            _, err = child.communicate(timeout=timeout)
            if child.returncode != 0:
                raise RuntimeError(f"client process failed ({child.returncode}): {err[-2000:]}")
        seconds = time.monotonic() - started
        statuses = fake.status_counts
    window = limits.window * time_scale
    return Run(processes, requests, statuses, arrivals, seconds, limits.requests / window, window, limits.requests)


# --- one client process ----------------------------------------------------------------------


def _client_main(argv: list[str]) -> None:
    base_url, token, account, scale, count, mode, workers = argv[:7]
    redis_url = argv[7] if len(argv) > 7 else None
    from harvest_v2 import AsyncHarvest, Harvest, RateLimit
    from harvest_v2.testing import RateLimits

    base = RateLimits()
    settings: dict[str, Any] = {
        "access_token": token,
        "account_id": account,
        "user_agent": "Shared pacing bench (bench@example.com)",
        "base_url": base_url,
        "rate_limit": RateLimit(base.requests, base.window * float(scale)),
        "reports_rate_limit": RateLimit(base.report_requests, base.report_window * float(scale)),
        "redis_url": redis_url,
    }
    calls = iter(range(int(count)))
    lock = threading.Lock()
    started = time.perf_counter()
    if mode == "async":

        async def main() -> None:
            async with AsyncHarvest(**settings) as hv:

                async def task() -> None:
                    while next(calls, None) is not None:
                        await hv.users.get_current()

                await asyncio.gather(*(task() for _ in range(int(workers))))

        asyncio.run(main())
    else:
        with Harvest(**settings) as hv:

            def worker() -> None:
                while True:
                    with lock:
                        if next(calls, None) is None:
                            return
                    hv.users.get_current()

            threads = [threading.Thread(target=worker) for _ in range(int(workers))]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
    print(json.dumps({"requests": int(count), "seconds": time.perf_counter() - started}))


def overhead(redis_url: str, reservations: int) -> tuple[float, float]:
    """Seconds per reservation through Redis (one Lua call over loopback) and in process.

    At Harvest's limit, in batches of 100 on a fresh account each, so the calendars hold what a
    busy account's do (up to a window's 100 bookings) rather than growing without end.
    """
    from harvest_v2._core._pacing import GENERAL_LIMIT, REPORTS_LIMIT, Pacer
    from harvest_v2._core._redis_pacing import RedisPacer

    remote = local = 0.0
    batches = max(1, reservations // 100)
    for batch in range(batches):
        in_process = Pacer(GENERAL_LIMIT, REPORTS_LIMIT)
        shared = RedisPacer(
            redis_url, f"overhead-{os.getpid()}-{batch}", GENERAL_LIMIT, REPORTS_LIMIT, fallback=in_process
        )
        shared._sync_script()  # connect and register the script outside the timing
        start = time.perf_counter()
        for _ in range(100):
            shared.reserve("general")
        remote += time.perf_counter() - start
        start = time.perf_counter()
        for _ in range(100):
            in_process.reserve("general")
        local += time.perf_counter() - start
    return remote / (batches * 100), local / (batches * 100)


# --- `make bench` figures ------------------------------------------------------------------------

# Harvest's own window (15 s): the pacing margin (max(2 %, 0.5 s)) costs 3 % of the rate there;
# in windows scaled down, that fixed half second would weigh more than Harvest ever sees.
_TIME_SCALE = 1.0
_QUICK_TIME_SCALE = 0.1
_REQUESTS = 300  # three windows' worth: a burst, then two windows of paced requests


def rows(quick: bool) -> list[tuple[str, str, str, float | None, str, bool | None]]:
    """Figures 7-9 as (figure, ours, baseline, ratio, target, ok) for bench.py's table."""
    scale = _QUICK_TIME_SCALE if quick else _TIME_SCALE
    with RedisServer() as server:
        shared = run_clients(processes=4, requests=_REQUESTS, time_scale=scale, redis_url=server.url)
        alone = run_clients(processes=4, requests=_REQUESTS, time_scale=scale, redis_url=None)
        remote, local = overhead(server.url, 300 if quick else 3000)
    limit = f"{shared.limit_per_second:.1f} req/s"
    share = shared.steady_share
    return [
        (
            f"7. 4 processes, one account, pacing through Redis (windows x{scale:g})",
            f"{share * shared.limit_per_second:.1f} req/s, {shared.status_429} x 429",
            f"limit {limit}",
            share,
            ">= 0.95x, no 429",
            share >= 0.95 and shared.status_429 == 0 and shared.statuses.get(200) == _REQUESTS,
        ),
        (
            "8. the same 4 processes, each pacing alone",
            f"{alone.status_429} x 429 at the fake",
            "with Redis: 0",
            None,
            "reported",
            None,
        ),
        (
            "9. reservation overhead per request, loopback Redis",
            f"{remote * 1e6:.0f} us",
            f"in process {local * 1e6:.0f} us",
            remote / local,
            "reported",
            None,
        ),
    ]


_measured: dict[bool, list[tuple[str, str, str, float | None, str, bool | None]]] = {}


def figure(index: int, quick: bool) -> tuple[str, str, str, float | None, str, bool | None]:
    """Row `index` of `rows`, measured once per run for all three."""
    if quick not in _measured:
        _measured[quick] = rows(quick)
    return _measured[quick][index]


if __name__ == "__main__":
    _client_main(sys.argv[1:])
