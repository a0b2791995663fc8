"""A real PostgreSQL server for the sync tests: Debian's initdb and pg_ctl in a temporary directory.

It listens on a free 127.0.0.1 port (no Unix socket), trusts local connections and
runs as the `postgres` user when started as root (initdb refuses root). Missing
binaries are a failure with how to install them, never a skip.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

HOW_TO_INSTALL = (
    "PostgreSQL is not installed; the sync tests need its server binaries (initdb, pg_ctl): "
    "`make install` as root installs it, or run `sudo apt-get install postgresql`"
)


def _bin_dir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class PostgresServer:
    """initdb, pg_ctl start on 127.0.0.1:<free port>, and pg_ctl stop on `stop()`."""

    def __init__(self) -> None:
        self.port = 0
        self._dir: tempfile.TemporaryDirectory[str] | None = None
        self._bin: Path | None = None
        self._databases = 0

    def _as_owner(self, *command: str) -> list[str]:
        if os.geteuid() == 0:
            return ["runuser", "-u", "postgres", "--", *command]
        return list(command)

    def start(self) -> PostgresServer:
        self._bin = _bin_dir()
        if self._bin is None:
            raise RuntimeError(HOW_TO_INSTALL)
        self._dir = tempfile.TemporaryDirectory(prefix="harvest-pg-")
        data = Path(self._dir.name) / "data"
        if os.geteuid() == 0:
            shutil.chown(self._dir.name, "postgres")
        self.port = _free_port()
        subprocess.run(
            self._as_owner(str(self._bin / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8"),
            check=True,
            capture_output=True,
        )
        options = f"-h 127.0.0.1 -p {self.port} -k '' -c fsync=off -c full_page_writes=off"
        subprocess.run(
            self._as_owner(
                str(self._bin / "pg_ctl"),
                "-D",
                str(data),
                "-o",
                options,
                "-l",
                str(Path(self._dir.name) / "log"),
                "-w",
                "-t",
                "60",
                "start",
            ),
            check=True,
            capture_output=True,
        )
        return self

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        """A fresh empty database; returns its plain postgresql:// URL (psycopg 3 underneath)."""
        import sqlalchemy as sa

        self._databases += 1
        name = f"copy_{os.getpid()}_{self._databases}_{int(time.time() * 1000) % 100000}"
        engine = sa.create_engine(
            self.url().replace("postgresql://", "postgresql+psycopg://"), isolation_level="AUTOCOMMIT"
        )
        with engine.connect() as conn:
            conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
        engine.dispose()
        return self.url(name)

    def stop(self) -> None:
        if self._dir is None or self._bin is None:
            return
        data = Path(self._dir.name) / "data"
        subprocess.run(
            self._as_owner(str(self._bin / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"),
            capture_output=True,
        )
        self._dir.cleanup()
        self._dir = None
