"""Pacing shared through Redis: every process and host on one Harvest account books from one calendar.

The rule is the in-process one (`_pacing`): a calendar of send times per
bucket, a request booked at the earliest time that keeps every window at or
under the limit, sends kept `general_gap` apart, and a report booked in both
calendars at the one time both allow. Here the calendars are two sorted sets
in Redis and a Lua script books a request in one atomic round trip, on
Redis's own clock (TIME), so hosts with skewed clocks agree: only the wait,
a duration, comes back to the client.

Keys: `harvest_v2:pacing:{<account id>}:general` and `...:reports` (the
braces keep both in one Redis Cluster slot). Members are send times as
scores; times a window old are dropped on every booking and each key expires
a window after its last booked time, so an idle account leaves nothing behind.

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
from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from ._errors import HarvestError
from ._operation import Bucket
from ._pacing import MARGIN, MIN_MARGIN, SPACING, Pacer, RateLimit, general_gap, paced_window

if TYPE_CHECKING:
    import redis
    import redis.asyncio

logger = logging.getLogger("harvest_v2")

__all__ = [
    "KEY_PREFIX",
    "RETRY_INTERVAL",
    "RedisPacer",
    "check_redis_url",
    "redacted",
]

KEY_PREFIX = "harvest_v2:pacing"
RETRY_INTERVAL = 30.0
"""Seconds of in-process pacing after a Redis failure before Redis is tried again."""

# KEYS: the general and the reports calendar (sorted sets of send times, in seconds of Redis's clock).
# ARGV: general requests, window, gap; reports requests, window; "1" for a report; a unique member.
# Returns the wait in seconds, as a string (Redis would truncate a Lua number to an integer).
_BOOK = """
-- Redis before 5 replicates scripts verbatim and refuses writes after TIME unless told to
-- replicate effects; from 5 on this is the default and the call a no-op.
if redis.replicate_commands then redis.replicate_commands() end
local clock = redis.call('TIME')
local now = tonumber(clock[1]) + tonumber(clock[2]) / 1000000

local function load(key, window)
  redis.call('ZREMRANGEBYSCORE', key, '-inf', string.format('%.6f', now - window))
  local flat = redis.call('ZRANGE', key, 0, -1, 'WITHSCORES')
  local times = {}
  for i = 2, #flat, 2 do times[#times + 1] = tonumber(flat[i]) end
  return times
end

-- The earliest time >= at that keeps every window at or under `requests` and every other
-- send `gap` away: _pacing.earliest_slot, line for line.
local function earliest(times, requests, window, gap, at)
  while true do
    local start = at
    for i = 1, #times - requests + 1 do
      local first, last = times[i], times[i + requests - 1]
      if last - first < window and last - window < at and at < first + window then
        at = first + window
      end
    end
    if gap > 0 then
      for i = 1, #times do
        local other = times[i]
        if other > at - gap then
          if other >= at + gap then break end
          at = other + gap
        end
      end
    end
    if at == start then return at end
  end
end

local function book(key, times, window, at)
  redis.call('ZADD', key, string.format('%.6f', at), ARGV[7])
  local last = math.max(at, times[#times] or at)
  redis.call('PEXPIRE', key, math.ceil((last - now + window) * 1000) + 1000)
end

local general_requests, general_window, gap = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local general = load(KEYS[1], general_window)
local at = now
if ARGV[6] == '1' then
  local reports_requests, reports_window = tonumber(ARGV[4]), tonumber(ARGV[5])
  local reports = load(KEYS[2], reports_window)
  while true do
    local settled = earliest(general, general_requests, general_window, gap,
      earliest(reports, reports_requests, reports_window, 0, at))
    if settled == at then break end
    at = settled
  end
  book(KEYS[2], reports, reports_window, at)
else
  at = earliest(general, general_requests, general_window, gap, at)
end
book(KEYS[1], general, general_window, at)
return string.format('%.6f', at - now)
"""


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
        self._keys = [f"{key_prefix}:{{{account_id}}}:general", f"{key_prefix}:{{{account_id}}}:reports"]
        self._limits: list[str | int | float] = [
            general.requests,
            repr(paced_window(general, MARGIN, MIN_MARGIN)),
            repr(general_gap(general, SPACING)),
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
        self._lock = threading.Lock()
        self._down_until: float | None = None
        self._members = itertools.count()
        self._nonce = os.urandom(6).hex()
        self._sync: tuple[redis.Redis, Any] | None = None
        self._async: dict[asyncio.AbstractEventLoop, tuple[redis.asyncio.Redis, Any]] = {}

    @property
    def keys(self) -> list[str]:
        """The two Redis keys (general, reports) this account's calendars live in."""
        return list(self._keys)

    def __repr__(self) -> str:
        return f"RedisPacer({redacted(self._url)!r}, keys={self._keys!r})"

    def reserve(self, bucket: Bucket) -> float:
        """Seconds to wait before sending a request counted against `bucket`; one round trip to Redis."""
        if self._resting():
            return self._fallback.reserve(bucket)
        try:
            client, script = self._sync_script()
            wait = float(script(keys=self._keys, args=self._args(bucket), client=client))
        except self._failures as exc:
            return self._failed(exc, bucket)
        self._recovered()
        return max(0.0, wait)

    async def areserve(self, bucket: Bucket) -> float:
        """`reserve` for event loops, through redis.asyncio; never blocks the loop."""
        if self._resting():
            return self._fallback.reserve(bucket)
        try:
            client, script = self._async_script()
            wait = float(await script(keys=self._keys, args=self._args(bucket), client=client))
        except self._failures as exc:
            return self._failed(exc, bucket)
        self._recovered()
        return max(0.0, wait)

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

    def _args(self, bucket: Bucket) -> list[str | int | float]:
        # Unique per booking, across hosts and forks: a repeated member would move a booking, not add one.
        member = f"{os.getpid()}:{self._nonce}:{next(self._members)}"
        return [*self._limits, "1" if bucket == "reports" else "0", member]

    def _sync_script(self) -> tuple[redis.Redis, Any]:
        with self._lock:  # one connection pool, however many threads start at once
            if self._sync is None:
                self._sync = self._open_sync()
            return self._sync

    def _open_sync(self) -> tuple[redis.Redis, Any]:
        import redis
        from redis.backoff import NoBackoff
        from redis.retry import Retry

        client = redis.Redis.from_url(
            self._url,
            socket_connect_timeout=self._timeouts[0],
            socket_timeout=self._timeouts[1],
            # One quick retry for a pooled connection Redis closed (a restart); a timeout is
            # not retried, so a stalled Redis costs one timeout, not several.
            retry=Retry(NoBackoff(), 1, supported_errors=(redis.ConnectionError,)),
        )
        return client, client.register_script(_BOOK)

    def _async_script(self) -> tuple[redis.asyncio.Redis, Any]:
        # redis.asyncio connections belong to the loop that opened them.
        loop = asyncio.get_running_loop()
        pair = self._async.get(loop)
        if pair is None:
            import redis.asyncio
            from redis.asyncio.retry import Retry
            from redis.backoff import NoBackoff

            client = redis.asyncio.Redis.from_url(
                self._url,
                socket_connect_timeout=self._timeouts[0],
                socket_timeout=self._timeouts[1],
                retry=Retry(NoBackoff(), 1, supported_errors=(redis.ConnectionError,)),
            )
            pair = self._async[loop] = (client, client.register_script(_BOOK))
            for stale in [other for other in self._async if other.is_closed()]:
                del self._async[stale]
        return pair

    def _resting(self) -> bool:
        with self._lock:
            return self._down_until is not None and self._clock() < self._down_until

    def _failed(self, exc: Exception, bucket: Bucket) -> float:
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
