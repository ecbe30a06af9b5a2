"""Every front-desk screen at 1366x768 and 1920x1080, in English and in Spanish, with its longest
words showing: no label cut short or spilling out of its box, nothing off the window that
cannot be scrolled to."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.core.checkin.answers import CheckIn, Reason, new_checkin_id
from kiosk.core.paths import DataDir
from kiosk.core.storage.checkin_store import open_store
from kiosk.core.storage.records import Heartbeat, Showing, Status
from tests.ui.clerk import Clerk, MakeDesk, make_desk
from tests.ui.conftest import write_settings
from tests.ui.test_staff_sizes import fit_problems_of

__all__ = ["make_desk"]

pytestmark = pytest.mark.qt_log_ignore("input method is not set")

LONG_FIRST = "Bartholomew-Maximilian"
LONG_LAST = "Vandenberghe-Oyelaran"
DEVANAGARI = "\u0928\u093f" * 25  # 50 code points, 25 letters a patient may type


def patients(data: DataDir) -> None:
    """A morning's queue with the longest names and answers, and a kiosk with problems."""
    store = open_store(data.checkin_store)
    for first, last, urgent, reasons in (
        (LONG_FIRST, LONG_LAST, True, tuple(Reason)),
        (DEVANAGARI, DEVANAGARI, False, (Reason.HEEL_OR_ARCH,)),
        ("Ana", "Ruiz", False, (Reason.BACK_KNEE_HIP,)),
    ):
        store.save(
            CheckIn(
                id=new_checkin_id(),
                first_name=first,
                last_name=last,
                birth_date=date(1947, 8, 23),
                reasons=reasons,
                urgent=urgent,
                mobile="2155550143",
                returning=True,
                mobility_help=True,
            )
        )
    store.beat(
        Heartbeat(
            "A",
            datetime.now(),
            "0.1.0",
            Showing.CHECK_IN,
            12,
            (
                "The check-ins could not be opened (check-in store disk-full: the disk is full):"
                " patients are asked to see the front desk until they can.",
            ),
        )
    )
    store.close()


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_desk_screen_fits(
    qtbot: QtBot,
    data_dir: DataDir,
    staff_accounts: None,
    make_desk: MakeDesk,
    size: tuple[int, int],
    language: str,
) -> None:
    other = "en" if language == "es" else "es"
    write_settings(data_dir, f'[clinic]\nlanguages = ["{language}", "{other}"]\n')
    patients(data_dir)
    clerk = Clerk(make_desk(size, language=language), qtbot)
    problems: list[str] = []

    def look(screen: str) -> None:
        qtbot.wait(50)
        problems.extend(fit_problems_of(clerk.items(), clerk.window, screen))

    look("sign-in")
    for _ in range(4):
        clerk.sign_in(0, "000000")
        qtbot.waitUntil(lambda: clerk.text("deskSignInMessage") != "", timeout=5000)
        look("sign-in, a wrong PIN")
    clerk.sign_in(0, "000000")
    qtbot.waitUntil(lambda: int(clerk.desk.staff.property("lockedSeconds")) > 0, timeout=5000)
    look("sign-in, locked out")
    clerk.sign_in(1, "902817")
    qtbot.waitUntil(lambda: clerk.shown("deskRow2"), timeout=5000)
    look("queue")
    clerk.click("deskRow1")
    clerk.press(Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: clerk.cell(1, 6) != clerk.cell(2, 6), timeout=1000)
    other_desk = open_store(data_dir.checkin_store)
    assert other_desk.set_status(other_desk.queue(date.today())[1].id, Status.NO_SHOW)
    other_desk.close()
    qtbot.wait(400)  # the desk has seen the change made elsewhere
    clerk.press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: clerk.shown("deskQueueMessage"), timeout=1000)
    look("queue, with its longest message")
    clerk.click("deskTodayTab")
    qtbot.waitUntil(lambda: clerk.shown("day-checkedIn-value"), timeout=3000)
    look("today")
    clerk.click("deskRecordsTab")
    qtbot.waitUntil(lambda: clerk.shown("deskAuditEntry0"), timeout=3000)
    look("export and audit")
    clerk.click("deskExport")
    qtbot.waitUntil(lambda: clerk.shown("deskRecordsMessage"), timeout=3000)
    look("export and audit, exported")
    clerk.click("deskDeleteAll")
    qtbot.waitUntil(lambda: clerk.shown("deskConfirmDeleteButton"), timeout=3000)
    look("delete all, asked")
    assert problems == [], "\n".join(sorted(set(problems)))
