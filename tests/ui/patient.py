"""A patient at the kiosk: finds controls by name and taps them, counting every touch.

With a ``mirror`` (the e2e tests' X screen) every tap is made on the real program too, at the
same point: the offscreen kiosk here is its twin, laid out at the same size, and tells where
each control is.
"""

from __future__ import annotations

import sqlite3
import time

from PySide6.QtCore import Q_ARG, QMetaObject, QPointF
from PySide6.QtQuick import QQuickItem, QQuickWindow
from pytestqt.qtbot import QtBot

from kiosk.core.paths import DataDir
from kiosk.core.staff.accounts import open_staff_store
from kiosk.core.staff.opening import open_with_recovery_code
from kiosk.ui.app.kiosk_window import KioskWindow
from kiosk.ui.checkin.check_in_flow import STEP_SETTLING_MS
from tests.conftest import TEST_RECOVERY_CODE
from tests.ui.conftest import drawn, tap
from tests.ui.keyboard import AccentsBy, Mirror, OnScreenKeyboard, Touches

REAL_PROGRAM_LAG_MS = 700
"""How much later than its offscreen twin the real program (under Xvfb, beside a server and a
desk on two cores) may have moved to a step."""

PATIENT_FIRST = "María José"
PATIENT_LAST = "O'Neil-Núñez"


class Patient:
    def __init__(self, kiosk: KioskWindow, qtbot: QtBot, mirror: Mirror | None = None) -> None:
        self.kiosk = kiosk
        self.qtbot = qtbot
        self.mirror = mirror
        self.touches = Touches()
        self.keyboard = OnScreenKeyboard(kiosk, qtbot, self.touches, mirror)
        self._step_came = time.monotonic()
        kiosk.check_in.stepChanged.connect(self._note_step)

    def _note_step(self) -> None:
        self._step_came = time.monotonic()

    def find(self, name: str) -> QQuickItem:
        found: list[QQuickItem] = []

        def visible() -> bool:
            found[:] = [
                candidate
                for candidate in visual_items(self.kiosk)
                if candidate.objectName() == name
                and candidate.isVisible()
                and candidate.width() > 0
            ]
            return len(found) == 1

        self.qtbot.waitUntil(visible, timeout=3000)
        return found[0]

    def tap_when_it_takes_taps(self, name: str) -> None:
        """Wait, as a person reading the screen would, until the control takes taps, then tap
        it (the done screen takes none in its first 2 s)."""
        self.qtbot.waitUntil(self.find(name).isEnabled, timeout=4000)
        self.tap(name)

    def shown(self, name: str) -> bool:
        return any(
            candidate.objectName() == name and candidate.isVisible()
            for candidate in visual_items(self.kiosk)
        )

    def tap(self, name: str) -> None:
        self.wait_for_the_step_to_take_taps()
        target = self.find(name)
        centre = target.mapToScene(QPointF(target.width() / 2, target.height() / 2))
        tap(self.kiosk, target)  # may rebuild the control (a chosen chip), so measured first
        self.touches.taps += 1
        if self.mirror is not None:
            self.mirror.tap(round(centre.x()), round(centre.y()))
        self.qtbot.wait(15)

    def wait_for_the_step_to_take_taps(self) -> None:
        """A step that has just come takes no tap for a moment (as a person reads it first)."""
        flow = self.kiosk.check_in
        if flow.property("stepSettling"):
            self.qtbot.waitUntil(lambda: not flow.property("stepSettling"), timeout=3000)
        if self.mirror is not None:
            # The real program's step came a moment later (later still on a busy machine), and
            # its own pause must be over too before it takes the tap.
            left = self._step_came + (STEP_SETTLING_MS + REAL_PROGRAM_LAG_MS) / 1000
            if (wait_s := left - time.monotonic()) > 0:
                self.qtbot.wait(round(wait_s * 1000))

    def text(self, name: str) -> str:
        """What the patient reads there (a space that holds two words together is a space)."""
        return str(self.find(name).property("text")).replace("\u00a0", " ")

    def step(self) -> str:
        """The core's name of the step on screen (QML sees it as ``CheckInFlow.Screen``)."""
        return self.kiosk.check_in.current_step().value

    def answer(self, name: str) -> None:
        """Tap a question's one answer (the reason, Yes or No, first visit or not): the step
        moves on by itself."""
        before = self.step()
        self.tap(name)
        self.wait_to_move_on(before)

    def wait_to_move_on(self, step: str) -> None:
        """The step moves on by itself, here and on the real program (a moment later there, so
        the next touch waits for it too)."""
        self.qtbot.waitUntil(lambda: self.step() != step, timeout=4000)
        drawn(self.kiosk, self.qtbot)  # seen before it is touched: laid out where it is drawn
        if self.mirror is not None:
            self.qtbot.wait(600)

    def confirm(self) -> None:
        """Confirm on the review: where answers are out of sight, the first taps bring them
        into view (the list glides on for 0.3 s), as they would for a person, and the last one
        keeps the check-in."""
        drawn(self.kiosk, self.qtbot)
        for _ in range(5):
            self.tap("nextButton")
            if self.step() != "review":
                return
            self.qtbot.wait(400 if self.mirror is None else 900)
        raise AssertionError("Confirm never kept the check-in")

    def type_birth_date(self, digits: str) -> None:
        """Each digit on the keypad; a date that can be right moves on by itself."""
        for digit in digits:
            self.tap(f"padKey{digit}")
        self.wait_to_move_on("birth-date")

    def type_names(self, first: str, last: str, accents: AccentsBy = "long press") -> None:
        """Into the first name box, which has the keyboard as the step opens; Enter to the
        last name; Enter again (the key says Done) moves on."""
        self.keyboard.type(first, accents)
        self.keyboard.enter()
        self.keyboard.type(last, accents)
        self.keyboard.enter()
        self.wait_to_move_on("name")

    def type_name(self, field: str, text: str, accents: AccentsBy = "long press") -> None:
        self.tap(f"{field}Input")
        self.keyboard.type(text, accents)


def visual_items(kiosk: KioskWindow) -> list[QQuickItem]:
    """Every item in the window's scene, Repeater delegates too (findChild misses those)."""
    window = kiosk.window
    assert isinstance(window, QQuickWindow)
    items: list[QQuickItem] = []
    pending = [window.contentItem()]
    while pending:
        current = pending.pop()
        items.append(current)
        pending.extend(current.childItems())
    return items


def shown_all_the_way_up(item: QQuickItem) -> bool:
    """Visible and not faded out, and so is every item it sits in."""
    node: QQuickItem | None = item
    while node is not None:
        if not node.isVisible() or node.opacity() == 0:
            return False
        node = node.parentItem()
    return True


def store_rows(data: DataDir) -> list[sqlite3.Row]:
    with sqlite3.connect(data.checkin_store) as db:
        db.row_factory = sqlite3.Row
        return db.execute("SELECT * FROM checkins ORDER BY number").fetchall()


def opened_rows(data: DataDir) -> list[dict[str, object]]:
    """The check-ins' rows with each sealed box opened (by the tests' recovery code) into the
    columns it keeps empty, as they would read in clear."""
    staff = open_staff_store(data.staff_store)
    try:
        keys = open_with_recovery_code(staff, TEST_RECOVERY_CODE)
    finally:
        staff.close()
    rows = []
    for row in store_rows(data):
        found = dict(row)
        if row["sealed"] is not None:
            assert keys, "the tests' recovery code opens the kiosk's keys"
            visit = keys.open_visit(row["sealed"], row["key_id"], row["id"])
            found.update(
                first_name=visit.first_name,
                last_name=visit.last_name,
                birth_date=visit.birth_date.isoformat(),
                reasons=",".join(r.value for r in visit.reasons),
                urgent=int(visit.urgent),
                mobile=visit.mobile,
                returning_patient=int(visit.returning),
                mobility_help=int(visit.mobility_help),
                appointment=int(visit.appointment),
                language=visit.language,
            )
        rows.append(found)
    return rows


def check_in_as_scripted_patient(
    patient: Patient,
    birth_digits: str = "03121956",
    birth_in_words: str = "March 12, 1956",
    accents: AccentsBy = "long press",
) -> None:
    """María José O'Neil-Núñez, born 12 March 1956, heel pain, not urgent, an appointment
    today, first visit. The
    date is typed in the order of the screen's language (month first in US English)."""
    patient.tap("checkInButton")
    patient.type_names(PATIENT_FIRST, PATIENT_LAST, accents)
    assert patient.step() == "birth-date", patient.kiosk.check_in.property("messages")
    for digit in birth_digits:
        patient.tap(f"padKey{digit}")
    assert patient.text("birthInWords") == birth_in_words
    patient.wait_to_move_on("birth-date")
    patient.answer("reason-heel-or-arch")
    patient.answer("urgentNo")
    patient.answer("appointmentYes")
    patient.answer("visitFirst")
    assert patient.step() == "review"


def check_in_by_taps(
    patient: Patient, first: str, last: str, birth_digits: str, reason: str, urgent: bool
) -> None:
    """A whole check-in by taps, first visit, up to the review (not yet confirmed)."""
    patient.tap("checkInButton")
    patient.type_names(first, last)
    patient.type_birth_date(birth_digits)
    patient.answer(f"reason-{reason}")
    patient.answer("urgentYes" if urgent else "urgentNo")
    patient.answer("appointmentNo")
    patient.answer("visitFirst")


def check_in_urgent_by_taps(patient: Patient) -> None:
    """Rosa Diaz, ankle pain, urgent, first visit, her date typed 0-7-0-4-1-9-5-0 (4 July 1950
    in US English, 7 April where the day comes first): every step by taps, to her Confirm."""
    check_in_by_taps(patient, "Rosa", "Diaz", "07041950", "ankle", urgent=True)
    patient.confirm()


def scroll_to(person: Patient, name: str, within: str = "slideForm") -> None:
    """Bring a control into view, as staff would by swiping the form or list up."""
    form = person.find(within)
    target = next(i for i in visual_items(person.kiosk) if i.objectName() == name)
    top = target.mapToItem(form.property("contentItem"), QPointF(0, 0)).y()
    most = max(0.0, form.property("contentHeight") - form.height())
    form.setProperty("contentY", min(most, max(0.0, top - form.height() / 3)))
    person.qtbot.wait(30)


def scroll_list_to(person: Patient, name: str, row: int) -> None:
    """Swipe a list until ``row`` is on screen (ListView makes rows only when they are near)."""
    listed = person.find(name)
    QMetaObject.invokeMethod(
        listed,
        "positionViewAtIndex",
        Q_ARG(int, row),
        Q_ARG(int, 1),  # ListView.Beginning
    )
    person.qtbot.wait(30)
