"""Fixtures of the core tests: a clinic's store on the session's throwaway PostgreSQL server, and
kiosks of it that commit check-ins and send them."""

from __future__ import annotations

from collections.abc import Callable, Iterator
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
from kiosk.tools.postgres import PostgresServer
from tests.core.hl7_peer import Hl7Peer
from tests.core.test_clinic_schema import initialised
from tests.core.test_store import visit


@dataclass
class Clinic:
    postgres: PostgresServer
    database: str
    kiosk_password_file: Path

    def kiosk_url(self) -> str:
        """As each kiosk is given it: the kiosk's role, and no password in it."""
        return self.postgres.url(KIOSK_ROLE, None, self.database)

    def rows(self) -> list[tuple[str, str, str]]:
        with psycopg.connect(self.postgres.url(database=self.database)) as admin:
            found = admin.execute(
                "SELECT id, kiosk, ticket FROM checkins ORDER BY received_at, ticket"
            ).fetchall()
        return [(str(i), str(k), str(t)) for i, k, t in found]


@pytest.fixture
def clinic(postgres: PostgresServer, clinic_database: str, tmp_path: Path) -> Iterator[Clinic]:
    secrets = tmp_path / "secrets"
    initialised(postgres, clinic_database, secrets)
    yield Clinic(postgres, clinic_database, secrets / f"{KIOSK_ROLE}.password")
    if not postgres.running():
        postgres.start()


@dataclass
class Kiosk:
    data: DataDir
    store: SqliteCheckInStore
    pusher: ClinicPusher

    def check_in(self, first: str) -> str:
        made = visit(first)
        self.store.save(made)
        self.pusher.wake()
        return made.id


@pytest.fixture
def make_kiosk(clinic: Clinic, tmp_path: Path) -> Iterator[Callable[[str], Kiosk]]:
    made: list[Kiosk] = []

    def make(letter: str) -> Kiosk:
        data = DataDir(tmp_path / f"kiosk-{letter}")
        joined = join_clinic(
            data, clinic.kiosk_url(), letter, f"Entrance {letter}", clinic.kiosk_password_file
        )
        assert joined == 0
        link = load_link(data)
        assert link is not None
        store = SqliteCheckInStore(data.checkin_store, letter=link.letter, outbox=True)
        store.open()
        pusher = ClinicPusher(data.checkin_store, link, first_wait_s=0.1, longest_wait_s=1.0)
        pusher.start()
        made.append(Kiosk(data, store, pusher))
        return made[-1]

    yield make
    for kiosk in made:
        kiosk.pusher.stop()
        kiosk.store.close()


@pytest.fixture
def peer() -> Iterator[Hl7Peer]:
    """A real MLLP receiver (python-hl7's server) on a port of its own."""
    listener = Hl7Peer()
    listener.start()
    yield listener
    listener.close()
