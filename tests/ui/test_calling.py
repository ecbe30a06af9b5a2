"""'A-1, please come to the front desk' on the real kiosk: a patient checks in by taps, the front
desk (another program with its own connection to the same store) calls them, and the waiting
room's screen shows it over the slides, or over the next patient's check-in without taking a
letter of their answers away."""

from __future__ import annotations

import time

from pytestqt.qtbot import QtBot

from kiosk.core.paths import DataDir
from kiosk.core.storage.checkin_store import SqliteCheckInStore, open_store
from kiosk.core.storage.records import Status
from tests.ui.conftest import MakeKiosk
from tests.ui.patient import Patient, check_in_as_scripted_patient

SPANISH_CALL = "A-1, por favor, acérquese a la recepción"


def the_desk(data_dir: DataDir) -> SqliteCheckInStore:
    return open_store(data_dir.checkin_store)


def checked_in(person: Patient) -> str:
    check_in_as_scripted_patient(person)
    person.tap("nextButton")  # Confirm
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
