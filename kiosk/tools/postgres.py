"""A throwaway PostgreSQL server for the tests and the benchmarks: ``initdb`` into a temporary
folder, listening on a Unix socket there and on no TCP port, with scram-sha-256 passwords, and
gone when the block ends. Nothing assumes a server already running.

PostgreSQL refuses to run as root; started by root (as in CI), the server runs as the
``postgres`` user Debian's package makes, in a folder that user owns.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import secrets
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

PORT = 5432
"""Only names the socket file (``.s.PGSQL.5432``): the server opens no TCP port."""
ADMIN = "clinic_admin"
DATABASE = "clinic"


def server_programs() -> Path:
    """Where ``initdb`` and ``pg_ctl`` are: Debian keeps them out of PATH, one folder a
    version; the newest is used."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=_version)
    if found:
        return found[-1].parent
    on_path = shutil.which("initdb")
    if on_path:
        return Path(on_path).parent
    raise RuntimeError(
        "PostgreSQL's server is missing: scripts/test installs it (Debian package postgresql)"
    )


def _version(initdb: Path) -> tuple[int, ...]:
    name = initdb.parents[1].name
    return tuple(int(part) for part in name.split(".") if part.isdigit())


@dataclass
class PostgresServer:
    folder: Path
    programs: Path
    admin_password: str
    run_as: str | None
    """The user the server runs as when this process is root."""

    @property
    def socket_dir(self) -> Path:
        return self.folder

    @property
    def data(self) -> Path:
        return self.folder / "data"

    def url(self, user: str = ADMIN, password: str | None = None, database: str = DATABASE) -> str:
        secret = self.admin_password if password is None and user == ADMIN else password
        who = quote(user, safe="") + (f":{quote(secret, safe='')}" if secret else "")
        return f"postgresql://{who}@/{database}?host={quote(str(self.socket_dir))}&port={PORT}"

    def _run(self, *command: str) -> subprocess.CompletedProcess[str]:
        prefix = ["runuser", "-u", self.run_as, "--"] if self.run_as else []
        return subprocess.run(
            [*prefix, *command], capture_output=True, text=True, timeout=120, check=False
        )

    def _checked(self, *command: str) -> None:
        done = self._run(*command)
        if done.returncode != 0:
            raise RuntimeError(f"{Path(command[0]).name} failed: {done.stderr or done.stdout}")

    def start(self) -> None:
        log = self.folder / "server.log"
        self._checked(
            str(self.programs / "pg_ctl"),
            *("-D", str(self.data), "-l", str(log), "-w", "-t", "60"),
            *("-o", f"-c listen_addresses='' -k {self.socket_dir} -p {PORT}"),
            "start",
        )

    def stop(self, mode: str = "fast") -> None:
        """``fast`` ends every session and stops; ``immediate`` is a crash, as a power cut is."""
        self._run(str(self.programs / "pg_ctl"), "-D", str(self.data), "-m", mode, "-w", "stop")

    def running(self) -> bool:
        return (
            self._run(str(self.programs / "pg_ctl"), "-D", str(self.data), "status").returncode == 0
        )


def _server_user() -> str | None:
    if os.geteuid() != 0:
        return None
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        raise RuntimeError(
            "PostgreSQL cannot run as root, and there is no postgres user to run it as "
            "(Debian's postgresql package makes one)"
        ) from None
    return "postgres"


@contextlib.contextmanager
def postgres_server() -> Iterator[PostgresServer]:
    """A new, empty server with the database ``clinic`` and its owner ``clinic_admin``."""
    programs = server_programs()
    run_as = _server_user()
    folder = Path(tempfile.mkdtemp(prefix="clinic-postgres-"))
    password = secrets.token_urlsafe(18)
    (folder / "password").write_text(password + "\n", encoding="utf-8")
    if run_as:
        entry = pwd.getpwnam(run_as)
        os.chown(folder, entry.pw_uid, entry.pw_gid)
        os.chown(folder / "password", entry.pw_uid, entry.pw_gid)
    os.chmod(folder, 0o700)
    server = PostgresServer(folder, programs, password, run_as)
    try:
        server._checked(
            str(programs / "initdb"),
            *("-D", str(server.data), "-U", ADMIN, "--pwfile", str(folder / "password")),
            *("--auth-local=scram-sha-256", "--auth-host=scram-sha-256", "-E", "UTF8"),
            "--no-instructions",
        )
        (folder / "password").unlink()
        server.start()
        _create_database(server)
        yield server
    finally:
        server.stop("immediate")
        shutil.rmtree(folder, ignore_errors=True)


def _create_database(server: PostgresServer) -> None:
    import psycopg

    with psycopg.connect(server.url(database="postgres"), autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {DATABASE} OWNER {ADMIN}")
