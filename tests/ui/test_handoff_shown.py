"""What became of each check-in's hand-off to the practice's software, as staff see it: in the
front desk's queue and in the kiosk's staff mode, on the real QML, from the real ledger."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from kiosk.core.paths import DataDir
from kiosk.core.storage.handoff_ledger import Channel, HandoffLedger, HandoffState
from kiosk.ui.app.kiosk_window import KioskWindow
from tests.ui.clerk import Clerk, MakeDesk, make_desk
from tests.ui.conftest import PIN, MakeKiosk
from tests.ui.patient import Patient
from tests.ui.test_staff import save_checkin, sign_in

__all__ = ["make_desk"]

pytestmark = pytest.mark.qt_log_ignore("input method is not set")


@pytest.fixture
def ledger(data_dir: DataDir, kiosk: KioskWindow) -> Iterator[HandoffLedger]:
    """Two check-ins handed on: Ann's delivered, Bo's refused by the receiver."""
    ann = save_checkin(data_dir, "Ann")
    bo = save_checkin(data_dir, "Bo")
    kept = HandoffLedger(data_dir.checkin_store)
    kept.open()
    kept.enqueue(Channel.HL7, [ann.id, bo.id])
    sent, refused = kept.handoffs(Channel.HL7)
    kept.finish(sent, HandoffState.SENT, "")
    kept.finish(refused, HandoffState.REFUSED, "AE: Bo Lee is registered already")
    yield kept
    kept.close()


@pytest.fixture
def kiosk(staff_accounts: None, make_kiosk: MakeKiosk) -> KioskWindow:
    return make_kiosk(instant=True)


def test_the_desk_shows_each_hand_off_and_follows_the_ledger(
    qtbot: QtBot, make_desk: MakeDesk, ledger: HandoffLedger
) -> None:
    clerk = Clerk(make_desk(), qtbot)
    clerk.sign_in(0, PIN)
    qtbot.waitUntil(lambda: clerk.shown("deskRow1"), timeout=5000)
    assert clerk.cell(0, 6) == "Waiting\nSent to the practice system"
    assert clerk.cell(1, 6) == (
        "Waiting\nREFUSED by the practice system: AE: Bo Lee is registered already"
    )
    bo = ledger.handoffs(Channel.HL7)[1]
    assert ledger.send_again(bo.checkin_id)  # staff put it right in the practice system
    qtbot.waitUntil(
        lambda: clerk.cell(1, 6).endswith("Not yet sent to the practice system"), timeout=1500
    )


def test_the_desk_notes_a_refused_check_in_entered_by_hand_and_the_ledger_keeps_it(
    qtbot: QtBot, make_desk: MakeDesk, ledger: HandoffLedger
) -> None:
    clerk = Clerk(make_desk(), qtbot)
    clerk.sign_in(0, PIN)
    qtbot.waitUntil(lambda: clerk.shown("deskRow1"), timeout=5000)
    assert not clerk.shown("deskByHand"), "nothing chosen"
    clerk.click("deskRow0")
    assert not clerk.shown("deskByHand"), "Ann's was delivered"
    clerk.click("deskRow1")
    qtbot.waitUntil(lambda: clerk.shown("deskByHand"), timeout=1000)
    clerk.click("deskByHand")
    qtbot.waitUntil(lambda: clerk.shown("deskNotByHand"), timeout=1000)  # asked first
    assert clerk.text("deskConfirmByHandTitle") == "Was A-2 entered in the practice system by hand?"
    clerk.click("deskNotByHand")
    qtbot.waitUntil(lambda: not clerk.shown("deskNotByHand"), timeout=1000)
    assert ledger.handoffs(Channel.HL7)[1].state is HandoffState.REFUSED
    clerk.click("deskByHand")
    qtbot.waitUntil(lambda: clerk.shown("deskConfirmByHandButton"), timeout=1000)
    clerk.click("deskConfirmByHandButton")
    qtbot.waitUntil(
        lambda: clerk.cell(1, 6) == "Waiting\nEntered in the practice system by hand", timeout=1500
    )
    assert not clerk.shown("deskByHand"), "done: nothing more to note"
    bo = ledger.handoffs(Channel.HL7)[1]
    assert (bo.state, bo.words) == (HandoffState.BY_HAND, "")


def test_staff_mode_says_it_and_the_receivers_words_only_beside_the_name(
    qtbot: QtBot, kiosk: KioskWindow, ledger: HandoffLedger
) -> None:
    person = Patient(kiosk, qtbot)
    sign_in(person)
    qtbot.waitUntil(lambda: person.shown("queueRowHandoff1"), timeout=5000)
    assert person.text("queueRowHandoff0") == "Sent to the practice system"
    assert person.text("queueRowHandoff1") == "REFUSED by the practice system"
    person.tap("queueRowReveal1")
    assert person.text("queueRowHandoff1") == (
        "REFUSED by the practice system: AE: Bo Lee is registered already"
    )


def test_where_nothing_hands_check_ins_on_nothing_is_said(
    qtbot: QtBot, data_dir: DataDir, kiosk: KioskWindow
) -> None:
    save_checkin(data_dir, "Ann")
    person = Patient(kiosk, qtbot)
    sign_in(person)
    qtbot.waitUntil(lambda: person.shown("queueRowTitle0"), timeout=5000)
    assert not person.shown("queueRowHandoff0")
