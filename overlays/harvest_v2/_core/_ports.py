"""A free TCP port to serve on: the one home of picking one (the command's fake, benchmarks, tests)."""

from __future__ import annotations

import socket

__all__ = ["free_port"]


def free_port(host: str = "127.0.0.1") -> int:
    """A port the system reports free on host right now (another process may still take it before use)."""
    with socket.socket() as sock:
        sock.bind((host, 0))
        port: int = sock.getsockname()[1]
        return port
