"""Staff mode's settings on the real QML, offscreen, by taps: each change is saved, audited and
applied at once; a colour white text cannot be read on is refused with a warning; a settings file
broken by hand is named."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDir
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from kiosk.core.paths import DataDir
from kiosk.core.settings import Settings, SettingsFile, load_settings
from kiosk.core.staff.accounts import Outcome, open_staff_store
from kiosk.core.staff.audit import Action
from kiosk.ui.app.desk import QT_KEYBOARD_LAYOUTS
from kiosk.ui.app.kiosk_window import KioskWindow
from kiosk.ui.staff.staff_accounts import SETTLE_SECONDS
from tests.core.test_store_faults import small_disk_in
from tests.ui.conftest import MakeKiosk, write_settings
from tests.ui.keyboard import OnScreenKeyboard, Touches
from tests.ui.patient import Patient, scroll_to
from tests.ui.test_staff import audit_actions, sign_in, type_pin


def open_settings(person: Patient) -> None:
    sign_in(person)
    person.tap("settingsTab")
    person.find("settingsForm")


def test_a_phone_number_typed_on_the_keyboard_shows_at_once(
    qtbot: QtBot, data_dir: DataDir, staff_kiosk: KioskWindow
) -> None:
    person = Patient(staff_kiosk, qtbot)
    open_settings(person)
    person.tap("phoneFieldInput")
    keyboard = OnScreenKeyboard(staff_kiosk, qtbot, Touches(), panel_name="settingsKeyboard")
    keyboard.type("(717) 555-0142")
    keyboard.enter()
    qtbot.waitUntil(lambda: staff_kiosk.branding.property("phone") == "(717) 555-0142")
    assert load_settings(data_dir.settings_file).settings.phone == "(717) 555-0142"
    assert audit_actions(data_dir)[-1] == (
        "Ana Ruiz",
        Action.SETTINGS_CHANGED,
        "phone: (none) → (717) 555-0142",
    )


def test_a_colour_white_text_cannot_be_read_on_is_refused_with_a_warning(
    qtbot: QtBot, data_dir: DataDir, staff_kiosk: KioskWindow
) -> None:
    person = Patient(staff_kiosk, qtbot)
    open_settings(person)
    before = staff_kiosk.branding.property("accentColour")
    person.tap("accent6")
    qtbot.waitUntil(lambda: person.shown("accentWarning"))
    assert "contrast of only 3.0 to 1" in person.text("accentWarningText")
    assert staff_kiosk.branding.property("accentColour") == before
    person.tap("accent1")
    qtbot.waitUntil(lambda: staff_kiosk.branding.property("accentColour") == QColor("#1d4e89"))
    assert not person.shown("accentWarning")
    bar = person.find("brandBar")
    assert bar.property("color") == QColor("#1d4e89"), "the bar over the slides changed colour"


def test_slide_timing_check_in_and_retention_settings_apply_live(
    qtbot: QtBot, data_dir: DataDir, staff_kiosk: KioskWindow
) -> None:
    person = Patient(staff_kiosk, qtbot)
    first = staff_kiosk.slideshow.slide_list().row(0)["durationMs"]
    open_settings(person)
    person.tap("speedMore")
    qtbot.waitUntil(lambda: person.text("speedValue") == "125%")
    assert staff_kiosk.slideshow.slide_list().row(0)["durationMs"] == round(first * 1.25)
    person.tap("askMobile")
    person.tap("retentionLess")
    person.tap("transition-slide")
    qtbot.waitUntil(lambda: staff_kiosk.slideshow.property("transition") == "slide")
    saved = load_settings(data_dir.settings_file).settings
    assert (saved.rotation_speed, saved.ask_mobile, saved.retention_days) == (1.25, True, 6)
    staff_kiosk.staff.backToSlides()
    staff_kiosk.check_in.open()
    assert "mobile" in str(staff_kiosk.check_in.property("privacyNotice"))
    assert "after 6 days" in str(staff_kiosk.check_in.property("privacyNotice"))


def test_a_settings_file_broken_by_hand_is_named_in_staff_mode(
    qtbot: QtBot, data_dir: DataDir, staff_accounts: None, make_kiosk: MakeKiosk
) -> None:
    SettingsFile(data_dir.settings_file).save(Settings(phone="555 0100"))
    write_settings(data_dir, "[checkin]\nidle_seconds = 5\n")
    kiosk = make_kiosk(instant=True)
    person = Patient(kiosk, qtbot)
    open_settings(person)
    warning = person.text("settingsWarningText")
    assert "checkin.idle_seconds must be a whole number from 20 to 600" in warning
    assert "The last good settings are used" in warning
    assert kiosk.branding.property("phone") == "555 0100"
    scroll_to(person, "volumeLess", within="settingsForm")
    person.tap("volumeLess")
    qtbot.waitUntil(lambda: not person.shown("settingsWarning"))
    assert load_settings(data_dir.settings_file).problems == ()


def test_qt_keeps_its_own_keyboard_layouts_where_staff_mode_looks(
    staff_kiosk: KioskWindow,
) -> None:
    layouts = QDir(QT_KEYBOARD_LAYOUTS.removeprefix("qrc"))  # registered by the keyboard plugin
    assert layouts.exists("en_US"), (
        "Qt Virtual Keyboard moved its layouts; staff mode's full keyboard needs the new path"
    )


def test_outside_opening_hours_the_screen_rests_and_a_tap_wakes_it(
    qtbot: QtBot, data_dir: DataDir, staff_accounts: None, make_kiosk: MakeKiosk
) -> None:
    night = datetime(2026, 11, 24, 21, 30)
    now = [night]
    kiosk = make_kiosk(instant=True, clock=lambda: now[0])
    person = Patient(kiosk, qtbot)
    assert not person.shown("sleepCover"), "no sleep hours are set at first"
    open_settings(person)
    scroll_to(person, "sleep", within="settingsForm")
    person.tap("sleep")
    qtbot.waitUntil(lambda: kiosk.display.property("asleep"))
    assert not person.shown("sleepCover"), "never over staff mode"
    kiosk.staff.backToSlides()
    person.find("sleepCover")
    assert not kiosk.slideshow.property("running"), "the slides rest too"
    person.tap("sleepCover")
    qtbot.waitUntil(lambda: not person.shown("sleepCover"))
    assert kiosk.slideshow.property("running")
    now[0] = night + timedelta(minutes=6)
    kiosk.display.check()
    person.find("sleepCover")
    now[0] = datetime(2026, 11, 25, 7, 0)
    kiosk.display.check()
    qtbot.waitUntil(lambda: not person.shown("sleepCover"))


def test_a_logo_from_a_usb_drive_shows_in_the_bar(
    qtbot: QtBot, data_dir: DataDir, staff_accounts: None, make_kiosk: MakeKiosk, tmp_path: Path
) -> None:
    (tmp_path / "media").mkdir()
    kiosk = make_kiosk(instant=True, media_roots=[tmp_path / "media"])
    person = Patient(kiosk, qtbot)
    open_settings(person)
    with small_disk_in(tmp_path / "media") as drive:
        if not drive.mounted:
            pytest.skip("this machine does not let the tests mount a drive")
        logo = QImage(600, 200, QImage.Format.Format_ARGB32)
        logo.fill(0x80FFFFFF)
        assert logo.save(str(drive.folder / "Clinic Logo.png"))
        person.tap("chooseLogo")
        person.tap("logo0")
        qtbot.waitUntil(lambda: bool(kiosk.branding.property("logo")))
    assert person.text("logoName").startswith("Logo: deck/illustrations/clinic-logo-")
    assert load_settings(data_dir.settings_file).settings.logo.startswith("deck/illustrations/")
    assert (data_dir.root / load_settings(data_dir.settings_file).settings.logo).is_file()


def test_staff_choose_the_languages_offered_and_the_clinics_own(
    qtbot: QtBot, data_dir: DataDir, staff_kiosk: KioskWindow
) -> None:
    person = Patient(staff_kiosk, qtbot)
    open_settings(person)
    scroll_to(person, "offer-es", within="settingsForm")
    assert person.find("offer-es").property("chosen") is True
    assert person.text("offer-es") == "Español"
    person.tap("offer-es")
    qtbot.waitUntil(lambda: load_settings(data_dir.settings_file).settings.languages == ("en",))
    assert not person.shown("first-es")
    person.tap("offer-en")  # the last language stays
    assert load_settings(data_dir.settings_file).settings.languages == ("en",)
    staff_kiosk.staff.backToSlides()
    qtbot.waitUntil(lambda: not staff_kiosk.staff.property("isOpen"), timeout=3000)
    assert not person.shown("slidesLanguage-es")

    open_settings(person)
    scroll_to(person, "offer-es", within="settingsForm")
    person.tap("offer-es")
    person.tap("first-es")
    qtbot.waitUntil(
        lambda: load_settings(data_dir.settings_file).settings.languages == ("es", "en")
    )
    # Staff mode now shows in Spanish, the clinic's own, and so do the slides behind it.
    qtbot.waitUntil(lambda: person.text("first-es") == "Español")
    assert "languages: en → en, es" in [detail for _, _, detail in audit_actions(data_dir)]
    staff_kiosk.staff.backToSlides()
    qtbot.waitUntil(lambda: person.shown("slidesLanguage-en"), timeout=3000)
    assert person.text("checkInButton") == "Registrarse"


def settle(qtbot: QtBot) -> None:
    qtbot.wait(int(SETTLE_SECONDS * 1000) + 50)


def test_a_signed_in_member_runs_the_other_accounts_and_each_change_is_audited(
    qtbot: QtBot, data_dir: DataDir, staff_kiosk: KioskWindow
) -> None:
    person = Patient(staff_kiosk, qtbot)
    open_settings(person)
    scroll_to(person, "addAccount", within="settingsForm")
    assert person.text("account0") == "Ana Ruiz · you"
    assert person.text("account1") == "Ben Okafor"
    assert not person.shown("accountSwitch0"), "nobody switches off their own account here"
    assert not person.shown("accountRemove0")

    person.tap("accountSwitch1")
    qtbot.waitUntil(lambda: person.text("account1") == "Ben Okafor · switched off")
    assert "cannot sign in" in person.text("accountsNoticeText")
    settle(qtbot)  # a change takes no tap for a moment: a double tap makes one change

    # A new account: a name on the page's keyboard, then the PIN twice on the pad.
    person.tap("addAccount")
    qtbot.waitUntil(lambda: person.text("accountSheetTitle") == "A new staff account")
    person.tap("accountNameInput")
    keyboard = OnScreenKeyboard(staff_kiosk, qtbot, Touches(), panel_name="settingsKeyboard")
    keyboard.type("ben okafor")
    person.tap("accountNameNext")
    qtbot.waitUntil(lambda: "already an account" in person.text("accountNameMessageText"))
    person.tap("accountSheetCancel")
    qtbot.waitUntil(lambda: not person.shown("accountSheet"))
    person.tap("addAccount")
    person.tap("accountNameInput")
    assert person.text("accountNameInput") == "", "the name typed before is gone"
    keyboard.type("Cleo Park")
    person.tap("accountNameNext")
    qtbot.waitUntil(lambda: person.text("accountSheetTitle").endswith("for Cleo Park"))
    type_pin(person, "246801")
    person.tap("pinSubmit")
    qtbot.waitUntil(lambda: person.text("accountSheetTitle") == "Type the same PIN again")
    type_pin(person, "246801")
    person.tap("pinSubmit")
    qtbot.waitUntil(lambda: not person.shown("accountSheet"))
    assert person.text("accountsNoticeText") == "The account Cleo Park was made."
    settle(qtbot)

    # A new PIN for Ben, then his account removed after the question.
    scroll_to(person, "addAccount", within="settingsForm")
    names = [person.text(f"account{i}") for i in range(3)]
    ben = names.index("Ben Okafor · switched off")
    person.tap(f"accountNewPin{ben}")
    type_pin(person, "135792")
    person.tap("pinSubmit")
    type_pin(person, "135790")
    person.tap("pinSubmit")
    qtbot.waitUntil(lambda: "not the same" in person.text("accountSheetMessageText"))
    type_pin(person, "135792")
    person.tap("pinSubmit")
    type_pin(person, "135792")
    person.tap("pinSubmit")
    qtbot.waitUntil(lambda: person.text("accountsNoticeText") == "Ben Okafor has a new PIN.")
    settle(qtbot)
    person.tap(f"accountRemove{ben}")
    person.tap("keepAccount")
    assert person.text(f"account{ben}") == "Ben Okafor · switched off"
    person.tap(f"accountRemove{ben}")
    person.tap("confirmRemoveAccountButton")
    qtbot.waitUntil(lambda: "was removed" in person.text("accountsNoticeText"))

    staff = open_staff_store(data_dir.staff_store)
    try:
        assert [m.name for m in staff.members(disabled_too=True)] == ["Ana Ruiz", "Cleo Park"]
        cleo = staff.find("Cleo Park")
        assert staff.sign_in(cleo, "246801").outcome is Outcome.SIGNED_IN
    finally:
        staff.close()
    assert [a for a in audit_actions(data_dir) if a[1] not in (Action.SIGNED_IN,)][-4:] == [
        ("Ana Ruiz", Action.ACCOUNT_DISABLED, "Ben Okafor"),
        ("Ana Ruiz", Action.ACCOUNT_CREATED, "Cleo Park"),
        ("Ana Ruiz", Action.PIN_RESET, "Ben Okafor"),
        ("Ana Ruiz", Action.ACCOUNT_REMOVED, "Ben Okafor"),
    ]


def test_a_member_whose_account_was_removed_meanwhile_changes_nothing_with_the_next_tap(
    qtbot: QtBot, data_dir: DataDir, staff_kiosk: KioskWindow
) -> None:
    person = Patient(staff_kiosk, qtbot)
    open_settings(person)
    before = load_settings(data_dir.settings_file).settings.accent_colour
    staff = open_staff_store(data_dir.staff_store)
    try:
        staff.remove(staff.find("Ana Ruiz"), by="(terminal)")  # while she is signed in
    finally:
        staff.close()
    person.tap("accent1")
    qtbot.waitUntil(lambda: not staff_kiosk.staff.property("isOpen"), timeout=3000)
    assert load_settings(data_dir.settings_file).settings.accent_colour == before
    assert audit_actions(data_dir)[-1] == (
        "Ana Ruiz",
        Action.SIGNED_OUT,
        "the account was switched off or removed",
    )
