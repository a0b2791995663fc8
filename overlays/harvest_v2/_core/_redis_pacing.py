"""Pacing shared through Redis: every process and host on one Harvest account books from one calendar.

The rule is the in-process one (`_pacing`): a calendar of send times per
bucket, a burst while the window is light and `general_gap` spacing once it
is busy, a report booked in both calendars at the one time both allow,
released bookings leaving a hole the next booking takes, and a frontier that
lets a booking skip a packed queue. Here each calendar is a sorted set in
Redis and one Lua script books (or releases) a request in one atomic round
trip, on Redis's own clock (TIME), so hosts with skewed clocks agree: only
the wait, a duration, comes back to the client. The script reads only the
bookings within a window of the time it tries (ZRANGEBYSCORE), so a booking
costs O(log n) in the queue's length, as in process.

Keys, all under `harvest_v2:pacing:{<account id>}:` (the braces keep them in
one Redis Cluster slot): `general` and `reports` (booked send times as scores,
one member per booking), `general:holes` and `reports:holes` (released times
still ahead), `general:frontier` and `reports:frontier`. Times a window old
are dropped on every call and every key expires a window (plus a second)
after its calendar's last booked time, so an idle account leaves nothing.

Redis unreachable or failing (connection refused, timeout, a read-only
replica...): by default one WARNING on the `harvest_v2` logger, then the
process-wide in-process pacer paces the request (it still goes), and Redis is
tried again after `retry_interval` seconds; with `required=True` a
HarvestError is raised instead. Socket timeouts come from the client's own
timeout, so a stalled Redis never holds a call longer than a stalled
connection to Harvest would.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import os
import re
import threading
import time
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from ._errors import HarvestError
from ._operation import Bucket
from ._pacing import (
    BURST,
    MARGIN,
    MIN_MARGIN,
    SPACING,
    Booking,
    Pacer,
    RateLimit,
    burst_size,
    general_gap,
    paced_window,
)

if TYPE_CHECKING:
    import redis
    import redis.asyncio

logger = logging.getLogger("harvest_v2")

__all__ = [
    "KEY_PREFIX",
    "POOL_SIZE",
    "RETRY_INTERVAL",
    "RedisPacer",
    "check_redis_url",
    "redacted",
]

KEY_PREFIX = "harvest_v2:pacing"
POOL_SIZE = 16
"""Redis connections per process (and per event loop): more callers wait for one (a booking is one
short round trip) rather than fail the way an open pool's limit would, with 10,000 tasks queued."""
RETRY_INTERVAL = 30.0
"""Seconds of in-process pacing after a Redis failure before Redis is tried again."""

# KEYS: the general and reports calendars, their holes, their frontiers.
# ARGV: "book" or "release"; the booking's member; "1" for a report; general requests, window, gap,
# burst; reports requests, window. A booking returns its wait in seconds as a string (Redis would
# truncate a Lua number to an integer); a release returns 1 when the booking was still there.
_SCRIPT = """
-- Redis before 5 replicates scripts verbatim and refuses writes after TIME unless told to
-- replicate effects; from 5 on this is the default and the call a no-op.
if redis.replicate_commands then redis.replicate_commands() end
local clock = redis.call('TIME')
local now = tonumber(clock[1]) + tonumber(clock[2]) / 1000000
local SLACK = 0.001

-- %.17g writes a double exactly, so the scores hold the very times computed here.
local function fmt(x) return string.format('%.17g', x) end

local function calendar(i, requests, window, gap, burst)
  return {key = KEYS[i], holes = KEYS[i + 2], frontier = KEYS[i + 4],
          requests = requests, window = window, gap = gap, burst = burst}
end

local function expire(c)
  redis.call('ZREMRANGEBYSCORE', c.key, '-inf', fmt(now - c.window))
  redis.call('ZREMRANGEBYSCORE', c.holes, '-inf', '(' .. fmt(now))
end

-- _pacing.Calendar.blocked_until, test for test and sum for sum.
local function blocked_until(c, t)
  local flat = redis.call('ZRANGEBYSCORE', c.key, fmt(t - c.window - SLACK), fmt(t + c.window + SLACK), 'WITHSCORES')
  local times = {}
  for i = 2, #flat, 2 do
    local b = tonumber(flat[i])
    if b + c.window > t and b - c.window < t then times[#times + 1] = b end
  end
  local n = c.requests
  local untl = nil
  for j = #times - n + 1, 1, -1 do
    if times[j + n - 1] - times[j] < c.window then
      untl = times[j] + c.window
      break
    end
  end
  if c.gap > 0 then
    local before = 0
    for i = 1, #times do
      if times[i] <= t then before = i else break end
    end
    if before >= c.burst then
      for i = #times, 1, -1 do
        local b = times[i]
        if b - c.gap < t then
          if b + c.gap > t and (untl == nil or b + c.gap > untl) then untl = b + c.gap end
          break
        end
      end
    end
  end
  return untl
end

local function search(c, t)
  while true do
    local untl = blocked_until(c, t)
    if untl == nil then return t end
    t = untl
  end
end

-- _pacing.Calendar.earliest
local function earliest(c, at)
  local start = math.max(at, now)
  if blocked_until(c, start) == nil then return start end
  local stored = redis.call('GET', c.frontier)
  local frontier = stored and tonumber(stored) or -math.huge
  local found = search(c, math.max(start, frontier))
  if start <= frontier or start == now then redis.call('SET', c.frontier, fmt(found)) end
  while true do
    local hole = redis.call('ZRANGEBYSCORE', c.holes, fmt(start), '(' .. fmt(found), 'WITHSCORES', 'LIMIT', 0, 1)
    if #hole == 0 then return found end
    local h = tonumber(hole[2])
    if blocked_until(c, h) == nil then return h end
    redis.call('ZREM', c.holes, hole[1])
  end
end

local function book(c, at, member)
  redis.call('ZADD', c.key, fmt(at), member)
  local hole = redis.call('ZRANGEBYSCORE', c.holes, fmt(at), fmt(at), 'LIMIT', 0, 1)
  if #hole > 0 then redis.call('ZREM', c.holes, hole[1]) end
  local last = tonumber(redis.call('ZRANGE', c.key, -1, -1, 'WITHSCORES')[2])
  local ttl = math.ceil((last - now + c.window) * 1000) + 1000
  redis.call('PEXPIRE', c.key, ttl)
  redis.call('PEXPIRE', c.holes, ttl)
  redis.call('PEXPIRE', c.frontier, ttl)
end

local function release(c, member)
  local score = redis.call('ZSCORE', c.key, member)
  if not score then return 0 end
  redis.call('ZREM', c.key, member)
  if tonumber(score) >= now then
    redis.call('ZADD', c.holes, score, member)
    redis.call('PEXPIRE', c.holes, math.max(redis.call('PTTL', c.key), 1000))
  end
  return 1
end

local general = calendar(1, tonumber(ARGV[4]), tonumber(ARGV[5]), tonumber(ARGV[6]), tonumber(ARGV[7]))
local reports = calendar(2, tonumber(ARGV[8]), tonumber(ARGV[9]), 0, tonumber(ARGV[8]))
local member, report = ARGV[2], ARGV[3] == '1'
expire(general)
if report then expire(reports) end
if ARGV[1] == 'release' then
  local released = release(general, member)
  if report then release(reports, member) end
  return released
end
local at = now
if report then
  while true do
    local settled = earliest(general, earliest(reports, at))
    if settled == at then break end
    at = settled
  end
  book(reports, at, member)
else
  at = earliest(general, at)
end
book(general, at, member)
return fmt(at - now)
"""


class _Resting(Exception):
    """Redis failed while a call waited for its turn."""


_SECRET_PARAMETER = re.compile(r"(?i)([?&][^=&#]*(?:pass|secret|token|auth)[^=&#]*=)[^&#]*")


def redacted(url: str) -> str:
    """The Redis URL without its secrets, for messages, logs and reprs.

    The userinfo's password (the username alone too: a password put there by mistake) and any
    query parameter that can carry one (password=, ssl_password=...). Done on the text, so a
    URL too malformed to parse is redacted as well.
    """
    scheme, separator, rest = url.partition("://")
    if separator:
        authority, slash, path = rest.partition("/")
        userinfo, at, host = authority.rpartition("@")
        if at:
            username, colon, _ = userinfo.partition(":")
            userinfo = f"{username}:***" if colon else "***"
            rest = f"{userinfo}@{host}{slash}{path}"
        url = f"{scheme}{separator}{rest}"
    return _SECRET_PARAMETER.sub(r"\1***", url)


def check_redis_url(url: str) -> str:
    """Refuse anything but a well-formed redis://, rediss:// or unix:// URL (without echoing a secret)."""
    if not isinstance(url, str) or url.partition("://")[0] not in ("redis", "rediss", "unix"):
        shown = redacted(url) if isinstance(url, str) else type(url).__name__
        raise ValueError(f"redis_url must be a redis://, rediss:// or unix:// URL, got {shown!r}")
    try:
        from redis.connection import parse_url
    except ImportError:
        raise ValueError("redis_url needs the optional redis package: pip install 'harvest-v2[redis]'") from None
    try:
        # What redis-py reads from the URL when it connects: a bad port or option fails here, not later.
        parse_url(url)  # type: ignore[no-untyped-call]
        urlsplit(url).port  # noqa: B018 - the port must be a number
    except (ValueError, TypeError) as exc:
        reason = redacted(str(exc)).replace(url, redacted(url))
        raise ValueError(f"redis_url {redacted(url)!r} is not a valid Redis URL: {reason}") from None
    return url


class RedisPacer:
    """The pacer of one account, shared through Redis by every process that uses the same URL.

    `reserve` (threads, sync redis) and `areserve` (event loops, redis.asyncio) each make one
    Lua call per request and return the seconds to wait, like `Pacer.reserve`. `fallback`
    paces while Redis is unavailable (see the module docstring); `required=True` raises a
    HarvestError instead.
    """

    def __init__(
        self,
        url: str,
        account_id: str,
        general: RateLimit,
        reports: RateLimit,
        *,
        fallback: Pacer,
        required: bool = False,
        connect_timeout: float = 10.0,
        read_timeout: float = 30.0,
        retry_interval: float = RETRY_INTERVAL,
        clock: Callable[[], float] = time.monotonic,
        key_prefix: str = KEY_PREFIX,
    ) -> None:
        self._url = check_redis_url(url)
        base = f"{key_prefix}:{{{account_id}}}"
        self._keys = [
            *(f"{base}:{bucket}" for bucket in ("general", "reports")),
            *(f"{base}:{bucket}:holes" for bucket in ("general", "reports")),
            *(f"{base}:{bucket}:frontier" for bucket in ("general", "reports")),
        ]
        self._limits: list[str | int | float] = [
            general.requests,
            repr(paced_window(general, MARGIN, MIN_MARGIN)),
            repr(general_gap(general, SPACING)),
            burst_size(general, BURST),
            reports.requests,
            repr(paced_window(reports, MARGIN, MIN_MARGIN)),
        ]
        from redis.exceptions import RedisError

        self._failures: tuple[type[Exception], ...] = (RedisError, OSError)
        self._fallback = fallback
        self._required = required
        self._timeouts = (connect_timeout, read_timeout)
        self._retry_interval = retry_interval
        self._clock = clock
        self._down_until: float | None = None
        self._members = itertools.count()
        self._nonce = os.urandom(6).hex()
        self._reset()
        _every_pacer.add(self)

    def _reset(self) -> None:
        # Also what a forked child starts with: a lock another thread held at the fork would stay
        # held, and the parent's connections are the parent's (redis-py reopens its pool by pid).
        self._lock = threading.Lock()
        self._sync: tuple[redis.Redis, Any] | None = None
        self._async: dict[asyncio.AbstractEventLoop, tuple[redis.asyncio.Redis, Any, asyncio.Semaphore]] = {}

    @property
    def keys(self) -> list[str]:
        """The Redis keys of this account: calendars (general, reports), their holes, their frontiers."""
        return list(self._keys)

    def __repr__(self) -> str:
        return f"RedisPacer({redacted(self._url)!r}, keys={self._keys!r})"

    def reserve(self, bucket: Bucket) -> Booking:
        """Book a send counted against `bucket`; one round trip to Redis."""
        if self._resting():
            return self._fallback.reserve(bucket)
        member = self._member()
        try:
            client, script = self._sync_script()
            wait = float(script(keys=self._keys, args=self._args("book", member, bucket), client=client))
        except self._failures as exc:
            return self._failed(exc, bucket)
        self._recovered()
        return self._booking(wait, bucket, member)

    async def areserve(self, bucket: Bucket) -> Booking:
        """`reserve` for event loops, through redis.asyncio; never blocks the loop."""
        if self._resting():
            return self._fallback.reserve(bucket)
        member = self._member()
        try:
            wait = float(await self._acall("book", member, bucket))
        except _Resting:
            return self._fallback.reserve(bucket)
        except self._failures as exc:
            return self._failed(exc, bucket)
        except BaseException:
            # Cancelled while Redis answered: it may have booked, so give the member back (a
            # member it never booked is simply not found).
            await self.arelease(Booking(0.0, bucket, self._clock(), member, self))
            raise
        self._recovered()
        return self._booking(wait, bucket, member)

    def release(self, booking: Booking) -> None:
        """Give a booking back (one round trip); a failure only costs the slot, so it is logged, not raised."""
        if not booking.claim_release() or self._resting():
            return
        try:
            client, script = self._sync_script()
            script(keys=self._keys, args=self._args("release", booking.token, booking.bucket), client=client)
        except self._failures as exc:
            logger.debug("Redis pacing: releasing a booking failed (%s)", type(exc).__name__)

    async def arelease(self, booking: Booking) -> None:
        """`release` for event loops."""
        if not booking.claim_release() or self._resting():
            return
        try:
            await self._acall("release", str(booking.token), booking.bucket)
        except _Resting:
            pass
        except self._failures as exc:
            logger.debug("Redis pacing: releasing a booking failed (%s)", type(exc).__name__)

    def _booking(self, wait: float, bucket: Bucket, member: str) -> Booking:
        delay = max(0.0, wait)
        return Booking(delay, bucket, self._clock() + delay, member, self)

    def close(self) -> None:
        """Close the sync connection pool (Harvest.close calls this); a later call reopens it."""
        with self._lock:
            pair, self._sync = self._sync, None
        if pair is not None:
            pair[0].close()

    async def aclose(self) -> None:
        """Close this loop's redis.asyncio connections (AsyncHarvest.aclose calls this)."""
        self.close()
        pair = self._async.pop(asyncio.get_running_loop(), None)
        if pair is not None:
            await pair[0].aclose()

    def _member(self) -> str:
        # Unique per booking, across hosts and forks: a repeated member would move a booking, not add one.
        return f"{os.getpid()}:{self._nonce}:{next(self._members)}"

    def _args(self, action: str, member: object, bucket: Bucket) -> list[str | int | float]:
        return [action, str(member), "1" if bucket == "reports" else "0", *self._limits]

    def _sync_script(self) -> tuple[redis.Redis, Any]:
        with self._lock:  # one connection pool, however many threads start at once
            if self._sync is None:
                self._sync = self._open_sync()
            return self._sync

    def _open_sync(self) -> tuple[redis.Redis, Any]:
        import redis
        from redis.backoff import NoBackoff
        from redis.retry import Retry

        pool = redis.BlockingConnectionPool.from_url(
            self._url,
            max_connections=POOL_SIZE,
            timeout=self._timeouts[0],
            socket_connect_timeout=self._timeouts[0],
            socket_timeout=self._timeouts[1],
            # One quick retry for a pooled connection Redis closed (a restart); a timeout is
            # not retried, so a stalled Redis costs one timeout, not several.
            retry=Retry(NoBackoff(), 1, supported_errors=(redis.ConnectionError,)),
        )
        client = redis.Redis.from_pool(pool)
        return client, client.register_script(_SCRIPT)

    def _async_script(self) -> tuple[redis.asyncio.Redis, Any, asyncio.Semaphore]:
        # redis.asyncio connections belong to the loop that opened them. Callers take turns
        # through a semaphore, not a blocking pool: redis-py's blocking pool can lose a wake-up
        # when a waiting task is cancelled, and a cancelled caller must still release its booking.
        loop = asyncio.get_running_loop()
        entry = self._async.get(loop)
        if entry is None:
            import redis.asyncio
            from redis.asyncio.retry import Retry
            from redis.backoff import NoBackoff

            client = redis.asyncio.Redis.from_url(
                self._url,
                max_connections=POOL_SIZE,
                socket_connect_timeout=self._timeouts[0],
                socket_timeout=self._timeouts[1],
                retry=Retry(NoBackoff(), 1, supported_errors=(redis.ConnectionError,)),
            )
            entry = self._async[loop] = (client, client.register_script(_SCRIPT), asyncio.Semaphore(POOL_SIZE))
            for stale in [other for other in self._async if other.is_closed()]:
                del self._async[stale]
        return entry

    async def _acall(self, action: str, member: str, bucket: Bucket) -> Any:
        client, script, turns = self._async_script()
        async with turns:
            if self._resting():
                raise _Resting  # Redis failed while this call queued: it goes to the fallback
            return await script(keys=self._keys, args=self._args(action, member, bucket), client=client)

    def _resting(self) -> bool:
        with self._lock:
            return self._down_until is not None and self._clock() < self._down_until

    def _failed(self, exc: Exception, bucket: Bucket) -> Booking:
        reason = f"{type(exc).__name__}: {exc}".replace(self._url, redacted(self._url))
        if self._required:
            raise HarvestError(f"Redis pacing at {redacted(self._url)} failed ({reason})") from None
        with self._lock:
            first = self._down_until is None
            self._down_until = self._clock() + self._retry_interval
        if first:
            logger.warning(
                "Redis pacing at %s failed (%s); pacing in this process only, retrying Redis every %g s",
                redacted(self._url),
                reason,
                self._retry_interval,
            )
        return self._fallback.reserve(bucket)

    def _recovered(self) -> None:
        if self._down_until is None:
            return
        with self._lock:
            self._down_until = None
        logger.info("Redis pacing at %s is back", redacted(self._url))


# Every Redis pacer, so a forked child can reset their locks and connections.
_every_pacer: weakref.WeakSet[RedisPacer] = weakref.WeakSet()


def _reset_after_fork() -> None:
    for pacer in list(_every_pacer):
        pacer._reset()


os.register_at_fork(after_in_child=_reset_after_fork)
