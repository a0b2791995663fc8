"""Progress of a list on stderr: records so far, of the total when known, rate and pages.

Animated (rich) only when stderr is a terminal; otherwise a plain line now and
then and one at the end, so logs of scheduled exports stay readable. Never on
stdout, which carries the data.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from types import TracebackType
from typing import IO, Any

__all__ = ["Progress"]


class Progress:
    """Counts pages and records of one list and reports them on a stream (stderr)."""

    def __init__(
        self,
        label: str,
        stream: IO[str],
        *,
        animated: bool | None = None,
        interval: float = 5.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.label = label
        self.records = 0
        self.pages = 0
        self.total: int | None = None
        self._stream = stream
        self._clock = clock
        self._started = clock()
        self._interval = interval
        self._last_line = self._started
        self._animated = _is_tty(stream) if animated is None else animated
        self._bar: Any = None
        self._task: Any = None

    def __enter__(self) -> Progress:
        if self._animated:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            self._bar = Progress(
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("records, {task.fields[pages]} pages, {task.fields[rate]}"),
                TimeElapsedColumn(),
                console=Console(file=self._stream),
                transient=False,
            )
            self._bar.start()
            self._task = self._bar.add_task(self.label, total=None, pages=0, rate="")
        return self

    def page(self, records: int, total: int | None) -> None:
        """One more page of `records` records; `total` is the page's total_entries when the API gives it."""
        self.records += records
        self.pages += 1
        if total is not None:
            self.total = total
        if self._bar is not None:
            self._bar.update(self._task, completed=self.records, total=self.total, pages=self.pages, rate=self._rate())
            return
        now = self._clock()
        if now - self._last_line >= self._interval:
            self._last_line = now
            self._line()

    def _rate(self) -> str:
        elapsed = self._clock() - self._started
        return f"{self.records / elapsed:,.0f} records/s" if elapsed > 0 else ""

    def _line(self, final: str = "") -> None:
        of = f" of {self.total:,}" if self.total is not None else ""
        rate = self._rate()
        parts = [f"{self.records:,}{of} records", f"{self.pages} page{'s' if self.pages != 1 else ''}"]
        if rate:
            parts.append(rate)
        self._stream.write(f"{self.label}: {', '.join(parts)}{final}\n")
        self._stream.flush()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._bar is not None:
            self._bar.stop()
            return
        if exc_type is None:
            self._line(f", done in {self._clock() - self._started:.1f} s")


def _is_tty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
