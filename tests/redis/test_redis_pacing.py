"""Pacing shared through a real Redis: same rule as in process, keys and expiry, Redis down or stalled."""

from __future__ import annotations

import asyncio
import itertools
import logging
import os
import subprocess
import sys
import threading
import time
from typing import Any

import httpx
import pytest
import redis
from harvest_v2 import AsyncHarvest, Harvest, HarvestError, RateLimit
from harvest_v2._core._operation import Bucket
from harvest_v2._core._pacing import GENERAL_LIMIT, REPORTS_LIMIT, Pacer, paced_window
from harvest_v2._core._redis_pacing import RedisPacer

from benchmarks._shared_pacing import RedisServer, run_clients
from tests.helpers import AGENT, TOKEN, FakeClock, SleepRecorder, client_json, json_response

_accounts = itertools.count(7_000_000)


def _account() -> str:
    return str(next(_accounts))


def _inspect(url: str, command: str, key: str) -> Any:
    """One Redis command on a connection of its own, closed at once."""
    with redis.Redis.from_url(url) as store:
        return store.execute_command(command, key)


def _ok(request: httpx.Request) -> httpx.Response:
    return json_response(200, client_json(1))


def _client(redis_url: str, account: str, **options: Any) -> Harvest:
    settings: dict[str, Any] = {
        "access_token": TOKEN,
        "account_id": account,
        "user_agent": AGENT,
        "transport": httpx.MockTransport(_ok),
        "sleep": SleepRecorder(),
        "redis_url": redis_url,
    }
    settings.update(options)
    return Harvest(**settings)


def _async_client(redis_url: str, account: str, **options: Any) -> AsyncHarvest:
    async def sleep(seconds: float) -> None:
        pass

    settings: dict[str, Any] = {
        "access_token": TOKEN,
        "account_id": account,
        "user_agent": AGENT,
        "transport": httpx.MockTransport(_ok),
        "sleep": sleep,
        "redis_url": redis_url,
    }
    settings.update(options)
    return AsyncHarvest(**settings)


def _pacers(url: str, general: RateLimit, reports: RateLimit) -> tuple[RedisPacer, Pacer]:
    local = Pacer(general, reports)
    return RedisPacer(url, _account(), general, reports, fallback=Pacer(general, reports), required=True), local


def test_redis_hands_out_the_same_waits_as_the_in_process_pacer(redis_server: RedisServer) -> None:
    general, reports = RateLimit(3, 1.0), RateLimit(1, 60.0)
    shared, local = _pacers(redis_server.url, general, reports)
    general_calls: list[Bucket] = ["general"] * 5
    buckets: list[Bucket] = ["reports", "reports", *general_calls]
    # Back to back, both clocks move by the same few milliseconds.
    remote = [shared.reserve(bucket).delay for bucket in buckets]
    here = [local.reserve(bucket).delay for bucket in buckets]
    assert remote == pytest.approx(here, abs=0.05)
    # The queued report waits for the reports window; the plain calls only for the general one.
    assert remote[1] == pytest.approx(paced_window(reports), abs=0.05)
    assert max(remote[2:]) < 3 * paced_window(general)  # five calls at 3 per window; not 61 s


def test_async_reservations_go_through_redis_asyncio(redis_server: RedisServer) -> None:
    general = RateLimit(2, 1.0)
    local = Pacer(general)
    shared = RedisPacer(redis_server.url, _account(), general, local.reports.limit, fallback=local, required=True)

    async def main() -> list[float]:
        waits = [(await shared.areserve("general")).delay for _ in range(3)]
        await shared.aclose()
        return waits

    waits = asyncio.run(main())
    assert waits[0] == 0.0
    assert waits[2] == pytest.approx(paced_window(general), abs=0.05)
    assert len(local.general) == 0  # nothing was paced in process


def test_keys_are_per_account_and_expire_a_window_after_the_last_booking(redis_server: RedisServer) -> None:
    first, second, short = _account(), _account(), _account()
    general = f"harvest_v2:pacing:{{{first}}}:general"
    with (
        redis.Redis.from_url(redis_server.url) as store,
        _client(redis_server.url, first, rate_limit=RateLimit(100, 15.0)) as hv,
        _client(redis_server.url, second) as other,
        _client(redis_server.url, short, rate_limit=RateLimit(100, 0.2)) as brief,
    ):
        hv.clients.get(1)
        other.clients.get(1)
        assert store.zcard(general) == 1
        assert store.exists(f"harvest_v2:pacing:{{{second}}}:general")
        assert not store.exists(f"harvest_v2:pacing:{{{first}}}:reports")  # no report yet
        assert 15_000 < store.pttl(general) <= (paced_window(RateLimit(100, 15.0)) + 1) * 1000
        # A short window: the key is gone on its own a little after the window (plus a second).
        brief.clients.get(1)
        assert store.exists(f"harvest_v2:pacing:{{{short}}}:general")
        time.sleep(paced_window(RateLimit(100, 0.2)) + 1.0 + 0.3)
        assert not store.exists(f"harvest_v2:pacing:{{{short}}}:general")


def test_clients_in_different_processes_are_paced_together(redis_server: RedisServer) -> None:
    account = _account()
    limit = "RateLimit(2, 10.0)"
    script = (
        "import httpx; from harvest_v2 import Harvest, RateLimit\n"
        "handler = lambda request: httpx.Response(200, json={'id': 1, 'name': 'A', 'is_active': True,"
        " 'address': None, 'statement_key': 'k', 'currency': 'EUR', 'created_at': '2024-03-01T10:00:00Z',"
        " 'updated_at': '2024-03-01T10:00:00Z'})\n"
        f"hv = Harvest('t', '{account}', 'x (x@example.com)', redis_url='{redis_server.url}', rate_limit={limit},"
        " transport=httpx.MockTransport(handler), sleep=lambda s: print(round(s, 1)))\n"
        "hv.clients.get(1)\n"
    )
    waits = [subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True) for _ in "abc"]
    # Each process prints its sleep. Two fit in the window (the second at most the 5 s spacing
    # after the first); the third waits for the window to free up, 10.5 s after the first.
    printed = [w.stdout.strip() for w in waits]
    assert printed[0] == ""
    assert float(printed[1] or 0) <= 5.0
    assert float(printed[2]) > float(printed[1] or 0) + 2.0


def test_without_redis_url_nothing_changes_and_redis_is_not_imported() -> None:
    code = (
        "import sys; from harvest_v2 import Harvest; from harvest_v2._core._pacing import Pacer\n"
        "hv = Harvest('t', '1', 'x (x@example.com)')\n"
        "assert isinstance(hv._pipeline.pacer, Pacer), hv._pipeline.pacer\n"
        "assert 'redis' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_from_env_reads_harvest_redis_url(monkeypatch: pytest.MonkeyPatch, redis_server: RedisServer) -> None:
    monkeypatch.setenv("HARVEST_ACCESS_TOKEN", TOKEN)
    monkeypatch.setenv("HARVEST_ACCOUNT_ID", _account())
    monkeypatch.setenv("HARVEST_USER_AGENT", AGENT)
    monkeypatch.setenv("HARVEST_REDIS_URL", redis_server.url)
    assert isinstance(Harvest.from_env()._pipeline.pacer, RedisPacer)
    assert isinstance(AsyncHarvest.from_env()._pipeline.pacer, RedisPacer)
    assert isinstance(Harvest.from_env(throttle=False)._pipeline.pacer, type(None))


def test_a_bad_redis_url_is_refused_without_echoing_its_password() -> None:
    with pytest.raises(ValueError, match="redis_url") as refused:
        _client("http://:hunter2@localhost:6379/0", _account())
    assert "hunter2" not in str(refused.value)


# --- Redis unreachable, stalled, failing mid-run -----------------------------------------------


def _pacing_warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING and "Redis" in r.getMessage()]


def test_unreachable_redis_warns_once_and_paces_in_process(caplog: pytest.LogCaptureFixture) -> None:
    clock = FakeClock()
    sleep = SleepRecorder(clock)
    dead = RedisServer().start()
    dead.stop()  # a port where nothing listens any more
    url = f"redis://:hunter2@127.0.0.1:{dead.port}/0"
    hv = _client(url, _account(), rate_limit=RateLimit(2, 10.0), clock=clock, sleep=sleep)
    with caplog.at_level(logging.DEBUG, logger="harvest_v2"):
        for _ in range(3):
            hv.clients.get(1)
    warnings = _pacing_warnings(caplog)
    assert len(warnings) == 1, warnings
    assert "in this process only" in warnings[0]
    assert "hunter2" not in caplog.text
    assert sum(sleep.waits) == pytest.approx(paced_window(RateLimit(2, 10.0)))  # still paced, in process


def test_redis_required_raises_a_harvest_error_instead() -> None:
    dead = RedisServer().start()
    dead.stop()
    hv = _client(f"redis://:hunter2@127.0.0.1:{dead.port}/0", _account(), redis_required=True)
    with pytest.raises(HarvestError, match="Redis pacing") as failed:
        hv.clients.get(1)
    assert "hunter2" not in str(failed.value)


def test_a_stalled_redis_costs_at_most_the_client_timeout(
    redis_server: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    hv = _client(redis_server.url, _account(), timeout=0.5)
    ahv = _async_client(redis_server.url, _account(), timeout=0.5)
    hv.clients.get(1)  # connected through Redis
    redis_server.pause()
    try:
        started = time.monotonic()
        hv.clients.get(1)

        async def call() -> None:
            async with ahv:
                await ahv.clients.get(1)

        asyncio.run(call())
        elapsed = time.monotonic() - started
    finally:
        redis_server.resume()
    # One 0.5 s read timeout each (sync, async), not a hang; the bound is loose because a loaded
    # 2-core CI machine delays the calls themselves, and a hang would last until resume().
    assert elapsed < 8.0
    assert len(_pacing_warnings(caplog)) == 2  # one per client


def test_redis_failing_mid_run_falls_back_then_comes_back(
    redis_server: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    clock = FakeClock()
    account = _account()
    hv = _client(redis_server.url, account, clock=clock, sleep=SleepRecorder(clock))
    key = f"harvest_v2:pacing:{{{account}}}:general"
    hv.clients.get(1)
    assert _inspect(redis_server.url, "ZCARD", key) == 1
    redis_server.stop()
    hv.clients.get(1)
    hv.clients.get(1)
    assert len(_pacing_warnings(caplog)) == 1
    redis_server.start()  # same port, empty
    hv.clients.get(1)  # still resting on the in-process pacer
    assert not _inspect(redis_server.url, "EXISTS", key)
    clock.now += 31.0  # past the retry interval: Redis again
    hv.clients.get(1)
    assert _inspect(redis_server.url, "ZCARD", key) == 1


# --- The proof: four client processes, one account, one fake ------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize(("mode", "workers"), [("threads", 4), ("async", 12)])
def test_four_processes_through_redis_get_no_429(redis_server: RedisServer, mode: str, workers: int) -> None:
    shared = run_clients(
        processes=4, requests=300, time_scale=0.1, redis_url=redis_server.url, mode=mode, workers=workers
    )
    assert shared.statuses == {200: 300}
    # Each process alone would send its 75 at once: 300 in the first window. Together they keep
    # to 100 per window, so the last request cannot arrive before two more windows have passed.
    arrived = sorted(shared.arrivals)
    assert arrived[-1] - arrived[0] >= 2 * shared.window


@pytest.mark.slow
def test_four_processes_pacing_alone_get_429s() -> None:
    # The problem Redis solves: each process believes it has the whole budget.
    alone = run_clients(processes=4, requests=300, time_scale=0.1, redis_url=None, mode="threads", workers=4)
    assert alone.status_429 > 0
    assert alone.statuses[200] == 300  # retries absorb them, at the cost of the account's standing


def test_closing_a_client_closes_its_redis_connections(redis_server: RedisServer) -> None:
    def connected() -> int:
        with redis.Redis.from_url(redis_server.url) as store:
            return int(store.info("clients")["connected_clients"]) - 1  # not counting this one

    async def use_async() -> int:
        async with _async_client(redis_server.url, _account()) as ahv:
            await ahv.clients.get(1)
            return connected()

    assert asyncio.run(use_async()) == 1
    with _client(redis_server.url, _account()) as hv:
        hv.clients.get(1)
        assert connected() == 1
    assert connected() == 0


def test_a_missing_redis_server_fails_with_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    import os.path
    import shutil

    monkeypatch.setattr(shutil, "which", lambda name: None)
    monkeypatch.setattr(os.path, "exists", lambda path: False)
    with pytest.raises(RuntimeError, match="apt-get install redis-server"):
        RedisServer().start()


# --- The new rule through Redis: bursts, released slots, cost ------------------------------------


def test_redis_bursts_then_spaces_and_takes_released_slots_like_the_in_process_pacer(
    redis_server: RedisServer,
) -> None:
    shared = RedisPacer(redis_server.url, _account(), GENERAL_LIMIT, REPORTS_LIMIT, fallback=Pacer(), required=True)
    local = Pacer()
    remote = [shared.reserve("general") for _ in range(40)]
    here = [local.reserve("general") for _ in range(40)]
    assert [b.delay for b in remote] == pytest.approx([b.delay for b in here], abs=0.05)
    assert [b.delay for b in remote[:25]] == [0.0] * 25
    assert remote[-1].delay == pytest.approx(15 * 0.15, abs=0.05)
    # A released slot is the next booking's, in Redis as in process.
    shared.release(remote[30])
    local.release(here[30])
    assert shared.reserve("general").delay == pytest.approx(local.reserve("general").delay, abs=0.05)
    assert shared.reserve("general").delay == pytest.approx(16 * 0.15, abs=0.05)
    # Everything given back: the account is idle again.
    for booking in remote:
        shared.release(booking)
    key = shared.keys[0]
    assert _inspect(redis_server.url, "ZCARD", key) == 2
    assert shared.reserve("general").delay == 0.0


def test_released_reports_give_back_both_calendars_in_redis(redis_server: RedisServer) -> None:
    general, reports = RateLimit(10, 1.0), RateLimit(1, 60.0)
    shared = RedisPacer(redis_server.url, _account(), general, reports, fallback=Pacer(general, reports), required=True)
    assert shared.reserve("reports").delay == 0.0
    queued = shared.reserve("reports")
    assert queued.delay == pytest.approx(paced_window(reports), abs=0.05)
    shared.release(queued)
    assert [_inspect(redis_server.url, "ZCARD", key) for key in shared.keys[:2]] == [1, 1]
    assert shared.reserve("reports").delay == pytest.approx(paced_window(reports), abs=0.05)


def test_cancelled_async_calls_give_their_redis_slots_back(redis_server: RedisServer) -> None:
    account = _account()
    never = asyncio.Event()
    answered = 0

    def ok(request: httpx.Request) -> httpx.Response:
        nonlocal answered
        answered += 1
        return _ok(request)

    async def hanging(seconds: float) -> None:
        await never.wait()

    waits: list[float] = []

    async def recorded(seconds: float) -> None:
        waits.append(seconds)

    async def main() -> None:
        transport = httpx.MockTransport(ok)
        async with (
            _async_client(redis_server.url, account, sleep=hanging, transport=transport) as waiting,
            _async_client(redis_server.url, account, sleep=recorded, transport=transport) as prompt,
        ):
            tasks = [asyncio.create_task(waiting.clients.get(1)) for _ in range(300)]
            while answered < 25:
                await asyncio.sleep(0.01)
            await asyncio.sleep(0.2)  # every task has booked and waits
            for task in tasks[25:]:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            assert _inspect(redis_server.url, "ZCARD", f"harvest_v2:pacing:{{{account}}}:general") == 25
            await prompt.clients.get(1)  # the burst's window holds 25: spaced, but only once

    asyncio.run(main())
    assert max(waits, default=0.0) <= 0.15 + 0.05


def test_a_sync_call_interrupted_while_waiting_gives_its_redis_slot_back(redis_server: RedisServer) -> None:
    account = _account()

    def interrupted(seconds: float) -> None:
        raise KeyboardInterrupt

    with _client(redis_server.url, account, rate_limit=RateLimit(1, 10.0), sleep=interrupted) as hv:
        hv.clients.get(1)
        with pytest.raises(KeyboardInterrupt):
            hv.clients.get(1)
    assert _inspect(redis_server.url, "ZCARD", f"harvest_v2:pacing:{{{account}}}:general") == 1


def test_holes_and_frontier_expire_with_their_calendar(redis_server: RedisServer) -> None:
    limit = RateLimit(2, 0.2)
    shared = RedisPacer(redis_server.url, _account(), limit, REPORTS_LIMIT, fallback=Pacer(limit), required=True)
    queued = [shared.reserve("general") for _ in range(6)]
    shared.release(queued[-2])
    general, _, holes, _, frontier, _ = shared.keys
    with redis.Redis.from_url(redis_server.url) as store:
        assert store.zcard(holes) == 1 and store.exists(frontier)
        assert 0 < store.pttl(holes) <= store.pttl(general) + 50
        time.sleep(queued[-1].delay + paced_window(limit) + 1.3)
        assert not store.exists(general, holes, frontier)


def test_a_redis_booking_costs_the_same_at_thousands_queued(redis_server: RedisServer) -> None:
    # Counted, not timed: Redis's own per-command statistics say how many range reads a booking makes
    # (each of a window around one time, or of one hole): a handful, whatever the queue's length.
    shared = RedisPacer(redis_server.url, _account(), GENERAL_LIMIT, REPORTS_LIMIT, fallback=Pacer(), required=True)
    with redis.Redis.from_url(redis_server.url) as store:

        def reads_per_booking() -> float:
            store.config_resetstat()
            for _ in range(20):
                shared.reserve("general")
            stats = store.info("commandstats").get("cmdstat_zrangebyscore", {"calls": 0})
            return float(stats["calls"]) / 20

        early = reads_per_booking()
        for _ in range(3000):
            shared.reserve("general")
        assert early <= 6
        assert reads_per_booking() <= 6


def test_a_fork_while_a_thread_books_through_redis_leaves_the_child_working(redis_server: RedisServer) -> None:
    shared = RedisPacer(redis_server.url, _account(), GENERAL_LIMIT, REPORTS_LIMIT, fallback=Pacer(), required=True)
    shared.reserve("general")  # the parent's connection pool is open
    held, done = threading.Event(), threading.Event()

    def booking_forever() -> None:
        with shared._lock:  # as a thread opening the pool at the moment of the fork
            held.set()
            done.wait(10)

    thread = threading.Thread(target=booking_forever)
    thread.start()
    assert held.wait(10)
    try:
        child = os.fork()
        if child == 0:  # pragma: no cover - the child reports through its exit status
            os._exit(0 if shared.reserve("general").delay == 0.0 else 3)
        deadline = time.monotonic() + 10
        while (ended := os.waitpid(child, os.WNOHANG)) == (0, 0) and time.monotonic() < deadline:
            time.sleep(0.01)
        if ended == (0, 0):
            os.kill(child, 9)
            os.waitpid(child, 0)
            pytest.fail("the child deadlocked on the Redis pacer's lock")
        assert os.waitstatus_to_exitcode(ended[1]) == 0
    finally:
        done.set()
        thread.join()
    assert _inspect(redis_server.url, "ZCARD", shared.keys[0]) == 2  # the parent's and the child's
