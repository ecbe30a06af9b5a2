"""The real ``kiosk`` program on an Xvfb screen: shows slides, checks a patient in by taps alone,
keeps the row in its database file, and stops cleanly.

Where to tap comes from a twin: the same kiosk built offscreen in this process at the same size,
driven through the same taps (see tests/ui/patient.py). The pixels checked are the real screen's.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QPointF, QRect
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from kiosk.core.paths import DataDir
from kiosk.core.storage.checkin_store import SqliteCheckInStore, count_rows
from kiosk.ui.app.kiosk_window import KioskWindow
from tests.core.test_sealing import leaked
from tests.core.test_store import visit
from tests.e2e.conftest import (
    SCREEN,
    WATCHDOG_S,
    RunningKiosk,
    XScreen,
    twin_of_the_real_kiosk,
    wait_for,
)
from tests.ui.conftest import item
from tests.ui.patient import (
    PATIENT_FIRST,
    PATIENT_LAST,
    Patient,
    check_in_as_scripted_patient,
    opened_rows,
)

pytestmark = pytest.mark.e2e

ACCENT = QColor("#0b5560")
BACKGROUND = QColor("#faf7f2")
TOP_BAR = QRect(0, 0, SCREEN[0], 40)


def close_to(colour: QColor, wanted: QColor) -> bool:
    return (
        abs(colour.red() - wanted.red())
        + abs(colour.green() - wanted.green())
        + abs(colour.blue() - wanted.blue())
        <= 24
    )


def samples(image: QImage, area: QRect, step: int = 8) -> list[tuple[int, int, QColor]]:
    return [
        (x, y, image.pixelColor(x, y))
        for y in range(area.top(), area.bottom() + 1, step)
        for x in range(area.left(), area.right() + 1, step)
    ]


def share(image: QImage, area: QRect, wanted: QColor) -> float:
    points = samples(image, area)
    return sum(close_to(colour, wanted) for _, _, colour in points) / len(points)


def distinct_colours(image: QImage) -> int:
    return len({colour.rgb() for _, _, colour in samples(image, image.rect(), 16)})


def slides_showing(screen: XScreen) -> bool:
    shot = screen.screenshot("waiting")
    return share(shot, TOP_BAR, ACCENT) > 0.5


@dataclass
class PacedScreen:
    """The X screen, with a pause after each touch for the real program to take it in."""

    screen: XScreen
    pause_s: float = 0.15

    def tap(self, x: int, y: int) -> None:
        self.screen.tap(x, y)
        time.sleep(self.pause_s)

    def long_press(self, x: int, y: int, hold_s: float, to_x: int, to_y: int) -> None:
        self.screen.long_press(x, y, hold_s, to_x, to_y)
        time.sleep(self.pause_s)


@pytest.fixture
def twin(qtbot: QtBot, data_dir: DataDir) -> Iterator[KioskWindow]:
    with twin_of_the_real_kiosk(qtbot, data_dir) as kiosk:
        yield kiosk


# With no sound server (CI), the kiosk says once that the desk will not hear the chime.
NO_SOUND = ("PulseAudioService: pa_context_connect() failed", "No sound output was found")


def test_the_kiosk_shows_slides_checks_a_patient_in_by_taps_and_stops_cleanly(
    qtbot: QtBot, x_screen: XScreen, started_kiosk: RunningKiosk, twin: KioskWindow
) -> None:
    wait_for(lambda: slides_showing(x_screen) or started_kiosk.process.poll() is not None)
    assert started_kiosk.process.poll() is None, started_kiosk.process.communicate()[1]
    manager = started_kiosk.manager
    wait_for(lambda: "READY=1\nSTATUS=Showing slides; check-in is ready" in manager.messages)

    slide = x_screen.screenshot("slide")
    assert slide.size().width() == SCREEN[0]
    assert distinct_colours(slide) > 20, "the screen is nearly blank"
    stage = QRect(0, 150, SCREEN[0], 600)
    assert share(slide, stage, BACKGROUND) > 0.3, "the slide background is missing"
    assert share(slide, stage, BACKGROUND) < 0.98, "the slide has nothing on it"
    button = item(twin, "checkInButton")
    centre = button.mapToScene(QPointF(button.width() / 2, button.height() / 4)).toPoint()
    assert close_to(slide.pixelColor(centre), ACCENT), "the twin's Check in is not where it shows"

    patient = Patient(twin, qtbot, mirror=PacedScreen(x_screen))
    check_in_as_scripted_patient(patient)
    review = x_screen.screenshot("review")
    assert share(review, TOP_BAR, ACCENT) < 0.05, "the check-in does not cover the slides"
    patient.confirm()

    store = started_kiosk.data_dir / "checkins.sqlite"
    wait_for(lambda: store.exists() and count_rows(store) == 1, timeout=15)
    with sqlite3.connect(store) as db:
        row = db.execute(
            "SELECT first_name, last_name, birth_date, reasons, urgent FROM checkins"
        ).fetchone()
    db.close()
    assert row == ("", "", "", "", 0), "the answers are sealed, none kept in clear"
    [opened] = opened_rows(DataDir(started_kiosk.data_dir))
    assert (opened["first_name"], opened["last_name"], opened["birth_date"]) == (
        PATIENT_FIRST,
        PATIENT_LAST,
        "1956-03-12",
    )
    secrets = [PATIENT_FIRST, PATIENT_LAST, "1956-03-12", "heel-or-arch"]
    assert leaked(started_kiosk.data_dir, secrets) == [], "while the kiosk runs"
    done = x_screen.screenshot("done")
    assert share(done, TOP_BAR, BACKGROUND) > 0.9, "the done screen is not showing"

    patient.tap_when_it_takes_taps("doneButton")
    wait_for(lambda: slides_showing(x_screen), timeout=10)

    code, errors = started_kiosk.stop()
    assert code == 0, errors
    assert manager.messages[-1] == "STOPPING=1"
    assert len(manager.beats) >= 3, "the watchdog heard too few heartbeats"
    assert not manager.would_fire(manager.beats[0], manager.beats[-1], WATCHDOG_S)
    assert "Traceback" not in errors
    problems = [
        line
        for line in errors.splitlines()
        if (" WARNING " in line or " CRITICAL " in line or " ERROR " in line)
        and not any(known in line for known in NO_SOUND)
    ]
    assert problems == [], "the kiosk logged problems"
    assert "The kiosk is stopping" in errors
    log_files = sorted((started_kiosk.data_dir / "logs").iterdir())
    logged = "".join(path.read_text("utf-8") for path in log_files)
    assert "The kiosk is stopping" in logged
    for secret in (PATIENT_FIRST, PATIENT_LAST, "1956", "heel-or-arch"):
        assert secret not in errors, "personal data reached standard error"
        assert secret not in logged, "personal data reached the log files"
    assert leaked(started_kiosk.data_dir, secrets) == [], "once it has stopped"


def test_a_kiosk_killed_mid_check_in_comes_back_with_none_of_it_and_all_else_kept(
    qtbot: QtBot, x_screen: XScreen, started_kiosk: RunningKiosk, twin: KioskWindow
) -> None:
    wait_for(lambda: slides_showing(x_screen) or started_kiosk.process.poll() is not None)
    earlier = SqliteCheckInStore(started_kiosk.data_dir / "checkins.sqlite")
    earlier.open()
    earlier.save(visit("Earlier Patient"))
    earlier.close()
    patient = Patient(twin, qtbot, mirror=PacedScreen(x_screen))
    patient.tap("checkInButton")
    patient.type_name("firstName", PATIENT_FIRST)
    assert share(x_screen.screenshot("typing"), TOP_BAR, ACCENT) < 0.05, "not on the check-in"

    errors = started_kiosk.kill_and_start_again()

    wait_for(lambda: slides_showing(x_screen) or started_kiosk.process.poll() is not None)
    assert started_kiosk.process.poll() is None, started_kiosk.process.communicate()[1]
    names = [row["first_name"] for row in opened_rows(DataDir(started_kiosk.data_dir))]
    assert names == ["Earlier Patient"]
    logged = "".join(p.read_text("utf-8") for p in (started_kiosk.data_dir / "logs").iterdir())
    assert PATIENT_FIRST not in logged + errors
    code, errors = started_kiosk.stop()
    assert code == 0, errors
