"""The async half of each sync/async pair is the sync half with async/await: checked, not trusted.

Each async source, rewritten mechanically (async and await dropped, aread -> read,
aclose -> close, Async* -> *, Awaitable[X] -> X...), must equal its sync source line for
line, except the lines ALLOWED names with the reason they differ. A failure names both
files and lines, so whoever edits one half is sent to the other.
"""

from __future__ import annotations

import ast
import difflib
import inspect
import re
import textwrap
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest
from harvest_v2 import oauth
from harvest_v2._core import _client, _pagination, _raw, _redis_pacing, _refreshing, _resource

ROOT = Path(__file__).resolve().parents[2]

# (what, sync side, async side): a class pair compares every method; a "Class.method" pair one method.
PAIRS: list[tuple[str, tuple[ModuleType, str], tuple[ModuleType, str]]] = [
    ("clients", (_client, "HarvestClient"), (_client, "AsyncHarvestClient")),
    ("pace booking", (_client, "_Pipeline.book"), (_client, "_Pipeline.abook")),
    ("pace release", (_client, "_Pipeline.release"), (_client, "_Pipeline.arelease")),
    ("paginators", (_pagination, "Paginator"), (_pagination, "AsyncPaginator")),
    ("raw paginators", (_raw, "RawPaginator"), (_raw, "AsyncRawPaginator")),
    ("resources", (_resource, "SyncResource"), (_resource, "AsyncResource")),
    ("redis reservation", (_redis_pacing, "RedisPacer.reserve"), (_redis_pacing, "RedisPacer.areserve")),
    ("refreshers", (_refreshing, "Refresher"), (_refreshing, "AsyncRefresher")),
    ("harvest id", (oauth, "HarvestID"), (oauth, "AsyncHarvestID")),
]

# The async-only spellings the rewrite undoes, in order; then each Async<Name> becomes <Name>.
_REWRITES: list[tuple[str, str]] = [
    (r"\basync (def|with|for) ", r"\1 "),
    (r"\bawait ", ""),
    (r"\bAwaitable\[((?:[^\[\]]|\[[^\[\]]*\])*)\]", r"\1"),  # one level of brackets inside
    (r"\baread\(", "read("),
    (r"\baiter_bytes\(", "iter_bytes("),
    (r"\baclose\b", "close"),
    (r"\bareserve\b", "reserve"),
    (r"\babook\b", "book"),
    (r"\barelease\b", "release"),
    (r"\b__a(enter|exit|iter)__\b", r"__\1__"),
    (r"\bAsyncResource\b", "SyncResource"),
    (r"\bAsync(?=[A-Z])", ""),
    (r"\basync_lock\b", "lock"),
    (r"_async\(", "("),
]

# (pair, method, side, line as written, stripped): differences that are the point of the pair.
ALLOWED: dict[tuple[str, str, str, str], str] = {
    ("clients", "_check_loop", "async", "*"): "an AsyncHarvest belongs to one event loop; threads need no such check",
    ("clients", "_send", "async", "self._check_loop()"): "the event-loop check, async only",
    ("clients", "_default_sleep", "sync", "return time.sleep"): "each side's own sleep",
    ("clients", "_default_sleep", "async", "import asyncio"): "imported late: `import harvest_v2` stays light",
    ("clients", "_default_sleep", "async", "return asyncio.sleep"): "each side's own sleep",
    ("refreshers", "_run_hook", "sync", "self.refresh.on_token_refresh(tokens)"): "a sync client calls the hook",
    ("refreshers", "_run_hook", "async", "stored = self.refresh.on_token_refresh(tokens)"): "may be a coroutine",
    ("refreshers", "_run_hook", "async", "if inspect.isawaitable(stored):"): "the hook may be a coroutine",
    ("refreshers", "_run_hook", "async", "stored  # a coroutine function's result is awaited, not dropped"): "idem",
    ("refreshers", "_store_call", "sync", "return function(*args)"): "a sync client calls the store",
    ("refreshers", "_store_call", "async", "import asyncio"): "imported late: `import harvest_v2` stays light",
    (
        "refreshers",
        "_store_call",
        "async",
        "# Stores are synchronous (a database, Redis): a worker thread keeps the event loop free.",
    ): "the store runs in a worker thread",
    ("refreshers", "_store_call", "async", "return asyncio.to_thread(function, *args)"): "a worker thread",
    ("paginators", "__iter__", "sync", "yield from items"): "an async generator cannot `yield from`",
    ("paginators", "__iter__", "async", "for item in items:"): "an async generator cannot `yield from`",
    ("paginators", "__iter__", "async", "yield item"): "an async generator cannot `yield from`",
    (
        "redis reservation",
        "reserve",
        "sync",
        '"""Book a send counted against `bucket`; one round trip to Redis."""',
    ): "docstring",
    (
        "redis reservation",
        "reserve",
        "async",
        '"""`reserve` for event loops, through redis.asyncio; never blocks the loop."""',
    ): "docstring",
    ("redis reservation", "reserve", "sync", "client, script = self._sync_script()"): "each side's own connection",
    (
        "redis reservation",
        "reserve",
        "sync",
        'wait = float(script(keys=self._keys, args=self._args("book", member, bucket), client=client))',
    ): "threads call the script on the shared blocking pool",
    ("redis reservation", "reserve", "async", 'wait = float(self._acall("book", member, bucket))'): (
        "tasks take turns for a connection (a semaphore per loop), which may find Redis resting"
    ),
    ("redis reservation", "reserve", "async", "except _Resting:"): "idem: Redis found resting while waiting a turn",
    ("redis reservation", "reserve", "async", "return self._fallback.reserve(bucket)"): "idem",
    ("redis reservation", "reserve", "async", "except BaseException:"): "a task can be cancelled mid round trip",
    (
        "redis reservation",
        "reserve",
        "async",
        "# Cancelled while Redis answered: it may have booked, so give the member back (a",
    ): "idem",
    ("redis reservation", "reserve", "async", "# member it never booked is simply not found)."): "idem",
    (
        "redis reservation",
        "reserve",
        "async",
        "self.release(Booking(0.0, bucket, self._clock(), member, self))",
    ): "idem",
    ("redis reservation", "reserve", "async", "raise"): "idem",
    (
        "pace release",
        "release",
        "sync",
        '"""Give back the slot of a request that was not sent (cancelled, interrupted, or never connected)."""',
    ): "docstring on the sync side only",
}


@dataclass(frozen=True)
class _Source:
    """One function's lines, with the file and line number each came from."""

    path: Path
    lines: list[tuple[int, str]]


def rewrite(line: str) -> str:
    """The sync spelling of an async line."""
    for pattern, replacement in _REWRITES:
        line = re.sub(pattern, replacement, line)
    return line


def _functions(module: ModuleType, qualname: str) -> dict[str, list[_Source]]:
    """The functions named qualname ("Class" gives each of its methods) by name, overloads in order."""
    path = Path(inspect.getsourcefile(module) or "")
    text = path.read_text(encoding="utf-8")
    tree = ast.parse(text)
    class_name, _, method = qualname.partition(".")
    classes = [node for node in tree.body if isinstance(node, ast.ClassDef) and node.name == class_name]
    assert len(classes) == 1, f"{path.name} has no class {class_name}: update PAIRS"
    found: dict[str, list[_Source]] = {}
    all_lines = text.splitlines()
    for node in classes[0].body:
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) or (method and node.name != method):
            continue
        first = min([node.lineno, *(decorator.lineno for decorator in node.decorator_list)])
        assert node.end_lineno is not None
        body = textwrap.dedent("\n".join(all_lines[first - 1 : node.end_lineno])).splitlines()
        # Blank lines carry no meaning to mirror.
        numbered = [(number, line) for number, line in enumerate(body, start=first) if line.strip()]
        found.setdefault(node.name, []).append(_Source(path, numbered))
    assert found, f"{path.name} has no {qualname}: update PAIRS"
    return found


def _sync_name(async_name: str) -> str:
    return rewrite(f"def {async_name}(").removeprefix("def ").removesuffix("(")


def differences(pair: str, sync: dict[str, list[_Source]], asynchronous: dict[str, list[_Source]]) -> list[str]:
    """Each line where the rewritten async side and the sync side differ and ALLOWED does not say why."""
    problems: list[str] = []
    renamed = {_sync_name(name): sources for name, sources in asynchronous.items()}
    single = len(sync) == 1 and len(renamed) == 1  # a method pair: compare the two, whatever their names
    if single:
        renamed = {next(iter(sync)): next(iter(renamed.values()))}
    for name in sorted(set(sync) | set(renamed)):
        for side, present, missing in (("sync", sync, renamed), ("async", renamed, sync)):
            if name in present and name not in missing and (pair, name, side, "*") not in ALLOWED:
                where = present[name][0]
                problems.append(
                    f"{pair}: {name} is only on the {side} side ({where.path.relative_to(ROOT)}:{where.lines[0][0]}); "
                    "add its mirror, or allow it in ALLOWED with the reason"
                )
        if name not in sync or name not in renamed:
            continue
        if len(sync[name]) != len(renamed[name]):
            problems.append(f"{pair}: {name} has {len(sync[name])} sync and {len(renamed[name])} async definitions")
            continue
        for left, right in zip(sync[name], renamed[name], strict=True):
            problems.extend(_compare(pair, name, left, right))
    return problems


def _compare(pair: str, name: str, sync: _Source, asynchronous: _Source) -> list[str]:
    ours = [line.rstrip() for _, line in sync.lines]
    theirs = [rewrite(line).rstrip() for _, line in asynchronous.lines]
    problems: list[str] = []
    matcher = difflib.SequenceMatcher(a=ours, b=theirs, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        unexplained = [
            ("sync", sync, i) for i in range(i1, i2) if (pair, name, "sync", ours[i].strip()) not in ALLOWED
        ] + [
            ("async", asynchronous, j) for j in range(j1, j2) if (pair, name, "async", theirs[j].strip()) not in ALLOWED
        ]
        for side, source, index in unexplained:
            number, written = source.lines[index]
            other = asynchronous if side == "sync" else sync
            other_line = other.lines[min(j1 if side == "sync" else i1, len(other.lines) - 1)][0]
            problems.append(
                f"{pair}: {name}: {side} {source.path.relative_to(ROOT)}:{number} `{written.strip()}` has no "
                f"mirror near {other.path.relative_to(ROOT)}:{other_line}"
            )
    return problems


@pytest.mark.parametrize(("pair", "sync_side", "async_side"), PAIRS, ids=[pair for pair, _, _ in PAIRS])
def test_the_async_side_is_the_sync_side_with_async_and_await(
    pair: str, sync_side: tuple[ModuleType, str], async_side: tuple[ModuleType, str]
) -> None:
    problems = differences(pair, _functions(*sync_side), _functions(*async_side))
    assert not problems, "\n".join(problems)


def test_every_allowed_difference_is_still_there() -> None:
    # An allowance nothing needs any more would let that line diverge later unnoticed.
    used: set[tuple[str, str, str, str]] = set()
    for pair, sync_side, async_side in PAIRS:
        sync, asynchronous = _functions(*sync_side), _functions(*async_side)
        for side, functions, convert in (("sync", sync, str), ("async", asynchronous, rewrite)):
            for name, sources in functions.items():
                mirrored = name if side == "sync" else _sync_name(name)
                if len(sync) == 1 and len(asynchronous) == 1:
                    mirrored = next(iter(sync))
                used.add((pair, mirrored, side, "*"))
                used.update((pair, mirrored, side, convert(line).strip()) for s in sources for _, line in s.lines)
    assert not sorted(set(ALLOWED) - used)


def _source(path: Path, text: str, start: int = 1) -> _Source:
    return _Source(path, list(enumerate(text.splitlines(), start=start)))


def test_an_edit_to_one_side_only_is_named_with_its_line() -> None:
    path = ROOT / "overlays" / "harvest_v2" / "_core" / "_client.py"
    sync = {"_call_operation": [_source(path, "def _call_operation(self):\n    response = self._send(call)\n", 10)]}
    edited = "async def _call_operation(self):\n    response = await self._send(call, retry=False)\n"
    asynchronous = {"_call_operation": [_source(path, edited, 20)]}
    problems = differences("clients", sync, asynchronous)
    assert len(problems) == 2
    assert "sync overlays/harvest_v2/_core/_client.py:11 `response = self._send(call)`" in problems[0]
    assert (
        "async overlays/harvest_v2/_core/_client.py:21 `response = await self._send(call, retry=False)`" in problems[1]
    )


def test_a_method_on_one_side_only_is_named() -> None:
    path = ROOT / "overlays" / "harvest_v2" / "_core" / "_pagination.py"
    sync = {"pages": [_source(path, "def pages(self):\n    pass\n")]}
    asynchronous = {
        "pages": [_source(path, "async def pages(self):\n    pass\n")],
        "peek": [_source(path, "async def peek(self):\n    pass\n", 7)],
    }
    (problem,) = differences("paginators", sync, asynchronous)
    assert "peek is only on the async side (overlays/harvest_v2/_core/_pagination.py:7)" in problem


def test_the_rewrite_undoes_only_async_spellings() -> None:
    assert rewrite("    async with refresh.async_lock:") == "    with refresh.lock:"
    assert rewrite("await response.aread()") == "response.read()"
    assert rewrite("fetch: Callable[[OperationCall], Awaitable[PageT]]") == "fetch: Callable[[OperationCall], PageT]"
    assert rewrite("def _open(self) -> httpx.AsyncClient:") == "def _open(self) -> httpx.Client:"
    assert rewrite("async def __aexit__(self):") == "def __exit__(self):"
    assert rewrite("self.reader = already") == "self.reader = already"  # no word merely containing "a..."
