"""The front desk's window on the real QML, beside a real kiosk on the same data folder (one PC
driving the waiting-room screen): a patient checks in by taps, the arrival appears at the desk
within a second with a chime, and Call, Seen, No-show and Undo change it, with the kiosk's
banner following."""

from __future__ import annotations

import time
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk import __version__
from kiosk.core.paths import DataDir
from kiosk.core.staff.audit import Action
from kiosk.core.storage.checkin_store import open_store
from kiosk.core.storage.records import Status
from kiosk.ui.app.kiosk_window import KioskWindow
from tests.ui.clerk import Clerk, MakeDesk, come_to, make_desk
from tests.ui.conftest import PIN, MakeKiosk
from tests.ui.patient import PATIENT_FIRST, PATIENT_LAST, Patient, check_in_urgent_by_taps
from tests.ui.test_calling import checked_in
from tests.ui.test_staff import a_check_in, audit_actions

__all__ = ["make_desk"]

# The kiosk's on-screen keyboard is this process's input method (the kiosks here need it); it
# says so for each key typed into the desk's fields, which have no keyboard panel. In a clinic
# the desk is its own program, with no input method at all (kiosk.ui.app.run).
pytestmark = pytest.mark.qt_log_ignore("input method is not set")


@pytest.fixture
def kiosk(staff_accounts: None, make_kiosk: MakeKiosk) -> KioskWindow:
    return make_kiosk(instant=True)


class Clock:
    def __init__(self) -> None:
        self.ahead = timedelta(0)

    def __call__(self) -> datetime:
        return datetime.now() + self.ahead


@pytest.fixture
def desk_clock() -> Clock:
    return Clock()


@pytest.fixture
def clerk(qtbot: QtBot, kiosk: KioskWindow, make_desk: MakeDesk, desk_clock: Clock) -> Clerk:
    """At the desk's window, shown after the kiosk's (each is its own program in a clinic)."""
    return Clerk(make_desk(clock=desk_clock), qtbot)


def test_an_arrival_shows_at_the_desk_within_a_second_and_the_desk_calls_it_onto_the_kiosk(
    qtbot: QtBot, data_dir: DataDir, clerk: Clerk, kiosk: KioskWindow
) -> None:
    clerk.sign_in(0, PIN)
    qtbot.waitUntil(lambda: clerk.shown("signedInAs"), timeout=5000)
    assert clerk.shown("deskQueueEmpty")
    rang: list[str] = []
    clerk.desk.chime.rang.connect(rang.append)
    patient = Patient(kiosk, qtbot)
    come_to(kiosk.window, qtbot)
    checked_in(patient)
    confirmed = time.monotonic()
    qtbot.waitUntil(lambda: clerk.shown("deskRow0"), timeout=1000)
    assert time.monotonic() - confirmed < 1.0
    assert clerk.cell(0, 0) == "A-1"
    assert clerk.cell(0, 1) == f"{PATIENT_FIRST} {PATIENT_LAST}"  # opened with the clinic key
    assert clerk.cell(0, 2) == "Heel or arch pain"
    assert clerk.cell(0, 6) == "Waiting"
    assert clerk.text("waitingCount") == "1 waiting"
    assert rang == ["checkin"]

    clerk.click("deskRow0")
    clerk.click("deskCall")
    qtbot.waitUntil(lambda: patient.shown("callBanner"), timeout=1000)
    assert patient.text("calledTicket") == "A-1"
    assert clerk.cell(0, 6) == "Called"
    clerk.press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo: off the kiosk
    qtbot.waitUntil(lambda: not patient.shown("callBanner"), timeout=1000)
    qtbot.waitUntil(lambda: clerk.cell(0, 6) == "Waiting", timeout=1000)
    clerk.click("deskRow0")
    clerk.press(Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: clerk.cell(0, 6) == "Seen", timeout=1000)
    clerk.press(Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: clerk.cell(0, 6) == "No-show", timeout=1000)
    marks = [d for _, a, d in audit_actions(data_dir) if a == Action.CHECKIN_STATUS]
    assert marks == ["A-1 called", "A-1 waiting (undo)", "A-1 seen", "A-1 no-show"]


def test_an_urgent_arrival_goes_to_the_top_in_red_and_chimes_until_acknowledged(
    qtbot: QtBot, data_dir: DataDir, clerk: Clerk, kiosk: KioskWindow
) -> None:
    patient = Patient(kiosk, qtbot)
    come_to(kiosk.window, qtbot)
    checked_in(patient)
    clerk.sign_in(0, PIN)
    qtbot.waitUntil(lambda: clerk.shown("deskRow0"), timeout=5000)
    clerk.click("deskRow0")  # A-1 chosen, before the urgent arrival moves the rows
    rang: list[str] = []
    clerk.desk.chime.rang.connect(rang.append)
    clerk.desk.urgent_timer.setInterval(300)  # every 30 s in the clinic
    come_to(kiosk.window, qtbot)
    check_in_urgent_by_taps(patient)
    assert patient.shown("urgentToldDesk")  # told what to do, not how many are ahead
    assert "911" in patient.text("urgentToldDesk")
    assert not patient.shown("peopleAhead")
    qtbot.waitUntil(lambda: clerk.shown("deskRow1"), timeout=1000)
    assert clerk.cell(0, 0) == "A-2"  # on top, ahead of A-1 who came first
    assert "URGENT" in clerk.cell(0, 3)
    assert "appointment" not in clerk.cell(0, 3), "Rosa came in without one"
    assert "appointment" in clerk.cell(1, 3), "María José has an appointment today"
    assert clerk.find("deskRow0").property("color").name() == "#b3261e"
    assert clerk.text("urgentAlarmText") == "Urgent, not yet acknowledged: A-2"
    qtbot.waitUntil(lambda: rang.count("urgent") >= 3, timeout=3000)  # again, and again
    assert "checkin" not in rang
    clerk.press(Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not clerk.shown("urgentAlarm"), timeout=1000)
    heard = len(rang)
    qtbot.wait(800)
    assert len(rang) == heard  # acknowledged: quiet
    assert clerk.cell(0, 0) == "A-2"  # still on top, still red, until called
    assert clerk.find("deskRow0").property("color").name() == "#b3261e"
    assert audit_actions(data_dir)[-1] == ("Ana Ruiz", Action.URGENT_ACKNOWLEDGED, "A-2")
    # The rows moved, the choice did not: Call (pressed twice, as hands do) calls A-1 once.
    clerk.press(Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    clerk.press(Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    store = open_store(data_dir.checkin_store)
    qtbot.waitUntil(lambda: len(store.calls_after(0, datetime.min)) > 0, timeout=1000)
    qtbot.wait(300)
    assert [c.ticket for c in store.calls_after(0, datetime.min)] == ["A-1"]
    store.close()


def test_a_wrong_pin_opens_nothing_and_the_idle_lock_asks_for_a_pin_again(
    qtbot: QtBot, data_dir: DataDir, clerk: Clerk
) -> None:
    clerk.sign_in(0, "000000")
    qtbot.waitUntil(lambda: clerk.text("deskSignInMessage") != "", timeout=5000)
    assert "not right" in clerk.text("deskSignInMessage")
    assert not clerk.shown("signedInAs")
    clerk.desk.staff.set_idle_lock_ms(1500)
    clerk.sign_in(0, PIN)
    qtbot.waitUntil(lambda: clerk.shown("signedInAs"), timeout=5000)
    qtbot.waitUntil(lambda: clerk.shown("deskPin"), timeout=5000)  # locked: the PIN again
    assert clerk.desk.queue.rowCount() == 0
    assert (audit_actions(data_dir)[-1][:2]) == ("Ana Ruiz", Action.AUTO_LOCKED)


def test_every_kiosk_at_a_glance_says_what_it_shows_and_turns_red_when_silent(
    qtbot: QtBot, clerk: Clerk, kiosk: KioskWindow, desk_clock: Clock
) -> None:
    clerk.sign_in(0, PIN)
    qtbot.waitUntil(lambda: clerk.shown("kioskLine0"), timeout=5000)
    assert clerk.text("kioskLineText0") == (
        f"Kiosk A · showing slides · version {__version__} · no problems at its last start"
    )
    come_to(kiosk.window, qtbot)
    Patient(kiosk, qtbot).tap("checkInButton")
    qtbot.waitUntil(lambda: "a check-in under way" in clerk.text("kioskLineText0"), timeout=1000)
    kiosk.shutdown()  # unplugged: no word from it any more
    desk_clock.ahead = timedelta(minutes=3)
    qtbot.waitUntil(lambda: "silent since" in clerk.text("kioskLineText0"), timeout=7000)
    assert clerk.find("kioskLine0").property("color").name() == "#b3261e"


def three_waiting_at_the_desk(qtbot: QtBot, clerk: Clerk, kiosk: KioskWindow) -> None:
    """A-1 to A-3 checked in on the kiosk (none urgent), listed at the signed-in desk."""
    for first, last in (("Pia", "Moss"), ("Bo", "Lee"), ("Cy", "Ng")):
        a_check_in(kiosk, first, last, urgent=False)
    clerk.sign_in(0, PIN)
    qtbot.waitUntil(lambda: clerk.shown("deskRow2"), timeout=5000)


def test_the_day_in_figures_counts_waits_and_no_shows_and_names_no_one(
    qtbot: QtBot, clerk: Clerk, kiosk: KioskWindow, desk_clock: Clock
) -> None:
    three_waiting_at_the_desk(qtbot, clerk, kiosk)
    clerk.click("deskRow0")
    clerk.click("deskCall")  # A-1 called at once
    clerk.click("deskRow1")
    clerk.click("deskNoShow")  # A-2 left
    qtbot.waitUntil(lambda: clerk.cell(1, 6) == "No-show", timeout=1000)
    desk_clock.ahead = timedelta(minutes=25)  # A-3 still waits, 25 minutes on

    clerk.click("deskTodayTab")
    figures = {
        "checkedIn": "3",
        "waiting": "1",
        "called": "1",
        "seen": "0",
        "noShows": "1",
        "medianWait": "12 min",  # of 0 and 25: a no-show's wait is not known
        "longestWait": "25 min, ticket A-3",
    }
    qtbot.waitUntil(
        lambda: clerk.text("day-longestWait-value") == figures["longestWait"], timeout=7000
    )
    assert {key: clerk.text(f"day-{key}-value") for key in figures} == figures
    bars = [i for i in clerk.items() if i.objectName().startswith("dayBarCount")]
    assert sum(int(bar.property("text")) for bar in bars) == 3
    shown = " ".join(str(i.property("text")) for i in clerk.items() if i.isVisible())
    assert not {"Pia", "Moss", "Bo", "Cy"} & set(shown.split()), "no name on the figures"

    clerk.press(Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # the queue's key, not here
    qtbot.wait(300)
    clerk.press(Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert clerk.cell(1, 6) == "No-show"


def test_the_arrow_keys_choose_and_undo_leaves_a_patient_marked_elsewhere_meanwhile(
    qtbot: QtBot, data_dir: DataDir, clerk: Clerk, kiosk: KioskWindow
) -> None:
    three_waiting_at_the_desk(qtbot, clerk, kiosk)

    def picked() -> list[str]:
        return [clerk.cell(i, 0) for i in range(3) if clerk.find(f"deskRow{i}").property("picked")]

    clerk.press(Qt.Key.Key_Down)
    assert picked() == ["A-1"]
    for _ in range(3):
        clerk.press(Qt.Key.Key_Down)
    assert picked() == ["A-3"]  # stops at the end
    clerk.press(Qt.Key.Key_Up)
    assert picked() == ["A-2"]
    clerk.press(Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: clerk.cell(1, 6) == "Called", timeout=1000)

    other_desk = open_store(data_dir.checkin_store)
    second = other_desk.queue(date.today())[1]
    assert other_desk.set_status(second.id, Status.SEEN)  # the doctor's own screen, say
    other_desk.close()
    qtbot.waitUntil(lambda: clerk.cell(1, 6) == "Seen", timeout=1000)
    clerk.press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: clerk.shown("deskQueueMessage"), timeout=1000)
    assert clerk.text("deskQueueMessage") == (
        "A-2 was changed meanwhile (now Seen), so nothing was taken back."
    )
    qtbot.wait(300)
    assert clerk.cell(1, 6) == "Seen"
    assert not clerk.find("deskUndo").property("enabled")


def test_the_desk_exports_the_day_to_csv_deletes_all_on_confirm_and_shows_its_audit_log(
    qtbot: QtBot, data_dir: DataDir, clerk: Clerk, kiosk: KioskWindow
) -> None:
    three_waiting_at_the_desk(qtbot, clerk, kiosk)
    clerk.press(Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert clerk.text("deskExportDate-to") == date.today().isoformat()
    clerk.click("deskExportEarlier-from")
    assert clerk.text("deskExportDate-from") == (date.today() - timedelta(days=1)).isoformat()
    clerk.click("deskExport")
    qtbot.waitUntil(lambda: clerk.shown("deskRecordsMessage"), timeout=3000)
    [written] = list(data_dir.export_dir.glob("checkins-*.csv"))
    assert clerk.text("deskRecordsMessage").startswith(
        "3 check-ins written to This computer's export folder: "
    )
    text = written.read_text("utf-8-sig")
    assert all(name in text for name in ("Pia", "Moss", "Bo", "Lee", "Cy", "Ng"))
    qtbot.waitUntil(lambda: "check-ins exported" in clerk.text("deskAuditEntry0"), timeout=3000)
    assert clerk.text("deskAuditChain") == "Checked: no entry has been edited or removed."

    clerk.click("deskDeleteAll")
    clerk.click("deskKeepCheckIns")  # a slip of the mouse keeps them
    qtbot.waitUntil(lambda: not clerk.shown("deskConfirmDelete"), timeout=3000)
    assert len(open_store(data_dir.checkin_store).checkins()) == 3
    clerk.click("deskDeleteAll")
    clerk.click("deskConfirmDeleteButton")
    qtbot.waitUntil(
        lambda: clerk.text("deskRecordsMessage") == "The details of 3 check-ins were deleted.",
        timeout=3000,
    )
    assert open_store(data_dir.checkin_store).checkins() == []
    assert not written.exists(), "the desk's own export went with the rows it copies"
    qtbot.waitUntil(lambda: "check-ins deleted" in clerk.text("deskAuditEntry0"), timeout=3000)
