"""The front desk linked to the clinic's real PostgreSQL server, on the real QML, with two real
kiosks of the clinic on data folders of their own: the desk's first account makes the clinic's
key and puts it on the server; both kiosks seal with it; a patient checks in by taps on one
kiosk and appears at the desk within a second, opened; the desk's Call puts the banner on both
kiosks, and the kiosks' heartbeats list them."""

from __future__ import annotations

import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from pytestqt.qtbot import QtBot

from kiosk.cli.clinic import join_clinic, link_desk
from kiosk.core.paths import DataDir
from kiosk.core.storage.checkin_store import SqliteCheckInStore
from kiosk.core.storage.clinic_calls import followed_erasure
from kiosk.core.storage.clinic_keys import read_clinic_keys
from kiosk.core.storage.clinic_schema import DESK_ROLE, KIOSK_ROLE
from kiosk.tools.postgres import PostgresServer
from kiosk.ui.app.front_desk import FrontDesk, build_front_desk
from kiosk.ui.app.kiosk_window import KioskWindow, build_kiosk
from tests.conftest import KIOSK_TESTER, add_accounts
from tests.core.test_clinic_schema import initialised
from tests.core.test_sealing import leaked
from tests.ui.clerk import Clerk, come_to
from tests.ui.patient import PATIENT_FIRST, PATIENT_LAST, Patient
from tests.ui.test_calling import checked_in

pytestmark = pytest.mark.qt_log_ignore("input method is not set")


@dataclass
class Clinic:
    desk: FrontDesk
    kiosks: list[KioskWindow]
    folders: list[DataDir]


@pytest.fixture
def clinic(
    qtbot: QtBot, postgres: PostgresServer, clinic_database: str, tmp_path: Path
) -> Iterator[Clinic]:
    secrets = tmp_path / "secrets"
    initialised(postgres, clinic_database, secrets)
    desk_data = DataDir(tmp_path / "desk")
    desk_url = postgres.url(DESK_ROLE, None, clinic_database)
    assert link_desk(desk_data, desk_url, secrets / f"{DESK_ROLE}.password") == 0
    add_accounts(desk_data, KIOSK_TESTER)  # the desk's first account makes the clinic's key
    desk = build_front_desk(desk_data, size=QSize(1366, 768))
    desk.window.show()
    qtbot.waitExposed(desk.window)
    kiosks, folders = [], []
    for letter in "AB":
        data = DataDir(tmp_path / f"kiosk-{letter}")
        url = postgres.url(KIOSK_ROLE, None, clinic_database)
        password = secrets / f"{KIOSK_ROLE}.password"
        assert join_clinic(data, url, letter, f"Entrance {letter}", password) == 0
        add_accounts(data, KIOSK_TESTER)  # each kiosk's own key, until the clinic's arrives
        kiosk = build_kiosk(data, kiosk_mode=False, size=QSize(1280, 800))
        kiosk.window.setProperty("instantTransitions", True)
        kiosk.window.show()
        qtbot.waitExposed(kiosk.window)
        kiosks.append(kiosk)
        folders.append(data)
    yield Clinic(desk, kiosks, folders)
    for kiosk in kiosks:
        kiosk.shutdown()
    desk.shutdown()


def seals_with_the_clinic_key(kiosk: KioskWindow, data: DataDir) -> bool:
    """The kiosk has the clinic's key from the server and seals new check-ins with it."""
    known = read_clinic_keys(data.clinic_keys_file)
    store = kiosk.store
    assert isinstance(store, SqliteCheckInStore)
    return known is not None and store.seal_key() == known.newest


def found_in(raw: bytes, words: list[str]) -> list[str]:
    return [
        f"{word} ({encoding})"
        for word in words
        for encoding in ("utf-8", "utf-16-le", "utf-16-be")
        if word.encode(encoding) in raw
    ]


def test_a_check_in_on_a_kiosk_of_the_clinic_shows_at_the_desk_and_its_call_on_every_kiosk(
    qtbot: QtBot, postgres: PostgresServer, clinic_database: str, clinic: Clinic
) -> None:
    for kiosk, data in zip(clinic.kiosks, clinic.folders, strict=True):
        qtbot.waitUntil(partial(seals_with_the_clinic_key, kiosk, data), timeout=5000)
    clerk = Clerk(clinic.desk, qtbot)
    clerk.sign_in(0, KIOSK_TESTER[1])
    qtbot.waitUntil(lambda: clerk.shown("signedInAs"), timeout=5000)
    assert clerk.shown("deskQueueEmpty")

    second = Patient(clinic.kiosks[1], qtbot)
    come_to(clinic.kiosks[1].window, qtbot)
    ticket = checked_in(second)
    confirmed = time.monotonic()
    qtbot.waitUntil(lambda: clerk.shown("deskRow0"), timeout=2000)
    arrived = time.monotonic() - confirmed
    assert ticket == "B-1"
    assert clerk.cell(0, 0) == "B-1"
    assert clerk.cell(0, 1) == f"{PATIENT_FIRST} {PATIENT_LAST}"  # opened with the clinic's key
    assert arrived < 1.0, f"the arrival took {arrived:.2f} s to reach the desk"

    dump = subprocess.run(
        [str(postgres.programs / "pg_dump"), postgres.url(database=clinic_database)],
        capture_output=True,
        check=True,
        timeout=60,
    ).stdout
    assert b"checkins" in dump
    secrets = [PATIENT_FIRST, PATIENT_LAST, "1956-03-12", "heel-or-arch"]
    assert found_in(dump, secrets) == [], "the server holds a patient's answers in clear"
    for data in clinic.folders:
        assert leaked(data.root, secrets) == [], "a kiosk's files hold them in clear"

    clerk.click("deskRow0")
    clerk.click("deskCall")
    called = time.monotonic()
    first = Patient(clinic.kiosks[0], qtbot)
    for person in (first, second):
        qtbot.waitUntil(partial(person.shown, "callBanner"), timeout=2000)
        assert person.text("calledTicket") == "B-1"
    assert time.monotonic() - called < 1.5
    qtbot.waitUntil(lambda: clerk.cell(0, 6) == "Called", timeout=1000)
    # Kiosk B took the desk's mark for its own patient.
    qtbot.waitUntil(
        lambda: [c.status.value for c in clinic.kiosks[1].store.checkins()] == ["called"],
        timeout=3000,
    )
    qtbot.waitUntil(lambda: clinic.desk.kiosks.rowCount() == 2, timeout=8000)

    # "Delete all now" at the desk: the server's copies and every kiosk's go.
    clerk.click("deskRecordsTab")
    clerk.click("deskDeleteAll")
    clerk.click("deskConfirmDeleteButton")
    qtbot.waitUntil(
        lambda: clerk.text("deskRecordsMessage") == "The details of 1 check-in were deleted.",
        timeout=3000,
    )
    for kiosk in clinic.kiosks:
        qtbot.waitUntil(partial(nothing_kept, kiosk), timeout=3000)
    for data in clinic.folders:
        # the kiosk notes which erasure it followed just after it has followed it
        qtbot.waitUntil(partial(lambda f: followed_erasure(f) == 1, data.clinic_erased_file))


def nothing_kept(kiosk: KioskWindow) -> bool:
    return kiosk.store.checkins() == []
