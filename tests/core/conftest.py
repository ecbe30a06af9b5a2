"""Fixtures of the core tests: a clinic's store on the session's throwaway PostgreSQL server."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest

from kiosk.core.storage.clinic_schema import KIOSK_ROLE
from kiosk.tools.postgres import PostgresServer
from tests.core.test_clinic_schema import initialised


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
