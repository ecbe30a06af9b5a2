"""The check-in's view model alone, against a fake behind the storage seam: the step QML sees
as an enum, the signals it sends, and what it saves."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from pytestqt.qtbot import QtBot

from kiosk.core.checkin.steps import Step
from kiosk.core.settings import Settings
from kiosk.core.storage.records import Failure
from kiosk.ui.checkin.check_in_flow import CheckInFlow, screen_of, step_of
from kiosk.ui.platform.chime import Chime
from tests.fake_records import FakeRecords

NOW = datetime(2026, 12, 1, 11, 0)
Screen = CheckInFlow.Screen


@pytest.fixture
def records() -> FakeRecords:
    return FakeRecords(NOW)


@pytest.fixture
def flow(qtbot: QtBot, records: FakeRecords) -> Iterator[CheckInFlow]:
    made = CheckInFlow(records, Settings(), Chime(enabled=False), clock=lambda: NOW)
    made.open()
    yield made
    made.stop()


def answer_up_to_review(qtbot: QtBot, flow: CheckInFlow) -> None:
    flow.setFirstName("Mary-Jane")
    flow.setLastName("O'Neil")
    with qtbot.waitSignal(flow.stepChanged, timeout=1000):
        flow.next()
    for digit in "03121956":
        flow.typeBirthDigit(digit)
    flow.next()
    flow.chooseReason("heel-or-arch")
    flow.next()
    flow.answerUrgent("no")
    flow.next()
    flow.answerAppointment("no")
    flow.next()
    flow.answerVisit("first")
    flow.next()


def test_every_core_step_has_one_qml_screen_and_back() -> None:
    assert sorted(screen_of(step) for step in Step) == sorted(int(s) for s in Screen)
    assert all(step_of(screen_of(step)) is step for step in Step)
    assert step_of(99) is None


def test_the_step_property_walks_the_enum_and_says_so_on_each_move(
    qtbot: QtBot, flow: CheckInFlow
) -> None:
    assert flow.property("step") == Screen.Name
    answer_up_to_review(qtbot, flow)
    assert flow.property("step") == Screen.Review
    with qtbot.waitSignal(flow.stepChanged, timeout=1000):
        flow.correct(Screen.BirthDate)
    assert flow.property("step") == Screen.BirthDate
    with qtbot.assertNotEmitted(flow.stepChanged, wait=20):
        flow.correct(42)  # names no step: nothing moves


def test_confirm_saves_through_the_seam_once_and_forgets_the_answers(
    qtbot: QtBot, flow: CheckInFlow, records: FakeRecords
) -> None:
    answer_up_to_review(qtbot, flow)
    with qtbot.waitSignal(flow.saved, timeout=1000):
        flow.confirm()
    flow.confirm()  # a second tap
    assert [r.visit.first_name for r in records.rows if r.visit] == ["Mary-Jane"]
    assert flow.property("ticket") == "A-1"
    assert "Mary-Jane" not in str(flow.property("summary"))


def test_confirm_with_answers_out_of_sight_asks_the_screen_to_show_them_first(
    qtbot: QtBot, flow: CheckInFlow, records: FakeRecords
) -> None:
    answer_up_to_review(qtbot, flow)
    flow.setProperty("reviewSeen", False)  # the review's screen: lines below the fold
    with qtbot.waitSignal(flow.restOfReviewAsked, timeout=1000):
        flow.confirm()
    assert records.rows == []
    assert flow.property("outcome") == ""
    flow.setProperty("reviewSeen", True)  # scrolled to the last line
    with qtbot.waitSignal(flow.saved, timeout=1000):
        flow.confirm()
    flow.setProperty("reviewSeen", False)
    flow.finish()  # the done screen tapped
    assert flow.property("reviewSeen") is True, "the next patient's review starts afresh"


def test_a_store_that_fails_is_said_and_nothing_of_the_patient_stays(
    qtbot: QtBot, flow: CheckInFlow, records: FakeRecords
) -> None:
    answer_up_to_review(qtbot, flow)
    records.failure = Failure.DISK_FULL
    with qtbot.assertNotEmitted(flow.saved, wait=20):
        flow.confirm()
    assert flow.property("outcome") == "failed"
    assert "O'Neil" not in str(flow.property("summary"))
