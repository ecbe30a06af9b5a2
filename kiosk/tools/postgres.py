"""A throwaway PostgreSQL server for the tests and the benchmarks: ``initdb`` into a temporary
folder, listening on a Unix socket there and on no TCP port, with scram-sha-256 passwords, and
gone when the block ends. Nothing assumes a server already running. For the TLS tests it also
listens on a free port of ``localhost``, with or without a certificate.

PostgreSQL refuses to run as root; started by root (as in CI), the server runs as the
``postgres`` user Debian's package makes, in a folder that user owns.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

PORT = 5432
"""Only names the socket file (``.s.PGSQL.5432``) unless the server also listens on TCP."""
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


@dataclass(frozen=True)
class Tls:
    """The server's certificate and its private key (PEM files)."""

    certificate: Path
    key: Path


@dataclass
class PostgresServer:
    folder: Path
    programs: Path
    admin_password: str
    run_as: str | None
    """The user the server runs as when this process is root."""
    port: int = PORT
    tcp: bool = False
    """Listen on ``localhost:port`` too."""
    tls: bool = False
    """Offer TLS there, with the certificate copied into the folder."""

    @property
    def socket_dir(self) -> Path:
        return self.folder

    @property
    def data(self) -> Path:
        return self.folder / "data"

    def url(self, user: str = ADMIN, password: str | None = None, database: str = DATABASE) -> str:
        secret = self.admin_password if password is None and user == ADMIN else password
        who = quote(user, safe="") + (f":{quote(secret, safe='')}" if secret else "")
        return f"postgresql://{who}@/{database}?host={quote(str(self.socket_dir))}&port={self.port}"

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
            *("-o", self._options()),
            "start",
        )

    def _options(self) -> str:
        listen = "localhost" if self.tcp else ""
        options = f"-c listen_addresses='{listen}' -k {self.socket_dir} -p {self.port}"
        if self.tls:
            options += (
                f" -c ssl=on -c ssl_cert_file={self.folder / 'server.crt'}"
                f" -c ssl_key_file={self.folder / 'server.key'}"
            )
        return options

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


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _copy_private(source: Path, target: Path, run_as: str | None) -> None:
    shutil.copyfile(source, target)
    os.chmod(target, 0o600)
    if run_as:
        entry = pwd.getpwnam(run_as)
        os.chown(target, entry.pw_uid, entry.pw_gid)


@contextlib.contextmanager
def postgres_server(*, tcp: bool = False, tls: Tls | None = None) -> Iterator[PostgresServer]:
    """A new, empty server with the database ``clinic`` and its owner ``clinic_admin``; with
    ``tcp`` or ``tls``, on a free port of ``localhost`` too."""
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
    listens = tcp or tls is not None
    port = _free_port() if listens else PORT
    server = PostgresServer(folder, programs, password, run_as, port, listens, tls is not None)
    if tls is not None:
        _copy_private(tls.certificate, folder / "server.crt", run_as)
        _copy_private(tls.key, folder / "server.key", run_as)
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
