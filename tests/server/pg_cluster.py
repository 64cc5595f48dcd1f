"""A throw-away local PostgreSQL cluster for the server tests and benchmark.

`initdb` into a temporary folder, `pg_ctl start` on a free loopback port with
password (SCRAM) authentication over TCP; stopped and removed afterwards. As root
the server runs as the `postgres` system user (PostgreSQL refuses root).
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

SUPERUSER, SUPERUSER_PASSWORD = "postgres", "super-secret"


def server_binaries() -> Path | None:
    """The folder with initdb and pg_ctl, or None when PostgreSQL is not installed."""
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(candidates[-1]).parent if candidates else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class LocalCluster:
    """One running cluster; `url(database, user, password)` names a database on it."""

    def __init__(self) -> None:
        binaries = server_binaries()
        if binaries is None:
            raise RuntimeError("PostgreSQL server binaries (initdb, pg_ctl) are not installed")
        self.binaries = binaries
        self.folder = Path(tempfile.mkdtemp(prefix="recp-pg-"))
        self.port = _free_port()
        self._as_postgres = os.geteuid() == 0
        if self._as_postgres:
            shutil.chown(self.folder, "postgres")
        (self.folder / "pw").write_text(SUPERUSER_PASSWORD)
        if self._as_postgres:
            shutil.chown(self.folder / "pw", "postgres")
        self._run("initdb", "-D", str(self.folder / "data"), "-U", SUPERUSER,
                  "--pwfile", str(self.folder / "pw"), "--auth-local=trust",
                  "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8")
        self._run("pg_ctl", "-D", str(self.folder / "data"), "-l", str(self.folder / "log"),
                  "-w", "-o", f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 "
                  "-c fsync=off -c synchronous_commit=off -c full_page_writes=off", "start")

    def _run(self, program: str, *arguments: str) -> None:
        command = [str(self.binaries / program), *arguments]
        if self._as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, capture_output=True, cwd=self.folder)

    def url(self, database: str = "postgres", user: str = SUPERUSER,
            password: str | None = SUPERUSER_PASSWORD) -> str:
        """A SQLAlchemy URL for `database` on this cluster."""
        login = user if password is None else f"{user}:{password}"
        return f"postgresql://{login}@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str) -> str:
        """A new empty database; its URL (as the superuser)."""
        import psycopg

        with psycopg.connect(self.url().replace("postgresql://", "postgresql://", 1),
                             autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        """Stop the server and delete its folder."""
        try:
            self._run("pg_ctl", "-D", str(self.folder / "data"), "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)
