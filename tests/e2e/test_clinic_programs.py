"""The real ``kiosk`` and the real ``kiosk desk``, each on its own Xvfb screen, against a
PostgreSQL server the test starts: a patient's check-in tapped on the kiosk with xdotool shows
on the desk's screen, and a click on the desk's Call puts the banner on the kiosk's screen.

Where to tap and click comes from twins built offscreen in this process at the same sizes: a
kiosk (tests/ui/patient.py drives it and the real one together) and a desk linked to the same
server, so it lists the same patient. The pixels checked are the real screens'.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QRect, QSize
from PySide6.QtGui import QImage
from PySide6.QtQuick import QQuickItem
from pytestqt.qtbot import QtBot

from kiosk.cli.clinic import join_clinic, link_desk
from kiosk.core.paths import DataDir
from kiosk.core.storage.checkin_store import count_rows
from kiosk.core.storage.clinic_schema import DESK_ROLE, KIOSK_ROLE
from kiosk.tools.postgres import PostgresServer
from kiosk.tools.xvfb import environment_without_qt, xvfb_display
from kiosk.ui.app.front_desk import build_front_desk
from kiosk.ui.app.kiosk_window import KioskWindow
from kiosk.ui.platform.speech import ENGINE_VARIABLE
from tests.conftest import KIOSK_TESTER, add_accounts
from tests.core.test_clinic_schema import initialised
from tests.e2e.conftest import KIOSK_PROGRAM, SCREEN, XScreen, twin_of_the_real_kiosk, wait_for
from tests.e2e.test_kiosk_program import (
    ACCENT,
    BACKGROUND,
    PacedScreen,
    close_to,
    share,
    slides_showing,
)
from tests.ui.clerk import Clerk, come_to
from tests.ui.patient import Patient, check_in_urgent_by_taps

pytestmark = [pytest.mark.e2e, pytest.mark.qt_log_ignore("input method is not set")]

DESK_SCREEN = (1366, 768)
BANNER_BAND = QRect(0, 150, SCREEN[0], 40)
"""Below the slides' accent top bar: cream on a slide, accent under the call banner."""


@dataclass
class Programs:
    kiosk_screen: XScreen
    desk_screen: XScreen
    kiosk: subprocess.Popen[str]
    desk: subprocess.Popen[str]


def _joined_kiosk(tmp: Path, name: str, url: str, password: Path) -> DataDir:
    data = DataDir(tmp / name)
    assert join_clinic(data, url, "A", "Main entrance", password) == 0
    add_accounts(data, KIOSK_TESTER)
    return data


def _linked_desk(tmp: Path, name: str, url: str, password: Path) -> DataDir:
    data = DataDir(tmp / name)
    assert link_desk(data, url, password) == 0
    add_accounts(data, KIOSK_TESTER)
    return data


@pytest.fixture
def programs(postgres: PostgresServer, clinic_database: str, tmp_path: Path) -> Iterator[Programs]:
    secrets = tmp_path / "secrets"
    initialised(postgres, clinic_database, secrets)
    desk_url = postgres.url(DESK_ROLE, None, clinic_database)
    desk_data = _linked_desk(tmp_path, "desk", desk_url, secrets / f"{DESK_ROLE}.password")
    # The twin desk of the test is the same desk PC's files (its accounts and clinic key), so
    # that it does not make a second clinic key of its own.
    shutil.copytree(desk_data.root, tmp_path / "twin-desk")
    kiosk_url = postgres.url(KIOSK_ROLE, None, clinic_database)
    kiosk_data = _joined_kiosk(tmp_path, "kiosk", kiosk_url, secrets / f"{KIOSK_ROLE}.password")
    with xvfb_display(*SCREEN) as kiosk_display, xvfb_display(*DESK_SCREEN) as desk_display:
        shots = tmp_path / "screenshots"
        shots.mkdir()
        kiosk_screen = XScreen(kiosk_display, shots)
        desk_screen = XScreen(desk_display, shots)
        started = [
            subprocess.Popen(
                [str(KIOSK_PROGRAM), "--data-dir", str(data.root), *command],
                # No voice: this is about the desk and the kiosk, and a speech-dispatcher it
                # started would outlive the test (test_kiosk_program hears the voice itself).
                env=environment_without_qt(display) | {ENGINE_VARIABLE: "none"},
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                text=True,
            )
            for data, display, command in (
                (desk_data, desk_display, ["desk", "--size", "x".join(map(str, DESK_SCREEN))]),
                (kiosk_data, kiosk_display, []),
            )
        ]
        try:
            yield Programs(kiosk_screen, desk_screen, started[1], started[0])
        finally:
            for process in started:
                process.terminate()
                try:
                    process.communicate(timeout=20)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.communicate(timeout=10)


@pytest.fixture
def twin_kiosk(
    qtbot: QtBot, data_dir: DataDir, monkeypatch: pytest.MonkeyPatch
) -> Iterator[KioskWindow]:
    # Voiceless as the real one is: a "Read aloud" button would move the twin's other buttons.
    monkeypatch.setenv(ENGINE_VARIABLE, "none")
    with twin_of_the_real_kiosk(qtbot, data_dir) as kiosk:
        yield kiosk


def centre_of(item: QQuickItem) -> tuple[int, int]:
    point = item.mapToScene(QPointF(item.width() / 2, item.height() / 2)).toPoint()
    return point.x(), point.y()


def area_of(item: QQuickItem) -> QRect:
    corner = item.mapToScene(QPointF(0, 0)).toPoint()
    return QRect(corner.x(), corner.y(), round(item.width()), round(item.height()))


def _type(screen: XScreen, *args: str) -> None:
    subprocess.run(["xdotool", *args], env=screen.env(), check=True, timeout=10)


def drawn_on(image: QImage, area: QRect) -> bool:
    """Something other than the window's plain background is in ``area``: a row's text."""
    return any(
        not close_to(image.pixelColor(x, y), image.pixelColor(area.left() + 2, area.top() + 2))
        for y in range(area.top() + 2, area.bottom() - 1, 3)
        for x in range(area.left() + 2, area.right() - 1, 3)
    )


def test_a_check_in_tapped_on_the_kiosk_shows_on_the_desk_and_its_call_on_the_kiosk(
    qtbot: QtBot,
    tmp_path: Path,
    programs: Programs,
    twin_kiosk: KioskWindow,
) -> None:
    wait_for(lambda: slides_showing(programs.kiosk_screen) or programs.kiosk.poll() is not None)
    assert programs.kiosk.poll() is None, programs.kiosk.communicate()[1]
    assert programs.desk.poll() is None, programs.desk.communicate()[1]
    # A twin desk on the same server lists what the real one lists, where it lists it.
    twin_desk = build_front_desk(DataDir(tmp_path / "twin-desk"), size=QSize(*DESK_SCREEN))
    try:
        twin_desk.window.show()
        qtbot.waitExposed(twin_desk.window)
        clerk = Clerk(twin_desk, qtbot)
        name = clerk.find("deskName0")
        _type(programs.desk_screen, "mousemove", *map(str, centre_of(name)), "click", "1")
        clerk.sign_in(0, KIOSK_TESTER[1])
        _type(programs.desk_screen, "type", "--delay", "60", KIOSK_TESTER[1])
        _type(programs.desk_screen, "key", "Return")
        qtbot.waitUntil(lambda: clerk.shown("deskQueueEmpty"), timeout=5000)
        empty = programs.desk_screen.screenshot("desk-empty")

        wait_for(lambda: (tmp_path / "kiosk" / "clinic-keys.json").exists(), timeout=15)
        # A little slower than the other e2e test: two programs and a server share two cores.
        patient = Patient(twin_kiosk, qtbot, mirror=PacedScreen(programs.kiosk_screen, 0.3))
        come_to(twin_kiosk.window, qtbot)  # the twins share this process's one keyboard
        # A name with no accent to long-press: the accents are test_kiosk_program's.
        check_in_urgent_by_taps(patient)
        patient.tap_when_it_takes_taps("doneButton")
        store = tmp_path / "kiosk" / "checkins.sqlite"
        try:
            wait_for(lambda: count_rows(store) == 1, timeout=20)
        except AssertionError:
            programs.kiosk_screen.screenshot("kiosk-without-the-check-in")
            raise AssertionError("the real kiosk did not take the check-in tapped on it") from None
        qtbot.waitUntil(lambda: clerk.shown("deskRow0"), timeout=10_000)
        whole_row = area_of(clerk.find("deskRow0"))
        # Its right half (arrival, wait, status): blank while "No one has checked in" shows.
        row = QRect(
            whole_row.center().x(), whole_row.top(), whole_row.width() // 2, whole_row.height()
        )
        assert not drawn_on(empty, row), "the desk's row was drawn before anyone checked in"
        wait_for(lambda: drawn_on(programs.desk_screen.screenshot("desk-arrival"), row), 10)

        before = programs.kiosk_screen.screenshot("kiosk-before-call")
        assert share(before, BANNER_BAND, BACKGROUND) > 0.5, "no slide under the band"
        _type(programs.desk_screen, "mousemove", *map(str, centre_of(clerk.find("deskRow0"))))
        _type(programs.desk_screen, "click", "1")
        clerk.click("deskRow0")
        call = clerk.find("deskCall")
        _type(programs.desk_screen, "mousemove", *map(str, centre_of(call)), "click", "1")
        wait_for(
            lambda: (
                share(programs.kiosk_screen.screenshot("kiosk-called"), BANNER_BAND, ACCENT) > 0.6
            ),
            timeout=10,
        )
    finally:
        twin_desk.shutdown()
    assert programs.kiosk.poll() is None
    assert programs.desk.poll() is None
