"""Two kiosks of one clinic, each the real kiosk over its own data folder with its real
check-in, and a real PostgreSQL server the tests start: each patient's check-in is committed
on their kiosk and reaches the server once, with that kiosk's letter; staff mode says so."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from PySide6.QtCore import QSize
from pytestqt.qtbot import QtBot

from kiosk.cli.clinic import join_clinic
from kiosk.core.paths import DataDir
from kiosk.core.storage.clinic_schema import KIOSK_ROLE
from kiosk.tools.postgres import PostgresServer
from kiosk.ui.app.kiosk_window import KioskWindow, build_kiosk
from tests.conftest import KIOSK_TESTER, add_accounts
from tests.core.test_clinic_schema import initialised
from tests.ui.test_staff import an_urgent_check_in_waiting


@pytest.fixture
def two_kiosks(
    qtbot: QtBot, postgres: PostgresServer, clinic_database: str, tmp_path: Path
) -> Iterator[tuple[KioskWindow, KioskWindow]]:
    secrets = tmp_path / "secrets"
    initialised(postgres, clinic_database, secrets)
    kiosks = []
    for letter, where in (("A", "Main entrance"), ("B", "Second floor")):
        data = DataDir(tmp_path / f"kiosk-{letter}")
        url = postgres.url(KIOSK_ROLE, None, clinic_database)
        assert join_clinic(data, url, letter, where, secrets / f"{KIOSK_ROLE}.password") == 0
        add_accounts(data, KIOSK_TESTER)
        kiosk = build_kiosk(data, kiosk_mode=False, size=QSize(1280, 800))
        kiosk.window.show()
        qtbot.waitExposed(kiosk.window)
        kiosks.append(kiosk)
    yield kiosks[0], kiosks[1]
    for kiosk in kiosks:
        kiosk.shutdown()


def server_rows(postgres: PostgresServer, database: str) -> list[tuple[str, str, str]]:
    with psycopg.connect(postgres.url(database=database)) as admin:
        rows = admin.execute(
            "SELECT kiosk, ticket, first_name FROM checkins ORDER BY kiosk, ticket"
        ).fetchall()
    return [(str(k), str(t), str(n)) for k, t, n in rows]


def test_a_check_in_on_each_kiosk_reaches_the_server_once_with_its_letter(
    qtbot: QtBot,
    postgres: PostgresServer,
    clinic_database: str,
    two_kiosks: tuple[KioskWindow, KioskWindow],
) -> None:
    first, second = two_kiosks
    an_urgent_check_in_waiting(first, "Ana", "Ruiz")
    an_urgent_check_in_waiting(second, "Ben", "Okafor")
    an_urgent_check_in_waiting(first, "Cleo", "Park")
    qtbot.waitUntil(lambda: len(server_rows(postgres, clinic_database)) == 3, timeout=10_000)
    assert server_rows(postgres, clinic_database) == [
        ("A", "A-1", "Ana"),
        ("A", "A-2", "Cleo"),
        ("B", "B-1", "Ben"),
    ]
    # Each kiosk keeps its own check-ins, under its own letter, as a kiosk on its own does.
    assert [c.ticket for c in first.store.checkins()] == ["A-1", "A-2"]
    assert [c.ticket for c in second.store.checkins()] == ["B-1"]

    def all_sent(kiosk: KioskWindow, letter: str) -> bool:
        line = kiosk.staff.property("clinicLine")
        return bool(line == f"Kiosk {letter} of the clinic: every check-in is sent.")

    qtbot.waitUntil(lambda: all_sent(first, "A") and all_sent(second, "B"), timeout=10_000)
