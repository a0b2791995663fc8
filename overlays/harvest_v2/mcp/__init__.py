"""Every operation of the Harvest API v2 as a Model Context Protocol tool: `harvest-v2 mcp`.

    harvest-v2 mcp                      # stdio, read-only tools
    harvest-v2 mcp --mode write         # also create and update
    harvest-v2 mcp --http --port 8765   # streamable HTTP on 127.0.0.1, HARVEST_MCP_SECRET as bearer

In Python, on the official MCP SDK (`pip install "harvest-v2[mcp]"`):

    from harvest_v2 import AsyncHarvest
    from harvest_v2.mcp import ToolPolicy, create_server, serve_stdio

    async def main() -> None:
        async with AsyncHarvest.from_env() as hv:
            await serve_stdio(create_server(hv, ToolPolicy(mode="write", deny=("create_user",))))
"""

try:
    import mcp as _sdk  # noqa: F401  (the official SDK, not this package)
except ImportError as exc:
    raise ImportError('harvest_v2.mcp needs its extra: pip install "harvest-v2[mcp]"') from exc

from ._listing import DEFAULT_LIMIT, MAX_LIMIT
from ._policy import MODES, Mode, ToolPolicy
from ._server import create_server
from ._transports import serve_http, serve_stdio

__all__ = ["DEFAULT_LIMIT", "MAX_LIMIT", "MODES", "Mode", "ToolPolicy", "create_server", "serve_http", "serve_stdio"]
