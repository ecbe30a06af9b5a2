"""Two kiosks of one clinic, each the real kiosk over its own data folder with its real
check-in, and a real PostgreSQL server the tests start: each patient's check-in is committed
on their kiosk and reaches the server once, with that kiosk's letter; staff mode says so."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import psycopg
import pytest
from PySide6.QtCore import QSize
from pytestqt.qtbot import QtBot

from kiosk.cli.clinic import join_clinic
from kiosk.core.paths import DataDir
from kiosk.core.storage.clinic_schema import KIOSK_ROLE
from kiosk.core.storage.records import Status
from kiosk.tools.postgres import PostgresServer
from kiosk.ui.app.kiosk_window import KioskWindow, build_kiosk
from tests.conftest import KIOSK_TESTER, add_accounts
from tests.core.test_clinic_schema import initialised
from tests.ui.patient import Patient
from tests.ui.test_staff import a_check_in, an_urgent_check_in_waiting, sign_in


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
    """Each check-in the server has: its kiosk, its ticket, and "sealed" when its answers came as
    a box alone (the first name, in clear, otherwise)."""
    with psycopg.connect(postgres.url(database=database)) as admin:
        rows = admin.execute(
            "SELECT kiosk, ticket, first_name, sealed IS NOT NULL FROM checkins"
            " ORDER BY kiosk, ticket"
        ).fetchall()
    return [(str(k), str(t), "sealed" if box and not n else str(n)) for k, t, n, box in rows]


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
        ("A", "A-1", "sealed"),
        ("A", "A-2", "sealed"),
        ("B", "B-1", "sealed"),
    ]
    # Each kiosk keeps its own check-ins, under its own letter, as a kiosk on its own does.
    assert [c.ticket for c in first.store.checkins()] == ["A-1", "A-2"]
    assert [c.ticket for c in second.store.checkins()] == ["B-1"]

    def all_sent(kiosk: KioskWindow, letter: str) -> bool:
        line = kiosk.staff.property("clinicLine")
        return bool(line == f"Kiosk {letter} of the clinic: every check-in is sent.")

    qtbot.waitUntil(lambda: all_sent(first, "A") and all_sent(second, "B"), timeout=10_000)


def check_in(kiosk: KioskWindow, first: str) -> int:
    return a_check_in(kiosk, first, "Okafor", urgent=False)


def admin(postgres: PostgresServer, database: str, statement: str, *args: object) -> None:
    with psycopg.connect(postgres.url(database=database), autocommit=True) as db:
        db.execute(statement, args)


def test_people_ahead_count_the_whole_clinic_and_a_mark_at_the_desk_reaches_the_kiosk(
    qtbot: QtBot,
    postgres: PostgresServer,
    clinic_database: str,
    two_kiosks: tuple[KioskWindow, KioskWindow],
) -> None:
    first, second = two_kiosks
    assert "the clinic's server" in first.check_in.property("privacyNotice")
    check_in(second, "Ben")
    check_in(second, "Bea")
    qtbot.waitUntil(lambda: len(server_rows(postgres, clinic_database)) == 2, timeout=10_000)
    qtbot.wait(600)  # the first kiosk hears of them (within a second; here, at most)
    assert check_in(first, "Ana") == 2, "two patients of the second kiosk wait before her"

    admin(
        postgres,
        clinic_database,
        "UPDATE checkins SET status = 'called', status_at = now() WHERE ticket = 'A-1'",
    )
    qtbot.waitUntil(
        lambda: [c.status for c in first.store.queue(date.today())] == [Status.CALLED],
        timeout=1000,
    )
    clinic = first.desk.clinic if first.desk else None
    assert clinic is not None
    try:
        postgres.stop()
        qtbot.waitUntil(lambda: clinic.queue.others_ahead(datetime.now()) is None, timeout=10_000)
        # Away from the server the kiosk counts its own queue: A-1 was called, so none.
        assert check_in(first, "Cleo") == 0
    finally:
        postgres.start()


def test_a_slide_switched_off_on_one_kiosk_plays_so_on_the_other_and_stays_so_offline(
    qtbot: QtBot,
    postgres: PostgresServer,
    clinic_database: str,
    two_kiosks: tuple[KioskWindow, KioskWindow],
    tmp_path: Path,
) -> None:
    first, second = two_kiosks
    parts = [k.desk.clinic for k in (first, second) if k.desk]
    qtbot.waitUntil(lambda: all(p and p.files.rounds for p in parts), timeout=10_000)
    playing = second.slideshow.slide_list().ids()
    person = Patient(first, qtbot)
    sign_in(person, KIOSK_TESTER[1])
    person.tap("slidesTab")
    person.tap("slideOn0")
    qtbot.waitUntil(lambda: first.slideshow.slide_list().ids() == playing[1:], timeout=2000)
    qtbot.waitUntil(lambda: second.slideshow.slide_list().ids() == playing[1:], timeout=2000)

    second.shutdown()
    postgres.stop()
    try:
        again = build_kiosk(DataDir(tmp_path / "kiosk-B"), kiosk_mode=False, size=QSize(1280, 800))
        try:
            again.window.show()
            qtbot.waitExposed(again.window)
            assert again.slideshow.property("deckOrigin") == "clinic"
            assert again.slideshow.slide_list().ids() == playing[1:]
        finally:
            again.shutdown()
    finally:
        postgres.start()


def test_a_kiosk_whose_clinic_file_breaks_keeps_its_letter_and_sends_once_it_is_mended(
    qtbot: QtBot, postgres: PostgresServer, clinic_database: str, tmp_path: Path
) -> None:
    secrets = tmp_path / "secrets"
    initialised(postgres, clinic_database, secrets)
    data = DataDir(tmp_path / "kiosk-F")
    url = postgres.url(KIOSK_ROLE, None, clinic_database)
    assert join_clinic(data, url, "F", "Fourth floor", secrets / f"{KIOSK_ROLE}.password") == 0
    add_accounts(data, KIOSK_TESTER)

    def started() -> KioskWindow:
        kiosk = build_kiosk(data, kiosk_mode=False, size=QSize(1280, 800))
        kiosk.window.show()
        qtbot.waitExposed(kiosk.window)
        return kiosk

    kiosk = started()
    check_in(kiosk, "Fay")
    qtbot.waitUntil(lambda: len(server_rows(postgres, clinic_database)) == 1, timeout=10_000)
    kiosk.shutdown()

    good = data.clinic_file.read_bytes()
    data.clinic_file.unlink()
    os.mkfifo(data.clinic_file)
    kiosk = started()
    try:
        check_in(kiosk, "Gus")
        assert [c.ticket for c in kiosk.store.checkins()] == ["F-1", "F-2"], "never A-1"
        problems = kiosk.staff.property("startProblems")
        assert any("as kiosk F, and sent to the clinic's server" in p for p in problems)
    finally:
        kiosk.shutdown()
    data.clinic_file.unlink()
    data.clinic_file.write_bytes(good)
    kiosk = started()
    try:
        qtbot.waitUntil(lambda: len(server_rows(postgres, clinic_database)) == 2, timeout=10_000)
        assert [t for _, t, _ in server_rows(postgres, clinic_database)] == ["F-1", "F-2"]
    finally:
        kiosk.shutdown()
