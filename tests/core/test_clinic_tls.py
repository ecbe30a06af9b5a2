"""Kiosks reach the clinic's server over TLS with ``sslmode=verify-full``, on a real PostgreSQL
server the test starts on a TCP port of its own with certificates made by ``openssl``: the
clinic's own authority is trusted; a stranger's certificate, a server named otherwise and a
server without TLS are each refused, said kindly in the kiosk's state, and lose nothing."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest

from kiosk.cli.clinic import join_clinic
from kiosk.core.paths import DataDir
from kiosk.core.storage.checkin_store import SqliteCheckInStore
from kiosk.core.storage.clinic_link import load_link
from kiosk.core.storage.clinic_push import ClinicPusher
from kiosk.core.storage.clinic_schema import KIOSK_ROLE
from kiosk.core.words import say
from kiosk.tools.postgres import PostgresServer, Tls, postgres_server
from tests.core.test_clinic_push import wait_for
from tests.core.test_clinic_schema import initialised
from tests.core.test_store import visit


@dataclass(frozen=True)
class Authority:
    certificate: Path
    key: Path


def openssl(*arguments: str | Path) -> None:
    subprocess.run(["openssl", *map(str, arguments)], check=True, capture_output=True)


def authority(folder: Path, name: str) -> Authority:
    folder.mkdir(parents=True, exist_ok=True)
    slug = name.lower().replace(" ", "-")
    made = Authority(folder / f"{slug}.crt", folder / f"{slug}.key")
    openssl(
        *("req", "-new", "-x509", "-nodes", "-days", "30", "-subj", f"/CN={name}"),
        *("-keyout", made.key, "-out", made.certificate),
    )
    return made


def server_certificate(signer: Authority, host: str, folder: Path) -> Tls:
    key, request, certificate = folder / "server.key", folder / "server.csr", folder / "server.crt"
    extensions = folder / "san.ext"
    extensions.write_text(f"subjectAltName=DNS:{host}\n", encoding="utf-8")
    openssl("req", "-new", "-nodes", "-subj", f"/CN={host}", "-keyout", key, "-out", request)
    openssl(
        *("x509", "-req", "-in", request, "-CA", signer.certificate, "-CAkey", signer.key),
        *("-CAcreateserial", "-days", "30", "-extfile", extensions, "-out", certificate),
    )
    return Tls(certificate, key)


@pytest.fixture(scope="module")
def certificates(tmp_path_factory: pytest.TempPathFactory) -> tuple[Authority, Authority, Tls]:
    folder = tmp_path_factory.mktemp("certificates")
    clinic_ca = authority(folder / "clinic", "Clinic CA")
    stranger = authority(folder / "stranger", "Somebody else")
    return clinic_ca, stranger, server_certificate(clinic_ca, "localhost", folder)


@pytest.fixture(scope="module")
def tls_server(certificates: tuple[Authority, Authority, Tls]) -> Iterator[PostgresServer]:
    with postgres_server(tls=certificates[2]) as server:
        yield server


@pytest.fixture(scope="module")
def plain_server() -> Iterator[PostgresServer]:
    with postgres_server(tcp=True) as server:
        yield server


def kiosk_sending(
    server: PostgresServer,
    tmp_path: Path,
    url: str,
    *,
    letter: str = "A",
    joined_without: str | None = None,
) -> tuple[SqliteCheckInStore, ClinicPusher]:
    """A kiosk of ``server``'s clinic whose link is ``url``; joined over the socket, as a
    kiosk whose certificate changed since it joined."""
    secrets = tmp_path / "secrets"
    initialised(server, "clinic", secrets)
    data = DataDir(tmp_path / "kiosk")
    password = secrets / f"{KIOSK_ROLE}.password"
    assert join_clinic(data, joined_without or url, letter, f"Entrance {letter}", password) == 0
    if joined_without:
        text = data.clinic_file.read_text(encoding="utf-8").replace(joined_without, url)
        data.clinic_file.write_text(text, encoding="utf-8")
    link = load_link(data)
    assert link is not None
    store = SqliteCheckInStore(data.checkin_store, letter=letter, outbox=True)
    store.open()
    pusher = ClinicPusher(data.checkin_store, link, first_wait_s=0.05, longest_wait_s=0.3)
    pusher.start()
    return store, pusher


def server_has(server: PostgresServer, first_name: str) -> bool:
    with psycopg.connect(server.url()) as admin:
        row = admin.execute("SELECT 1 FROM checkins WHERE first_name = %s", (first_name,))
        return row.fetchone() is not None


def tls_url(server: PostgresServer, host: str, root: Path) -> str:
    return (
        f"postgresql://{KIOSK_ROLE}@{host}:{server.port}/clinic"
        f"?sslmode=verify-full&sslrootcert={root}"
    )


def test_a_kiosk_that_trusts_the_clinics_authority_sends_over_tls(
    tls_server: PostgresServer,
    certificates: tuple[Authority, Authority, Tls],
    tmp_path: Path,
) -> None:
    url = tls_url(tls_server, "localhost", certificates[0].certificate)
    store, pusher = kiosk_sending(tls_server, tmp_path, url)
    try:
        store.save(visit("Tess"))
        pusher.wake()
        wait_for(lambda: server_has(tls_server, "Tess"), timeout=10)
        # the pusher notes its success just after the server has the row
        wait_for(lambda: pusher.state().last_sent_at is not None, timeout=5)
        assert pusher.state().problem is None
        with psycopg.connect(tls_server.url()) as admin:
            used = admin.execute(
                "SELECT bool_and(s.ssl) FROM pg_stat_ssl s JOIN pg_stat_activity a USING (pid)"
                " WHERE a.usename = %s",
                (KIOSK_ROLE,),
            ).fetchone()
        assert used == (True,), "the kiosk's connection is encrypted"
    finally:
        pusher.stop()
        store.close()


@pytest.mark.parametrize(
    ("host", "trusted"),
    [("localhost", "stranger"), ("127.0.0.1", "clinic")],
    ids=["a-stranger-s-certificate", "a-server-named-otherwise"],
)
def test_a_certificate_the_kiosk_cannot_verify_is_refused_and_nothing_is_lost(
    tls_server: PostgresServer,
    certificates: tuple[Authority, Authority, Tls],
    tmp_path: Path,
    host: str,
    trusted: str,
) -> None:
    root = certificates[0 if trusted == "clinic" else 1].certificate
    good = tls_url(tls_server, "localhost", certificates[0].certificate)
    store, pusher = kiosk_sending(
        tls_server,
        tmp_path,
        tls_url(tls_server, host, root),
        letter="S" if trusted == "stranger" else "H",
        joined_without=good,
    )
    try:
        store.save(visit("Ursula"))
        pusher.wake()
        wanted = say("the server's TLS certificate could not be verified")
        # The problem may be said before the check-in was saved: then the count follows it.
        wait_for(lambda: (pusher.state().problem, pusher.state().waiting) == (wanted, 1), 10)
        assert not server_has(tls_server, "Ursula")
    finally:
        pusher.stop()
        store.close()


def test_a_server_without_tls_is_refused_and_said_so(
    plain_server: PostgresServer, certificates: tuple[Authority, Authority, Tls], tmp_path: Path
) -> None:
    url = tls_url(plain_server, "localhost", certificates[0].certificate)
    store, pusher = kiosk_sending(
        plain_server, tmp_path, url, joined_without=plain_server.url(KIOSK_ROLE, None, "clinic")
    )
    try:
        store.save(visit("Vera"))
        pusher.wake()
        wanted = say("the server does not offer TLS, which this kiosk requires")
        wait_for(lambda: (pusher.state().problem, pusher.state().waiting) == (wanted, 1), 10)
    finally:
        pusher.stop()
        store.close()
