"""The command's exit statuses, as shells and `set -o pipefail` scripts expect them.

    0    done, or the reader closed the pipe (`harvest-v2 ... | head -1`), like cat
    1    Harvest or the connection failed (HTTP error, refused, timed out, a bad answer)
    2    the command was wrong (unknown command or option, a value that does not parse)
    130  interrupted (SIGINT, Ctrl-C): 128 + 2
    143  terminated (SIGTERM): 128 + 15

`run` is the one place that turns what happened into a status; every subcommand
(the operations, `fake`, and those other modules add) raises `Failure` for a
status 1 and click's UsageError / BadParameter for a status 2.
"""

from __future__ import annotations

import contextlib
import enum
import errno
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from types import FrameType
from typing import IO, Any, NoReturn

import click

from .. import HarvestError
from ._safe_text import echo_error

__all__ = [
    "ExitStatus",
    "Failure",
    "ReaderGone",
    "Terminated",
    "closed_pipe_as_reader_gone",
    "failure",
    "run",
    "signals_as_exceptions",
]


class ExitStatus(enum.IntEnum):
    """What the process exits with."""

    OK = 0
    FAILURE = 1
    USAGE = 2
    INTERRUPTED = 128 + signal.SIGINT
    TERMINATED = 128 + signal.SIGTERM


class Failure(click.ClickException):
    """Harvest, the connection or the output failed: one line on stderr, exit status 1."""

    exit_code = ExitStatus.FAILURE

    def show(self, file: IO[Any] | None = None) -> None:
        echo_error(self.message, file=file)


def failure(label: str, error: BaseException) -> Failure:
    """The Failure for a command (`clients get`) that `error` stopped; HarvestError text already names the request."""
    if isinstance(error, HarvestError):
        return Failure(f"{label} failed: {error}")
    return Failure(f"{label} failed: {type(error).__name__}: {error}")


class Terminated(BaseException):
    """SIGTERM arrived: raised in the main thread so `with` blocks close (the client, a JSON array)."""


def _terminate(signum: int, frame: FrameType | None) -> NoReturn:
    raise Terminated


@contextlib.contextmanager
def signals_as_exceptions() -> Iterator[None]:
    """SIGTERM as Terminated (SIGINT is already KeyboardInterrupt) for the process's main thread; restored after."""
    if threading.current_thread() is not threading.main_thread():
        yield  # signal handlers can only be set from the main thread (an embedding host's worker)
        return
    previous = signal.signal(signal.SIGTERM, _terminate)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


class ReaderGone(Exception):
    """The reader of stdout closed the pipe: not a failure, the way `cat file | head -1` is not one."""


@contextlib.contextmanager
def closed_pipe_as_reader_gone() -> Iterator[None]:
    """A write to a closed pipe as ReaderGone, before click sees it (click would exit 1 for it)."""
    try:
        yield
    except OSError as exc:
        if isinstance(exc, BrokenPipeError) or exc.errno == errno.EPIPE:
            raise ReaderGone from None
        raise


def _quiet_closed_pipe() -> None:
    # The reader (head, less) went away. Python would complain again when it flushes stdout
    # at exit; pointing stdout at /dev/null is Python's own advice for this (see the signal docs).
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass  # not a real file descriptor (an in-process runner): nothing will be flushed to it


def run(invoke: Callable[[], object]) -> NoReturn:
    """Run the command (click's main with standalone_mode=False) and exit with the status it earned."""
    status: int
    try:
        result = invoke()
        # An int is the code of ctx.exit(code) (--help, --version: 0); what a callback returns is not a status.
        status = result if type(result) is int else ExitStatus.OK
    except click.exceptions.Abort as abort:
        # click turns KeyboardInterrupt into Abort, and so EOF at a prompt (not an interruption).
        if not isinstance(abort.__cause__ or abort.__context__, KeyboardInterrupt):
            echo_error("aborted")
            status = ExitStatus.FAILURE
        else:
            status = ExitStatus.INTERRUPTED
    except KeyboardInterrupt:
        status = ExitStatus.INTERRUPTED
    except Terminated:
        status = ExitStatus.TERMINATED
    except click.ClickException as exc:
        exc.show()
        status = exc.exit_code
    except ReaderGone:
        _quiet_closed_pipe()
        status = ExitStatus.OK
    raise SystemExit(status)
