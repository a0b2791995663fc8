"""python -m harvest_v2.testing --port 8080 [--seed demo] [--churn ...]: serve the fake until interrupted.

A setting it cannot use (a port outside 0-65535, a port already taken, an unknown
seed, a churn it cannot read) ends it with one line on stderr and status 2, not a traceback.
"""

from __future__ import annotations

import argparse
import sys

from .._core._environment import ENVIRONMENT_VARIABLES
from ._churn import CHURN_SYNTAX, parse_churn
from ._limits import RateLimits
from ._seed import SEEDS
from ._server import FakeHarvest

PROG = "python -m harvest_v2.testing"


def _fail(message: str) -> int:
    print(f"{PROG}: error: {message}", file=sys.stderr, flush=True)
    return 2


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog=PROG, description="Serve a fake Harvest API v2.")
    parser.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (default: a free one)")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--seed", help=f"data set to load: {', '.join(SEEDS)}")
    parser.add_argument("--token", default=None, help="bearer token to accept (default: a fixed test token)")
    parser.add_argument("--account-id", default=None, help="Harvest-Account-Id to accept")
    parser.add_argument("--no-rate-limit", action="store_true", help="switch off Harvest's rate limits")
    parser.add_argument(
        "--time-scale", type=float, default=1.0, help="multiply the rate-limit windows (0.1: 100 requests per 1.5 s)"
    )
    parser.add_argument(
        "--churn",
        action="append",
        default=[],
        metavar="KIND:SETTINGS",
        help=f"change records while they are listed (repeatable): {CHURN_SYNTAX}",
    )
    args = parser.parse_args(argv)
    if not 0 <= args.port <= 65535:
        return _fail(f"--port must be 0-65535 (0: a free one), got {args.port}")
    if not args.time_scale > 0:  # NaN included
        return _fail(f"--time-scale must be positive, got {args.time_scale}")
    options = {k: v for k, v in (("access_token", args.token), ("account_id", args.account_id)) if v is not None}
    try:
        fake = FakeHarvest(
            port=args.port,
            host=args.host,
            seed=args.seed,
            rate_limits=RateLimits(enabled=not args.no_rate_limit, time_scale=args.time_scale),
            **options,
        )
        for churn in args.churn:
            kind, churn_options = parse_churn(churn)
            fake.faults.churn(kind, **churn_options)
    except ValueError as exc:
        return _fail(str(exc))
    try:
        fake.start()
    except OSError as exc:
        # Busy port (EADDRINUSE), a host not on this machine, no permission for a low port...
        reason = exc.strerror or str(exc)
        return _fail(f"cannot listen on {args.host}:{args.port}: {reason}")
    print(f"Fake Harvest on {fake.base_url}", flush=True)
    print(f"  {ENVIRONMENT_VARIABLES['access_token']}={fake.access_token}", flush=True)
    print(f"  {ENVIRONMENT_VARIABLES['account_id']}={fake.account_id}", flush=True)
    try:
        fake.serve_forever()
    except KeyboardInterrupt:
        return 130  # 128 + SIGINT, as a shell reports an interrupted command
    return 0


if __name__ == "__main__":
    sys.exit(main())
