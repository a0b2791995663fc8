"""What pacing costs when it should cost nothing: an idle account, cancelled calls, a long queue.

Used by `make bench` (figures 10-12, `rows`):

- 10: an interactive program on an idle account against the fake at Harvest's limits: 20
  concurrent GETs (AsyncHarvest) and 10 sequential ones (Harvest), paced against
  throttle=False, each round on an account nobody used yet.
- 11: after 1,000 calls cancelled while they waited for their slots, the wait the next call is
  given, against the same history without them (in process, and through Redis).
- 12: one booking with 10,000 requests queued against one with 10 queued (in process, and one
  Lua call through Redis).
"""

from __future__ import annotations

import asyncio
import itertools
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

Row = tuple[str, str, str, float | None, str, bool | None]

_accounts = itertools.count(9_100_000)


def _interactive(rounds: int) -> tuple[tuple[float, float], tuple[float, float]]:
    """Best (paced, unpaced) seconds of 20 concurrent async GETs, and of 10 sequential sync GETs.

    Each measurement is a client process of its own (the fake's thread would otherwise share the
    client's interpreter lock and time its switching) on an account nobody used yet.
    """
    from harvest_v2.testing import FakeHarvest

    best: dict[tuple[str, bool], float] = {}
    with FakeHarvest() as fake:
        for _ in range(rounds):
            for throttle in (True, False):
                for kind in ("async", "sync"):
                    fake.app.account_id = fake.account_id = str(next(_accounts))
                    result = subprocess.run(
                        [sys.executable, __file__, fake.base_url, fake.access_token, fake.account_id, kind]
                        + (["throttle"] if throttle else []),
                        capture_output=True,
                        text=True,
                        check=True,
                        env={**os.environ, "PYTHONPATH": str(ROOT)},
                    )
                    seconds = float(result.stdout)
                    best[kind, throttle] = min(best.get((kind, throttle), seconds), seconds)
        if fake.status_counts.get(429, 0):
            raise RuntimeError(f"the interactive runs drew {fake.status_counts[429]} x 429")
    return (best["async", True], best["async", False]), (best["sync", True], best["sync", False])


def _interactive_client(base_url: str, token: str, account: str, kind: str, throttle: bool) -> float:
    """One measurement, in a client process: seconds of the 20 concurrent or the 10 sequential GETs."""
    from harvest_v2 import AsyncHarvest, Harvest

    settings: dict[str, Any] = {
        "access_token": token,
        "account_id": account,
        "user_agent": "Interactive pacing bench (bench@example.com)",
        "base_url": base_url,
        "throttle": throttle,
        "max_retries": 0,
    }
    if kind == "async":

        async def concurrent() -> float:
            async with AsyncHarvest(**settings) as hv:
                await hv.users.get_current()  # connect and load the model first, as a running app has
                start = time.perf_counter()
                await asyncio.gather(*(hv.users.get_current() for _ in range(20)))
                return time.perf_counter() - start

        return asyncio.run(concurrent())
    with Harvest(**settings) as hv:
        hv.users.get_current()
        start = time.perf_counter()
        for _ in range(10):
            hv.users.get_current()
        return time.perf_counter() - start


_AFTER_BURST = 0.3


def _cancelled(redis_url: str | None, cancelled: int) -> tuple[float, float]:
    """The next call's wait after `cancelled` calls gave up waiting, and after the same history without them."""
    from harvest_v2 import AsyncHarvest

    from benchmarks._data import BASE, time_entry

    def answer(request: Any) -> Any:
        import httpx

        return httpx.Response(200, json=time_entry(1))

    async def run(cancel: int, pause: float | None) -> tuple[float, float]:
        import httpx

        account = str(next(_accounts))
        entered: list[float] = []
        waits: list[float] = []

        async def waiting_sleep(seconds: float) -> None:
            entered.append(seconds)
            await asyncio.sleep(seconds)

        async def recorded(seconds: float) -> None:
            waits.append(seconds)
            await asyncio.sleep(seconds)

        settings: dict[str, Any] = {
            "account_id": account,
            "access_token": "t",
            "user_agent": "Pacing bench (bench@example.com)",
            "base_url": BASE,
            "transport": httpx.MockTransport(answer),
            "redis_url": redis_url,
        }
        async with (
            AsyncHarvest(**settings, sleep=waiting_sleep) as waiting,
            AsyncHarvest(**settings, sleep=recorded) as next_call,
        ):
            await asyncio.gather(*(waiting.time_entries.get(1) for _ in range(25)))  # the burst
            burst_done = time.monotonic()
            queued = [asyncio.create_task(waiting.time_entries.get(1)) for _ in range(cancel)]
            gave_up = time.monotonic() + 60
            while len(entered) < cancel:  # every one has booked and waits
                if time.monotonic() > gave_up:
                    # Seen once under load with Redis: say so rather than hang the whole bench.
                    raise RuntimeError(f"only {len(entered)} of {cancel} queued calls booked a wait within 60 s")
                await asyncio.sleep(0.001)
            for task in queued:
                task.cancel()
            await asyncio.gather(*queued, return_exceptions=True)
            # Both runs call at the same time after the burst, past its first spaced slot (150 ms):
            # without the cancelled calls the next one would not wait, so with them it must not.
            await asyncio.sleep(max(0.0, (pause or _AFTER_BURST) - (time.monotonic() - burst_done)))
            elapsed = time.monotonic() - burst_done
            await next_call.time_entries.get(1)
        return (waits[0] if waits else 0.0), elapsed

    after, elapsed = asyncio.run(run(cancelled, None))
    without, _ = asyncio.run(run(0, elapsed))
    return after, without


def _queue(redis_url: str | None, depths: tuple[int, int], rounds: int) -> tuple[float, float]:
    """Best seconds per booking with depths[1] requests queued after a full window, and with depths[0].

    Both calendars are filled first, then timed in alternating batches (best of `rounds`), so a
    busy moment of the machine hits both alike.
    """
    from harvest_v2._core._pacing import GENERAL_LIMIT, REPORTS_LIMIT, Pacer

    def filled(depth: int) -> Callable[[], Any]:
        pacer: Any = Pacer()
        if redis_url is not None:
            from harvest_v2._core._redis_pacing import RedisPacer

            pacer = RedisPacer(
                redis_url, f"queue-{next(_accounts)}", GENERAL_LIMIT, REPORTS_LIMIT, fallback=pacer, required=True
            )
        for _ in range(GENERAL_LIMIT.requests + depth):  # a full window, then the queue
            pacer.reserve("general")
        return lambda: pacer.reserve("general")

    def timed(book: Callable[[], Any], batch: int = 20) -> float:
        start = time.perf_counter()
        for _ in range(batch):
            book()
        return (time.perf_counter() - start) / batch

    shallow, deep = filled(depths[0]), filled(depths[1])
    best_shallow = best_deep = float("inf")
    for _ in range(rounds):
        best_shallow = min(best_shallow, timed(shallow))
        best_deep = min(best_deep, timed(deep))
    return best_deep, best_shallow


def rows(quick: bool, redis_url: str) -> list[Row]:
    """Figures 10-12 as (figure, ours, baseline, ratio, target, ok) for bench.py's table."""
    (conc, conc_free), (seq, seq_free) = _interactive(2 if quick else 10)
    cancelled = 100 if quick else 1000
    after_local, without_local = _cancelled(None, cancelled)
    after_redis, without_redis = _cancelled(redis_url, cancelled)
    depth = 1000 if quick else 10_000
    deep, shallow = _queue(None, (10, depth), 20)
    deep_redis, shallow_redis = _queue(redis_url, (10, depth), 10)
    figures: list[Row] = []
    for name, paced, free in (
        ("21a. 20 concurrent GETs, idle account (async, the fake at Harvest's limits)", conc, conc_free),
        ("21b. 10 sequential GETs, idle account (sync, the fake at Harvest's limits)", seq, seq_free),
    ):
        figures.append(
            (
                name,
                f"{paced * 1000:.1f} ms",
                f"throttle=False {free * 1000:.1f} ms",
                paced / free,
                "<= 1.1x",
                paced / free <= 1.1,
            )
        )
    for where, after, without in (("in process", after_local, without_local), ("Redis", after_redis, without_redis)):
        figures.append(
            (
                f"22. next call's wait after {cancelled:,} cancelled waiting calls ({where})",
                f"{after * 1000:.0f} ms",
                f"without them {without * 1000:.0f} ms",
                None,
                "no longer (10 ms)",
                after <= without + 0.01,
            )
        )
    for where, slow, fast in (
        ("in process", deep, shallow),
        ("one Lua call, loopback Redis", deep_redis, shallow_redis),
    ):
        figures.append(
            (
                f"23. booking with {depth:,} queued vs 10 queued ({where})",
                f"{slow * 1e6:.0f} us",
                f"10 queued {fast * 1e6:.0f} us",
                slow / fast,
                "<= 3x",
                slow / fast <= 3.0,
            )
        )
    return figures


_measured: dict[bool, list[Row]] = {}


def figure(index: int, quick: bool) -> Row:
    """Row `index` of `rows`, measured once per run for all six, with a redis-server of their own."""
    if quick not in _measured:
        from benchmarks._shared_pacing import RedisServer

        with RedisServer() as server:
            _measured[quick] = rows(quick, server.url)
    return _measured[quick][index]


if __name__ == "__main__":
    base_url, token, account, kind = sys.argv[1:5]
    print(_interactive_client(base_url, token, account, kind, throttle=sys.argv[5:] == ["throttle"]))
