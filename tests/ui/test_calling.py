"""'A-1, please come to the front desk' on the real kiosk: a patient checks in by taps, the front
desk (another program with its own connection to the same store) calls them, and the waiting
room's screen shows it over the slides, or over the next patient's check-in without taking a
letter of their answers away."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QPointF
from pytestqt.qtbot import QtBot

from kiosk.core.paths import DataDir
from kiosk.core.storage.checkin_store import SqliteCheckInStore, open_store
from kiosk.core.storage.records import Status
from tests.ui.conftest import MakeKiosk, drawn, item
from tests.ui.patient import Patient, check_in_as_scripted_patient
from tests.ui.test_staff_sizes import fit_problems

SPANISH_CALL = "A-1, por favor, acérquese a la recepción"


def the_desk(data_dir: DataDir) -> SqliteCheckInStore:
    return open_store(data_dir.checkin_store)


def checked_in(person: Patient) -> str:
    check_in_as_scripted_patient(person)
    person.confirm()
    ticket = person.text("ticketCode")
    person.tap_when_it_takes_taps("doneButton")
    person.qtbot.waitUntil(lambda: not person.kiosk.check_in.property("active"), timeout=3000)
    return ticket


def test_a_call_from_the_desk_is_on_the_kiosk_within_a_second_in_each_language_and_chimes(
    qtbot: QtBot, data_dir: DataDir, make_kiosk: MakeKiosk
) -> None:
    kiosk = make_kiosk(instant=True)
    person = Patient(kiosk, qtbot)
    assert checked_in(person) == "A-1"
    assert not person.shown("callBanner")
    desk = the_desk(data_dir)
    [row] = desk.queue(desk.checkins()[0].created_at.date())
    rang: list[str] = []
    kiosk.calls.chime.rang.connect(rang.append)
    started = time.monotonic()
    assert desk.call(row.id)
    qtbot.waitUntil(lambda: person.shown("callBanner"), timeout=1000)
    assert time.monotonic() - started < 1.0
    assert person.text("calledTicket") == "A-1"
    assert person.text("callLine0") == "A-1, please come to the front desk"
    assert person.text("callLine1") == SPANISH_CALL
    assert rang == ["call"]
    assert not person.shown("recentCalls")  # the one shown large is not listed twice
    person.tap("callBanner")  # put away by a tap; listed in the corner from then on
    qtbot.waitUntil(lambda: not person.shown("callBanner"), timeout=1000)
    assert person.text("recentCall0") == "A-1"
    assert desk.call(row.id)  # called again: asked again
    qtbot.waitUntil(lambda: person.shown("callBanner"), timeout=1000)
    assert rang == ["call", "call"]
    assert desk.set_status(row.id, Status.WAITING)  # undone: off the screen and off the list
    qtbot.waitUntil(lambda: not person.shown("callBanner"), timeout=1000)
    assert not person.shown("recentCalls")
    desk.close()


def test_a_call_shows_over_a_check_in_in_progress_and_leaves_its_answers_as_they_were(
    qtbot: QtBot, data_dir: DataDir, make_kiosk: MakeKiosk
) -> None:
    kiosk = make_kiosk(instant=True)
    first = Patient(kiosk, qtbot)
    checked_in(first)
    kiosk.choices.chooseLanguage("es")
    second = Patient(kiosk, qtbot)
    second.tap("checkInButton")
    second.type_name("firstName", "Rosa")
    desk = the_desk(data_dir)
    [row] = desk.checkins()
    assert desk.call(row.id)
    qtbot.waitUntil(lambda: second.shown("callBanner"), timeout=1000)
    assert second.text("callLine0") == SPANISH_CALL  # the screen's language first
    assert second.text("callLine1") == "A-1, please come to the front desk"
    second.tap("callBanner")
    qtbot.waitUntil(lambda: not second.shown("callBanner"), timeout=1000)
    assert kiosk.check_in.property("firstName") == "Rosa"
    assert second.step() == "name"
    desk.close()


@pytest.mark.parametrize("size", [(1280, 720), (1080, 1920)], ids=["720p", "portrait"])
def test_a_call_over_a_check_in_takes_a_band_of_its_own_and_covers_none_of_it(
    qtbot: QtBot, data_dir: DataDir, make_kiosk: MakeKiosk, size: tuple[int, int]
) -> None:
    kiosk = make_kiosk(size, instant=True)
    checked_in(Patient(kiosk, qtbot))
    second = Patient(kiosk, qtbot)
    second.tap("checkInButton")
    second.type_name("firstName", "Rosa")
    desk = the_desk(data_dir)
    [row] = desk.checkins()
    assert desk.call(row.id)
    desk.close()
    qtbot.waitUntil(lambda: second.shown("callBanner"), timeout=1000)
    drawn(kiosk, qtbot)  # as the patient sees it: laid out and on the screen
    banner = second.find("callBanner")
    screen = second.find("checkInScreen")
    assert banner.height() < size[1] * 0.2, "over a check-in the call is a band, not a curtain"
    assert screen.mapToScene(QPointF(0, 0)).y() >= banner.height() - 1
    assert not second.shown("calledTicket")
    qtbot.wait(100)
    assert fit_problems(kiosk, "name step under a call") == []
    second.tap("callBanner")
    qtbot.waitUntil(lambda: not second.shown("callBanner"), timeout=1000)
    qtbot.waitUntil(lambda: screen.mapToScene(QPointF(0, 0)).y() == 0, timeout=1000)
    assert kiosk.check_in.property("firstName") == "Rosa"


@pytest.mark.parametrize(("size", "over_a_check_in"), [((1080, 1920), False), ((1920, 1080), True)])
def test_the_call_has_its_whole_height_from_its_first_frame(
    qtbot: QtBot,
    data_dir: DataDir,
    make_kiosk: MakeKiosk,
    size: tuple[int, int],
    over_a_check_in: bool,
) -> None:
    kiosk = make_kiosk(size, instant=True)
    person = Patient(kiosk, qtbot)
    checked_in(person)
    if over_a_check_in:
        person.tap("checkInButton")  # the banner is compact over it, and the steps make room
    desk = the_desk(data_dir)
    [row] = desk.queue(desk.checkins()[0].created_at.date())
    banner = item(kiosk, "callBanner")
    drawn_heights: list[float] = []

    def swapped() -> None:
        if banner.isVisible():
            drawn_heights.append(banner.height())

    kiosk.window.frameSwapped.connect(swapped)
    assert desk.call(row.id)
    qtbot.waitUntil(lambda: len(drawn_heights) >= 3, timeout=2000)
    qtbot.wait(300)
    kiosk.window.frameSwapped.disconnect(swapped)
    desk.close()
    assert drawn_heights[0] > 100
    assert set(drawn_heights) == {banner.height()}, "the banner grew after it was first drawn"
