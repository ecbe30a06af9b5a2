"""The walk-in check-in on the real QML, offscreen, driven by taps on its own buttons and keys."""

from __future__ import annotations

import logging
import sqlite3
import time
from datetime import date

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtQuick import QQuickItem, QQuickWindow
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kiosk.core.paths import DataDir
from kiosk.core.storage.checkin_store import SqliteCheckInStore
from kiosk.ui.app.kiosk_window import KioskWindow
from kiosk.ui.checkin.check_in_flow import DATE_MOVES_ON_MS
from tests.core.test_sealing import leaked
from tests.ui.conftest import MakeKiosk, drawn, item, write_settings
from tests.ui.keyboard import keyboard_state
from tests.ui.patient import (
    PATIENT_FIRST,
    PATIENT_LAST,
    Patient,
    check_in_as_scripted_patient,
    check_in_by_taps,
    opened_rows,
    shown_all_the_way_up,
    store_rows,
    visual_items,
)


@pytest.fixture
def checkin_kiosk(make_kiosk: MakeKiosk) -> KioskWindow:
    return make_kiosk(instant=True)


def test_a_walk_in_checks_in_by_taps_alone_and_the_row_is_what_they_entered(
    qtbot: QtBot, data_dir: DataDir, checkin_kiosk: KioskWindow, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    patient = Patient(checkin_kiosk, qtbot)
    started = time.monotonic()
    check_in_as_scripted_patient(patient)
    assert not checkin_kiosk.slideshow.property("running"), "the slides pause during a check-in"
    assert patient.text("summaryValue-0") == f"{PATIENT_FIRST} {PATIENT_LAST}"
    assert patient.text("summaryValue-1") == "March 12, 1956"
    assert patient.text("summaryValue-2") == "Heel or arch pain"
    assert patient.text("summaryValue-4") == "Yes", "an appointment today"
    assert "deleted after 7 days" in patient.text("privacyNotice")
    assert "server" not in patient.text("privacyNotice"), "a kiosk on its own keeps them alone"
    patient.confirm()
    assert patient.text("ticketCode") == "A-1"
    # She has an appointment: the walk-ins' queue says nothing of when she is seen.
    assert patient.shown("appointmentToldDesk")
    assert not patient.shown("peopleAhead")
    seconds = time.monotonic() - started
    print(
        f"\nscripted patient: {patient.touches.taps} taps and "
        f"{patient.touches.long_presses} long presses, {seconds:.1f} s of machine time"
    )
    assert patient.touches.taps + patient.touches.long_presses <= 45

    [raw] = store_rows(data_dir)
    assert (raw["first_name"], raw["birth_date"], raw["reasons"]) == ("", "", ""), "sealed"
    # Nothing the patient typed is in clear in any file of the data folder: the SQLite files
    # with their write-ahead log and shared memory, the logs, the outbox, the exports.
    assert leaked(data_dir.root, [PATIENT_FIRST, PATIENT_LAST, "1956-03-12", "heel-or-arch"]) == []
    [row] = opened_rows(data_dir)
    assert (row["first_name"], row["last_name"]) == (PATIENT_FIRST, PATIENT_LAST)
    assert row["birth_date"] == "1956-03-12"
    assert row["reasons"] == "heel-or-arch"
    assert (row["urgent"], row["mobile"], row["returning_patient"], row["mobility_help"]) == (
        0,
        "",
        0,
        0,
    )
    assert row["appointment"] == 1

    patient.tap_when_it_takes_taps("doneButton")
    qtbot.waitUntil(lambda: bool(checkin_kiosk.slideshow.property("running")), timeout=2000)
    assert item(checkin_kiosk, "checkInLoader").property("item") is None
    for secret in (PATIENT_FIRST, PATIENT_LAST, "1956", "heel", "Heel"):
        assert secret not in caplog.text, "personal data reached the log"


def test_the_done_screen_returns_to_the_slides_by_itself(
    qtbot: QtBot, checkin_kiosk: KioskWindow
) -> None:
    checkin_kiosk.check_in.set_timing(idle_ms=60_000, tick_ms=1000, done_ms=300)
    patient = Patient(checkin_kiosk, qtbot)
    check_in_as_scripted_patient(patient)
    patient.tap("nextButton")
    patient.find("ticketCode")
    qtbot.waitUntil(lambda: not checkin_kiosk.check_in.property("active"), timeout=3000)
    assert checkin_kiosk.slideshow.property("running")


def test_each_answer_that_cannot_be_used_gets_a_kind_message_beside_it(
    qtbot: QtBot, checkin_kiosk: KioskWindow
) -> None:
    patient = Patient(checkin_kiosk, qtbot)
    patient.tap("checkInButton")
    patient.tap("nextButton")
    assert patient.text("firstNameMessage") == "Please enter your first name."
    assert patient.text("lastNameMessage") == "Please enter your last name."
    # A name the keyboard cannot type, pasted in: the check in core still answers kindly.
    patient.find("firstNameInput").setProperty("text", "R2-D2")
    patient.type_name("lastName", "Lee")
    patient.tap("nextButton")
    assert patient.text("firstNameMessage") == (
        "Please use only letters, spaces, hyphens and apostrophes in your first name."
    )
    assert not patient.shown("lastNameMessage")
    # Letters no font here draws (full-width Latin, a hieroglyph) would come back as boxes.
    patient.find("firstNameInput").setProperty("text", "Ann")
    patient.find("lastNameInput").setProperty("text", "\uff2c\uff45\uff45 \U00013000")
    patient.tap("nextButton")
    assert patient.text("lastNameMessage") == (
        "Your last name has a character we cannot show. Please type it again."
    )
    assert not patient.shown("firstNameMessage")
    patient.find("lastNameInput").setProperty("text", "Lee")
    patient.tap("nextButton")

    patient.tap("nextButton")
    assert patient.text("birthMessage") == "Please enter your whole date of birth."
    for digit in "02301990":
        patient.tap(f"padKey{digit}")
    assert patient.text("birthMessage") == (
        "That date does not exist. Please check the day and month."
    )
    for _ in range(8):
        patient.tap("padErase")
    for digit in "01012999":
        patient.tap(f"padKey{digit}")
    assert patient.text("birthMessage") == "That date is in the future. Please check the year."
    for _ in range(8):
        patient.tap("padErase")
    for digit in "02281990":
        patient.tap(f"padKey{digit}")
    assert not patient.shown("birthMessage")
    patient.wait_to_move_on("birth-date")

    patient.tap("nextButton")
    assert patient.text("reasonMessage") == "Please choose at least one reason for your visit."
    patient.answer("reason-ankle")
    patient.tap("nextButton")
    assert patient.text("urgentMessage") == "Please answer Yes or No."
    patient.answer("urgentYes")
    patient.tap("nextButton")
    assert patient.text("appointmentMessage") == "Please answer Yes or No."
    patient.answer("appointmentYes")
    patient.tap("nextButton")
    assert patient.text("visitMessage") == "Please tell us if this is your first visit."


def to_the_date_step(patient: Patient) -> None:
    patient.tap("checkInButton")
    patient.type_name("firstName", "Ann")
    patient.type_name("lastName", "Lee")
    patient.tap("nextButton")
    patient.find("birthSlots")


def test_back_keeps_the_answers_and_cancel_asks_before_it_wipes_them(
    qtbot: QtBot, checkin_kiosk: KioskWindow
) -> None:
    patient = Patient(checkin_kiosk, qtbot)
    to_the_date_step(patient)
    patient.tap("padKey4")
    patient.tap("backButton")
    assert patient.step() == "name"
    assert patient.find("firstNameInput").property("text") == "Ann"
    patient.tap("nextButton")
    assert patient.find("birthSlots") is not None
    assert checkin_kiosk.check_in.held_values()["birth"] == {"M": "04", "D": "", "Y": ""}

    patient.tap("cancelButton")
    patient.tap("keepCheckingIn")
    assert checkin_kiosk.check_in.property("active")
    patient.tap("cancelButton")
    patient.tap("stopCheckingIn")
    qtbot.waitUntil(lambda: not checkin_kiosk.check_in.property("active"), timeout=2000)
    assert_nothing_remains(checkin_kiosk, qtbot)

    # Back on the first step, with nothing typed, leaves at once.
    patient.tap("checkInButton")
    patient.tap("backButton")
    qtbot.waitUntil(lambda: not checkin_kiosk.check_in.property("active"), timeout=2000)


def test_a_usb_keyboard_types_the_date_of_birth_digits_and_backspace(
    qtbot: QtBot, checkin_kiosk: KioskWindow
) -> None:
    patient = Patient(checkin_kiosk, qtbot)
    to_the_date_step(patient)
    window = checkin_kiosk.window

    def keys(digits: str) -> None:
        for digit in digits:
            QTest.keyClick(window, Qt.Key(ord(digit)))  # Qt.Key_0 to Key_9 are the digits' codes

    keys("0312197")
    QTest.keyClick(window, Qt.Key.Key_Backspace)  # the 7 was a slip
    keys("5")
    QTest.keyClick(window, Qt.Key.Key_X)  # a letter on the date step does nothing
    QTest.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.KeypadModifier)
    assert checkin_kiosk.check_in.held_values()["birth"] == {"M": "03", "D": "12", "Y": "1956"}
    assert patient.text("birthInWords") == "March 12, 1956"


def test_a_review_line_opens_its_step_and_comes_back_to_the_review(
    qtbot: QtBot, checkin_kiosk: KioskWindow
) -> None:
    patient = Patient(checkin_kiosk, qtbot)
    check_in_as_scripted_patient(patient)
    patient.tap("summary-2")
    assert patient.step() == "reason"
    assert patient.text("nextButton") == "Done"
    patient.answer("reason-sports-injury")  # the main reason now; back by itself
    assert patient.step() == "review"
    assert patient.text("summaryValue-2") == "Sports injury"


def assert_nothing_remains(kiosk: KioskWindow, qtbot: QtBot) -> None:
    held = kiosk.check_in.held_values()
    assert held == {
        "first_name": "",
        "last_name": "",
        "birth": {"D": "", "M": "", "Y": ""},
        "reasons": [],
        "urgent": "",
        "mobile": "",
        "appointment": "",
        "visit": "",
        "mobility_help": False,
        "messages": {},
        "ticket": "",
    }
    assert item(kiosk, "checkInLoader").property("item") is None, "the screens were not dropped"
    # Destroyed screens are deleted once the event loop comes round again.
    qtbot.waitUntil(
        lambda: kiosk.window.findChild(QQuickItem, "firstNameInput") is None, timeout=2000
    )
    state = keyboard_state(kiosk)
    assert state["surroundingText"] == ""
    assert state["preeditText"] == ""
    for name in ("firstName", "lastName", "summary", "birthInWords", "mobileShown"):
        value = kiosk.check_in.property(name)
        assert not value or name == "summary", f"{name} still holds {value!r}"


def accent_buttons(kiosk: KioskWindow) -> list[QQuickItem]:
    shown = [i for i in visual_items(kiosk) if i.objectName().startswith("accent-")]
    return sorted((i for i in shown if shown_all_the_way_up(i)), key=lambda i: i.x())


def test_the_accents_of_the_letter_just_typed_are_offered_under_its_box(
    qtbot: QtBot, checkin_kiosk: KioskWindow
) -> None:
    patient = Patient(checkin_kiosk, qtbot)
    patient.tap("checkInButton")
    assert "type the letter, then tap it here" in patient.text("accentHint")
    patient.type_name("firstName", "Mari")
    offered = accent_buttons(checkin_kiosk)
    assert [b.property("text") for b in offered] == ["i", "í", "ï", "ì", "î"]
    assert not patient.shown("accentHint") or not patient.find("accentHint").isVisible()
    smallest_target = 0.1 * 1080
    assert all(min(b.width(), b.height()) >= smallest_target for b in offered)
    patient.tap("accent-í")
    patient.tap("accent-í")  # a double tap, the second on the row as it changed
    field = patient.find("firstNameInput")
    assert field.property("text") == "Marí"
    assert field.hasActiveFocus(), "the box keeps the keyboard"
    assert keyboard_state(checkin_kiosk)["surroundingText"] == "Marí"
    patient.tap("accent-i")  # a change of mind
    assert field.property("text") == "Mari"
    patient.keyboard.type("a")
    assert checkin_kiosk.check_in.property("firstName") == "Maria"
    assert accent_buttons(checkin_kiosk)[1].property("text") == "á"
    patient.type_name("lastName", "B")  # the row moves under the box being typed in
    assert accent_buttons(checkin_kiosk) == []
    patient.keyboard.type("e")
    under = accent_buttons(checkin_kiosk)[0].mapToScene(QPointF(0, 0)).x()
    box = patient.find("lastNameInput").parentItem()
    assert under == pytest.approx(box.mapToScene(QPointF(0, 0)).x())


def test_at_a_usb_keyboard_tab_goes_from_box_to_box_and_never_to_an_accent(
    qtbot: QtBot, checkin_kiosk: KioskWindow
) -> None:
    patient = Patient(checkin_kiosk, qtbot)
    patient.tap("checkInButton")
    patient.type_name("firstName", "Mari")
    assert accent_buttons(checkin_kiosk)
    QTest.keyClick(checkin_kiosk.window, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: patient.find("lastNameInput").hasActiveFocus(), timeout=2000)
    for key in (Qt.Key.Key_D, Qt.Key.Key_I):
        QTest.keyClick(checkin_kiosk.window, key)
    assert checkin_kiosk.check_in.property("lastName").lower() == "di"
    assert checkin_kiosk.check_in.property("firstName") == "Mari"
    QTest.keyClick(checkin_kiosk.window, Qt.Key.Key_Tab)  # on to the buttons, not the accents
    window = checkin_kiosk.window
    assert isinstance(window, QQuickWindow)
    qtbot.waitUntil(lambda: not patient.find("lastNameInput").hasActiveFocus(), timeout=2000)
    focused = window.activeFocusItem()
    assert focused is not None
    assert not focused.objectName().startswith("accent-")


def test_with_larger_text_and_a_long_message_the_accents_make_way_not_the_question(
    qtbot: QtBot, checkin_kiosk: KioskWindow
) -> None:
    patient = Patient(checkin_kiosk, qtbot)
    patient.tap("checkInButton")
    checkin_kiosk.choices.chooseLanguage("es")
    checkin_kiosk.choices.toggleLargerText()
    patient.find("firstNameInput").setProperty("text", "Ann" * 20)  # too long
    patient.tap("nextButton")
    patient.type_name("lastName", "Di")
    drawn(checkin_kiosk, qtbot)
    assert shown_all_the_way_up(patient.find("nameQuestion"))
    assert accent_buttons(checkin_kiosk) == []


def test_a_patient_who_never_long_presses_types_every_accent_of_her_name(
    qtbot: QtBot, data_dir: DataDir, checkin_kiosk: KioskWindow
) -> None:
    patient = Patient(checkin_kiosk, qtbot)
    check_in_as_scripted_patient(patient, accents="row")
    assert patient.text("summaryValue-0") == f"{PATIENT_FIRST} {PATIENT_LAST}"
    patient.confirm()
    assert patient.text("ticketCode") == "A-1"
    assert patient.touches.long_presses == 0
    [row] = opened_rows(data_dir)
    assert (row["first_name"], row["last_name"]) == (PATIENT_FIRST, PATIENT_LAST)


def test_after_idling_a_countdown_asks_and_then_everything_is_wiped(
    qtbot: QtBot, checkin_kiosk: KioskWindow
) -> None:
    flow = checkin_kiosk.check_in
    flow.set_timing(idle_ms=400, tick_ms=60)
    patient = Patient(checkin_kiosk, qtbot)
    patient.tap("checkInButton")
    patient.type_name("firstName", "Ann")

    # Keys on the on-screen keyboard count as a touch: typing slowly never brings the question.
    for letter in "abcdef":
        patient.keyboard.type(letter)
        qtbot.wait(150)
    assert not flow.property("stillThere")
    assert patient.find("firstNameInput").property("text") == "Annabcdef"

    patient.find("stillThere")
    assert "seconds" in patient.text("secondsLeft")
    patient.tap("stillHereButton")
    assert not patient.shown("stillThere")
    assert patient.find("firstNameInput").property("text") == "Annabcdef"

    patient.find("stillThere")
    qtbot.waitUntil(lambda: not flow.property("active"), timeout=5000)
    assert_nothing_remains(checkin_kiosk, qtbot)
    assert checkin_kiosk.slideshow.property("running")

    patient.tap("checkInButton")
    assert patient.find("firstNameInput").property("text") == ""
    assert patient.find("firstNameInput").property("canUndo") is False


def test_a_save_that_fails_tells_the_patient_and_the_next_check_in_succeeds(
    qtbot: QtBot, data_dir: DataDir, checkin_kiosk: KioskWindow, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = sqlite3.connect(data_dir.checkin_store, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")  # another process holds the database past the timeout
    patient = Patient(checkin_kiosk, qtbot)
    check_in_as_scripted_patient(patient)
    patient.tap("nextButton")
    assert patient.text("saveFailed") == (
        "We could not save your check-in. Please see the front desk."
    )
    assert not patient.shown("ticketCode")
    assert "locked" in caplog.text
    assert PATIENT_LAST not in caplog.text
    assert checkin_kiosk.check_in.held_values()["first_name"] == ""
    patient.tap_when_it_takes_taps("doneButton")
    blocker.execute("ROLLBACK")
    blocker.close()

    check_in_as_scripted_patient(patient)
    patient.tap("nextButton")
    assert patient.text("ticketCode") == "A-1"
    assert len(store_rows(data_dir)) == 1


def test_the_desk_hears_a_chime_for_each_check_in_louder_when_urgent_and_for_help(
    qtbot: QtBot, checkin_kiosk: KioskWindow
) -> None:
    rang: list[str] = []
    checkin_kiosk.check_in._chime.rang.connect(rang.append)
    patient = Patient(checkin_kiosk, qtbot)
    patient.tap("helpButton")
    assert patient.find("helpNotice").isVisible()
    patient.tap("helpButton")
    assert rang == ["help"], "a second tap within half a minute rings no second time"

    check_in_as_scripted_patient(patient)
    patient.tap("nextButton")
    patient.tap_when_it_takes_taps("doneButton")
    check_in_as_scripted_patient(patient)
    with qtbot.waitSignal(checkin_kiosk.check_in.helpCalled, timeout=1000):
        patient.tap("checkInHelpButton")  # every check-in screen has one too
    patient.tap("summary-3")
    patient.answer("urgentYes")  # back to the review by itself
    patient.tap("nextButton")
    assert patient.text("ticketCode") == "A-2"
    assert patient.shown("urgentToldDesk")  # an urgent patient is told what to do, not a count
    assert rang == ["help", "checkin", "urgent"], "help rings once per half minute"


def test_with_the_chime_off_the_desk_hears_nothing(
    qtbot: QtBot, data_dir: DataDir, make_kiosk: MakeKiosk
) -> None:
    write_settings(data_dir, "[checkin]\nchime = false\n")
    kiosk = make_kiosk(instant=True)
    rang: list[str] = []
    kiosk.check_in._chime.rang.connect(rang.append)
    patient = Patient(kiosk, qtbot)
    check_in_as_scripted_patient(patient)
    patient.tap("nextButton")
    patient.find("ticketCode")
    assert rang == []


def test_a_clinic_that_asks_for_a_mobile_number_gets_it_checked_and_stored(
    qtbot: QtBot, data_dir: DataDir, make_kiosk: MakeKiosk
) -> None:
    write_settings(data_dir, "[checkin]\nask_mobile = true\n")
    kiosk = make_kiosk(instant=True)
    patient = Patient(kiosk, qtbot)
    patient.tap("checkInButton")
    assert patient.text("stepLabel") == "Check in: step 1 of 8"
    patient.type_name("firstName", "Ann")
    patient.type_name("lastName", "Lee")
    patient.tap("nextButton")
    patient.type_birth_date("01011990")
    patient.answer("reason-toenail")
    patient.answer("urgentNo")
    for digit in "55501":
        patient.tap(f"padKey{digit}")
    patient.tap("nextButton")
    assert patient.text("mobileMessage").startswith("Please check the number.")
    for _ in range(5):
        patient.tap("padErase")
    for digit in "2015550123":
        patient.tap(f"padKey{digit}")
    assert patient.text("mobileShown") == "(201) 555-0123"
    patient.tap("nextButton")
    patient.answer("appointmentNo")
    patient.tap("mobilityHelp")
    patient.answer("visitReturning")
    assert "mobile number" in patient.text("privacyNotice")
    patient.tap("nextButton")
    patient.find("ticketCode")
    [row] = opened_rows(data_dir)
    assert (row["mobile"], row["returning_patient"], row["mobility_help"]) == (
        "+12015550123",
        1,
        1,
    )


def test_check_ins_older_than_the_clinic_keeps_them_are_erased_at_start(
    data_dir: DataDir, make_kiosk: MakeKiosk
) -> None:
    from datetime import datetime

    from kiosk.core.checkin.answers import CheckIn, Reason, new_checkin_id

    old = SqliteCheckInStore(data_dir.checkin_store, clock=lambda: datetime(2020, 1, 1, 9))
    old.open()
    old.save(CheckIn(new_checkin_id(), "Ann", "Lee", date(1990, 1, 1), (Reason.ANKLE,), False))
    old.close()
    assert len(store_rows(data_dir)) == 1
    make_kiosk()
    [row] = store_rows(data_dir)
    assert (row["first_name"], row["last_name"], row["birth_date"], row["reasons"]) == (
        "",
        "",
        "",
        "",
    )
    assert (row["erased"], row["day"]) == (1, "2020-01-01")


# Taps on Confirm's spot within the done screen's first 2 s, as the hostile tester made them.
@pytest.mark.parametrize(("taps", "gap_ms"), [(2, 80), (2, 700), (2, 1500), (3, 80), (3, 700)])
def test_quick_taps_on_confirm_leave_the_ticket_up(
    qtbot: QtBot, data_dir: DataDir, checkin_kiosk: KioskWindow, taps: int, gap_ms: int
) -> None:
    patient = Patient(checkin_kiosk, qtbot)
    check_in_as_scripted_patient(patient)
    patient.wait_for_the_step_to_take_taps()
    confirm = patient.find("nextButton")
    centre = confirm.mapToScene(QPointF(confirm.width() / 2, confirm.height() / 2)).toPoint()
    window = checkin_kiosk.window
    for _ in range(taps):  # the same spot, as a finger that taps again before looking
        QTest.mouseClick(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
        qtbot.wait(gap_ms)
    assert patient.shown("ticketCode"), "the ticket stays up for the patient to read"
    assert checkin_kiosk.check_in.property("outcome") == "saved"
    assert len(store_rows(data_dir)) == 1
    # After its first seconds, the done screen takes a tap.
    patient.tap_when_it_takes_taps("doneButton")
    qtbot.waitUntil(lambda: not checkin_kiosk.check_in.property("active"), timeout=3000)


@pytest.mark.parametrize(
    ("step", "answer"),
    [("reason", "reason-ankle"), ("urgent", "urgentNo"), ("about", "visitReturning")],
)
def test_a_single_answer_moves_on_by_itself_and_back_keeps_it(
    qtbot: QtBot, checkin_kiosk: KioskWindow, step: str, answer: str
) -> None:
    patient = Patient(checkin_kiosk, qtbot)
    patient.tap("checkInButton")
    flow = checkin_kiosk.check_in
    flow.setFirstName("Rosa")
    flow.setLastName("Diaz")
    flow.next()
    for digit in "07041950":
        flow.typeBirthDigit(digit)
    while patient.step() != step:
        flow.next()
        if patient.step() == "reason" != step:
            flow.chooseReason("ankle")
        if patient.step() == "urgent" != step:
            flow.answerUrgent("no")
        if patient.step() == "appointment" != step:
            flow.answerAppointment("no")
    drawn(checkin_kiosk, qtbot)
    assert patient.find(answer).property("single"), "drawn as one answer of several"
    taps = patient.touches.taps
    patient.tap(answer)
    assert patient.step() == step, "the patient sees the answer chosen first"
    assert patient.find(answer).property("chosen")
    qtbot.waitUntil(lambda: patient.step() != step, timeout=2000)
    assert patient.touches.taps == taps + 1, "no Next to tap"
    patient.tap("backButton")
    qtbot.waitUntil(lambda: patient.step() == step, timeout=2000)
    assert patient.find(answer).property("chosen")
    qtbot.wait(800)
    assert patient.step() == step, "coming back to a question does not move on again"


def test_the_date_moves_on_once_read_back_unless_the_patient_deletes_first(
    qtbot: QtBot, checkin_kiosk: KioskWindow
) -> None:
    patient = Patient(checkin_kiosk, qtbot)
    to_the_date_step(patient)
    for digit in "0230199":
        patient.tap(f"padKey{digit}")
    patient.tap("padKey0")
    qtbot.wait(DATE_MOVES_ON_MS + 300)
    assert patient.step() == "birth-date", "a date that cannot be stays, with its message"
    for _ in range(8):
        patient.tap("padErase")
    for digit in "0228199":
        patient.tap(f"padKey{digit}")
    patient.tap("padKey1")
    assert patient.text("birthInWords") == "February 28, 1991"
    patient.tap("padErase")  # a slip seen in the words read back
    qtbot.wait(DATE_MOVES_ON_MS + 300)
    assert patient.step() == "birth-date", "a Delete keeps the patient on the date"
    patient.tap("padKey0")
    assert patient.step() == "birth-date", "read back first"
    patient.wait_to_move_on("birth-date")
    assert patient.step() == "reason"
    assert patient.text("nextButton") == "Next"


def test_a_typical_walk_in_touches_eight_things_besides_the_letters_and_digits(
    qtbot: QtBot, data_dir: DataDir, checkin_kiosk: KioskWindow
) -> None:
    """Check in, Enter to the last name, Enter (Done), the reason, No (not urgent), No (no
    appointment), first visit, Confirm."""
    patient = Patient(checkin_kiosk, qtbot)
    check_in_by_taps(patient, "John", "Smith", "03121956", "heel-or-arch", urgent=False)
    assert patient.step() == "review"
    patient.confirm()
    patient.find("ticketCode")
    assert patient.touches.long_presses == 0
    assert patient.touches.taps - len("JohnSmith") - len("03121956") == 8
    [row] = opened_rows(data_dir)
    assert (row["first_name"], row["last_name"], row["birth_date"]) == (
        "John",
        "Smith",
        "1956-03-12",
    )
    assert (row["reasons"], row["urgent"], row["returning_patient"]) == ("heel-or-arch", 0, 0)
    assert row["appointment"] == 0


def long_review(qtbot: QtBot, data_dir: DataDir, make_kiosk: MakeKiosk) -> Patient:
    """A check-in whose review, with A+ in Spanish at 1920x1080, needs scrolling."""
    write_settings(data_dir, '[clinic]\nlanguages = ["es", "en"]\n')
    kiosk = make_kiosk((1920, 1080), instant=True)
    kiosk.choices.toggleLargerText()
    patient = Patient(kiosk, qtbot)
    check_in_by_taps(
        patient,
        "Bartholomew-Maximilian",
        "Vandenberghe-Oyelaran",
        "28091956",
        "back-knee-hip",
        True,
    )
    drawn(patient.kiosk, patient.qtbot)
    assert patient.find("reviewLines").property("interactive"), "A+ in Spanish needs more room"
    return patient


def in_sight_on_the_review(patient: Patient, index: int) -> bool:
    lines = patient.find("reviewLines")
    line = patient.find(f"summary-{index}")
    top = line.mapToItem(lines, QPointF(0, 0)).y()
    bottom = line.mapToItem(lines, QPointF(0, line.height())).y()
    band = item(patient.kiosk, "moreBelow")
    room = lines.height() - (band.height() if band.isVisible() else 0)
    return top >= -1 and bottom <= room + 1


def test_confirm_first_brings_answers_out_of_sight_into_view_then_keeps_them(
    qtbot: QtBot, data_dir: DataDir, make_kiosk: MakeKiosk
) -> None:
    patient = long_review(qtbot, data_dir, make_kiosk)
    kiosk = patient.kiosk
    lines = patient.find("reviewLines")
    assert item(kiosk, "moreBelow").isVisible()
    taps = 0
    while item(kiosk, "moreBelow").isVisible():
        assert patient.step() == "review"
        assert store_rows(data_dir) == [], "kept unseen"
        patient.tap("nextButton")  # Confirm
        qtbot.wait(400)  # the list glides on
        taps += 1
        assert taps < 5, "Confirm never reached the last answer"
    assert lines.property("atYEnd")
    last = patient.find(f"summary-{len(kiosk.check_in.property('summary')) - 1}")
    bottom = last.mapToItem(lines, QPointF(0, last.height())).y()
    assert bottom <= lines.height() + 1, "the last answer is in sight"
    patient.tap("nextButton")  # Confirm, every answer seen
    assert patient.text("ticketCode") == "A-1"
    assert len(store_rows(data_dir)) == 1


def test_an_answer_corrected_low_on_the_review_is_in_sight_when_the_review_comes_back(
    qtbot: QtBot, data_dir: DataDir, make_kiosk: MakeKiosk
) -> None:
    patient = long_review(qtbot, data_dir, make_kiosk)
    kiosk = patient.kiosk
    while item(kiosk, "moreBelow").isVisible():
        patient.tap("nextButton")  # Confirm shows the rest first
        qtbot.wait(400)
    last = len(kiosk.check_in.property("summary")) - 1
    patient.tap(f"summary-{last}")
    assert patient.step() != "review"
    patient.tap("nextButton")  # Done: back to the review
    qtbot.waitUntil(lambda: patient.step() == "review", timeout=3000)
    drawn(kiosk, qtbot)
    assert in_sight_on_the_review(patient, last), "the review came back at its top"
    patient.tap("nextButton")  # Confirm: every answer was seen before the correction
    assert patient.text("ticketCode") == "A-1"


def test_a_correction_made_before_the_end_of_the_review_was_seen_still_shows_the_rest(
    qtbot: QtBot, data_dir: DataDir, make_kiosk: MakeKiosk
) -> None:
    patient = long_review(qtbot, data_dir, make_kiosk)
    kiosk = patient.kiosk
    patient.tap("summary-0")  # the name, before reading on
    assert patient.step() == "name"
    patient.tap("nextButton")
    qtbot.waitUntil(lambda: patient.step() == "review", timeout=3000)
    drawn(kiosk, qtbot)
    assert in_sight_on_the_review(patient, 0)
    assert item(kiosk, "moreBelow").isVisible()
    patient.tap("nextButton")  # Confirm brings the unseen answers into view first
    qtbot.wait(400)
    assert store_rows(data_dir) == []
    patient.confirm()
    assert patient.text("ticketCode") == "A-1"


def test_a_review_that_fits_is_kept_at_the_first_confirm(
    qtbot: QtBot, data_dir: DataDir, checkin_kiosk: KioskWindow
) -> None:
    patient = Patient(checkin_kiosk, qtbot)
    check_in_by_taps(patient, "Jo", "Li", "03121956", "toenail", False)
    drawn(checkin_kiosk, qtbot)
    assert not item(checkin_kiosk, "moreBelow").isVisible()
    patient.tap("nextButton")  # Confirm, at once
    assert patient.text("ticketCode") == "A-1"
    assert patient.text("peopleAhead") == "You are next.", "a walk-in is told the queue"
    assert not patient.shown("appointmentToldDesk")


def test_every_part_of_a_name_starts_with_a_capital_by_itself(
    qtbot: QtBot, checkin_kiosk: KioskWindow
) -> None:
    patient = Patient(checkin_kiosk, qtbot)
    patient.tap("checkInButton")
    before = patient.touches.taps
    patient.type_name("firstName", "Mary-Jane Ann")
    assert patient.touches.taps - before == 1 + len("Mary-Jane Ann"), "a shift was needed"
    before = patient.touches.taps
    patient.type_name("lastName", "O'Neil")
    assert patient.touches.taps - before == 1 + len("O'Neil"), "a shift was needed"
    flow = checkin_kiosk.check_in
    assert (flow.property("firstName"), flow.property("lastName")) == ("Mary-Jane Ann", "O'Neil")
    before = patient.touches.taps
    patient.keyboard.type(" van")  # a small letter after a space takes one tap on shift
    assert patient.touches.taps - before == len(" van") + 1
    assert flow.property("lastName") == "O'Neil van"


def to_the_reasons(patient: Patient) -> None:
    """Jo Li, born 3/12/1956, by taps as far as the reasons."""
    patient.tap("checkInButton")
    patient.type_names("Jo", "Li")
    patient.type_birth_date("03121956")


def tap_spot(patient: Patient, name: str) -> QPoint:
    """Where ``name`` is now: a finger taps there again without looking."""
    target = patient.find(name)
    return target.mapToScene(QPointF(target.width() / 2, target.height() / 2)).toPoint()


def click(kiosk: KioskWindow, where: QPoint) -> None:
    QTest.mouseClick(kiosk.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where)


def test_a_second_tap_on_an_answer_never_answers_the_next_question_unread(
    qtbot: QtBot, checkin_kiosk: KioskWindow
) -> None:
    flow = checkin_kiosk.check_in
    patient = Patient(checkin_kiosk, qtbot)
    patient.tap("checkInButton")
    patient.type_names("Rosa", "Diaz")
    patient.type_birth_date("07041950")
    patient.answer("reason-ankle")
    spot = tap_spot(patient, "urgentNo")  # where the appointment's No comes next
    patient.wait_for_the_step_to_take_taps()
    click(checkin_kiosk, spot)
    qtbot.waitUntil(lambda: patient.step() == "appointment", timeout=2000)
    drawn(checkin_kiosk, qtbot)
    qtbot.wait(150)
    click(checkin_kiosk, spot)  # the unsure second tap, just after the step moved on
    qtbot.wait(700)
    assert patient.step() == "appointment"
    assert flow.property("appointment") == "", "answered unread"


def test_next_tapped_as_the_last_answer_moves_on_does_not_confirm_unseen(
    qtbot: QtBot, data_dir: DataDir, checkin_kiosk: KioskWindow
) -> None:
    patient = Patient(checkin_kiosk, qtbot)
    to_the_reasons(patient)
    patient.answer("reason-toenail")
    patient.answer("urgentNo")
    patient.answer("appointmentNo")
    next_spot = tap_spot(patient, "nextButton")
    patient.tap("visitFirst")
    qtbot.waitUntil(lambda: patient.step() == "review", timeout=2000)
    click(checkin_kiosk, next_spot)  # meant for Next; it is Confirm now
    qtbot.wait(700)
    assert patient.step() == "review"
    assert store_rows(data_dir) == [], "kept before the review was read"
    patient.tap("nextButton")  # Confirm, after reading
    assert patient.text("ticketCode") == "A-1"


def test_a_late_digit_after_the_date_moved_on_chooses_no_reason(
    qtbot: QtBot, checkin_kiosk: KioskWindow
) -> None:
    patient = Patient(checkin_kiosk, qtbot)
    patient.tap("checkInButton")
    patient.type_names("Jo", "Li")
    erase = tap_spot(patient, "padErase")
    for digit in "03121956":
        patient.tap(f"padKey{digit}")
    qtbot.waitUntil(lambda: patient.step() == "reason", timeout=3000)
    drawn(checkin_kiosk, qtbot)
    qtbot.wait(150)
    click(checkin_kiosk, erase)  # the Delete meant for the date, just too late
    qtbot.wait(700)
    assert patient.step() == "reason"
    assert not any(choice["chosen"] for choice in checkin_kiosk.check_in.property("reasonChoices"))


@pytest.mark.parametrize("gap_ms", [350, 700])
def test_a_double_tap_on_confirm_where_answers_are_out_of_sight_keeps_nothing_yet(
    qtbot: QtBot, data_dir: DataDir, make_kiosk: MakeKiosk, gap_ms: int
) -> None:
    kiosk = make_kiosk((1920, 1080), instant=True)
    kiosk.choices.toggleLargerText()
    patient = Patient(kiosk, qtbot)
    check_in_by_taps(patient, "Bartholomew", "Vandenberghe", "03121956", "back-knee-hip", True)
    patient.wait_for_the_step_to_take_taps()
    assert item(kiosk, "moreBelow").isVisible()
    confirm = tap_spot(patient, "nextButton")
    click(kiosk, confirm)
    qtbot.wait(gap_ms)
    click(kiosk, confirm)  # the second tap of a double tap: the last answers only glimpsed
    qtbot.wait(300)
    assert store_rows(data_dir) == []
    patient.confirm()  # read, then Confirm
    assert patient.text("ticketCode") == "A-1"


def test_cancel_tapped_just_after_an_answer_holds_the_step_behind_its_question(
    qtbot: QtBot, checkin_kiosk: KioskWindow
) -> None:
    patient = Patient(checkin_kiosk, qtbot)
    to_the_reasons(patient)
    patient.answer("reason-toenail")
    patient.tap("urgentNo")
    patient.tap("cancelButton")  # within the half second the answer waits before moving on
    patient.find("keepCheckingIn")
    qtbot.wait(800)
    assert patient.step() == "urgent", "the step moved on behind the question"
    patient.tap("keepCheckingIn")
    assert patient.find("urgentNo").property("chosen"), "the answer is kept"
    patient.tap("nextButton")
    qtbot.waitUntil(lambda: patient.step() == "appointment", timeout=2000)
