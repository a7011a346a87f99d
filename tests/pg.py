"""A real PostgreSQL server for tests: `initdb` + `pg_ctl` on a temporary folder and a free port.

Use from a test module:

    from pg import pg_server, pg_url  # noqa: F401  (pytest fixtures)

    def test_x(pg_url):  # a fresh empty database, as a SQLAlchemy URL
        store = open_store(pg_url)

`pg_server` (session scope) starts one server for the whole test session and
skips with a message when the PostgreSQL binaries are not installed
(Debian: `apt-get install postgresql`; they land in /usr/lib/postgresql/*/bin).
`pg_url` creates a new database per test and drops it afterwards. When the
tests run as root (containers), the server runs as the `postgres` user,
because `initdb` refuses to run as root.
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

PG_USER = "callqa"


def find_pg_bin() -> Path | None:
    """The folder with pg_ctl/initdb: newest /usr/lib/postgresql/*/bin, else PATH."""
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"),
                        key=lambda p: int(Path(p).parent.parent.name) if Path(p).parent.parent.name.isdigit() else 0)
    if candidates:
        return Path(candidates[-1]).parent
    found = shutil.which("pg_ctl")
    return Path(found).parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _demote():
    """preexec_fn that drops root to the postgres user (initdb refuses root)."""
    if os.geteuid() != 0:
        return None
    import pwd

    try:
        pw = pwd.getpwnam("postgres")
    except KeyError:
        pytest.skip("running as root and there is no 'postgres' user to run the test server as")

    def run_as() -> None:
        os.setgid(pw.pw_gid)
        os.setuid(pw.pw_uid)

    return run_as, pw.pw_uid, pw.pw_gid


@dataclass
class PgServer:
    bindir: Path
    datadir: Path
    port: int
    host: str = "127.0.0.1"

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{PG_USER}@{self.host}:{self.port}/{database}"


def start_server(base: Path, durable: bool = False) -> tuple[PgServer, object]:
    """initdb + pg_ctl start; `durable=False` turns fsync off (tests), True keeps PostgreSQL's defaults (benchmarks)."""
    bindir = find_pg_bin()
    if bindir is None:
        raise FileNotFoundError("PostgreSQL binaries not found")
    demote = _demote()
    preexec = demote[0] if demote else None
    base.mkdir(parents=True, exist_ok=True)
    if demote:
        os.chown(base, demote[1], demote[2])
    datadir = base / "data"
    port = _free_port()
    env = dict(os.environ, LC_ALL="C.UTF-8", LANG="C.UTF-8")
    subprocess.run([str(bindir / "initdb"), "-D", str(datadir), "-U", PG_USER, "--auth=trust", "-E", "UTF8",
                    *([] if durable else ["--no-sync"])], check=True, capture_output=True, preexec_fn=preexec, env=env, cwd=base)
    opts = f"-h 127.0.0.1 -p {port} -k {base}"
    if not durable:
        opts += " -c fsync=off -c full_page_writes=off -c synchronous_commit=off"
    subprocess.run([str(bindir / "pg_ctl"), "-D", str(datadir), "-o", opts, "-l", str(base / "log"), "-w",
                    "-t", "60", "start"], check=True, capture_output=True, preexec_fn=preexec, env=env, cwd=base)
    return PgServer(bindir, datadir, port), preexec


def stop_server(server: PgServer, preexec) -> None:
    subprocess.run([str(server.bindir / "pg_ctl"), "-D", str(server.datadir), "-m", "immediate", "-w", "stop"],
                   capture_output=True, preexec_fn=preexec, cwd=server.datadir.parent)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    if find_pg_bin() is None:
        pytest.skip("PostgreSQL is not installed (no pg_ctl in /usr/lib/postgresql/*/bin or PATH); "
                    "install the Debian 'postgresql' package to run these tests")
    pytest.importorskip("psycopg", reason="psycopg is needed for PostgreSQL: pip install 'callqa[postgres]'")
    base = Path(tempfile.mkdtemp(prefix="callqa-pg-"))
    try:
        server, preexec = start_server(base)
    except subprocess.CalledProcessError as exc:
        shutil.rmtree(base, ignore_errors=True)
        pytest.fail(f"could not start PostgreSQL: {exc.stderr.decode(errors='replace')[-2000:]}")
    try:
        yield server
    finally:
        stop_server(server, preexec)
        shutil.rmtree(base, ignore_errors=True)


_db_numbers = itertools.count(1)


@pytest.fixture
def pg_url(pg_server: PgServer) -> Iterator[str]:
    """A fresh, empty database on the session's server (dropped afterwards)."""
    import psycopg

    name = f"callqa_test_{os.getpid()}_{next(_db_numbers)}"
    admin = f"host=127.0.0.1 port={pg_server.port} user={PG_USER} dbname=postgres"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield pg_server.url(name)
    finally:
        for _ in range(20):
            try:
                with psycopg.connect(admin, autocommit=True) as conn:
                    conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
                break
            except psycopg.OperationalError:
                time.sleep(0.1)
