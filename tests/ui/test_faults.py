"""Faults that meet a kiosk left running all day, each made for real on the running kiosk: its
files broken or taken away under it, another program holding its database, its clock jumping and
its screen changing shape. Each test says what the waiting room sees."""

from __future__ import annotations

import logging
import random
import shutil
from collections.abc import Callable
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QRect, QRectF, QSize
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtQuick import QQuickItem
from pytestqt.qtbot import QtBot

from kiosk.core.paths import ILLUSTRATION_LIBRARY, DataDir
from kiosk.ui.app.kiosk_window import KioskWindow
from kiosk.ui.platform.screen_cover import ScreenCover
from tests.core.test_store_faults import lock_held_by_another_process
from tests.ui.conftest import MakeKiosk, front_view, grab, shown_title, write_deck
from tests.ui.patient import Patient, check_in_as_scripted_patient, store_rows
from tests.ui.test_checkin_disk_faults import SAVE_FAILED
from tests.ui.test_slideshow import INKED, THREE_SLIDES, ink_share, stage_rect
from tests.ui.test_staff import sign_in

BUILT_IN_FIRST_TITLE = "Your feet hold you up"


def test_a_deck_file_deleted_while_playing_gives_way_to_the_built_in_slides(
    qtbot: QtBot, data_dir: DataDir, make_kiosk: MakeKiosk
) -> None:
    write_deck(data_dir, THREE_SLIDES)
    kiosk = make_kiosk()
    assert shown_title(kiosk) == "First slide"

    data_dir.deck_file.unlink()

    qtbot.waitUntil(lambda: kiosk.slideshow.property("deckOrigin") == "built-in", timeout=3000)
    qtbot.waitUntil(lambda: shown_title(kiosk) == BUILT_IN_FIRST_TITLE, timeout=3000)
    qtbot.waitUntil(lambda: bool(kiosk.window.property("settled")), timeout=3000)
    assert ink_share(grab(kiosk), stage_rect(kiosk)) > INKED, "the screen went blank"


def _truncated(text: str) -> bytes:
    return text.encode()[: text.index("Second") + 3]  # cut inside a quoted title


def _garbage(text: str) -> bytes:
    return random.Random(6).randbytes(4096)


@pytest.mark.parametrize("broken", [_truncated, _garbage], ids=["truncated", "garbage"])
def test_a_deck_file_broken_while_playing_leaves_the_slides_that_were_playing(
    qtbot: QtBot,
    data_dir: DataDir,
    make_kiosk: MakeKiosk,
    caplog: pytest.LogCaptureFixture,
    broken: Callable[[str], bytes],
) -> None:
    write_deck(data_dir, THREE_SLIDES)
    kiosk = make_kiosk()
    with caplog.at_level(logging.WARNING):
        data_dir.deck_file.write_bytes(broken(THREE_SLIDES))
        qtbot.waitUntil(lambda: "has problems" in caplog.text, timeout=3000)

    assert kiosk.slideshow.slide_list().ids() == ["first", "second", "third"]
    assert kiosk.slideshow.property("deckOrigin") == "clinic"
    assert shown_title(kiosk) == "First slide"
    kiosk.slideshow.next()
    qtbot.waitUntil(lambda: shown_title(kiosk) == "Second slide", timeout=3000)


def test_a_picture_deleted_while_on_screen_leaves_the_slide_up_without_it(
    qtbot: QtBot, data_dir: DataDir, make_kiosk: MakeKiosk, caplog: pytest.LogCaptureFixture
) -> None:
    data_dir.deck_dir.mkdir(parents=True)
    picture = data_dir.deck_dir / "feet.svg"
    shutil.copy(ILLUSTRATION_LIBRARY / "illustrations" / "chain.svg", picture)
    write_deck(
        data_dir,
        'version = 1\n[[slides]]\nid = "a"\ntitle = "With a picture"\nillustration = "feet.svg"\n'
        '[[slides]]\nid = "b"\ntitle = "Another slide"\n',
    )
    kiosk = make_kiosk(instant=True)
    assert shown_title(kiosk) == "With a picture"
    assert kiosk.slideshow.slide_list().row(0)["illustration"] != ""

    with caplog.at_level(logging.WARNING):
        picture.unlink()
        qtbot.waitUntil(
            lambda: kiosk.slideshow.slide_list().row(0)["illustration"] == "", timeout=3000
        )
    assert "feet.svg" in caplog.text
    kiosk.slideshow.showPosition(1)
    kiosk.slideshow.showPosition(0)
    qtbot.waitUntil(lambda: bool(kiosk.window.property("settled")), timeout=3000)
    assert shown_title(kiosk) == "With a picture"
    shown = front_view(kiosk).findChild(QQuickItem, "illustration")
    assert shown is not None
    assert shown.property("source").isEmpty()
    assert ink_share(grab(kiosk), stage_rect(kiosk)) > INKED


@pytest.mark.parametrize(("side", "at_once"), [(1200, True), (5000, False)])
def test_only_a_light_first_picture_is_decoded_while_the_first_frame_waits(
    qtbot: QtBot, data_dir: DataDir, make_kiosk: MakeKiosk, side: int, at_once: bool
) -> None:
    """A photo of many megapixels put in the deck by hand never holds up the GUI thread: it
    loads on Qt's loader thread, and the slide shows it as soon as it is decoded."""
    data_dir.deck_dir.mkdir(parents=True)
    photo = QImage(side, side * 4 // 5, QImage.Format.Format_RGB32)
    photo.fill(0x3366AA)
    assert photo.save(str(data_dir.deck_dir / "photo.png"))
    write_deck(
        data_dir,
        'version = 1\n[[slides]]\nid = "a"\ntitle = "A photo"\nillustration = "photo.png"\n',
    )
    kiosk = make_kiosk(instant=True)
    shown = front_view(kiosk).findChild(QQuickItem, "illustration")
    assert shown is not None
    assert shown.property("asynchronous") is not at_once
    qtbot.waitUntil(lambda: shown.property("progress") == 1.0, timeout=10_000)
    qtbot.waitUntil(lambda: bool(kiosk.window.property("settled")), timeout=10_000)
    assert ink_share(grab(kiosk), stage_rect(kiosk)) > INKED


SCREEN_SHAPES = ((1080, 1920), (3840, 2160), (1280, 800), (1920, 1080))


def assert_slide_fills_window(qtbot: QtBot, kiosk: KioskWindow, width: int, height: int) -> None:
    qtbot.waitUntil(lambda: kiosk.window.width() == width, timeout=3000)
    qtbot.waitUntil(lambda: bool(kiosk.window.property("settled")), timeout=3000)
    qtbot.wait(100)
    title = front_view(kiosk).findChild(QQuickItem, "slideTitle")
    assert title is not None
    box = title.mapRectToScene(QRectF(0, 0, title.width(), title.height()))
    assert QRectF(0, 0, width, height).contains(box), f"the title is cut off at {width}x{height}"
    assert stage_rect(kiosk).width() == width
    assert ink_share(grab(kiosk), stage_rect(kiosk)) > INKED


def test_the_slides_follow_the_window_when_it_changes_size_and_turns(
    qtbot: QtBot, make_kiosk: MakeKiosk
) -> None:
    kiosk = make_kiosk((1920, 1080))
    for width, height in SCREEN_SHAPES:
        kiosk.window.resize(QSize(width, height))
        assert_slide_fills_window(qtbot, kiosk, width, height)


def test_the_window_follows_its_screen_when_the_screen_changes_resolution_or_turns(
    qtbot: QtBot, make_kiosk: MakeKiosk
) -> None:
    kiosk = make_kiosk((1920, 1080))
    app = QGuiApplication.instance()
    assert isinstance(app, QGuiApplication)
    ScreenCover(kiosk.window, app)
    screen = kiosk.window.screen()
    for width, height in SCREEN_SHAPES:
        # What Qt's platform plugin emits when xrandr changes the mode or turns the panel.
        screen.geometryChanged.emit(QRect(0, 0, width, height))
        assert_slide_fills_window(qtbot, kiosk, width, height)
        assert kiosk.window.size() == QSize(width, height)


SCHEDULED = """version = 1
[[slides]]
id = "always"
title = "Every hour"
[[slides]]
id = "mornings"
title = "Mornings only"
schedule = { hours = "09:00-12:00" }
"""


def test_clock_jumps_move_the_schedule_but_not_the_check_in_or_the_tickets(
    qtbot: QtBot, data_dir: DataDir, make_kiosk: MakeKiosk
) -> None:
    write_deck(data_dir, SCHEDULED)
    now = [datetime(2026, 11, 24, 8, 0)]
    kiosk = make_kiosk(instant=True, clock=lambda: now[0])
    assert kiosk.slideshow.slide_list().ids() == ["always"]

    now[0] += timedelta(hours=2)  # the clock jumps forward into the morning slot
    qtbot.waitUntil(
        lambda: kiosk.slideshow.slide_list().ids() == ["always", "mornings"], timeout=3000
    )
    now[0] -= timedelta(hours=3)  # and back out of it
    qtbot.waitUntil(lambda: kiosk.slideshow.slide_list().ids() == ["always"], timeout=3000)

    patient = Patient(kiosk, qtbot)
    check_in_as_scripted_patient(patient)
    patient.tap("nextButton")
    assert patient.text("ticketCode") == "A-1"
    patient.tap_when_it_takes_taps("doneButton")

    patient.tap("checkInButton")
    patient.type_name("firstName", "Ana")
    now[0] += timedelta(hours=5)  # a jump in the middle of a check-in does not end it
    qtbot.wait(1500)
    assert kiosk.check_in.property("active") is True
    assert kiosk.check_in.property("firstName") == "Ana"
    kiosk.check_in.cancel()

    now[0] -= timedelta(hours=4)  # back to the same morning: the next ticket still counts on
    check_in_as_scripted_patient(patient)
    patient.tap("nextButton")
    assert patient.text("ticketCode") == "A-2"
    assert len(store_rows(data_dir)) == 2


def test_a_database_held_by_another_program_is_told_kindly_and_nothing_is_lost(
    qtbot: QtBot, data_dir: DataDir, make_kiosk: MakeKiosk
) -> None:
    kiosk = make_kiosk(instant=True)
    patient = Patient(kiosk, qtbot)
    with lock_held_by_another_process(data_dir.checkin_store):
        check_in_as_scripted_patient(patient)
        patient.tap("nextButton")
        assert patient.text("saveFailed") == SAVE_FAILED
        patient.tap_when_it_takes_taps("doneButton")
    assert store_rows(data_dir) == []

    check_in_as_scripted_patient(patient)
    patient.tap("nextButton")
    assert patient.text("ticketCode") == "A-1"
    assert len(store_rows(data_dir)) == 1


def test_what_the_start_up_check_found_is_shown_to_staff_and_the_slides_play(
    qtbot: QtBot, data_dir: DataDir, staff_accounts: None, make_kiosk: MakeKiosk
) -> None:
    data_dir.checkin_store.mkdir(parents=True)  # a folder where the database file should be
    kiosk = make_kiosk(instant=True)
    assert ink_share(grab(kiosk), stage_rect(kiosk)) > INKED, "the slides do not play"
    person = Patient(kiosk, qtbot)
    sign_in(person)
    person.find("startProblems")
    assert person.text("startProblems").startswith("The check-ins could not be opened")

    data_dir.checkin_store.rmdir()
    assert person.shown("queueTab")
