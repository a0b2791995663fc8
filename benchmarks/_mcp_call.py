"""What a tool call costs on top of the client call it makes: `make bench` figure 10.

One `get_time_entry` through the MCP server (the SDK's in-memory client and
server, JSON-RPC validation, argument checks, exact JSON out) against the same
`hv.time_entries.get` on the same AsyncHarvest, both answered by one
httpx.MockTransport, so the figure is the server's own cost per call.
"""

from __future__ import annotations

import json
import time
from typing import Any

from benchmarks._data import BASE, time_entry


async def _measure(rounds: int, per_round: int) -> tuple[float, float]:
    import httpx
    from harvest_v2 import AsyncHarvest
    from harvest_v2.mcp import create_server
    from mcp import Client

    body = json.dumps(time_entry(1)).encode()

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers={"Content-Type": "application/json"})

    async with AsyncHarvest(
        "t", "1", "Bench (bench@example.com)", base_url=BASE, throttle=False, transport=httpx.MockTransport(answer)
    ) as hv:
        client = Client(create_server(hv))
        async with client:
            best_tool = best_direct = float("inf")
            for _ in range(rounds):
                start = time.perf_counter()
                for _ in range(per_round):
                    await hv.time_entries.get(1)
                best_direct = min(best_direct, time.perf_counter() - start)
                start = time.perf_counter()
                for _ in range(per_round):
                    result: Any = await client.call_tool("get_time_entry", {"time_entry_id": 1})
                    assert not result.is_error
                best_tool = min(best_tool, time.perf_counter() - start)
    return best_tool, best_direct


def figure(quick: bool) -> tuple[str, str, str, float, str, None]:
    """The row: per-call time through the server, the direct call, their ratio (reported, not judged)."""
    import anyio

    per_round = 20 if quick else 200
    tool, direct = anyio.run(_measure, 2 if quick else 10, per_round)
    return (
        "17. one tool call via MCP (in-memory client, MockTransport)",
        f"{tool / per_round * 1e6:.0f} us",
        f"AsyncHarvest call {direct / per_round * 1e6:.0f} us",
        tool / direct,
        "reported",
        None,
    )
