"""Outside the clinic's check-in hours, on the real QML: the kiosk says when check-in opens
where "Check in" would be, in the patient's language, hands out no ticket, and still calls
for help; at opening time the button is back."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QMetaObject
from pytestqt.qtbot import QtBot

from kiosk.core.paths import DataDir
from tests.ui.conftest import MakeKiosk, front_view, item, write_settings
from tests.ui.patient import Patient
from tests.ui.test_sizes import SIZES, overflows

HOURS = '[checkin]\nopen_hours = "mon-fri 08:00-12:00; mon-fri 13:00-17:00"\n'
FRIDAY_EVENING = datetime(2026, 12, 4, 18, 30)


def test_outside_the_hours_the_kiosk_says_when_check_in_opens_and_takes_none(
    qtbot: QtBot, data_dir: DataDir, staff_accounts: None, make_kiosk: MakeKiosk
) -> None:
    write_settings(data_dir, HOURS)
    now = [FRIDAY_EVENING]
    kiosk = make_kiosk(instant=True, clock=lambda: now[0])
    person = Patient(kiosk, qtbot)
    qtbot.waitUntil(lambda: person.shown("checkInNote"), timeout=3000)
    assert person.text("checkInNoteText") == "Check-in opens on Monday at 8:00\u202fAM"
    assert not person.shown("checkInButton")
    assert QMetaObject.invokeMethod(item(kiosk, "footer"), "checkInRequested")  # as a tap sends
    qtbot.wait(100)
    assert not kiosk.check_in.property("active"), "no ticket outside the hours"
    with qtbot.waitSignal(kiosk.check_in.helpCalled, timeout=1000):
        person.tap("helpButton")  # help still comes

    person.tap("slidesLanguage-es")
    qtbot.waitUntil(
        lambda: person.text("checkInNoteText") == "El registro abre el lunes a las 8:00\u202fa.m.",
        timeout=3000,
    )

    now[0] = datetime(2026, 12, 7, 12, 20)  # Monday, at lunch
    kiosk.hours.check()
    qtbot.waitUntil(
        lambda: person.text("checkInNoteText") == "El registro abre hoy a las 1:00\u202fp.m.",
        timeout=1000,
    )
    now[0] += timedelta(minutes=40)  # 13:00: open
    kiosk.hours.check()
    qtbot.waitUntil(lambda: person.shown("checkInButton"), timeout=1000)
    person.tap("checkInButton")
    qtbot.waitUntil(lambda: bool(kiosk.check_in.property("active")), timeout=3000)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_longest_closed_note_fits_in_spanish_with_larger_text(
    qtbot: QtBot,
    data_dir: DataDir,
    staff_accounts: None,
    make_kiosk: MakeKiosk,
    size: tuple[int, int],
) -> None:
    write_settings(
        data_dir,
        '[clinic]\nlanguages = ["es", "en"]\n[checkin]\nopen_hours = "wed 12:30-13:00"\n',
    )
    kiosk = make_kiosk(size, instant=True, clock=lambda: datetime(2026, 11, 30, 14, 0))
    person = Patient(kiosk, qtbot)
    kiosk.choices.toggleLargerText()
    kiosk.choices.toggleHighContrast()
    qtbot.waitUntil(lambda: person.shown("checkInNote"), timeout=3000)
    assert person.text("checkInNoteText") == "El registro abre el miércoles a las 12:30\u202fp.m."
    qtbot.wait(50)
    assert overflows(kiosk, front_view(kiosk)) == []
    note = person.find("checkInNoteText")
    assert float(note.property("contentWidth")) <= note.width() + 1
    assert float(note.property("contentHeight")) <= note.height() + 1
