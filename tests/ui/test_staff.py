"""Staff mode on the real QML, offscreen, by taps: the corner gesture, PINs and the lock-out, the
first account, the queue, export, deletion, the audit log and the ways out."""

from __future__ import annotations

import csv
import re
import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QMetaObject, QPointF, Qt
from PySide6.QtQuick import QQuickItem, QQuickWindow
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kiosk.core.checkin.answers import CheckIn, Reason, new_checkin_id
from kiosk.core.paths import DataDir
from kiosk.core.staff.accounts import open_staff_store
from kiosk.core.staff.audit import SCREEN, TERMINAL, Action
from kiosk.core.staff.opening import open_with_recovery_code
from kiosk.core.staff.setup_code import CodeCheck
from kiosk.core.storage.checkin_store import open_store
from kiosk.core.storage.records import Status
from kiosk.ui.app.kiosk_window import KioskWindow
from kiosk.ui.checkin.check_in_flow import CheckInFlow
from kiosk.ui.staff.staff_mode import SETTING_UP_POLL_MS
from tests.conftest import add_accounts
from tests.core.test_store_faults import small_disk_in
from tests.ui.conftest import PIN, MakeKiosk, item, tap
from tests.ui.keyboard import OnScreenKeyboard, Touches
from tests.ui.patient import Patient, opened_rows, scroll_to, store_rows


def save_checkin(data: DataDir, first: str, *, urgent: bool = False) -> CheckIn:
    visit = CheckIn(
        new_checkin_id(), first, "Lee", date(1970, 5, 6), (Reason.ANKLE,), urgent=urgent
    )
    store = open_store(data.checkin_store)
    store.save(visit)
    store.close()
    return visit


def tap_corner(kiosk: KioskWindow, times: int) -> None:
    window = kiosk.window
    assert isinstance(window, QQuickWindow)
    for _ in range(times):
        QTest.mouseClick(
            window,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
            QPointF(20, 20).toPoint(),
        )


def type_pin(person: Patient, pin: str) -> None:
    for digit in pin:
        person.tap(f"padKey{digit}")


def sign_in(person: Patient, pin: str = PIN, name_index: int = 0) -> None:
    tap_corner(person.kiosk, 5)
    person.tap(f"staffName{name_index}")
    type_pin(person, pin)
    person.tap("pinSubmit")


def walk_every_staff_screen(person: Patient, look: Callable[[str], None]) -> None:
    """Into staff mode by taps and through every screen, naming each to ``look``: the sign-in
    (before and with its message), each page, the account sheet, and the slide editor with and
    without a problem."""
    tap_corner(person.kiosk, 5)
    person.find("staffName0")
    look("sign-in")
    person.tap("staffName0")
    person.tap("pinSubmit")  # no PIN yet: a message
    look("sign-in with its message")
    type_pin(person, PIN)
    person.tap("pinSubmit")
    person.find("queueTab")
    look("check-ins")
    for tab, screen in (
        ("slidesTab", "slides"),
        ("todayTab", "today"),
        ("settingsTab", "settings"),
        ("auditTab", "audit log"),
    ):
        person.tap(tab)
        look(screen)
        if tab == "settingsTab":
            scroll_to(person, "addAccount", within="settingsForm")
            look("settings with the staff accounts")
            person.tap("addAccount")
            look("a new account's name")
            person.tap("accountSheetCancel")
            person.tap("accountNewPin0")
            person.tap("pinSubmit")  # no PIN yet: a message
            look("a new PIN with its message")
            person.tap("accountSheetCancel")
    person.tap("slidesTab")
    person.tap("slideEdit0")
    person.find("slideForm")
    look("slide editor")
    person.kiosk.staff.property("deck").property("draft").setTitle("")
    look("slide editor with a problem")


def an_urgent_check_in_waiting(kiosk: KioskWindow, first: str = "Ana", last: str = "Ruiz") -> None:
    """A patient checked in through the real flow, urgent, as on a working day."""
    a_check_in(kiosk, first, last)


def a_check_in(kiosk: KioskWindow, first: str, last: str, *, urgent: bool = True) -> int:
    """A patient checked in through the real flow; the people ahead their done screen showed."""
    flow = kiosk.check_in
    flow.open()
    flow.setFirstName(first)
    flow.setLastName(last)
    for digit in "12031956":
        flow.typeBirthDigit(digit)
    flow.chooseReason("back-knee-hip")
    flow.answerUrgent("yes" if urgent else "no")
    flow.answerAppointment("no")
    flow.answerVisit("first")
    flow.correct(CheckInFlow.Screen.Review)
    flow.confirm()
    ahead = int(flow.property("ahead"))
    flow.finish()
    return ahead


def audit_actions(data: DataDir) -> list[tuple[str, str, str]]:
    staff = open_staff_store(data.staff_store)
    try:
        return [(e.staff, e.action, e.detail) for e in staff.audit.entries(newest_first=False)]
    finally:
        staff.close()


@pytest.fixture
def kiosk(make_kiosk: MakeKiosk) -> KioskWindow:
    return make_kiosk(instant=True)


def test_five_corner_taps_and_the_right_pin_open_staff_mode(
    qtbot: QtBot, data_dir: DataDir, staff_kiosk: KioskWindow
) -> None:
    person = Patient(staff_kiosk, qtbot)
    tap_corner(staff_kiosk, 4)
    qtbot.wait(50)
    assert not staff_kiosk.staff.property("isOpen"), "four taps are not enough"
    tap_corner(staff_kiosk, 1)
    person.find("staffSignInTitle")
    assert not staff_kiosk.slideshow.property("running"), "the slides pause under staff mode"
    sign_in_taps = person.touches.taps
    person.tap("staffName0")
    type_pin(person, PIN)
    person.tap("pinSubmit")
    qtbot.waitUntil(lambda: person.shown("signedInAs"), timeout=5000)
    assert person.text("signedInAs") == "Ana Ruiz"
    assert person.touches.taps - sign_in_taps == 8
    assert audit_actions(data_dir)[-1] == ("Ana Ruiz", Action.SIGNED_IN, "")
    person.tap("backToSlides")
    qtbot.waitUntil(lambda: not staff_kiosk.staff.property("isOpen"), timeout=3000)
    qtbot.waitUntil(lambda: bool(staff_kiosk.slideshow.property("running")), timeout=3000)
    assert audit_actions(data_dir)[-1] == ("Ana Ruiz", Action.SIGNED_OUT, "")


def test_the_corner_does_nothing_during_a_check_in(qtbot: QtBot, staff_kiosk: KioskWindow) -> None:
    person = Patient(staff_kiosk, qtbot)
    person.tap("checkInButton")
    person.find("stepLabel")
    tap_corner(staff_kiosk, 6)
    qtbot.wait(50)
    assert not staff_kiosk.staff.property("isOpen")


def test_five_wrong_pins_lock_sign_in_even_after_closing_and_reopening(
    qtbot: QtBot, data_dir: DataDir, staff_kiosk: KioskWindow
) -> None:
    person = Patient(staff_kiosk, qtbot)
    tap_corner(staff_kiosk, 5)
    person.tap("staffName1")
    for attempt in range(5):
        type_pin(person, "111112")
        person.tap("pinSubmit")
        if attempt < 4:
            qtbot.waitUntil(lambda: "more tr" in person.text("staffMessageText"), timeout=5000)
    qtbot.waitUntil(lambda: "locked for 30 more seconds" in person.text("staffMessageText"))
    assert "1 more try" not in person.text("staffMessageText")
    assert not person.find("staffPinPad").isEnabled()
    person.tap("staffCancel")
    tap_corner(staff_kiosk, 5)
    person.tap("staffName1")  # each account waits on its own: the same name is still waiting
    qtbot.waitUntil(lambda: "locked for" in person.text("staffMessageText"))
    actions = [a for _, a, _ in audit_actions(data_dir)]
    assert actions.count(Action.SIGN_IN_FAILED) == 5
    assert actions[-1] == Action.LOCKED_OUT


def test_a_patient_guessing_one_name_never_locks_out_the_other_staff(
    qtbot: QtBot, data_dir: DataDir, staff_kiosk: KioskWindow
) -> None:
    person = Patient(staff_kiosk, qtbot)
    tap_corner(staff_kiosk, 5)
    person.tap("staffName1")  # Ben Okafor (names are listed in order: Ana Ruiz first)
    for _ in range(5):
        type_pin(person, "111112")
        person.tap("pinSubmit")
        qtbot.waitUntil(lambda: not staff_kiosk.staff.property("checking"), timeout=5000)
    qtbot.waitUntil(lambda: "locked for 30 more seconds" in person.text("staffMessageText"))
    person.tap("staffName0")
    assert person.find("staffPinPad").isEnabled()
    type_pin(person, PIN)
    person.tap("pinSubmit")
    qtbot.waitUntil(lambda: person.shown("signedInAs"), timeout=5000)
    assert staff_kiosk.staff.property("signedInName") == "Ana Ruiz"


def setup_code(data: DataDir) -> str:
    """A code as ``kiosk setup-code`` prints it at the kiosk's terminal."""
    staff = open_staff_store(data.staff_store)
    try:
        return staff.new_setup_code().code
    finally:
        staff.close()


def test_a_kiosk_no_one_can_sign_in_to_takes_no_check_ins_until_an_account_is_made(
    qtbot: QtBot, data_dir: DataDir, make_kiosk: MakeKiosk
) -> None:
    kiosk = make_kiosk(instant=True, staffed=False)
    person = Patient(kiosk, qtbot)
    qtbot.waitUntil(lambda: person.shown("checkInNote"), timeout=3000)
    assert person.text("checkInNoteText") == "This kiosk is being set up"
    assert not person.shown("checkInButton")
    # The footer's signal, as a tap would send it:
    assert QMetaObject.invokeMethod(item(kiosk, "footer"), "checkInRequested")
    qtbot.wait(100)
    assert not kiosk.check_in.property("active"), "no check-in opens on a kiosk being set up"
    person.tap("helpButton")  # a patient can still ask for help
    # The first account, made at the terminal while the kiosk runs (`kiosk staff add`):
    add_accounts(data_dir, ("Ana Ruiz", PIN))
    qtbot.waitUntil(lambda: person.shown("checkInButton"), timeout=SETTING_UP_POLL_MS + 3000)
    assert not person.shown("checkInNote")
    person.tap("checkInButton")
    qtbot.waitUntil(lambda: bool(kiosk.check_in.property("active")), timeout=3000)


def test_with_no_account_staff_mode_makes_the_first_only_with_a_set_up_code(
    qtbot: QtBot, data_dir: DataDir, make_kiosk: MakeKiosk
) -> None:
    kiosk = make_kiosk(instant=True, staffed=False)
    person = Patient(kiosk, qtbot)
    tap_corner(kiosk, 5)
    assert person.text("createAccountTitle") == "Type the set-up code"
    assert "kiosk setup-code" in person.text("setupCodeHelp")
    type_pin(person, "12345678")
    person.tap("pinSubmit")
    qtbot.waitUntil(lambda: "No set-up code is waiting" in person.text("createMessageText"))
    code = setup_code(data_dir)
    wrong = f"{(int(code) + 1) % 10**8:08d}"
    type_pin(person, wrong)
    person.tap("pinSubmit")
    qtbot.waitUntil(lambda: "not the set-up code" in person.text("createMessageText"))
    assert person.text("createAccountTitle") == "Type the set-up code"
    type_pin(person, code)
    person.tap("pinSubmit")
    qtbot.waitUntil(lambda: person.text("createAccountTitle") == "Create the first staff account")
    keyboard = OnScreenKeyboard(kiosk, qtbot, Touches(), panel_name="staffKeyboard")
    person.tap("newStaffNameInput")
    keyboard.type("Dana Roth")
    person.tap("acceptNewName")
    qtbot.waitUntil(lambda: person.text("createAccountTitle").startswith("Choose a PIN"))
    type_pin(person, "123456")
    person.tap("pinSubmit")
    qtbot.waitUntil(lambda: "too easy" in person.text("createMessageText"))
    type_pin(person, "731904")
    person.tap("pinSubmit")
    qtbot.waitUntil(lambda: person.text("createAccountTitle") == "Type the same PIN again")
    type_pin(person, "731905")
    person.tap("pinSubmit")
    qtbot.waitUntil(lambda: "not the same" in person.text("createMessageText"))
    type_pin(person, "731904")
    person.tap("pinSubmit")
    type_pin(person, "731904")
    person.tap("pinSubmit")
    qtbot.waitUntil(lambda: person.shown("signedInAs"), timeout=5000)
    assert person.text("signedInAs") == "Dana Roth"
    # The first account made the clinic's key: its recovery code is shown this once, over
    # everything, until it is written down.
    assert person.shown("recoveryCodeSheet")
    code = person.text("recoveryCode")
    assert re.fullmatch(r"([A-Z2-9]{5}-){4}[A-Z2-9]{5}", code), code
    person.tap("recoveryCodeWritten")
    qtbot.waitUntil(lambda: not person.shown("recoveryCodeSheet"), timeout=3000)
    assert audit_actions(data_dir)[-7:] == [
        (TERMINAL, Action.SETUP_CODE_MADE, audit_actions(data_dir)[-7][2]),
        (SCREEN, Action.SETUP_CODE_REFUSED, CodeCheck.WRONG),
        (SCREEN, Action.SETUP_CODE_USED, ""),
        ("Dana Roth", Action.ACCOUNT_CREATED, "Dana Roth"),
        ("Dana Roth", Action.SIGNED_IN, ""),
        ("Dana Roth", Action.CLINIC_KEY_MADE, ""),
        ("Dana Roth", Action.RECOVERY_CODE_SHOWN, ""),
    ]
    assert code not in "".join(map(str, audit_actions(data_dir)))
    staff = open_staff_store(data_dir.staff_store)
    try:
        assert open_with_recovery_code(staff, code), "the code shown opens the clinic's keys"
    finally:
        staff.close()
    person.tap("backToSlides")
    qtbot.waitUntil(lambda: person.shown("checkInButton"), timeout=3000)
    # The code was used up: staff mode now asks for a name and PIN, as on any kiosk.
    tap_corner(kiosk, 5)
    qtbot.waitUntil(lambda: person.shown("staffSignInTitle"), timeout=3000)


def test_the_queue_shows_today_updates_live_and_marks_patients(
    qtbot: QtBot, data_dir: DataDir, staff_accounts: None, make_kiosk: MakeKiosk
) -> None:
    first = save_checkin(data_dir, "Ann", urgent=True)
    kiosk = make_kiosk(instant=True)
    person = Patient(kiosk, qtbot)
    sign_in(person)
    qtbot.waitUntil(lambda: person.shown("queueRowTitle0"), timeout=5000)
    # The waiting room can see the screen: a first name and an initial until a tap on the row.
    assert person.text("queueRowTitle0") == "A-1  Ann L.  · URGENT"
    assert "Ankle" not in person.text("queueRowDetail0")
    person.tap("queueRowReveal0")
    assert person.text("queueRowTitle0") == "A-1  Ann Lee  · URGENT"
    assert "Ankle pain or sprain · arrived" in person.text("queueRowDetail0")
    person.tap("queueRowReveal0")
    assert person.text("queueRowTitle0") == "A-1  Ann L.  · URGENT"

    # A patient checks in (here through the check-in's own view model) while the desk watches.
    flow = kiosk.check_in
    flow.open()
    flow.setFirstName("Bo")
    flow.setLastName("Diaz")
    for digit in "03041980":
        flow.typeBirthDigit(digit)
    flow.chooseReason("toenail")
    flow.answerUrgent("no")
    flow.answerAppointment("no")
    flow.answerVisit("first")
    flow.correct(CheckInFlow.Screen.Review)
    flow.confirm()
    qtbot.waitUntil(lambda: person.shown("queueRowTitle1"), timeout=3000)
    assert person.text("queueRowTitle1") == "A-2  Bo D."
    flow.finish()

    # The minutes-waited refresh updates rows in place: the list keeps its scroll position.
    with qtbot.assertNotEmitted(kiosk.queue.modelReset), qtbot.waitSignal(kiosk.queue.dataChanged):
        kiosk.queue.refresh()

    person.tap("mark-called-0")
    qtbot.waitUntil(lambda: person.text("queueRowDetail0").endswith("Called"))
    person.tap("mark-no-show-1")
    qtbot.waitUntil(lambda: person.text("queueRowDetail1").endswith("No-show"))
    store = open_store(data_dir.checkin_store)
    assert [s.status for s in store.queue(date.today())] == [Status.CALLED, Status.NO_SHOW]
    assert store.queue(date.today())[0].id == first.id
    store.close()
    assert audit_actions(data_dir)[-2:] == [
        ("Ana Ruiz", Action.CHECKIN_STATUS, "A-1 called"),
        ("Ana Ruiz", Action.CHECKIN_STATUS, "A-2 no-show"),
    ]
    person.tap("backToSlides")
    qtbot.waitUntil(lambda: kiosk.queue.rowCount() == 0)


def read_export(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_export_writes_the_chosen_days_to_the_kiosk_folder(
    qtbot: QtBot, data_dir: DataDir, staff_kiosk: KioskWindow
) -> None:
    save_checkin(data_dir, "=cmd|' /C calc'!A0")
    person = Patient(staff_kiosk, qtbot)
    sign_in(person)
    person.tap("exportEarlier-from")
    person.tap("exportLater-to")  # never past today
    assert person.text("exportDate-to") == date.today().isoformat()
    person.tap("exportButton")
    qtbot.waitUntil(lambda: "1 check-in written" in person.text("queueMessageText"))
    [written] = list(data_dir.export_dir.glob("checkins-*.csv"))
    [row] = read_export(written)
    assert row["first name"] == "'=cmd|' /C calc'!A0", "a formula is neutralised"
    assert (row["ticket"], row["status"]) == ("A-1", "waiting")
    staff, action, detail = audit_actions(data_dir)[-1]
    assert (staff, action) == ("Ana Ruiz", Action.CHECKINS_EXPORTED)
    assert detail.startswith("1 check-ins to This kiosk's export folder")
    assert "cmd" not in detail


def test_export_to_a_usb_drive_plugged_in_while_staff_mode_is_open(
    qtbot: QtBot, data_dir: DataDir, staff_accounts: None, make_kiosk: MakeKiosk, tmp_path: Path
) -> None:
    save_checkin(data_dir, "Ann")
    (tmp_path / "media").mkdir()
    kiosk = make_kiosk(instant=True, media_roots=[tmp_path / "media"])
    person = Patient(kiosk, qtbot)
    sign_in(person)
    person.find("exportTarget0")
    assert not person.shown("exportTarget1")
    with small_disk_in(tmp_path / "media") as drive:
        if not drive.mounted:
            pytest.skip("this machine does not let the tests mount a drive")
        person.tap("findDrives")
        assert person.text("exportTarget1") == "USB drive disk"
        person.tap("exportTarget1")
        person.tap("exportButton")
        qtbot.waitUntil(lambda: "written to USB drive disk" in person.text("queueMessageText"))
        [written] = list(drive.folder.glob("checkins-*.csv"))
        assert [r["first name"] for r in read_export(written)] == ["Ann"]


def test_an_export_that_cannot_be_written_says_so_kindly(
    qtbot: QtBot, data_dir: DataDir, staff_kiosk: KioskWindow
) -> None:
    save_checkin(data_dir, "Ann")
    data_dir.export_dir.parent.mkdir(parents=True, exist_ok=True)
    data_dir.export_dir.write_text("a file where the export folder should be")
    person = Patient(staff_kiosk, qtbot)
    sign_in(person)
    person.tap("exportButton")
    qtbot.waitUntil(lambda: "could not be written" in person.text("queueMessageText"))
    assert audit_actions(data_dir)[-1][1] == Action.SIGNED_IN


def test_delete_all_asks_once_then_erases_every_check_in(
    qtbot: QtBot, data_dir: DataDir, staff_kiosk: KioskWindow
) -> None:
    save_checkin(data_dir, "Ann")
    save_checkin(data_dir, "Bo")
    person = Patient(staff_kiosk, qtbot)
    sign_in(person)
    qtbot.waitUntil(lambda: person.shown("queueRowTitle1"), timeout=5000)
    person.tap("deleteAllCheckIns")
    person.tap("keepCheckIns")
    assert [r["first_name"] for r in opened_rows(data_dir)] == ["Ann", "Bo"]
    person.tap("deleteAllCheckIns")
    person.tap("confirmDeleteCheckIns")
    qtbot.waitUntil(lambda: person.shown("queueEmpty"))
    assert person.text("queueMessageText") == "The details of 2 check-ins were deleted."
    rows = store_rows(data_dir)
    assert [(r["first_name"], r["sealed"], r["erased"]) for r in rows] == [("", None, 1)] * 2
    assert audit_actions(data_dir)[-1] == ("Ana Ruiz", Action.CHECKINS_DELETED, "2 check-ins")


def test_the_audit_page_lists_actions_and_says_the_chain_is_whole(
    qtbot: QtBot, data_dir: DataDir, staff_kiosk: KioskWindow
) -> None:
    person = Patient(staff_kiosk, qtbot)
    sign_in(person)
    person.tap("auditTab")
    assert person.text("auditChainText") == "Checked: no entry has been edited or removed."
    assert person.text("auditEntry0").endswith("Ana Ruiz   signed in")
    person.tap("backToSlides")
    with sqlite3.connect(data_dir.staff_store) as db:
        db.execute("UPDATE audit SET detail = 'Mallory' WHERE seq = 2")
    db.close()
    sign_in(person)
    person.tap("auditTab")
    assert person.text("auditChainText") == "Warning: entry 2 was edited."


def test_staff_mode_locks_itself_when_left_alone(
    qtbot: QtBot, data_dir: DataDir, staff_kiosk: KioskWindow
) -> None:
    # Long enough for a slow machine to sign in and tap within it; the taps below span more.
    staff_kiosk.staff.set_idle_lock_ms(2500)
    person = Patient(staff_kiosk, qtbot)
    sign_in(person)
    qtbot.waitUntil(lambda: person.shown("signedInAs"), timeout=5000)
    for _ in range(6):  # taps keep it open
        qtbot.wait(700)
        person.tap("queueTab")
    assert staff_kiosk.staff.property("isOpen")
    qtbot.waitUntil(lambda: not staff_kiosk.staff.property("isOpen"), timeout=5000)
    staff, action, _ = audit_actions(data_dir)[-1]
    assert (staff, action) == ("Ana Ruiz", Action.AUTO_LOCKED)
    assert staff_kiosk.queue.rowCount() == 0


def test_exit_to_desktop_asks_then_quits_the_kiosk(
    qtbot: QtBot, data_dir: DataDir, staff_kiosk: KioskWindow
) -> None:
    person = Patient(staff_kiosk, qtbot)
    sign_in(person)
    person.tap("settingsTab")
    scroll_to(person, "exitToDesktop", within="settingsForm")
    person.tap("exitToDesktop")
    person.tap("stayInKiosk")
    assert staff_kiosk.staff.property("isOpen")
    person.tap("exitToDesktop")
    with qtbot.waitSignal(staff_kiosk.staff.exitRequested, timeout=2000):
        person.tap("confirmExitToDesktop")
    assert audit_actions(data_dir)[-1] == ("Ana Ruiz", Action.EXITED, "")


def test_a_set_up_code_never_makes_a_second_account_after_one_was_made_at_the_terminal(
    qtbot: QtBot, data_dir: DataDir, make_kiosk: MakeKiosk
) -> None:
    kiosk = make_kiosk(instant=True, staffed=False)
    staff = kiosk.staff
    tap_corner(kiosk, 5)
    for digit in setup_code(data_dir):
        staff.typeDigit(digit)
    staff.submitPin()
    assert staff.property("createStep") == "name"
    add_accounts(data_dir, ("Ana Ruiz", PIN))  # at the terminal, meanwhile
    person = Patient(kiosk, qtbot)
    keyboard = OnScreenKeyboard(kiosk, qtbot, Touches(), panel_name="staffKeyboard")
    person.tap("newStaffNameInput")
    keyboard.type("Mallory")
    person.tap("acceptNewName")
    for _ in range(2):
        type_pin(person, "731904")
        person.tap("pinSubmit")
    qtbot.waitUntil(lambda: person.shown("staffSignInTitle"), timeout=3000)
    # Said on the sign-in screen itself, after the form that was typed in has gone.
    assert "made meanwhile" in person.text("staffMessageText")
    assert [a for a in audit_actions(data_dir) if a[1] == Action.ACCOUNT_CREATED] == [
        (TERMINAL, Action.ACCOUNT_CREATED, "Ana Ruiz")
    ]


def test_the_recovery_code_is_never_shown_to_whoever_signs_in_next(
    qtbot: QtBot, data_dir: DataDir, make_kiosk: MakeKiosk
) -> None:
    """An account from before sealing: its first sign-in makes the clinic's key. Staff mode
    locks itself while the code shows; the next sign-in does not see it."""
    staff = open_staff_store(data_dir.staff_store)
    staff.add("Ana Ruiz", PIN, by=TERMINAL)
    staff.close()
    kiosk = make_kiosk(instant=True)
    person = Patient(kiosk, qtbot)
    sign_in(person)
    qtbot.waitUntil(lambda: person.shown("recoveryCodeSheet"), timeout=5000)
    kiosk.staff.set_idle_lock_ms(200)
    kiosk.staff.touched()
    qtbot.waitUntil(lambda: not kiosk.staff.property("isOpen"), timeout=3000)
    assert kiosk.staff.property("recoveryCode") == "", "not kept once staff mode has closed"
    kiosk.staff.set_idle_lock_ms(120_000)
    sign_in(person)
    qtbot.waitUntil(lambda: person.shown("queueTab"), timeout=5000)
    assert not person.shown("recoveryCodeSheet")
    assert kiosk.staff.property("recoveryCode") == ""


def test_a_tap_as_the_recovery_code_goes_presses_nothing_beneath(
    qtbot: QtBot, data_dir: DataDir, make_kiosk: MakeKiosk
) -> None:
    """The second tap of a double tap on "I have written it down", or a tap landing as the
    sheet goes, must not mark a patient on the queue that appears beneath it."""
    staff = open_staff_store(data_dir.staff_store)
    staff.add("Ana Ruiz", PIN, by=TERMINAL)
    staff.close()
    kiosk = make_kiosk(instant=True)
    an_urgent_check_in_waiting(kiosk, "Ann", "Lee")
    person = Patient(kiosk, qtbot)
    sign_in(person)
    qtbot.waitUntil(lambda: person.shown("recoveryCodeSheet"), timeout=5000)
    beneath = person.find("mark-called-0")  # drawn under the sheet already
    person.tap("recoveryCodeWritten")
    tap(kiosk, beneath)  # at once: the sheet is going
    qtbot.wait(100)
    assert Action.CHECKIN_STATUS not in [a for _, a, _ in audit_actions(data_dir)]
    qtbot.waitUntil(lambda: not person.shown("recoveryCodeSheet"), timeout=3000)
    person.tap("mark-called-0")  # a real tap once the queue shows works as ever
    qtbot.waitUntil(lambda: audit_actions(data_dir)[-1][1] == Action.CHECKIN_STATUS, timeout=3000)


def shows_mark(control: QQuickItem, mark: str) -> bool:
    """Whether ``control`` draws ``mark`` (a tab's bar, a radio's dot, a box's tick)."""
    return any(
        child.objectName() == mark and child.isVisible()
        for child in control.findChildren(QQuickItem)
    )


def test_the_pages_are_tabs_and_one_answer_of_several_is_a_radio(
    qtbot: QtBot, staff_kiosk: KioskWindow
) -> None:
    person = Patient(staff_kiosk, qtbot)
    sign_in(person)
    tabs = [f"{page}Tab" for page in ("queue", "slides", "today", "settings", "audit")]
    for name in tabs:
        tab = person.find(name)
        assert not shows_mark(tab, "choiceTick"), f"{name} looks like a box to tick"
        assert shows_mark(tab, "tabMark") == (name == "queueTab"), "only the open page is marked"
    person.tap("settingsTab")
    qtbot.waitUntil(lambda: shows_mark(person.find("settingsTab"), "tabMark"), timeout=2000)
    assert not shows_mark(person.find("queueTab"), "tabMark")
    scroll_to(person, "transition-crossfade", within="settingsForm")
    for name in ("transition-crossfade", "transition-slide", "first-en"):
        assert person.find(name).property("single"), f"{name} is one answer of several"
    assert not person.find("offer-es").property("single"), "the languages offered are several"
