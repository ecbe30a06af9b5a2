"""Calling a patient to the desk: the store's log of calls on a real SQLite file, followed by a
second connection as the waiting-room screen would, and what the board shows of it."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from kiosk.core.checkin.calling import CallBoard
from kiosk.core.storage.checkin_store import open_store
from kiosk.core.storage.records import CallEvent, Status
from tests.core.test_store import MORNING, Clock, visit

DAY_START = MORNING.replace(hour=0, minute=0)


def test_a_call_made_at_the_desk_is_seen_by_the_kiosk_through_its_own_connection(
    tmp_path: Path,
) -> None:
    clock = Clock(MORNING)
    kiosk = open_store(tmp_path / "c.sqlite", clock)
    desk = open_store(tmp_path / "c.sqlite", clock)
    first, second = visit("Ana"), visit("Bo")
    kiosk.save(first)
    kiosk.save(second)
    seen = desk.change_count()
    assert kiosk.calls_after(0, DAY_START) == []
    assert desk.call(second.id)
    [call] = kiosk.calls_after(0, DAY_START)
    assert (call.ticket, call.at, call.undone) == ("A-2", MORNING, False)
    assert [s.status for s in desk.queue(MORNING.date())] == [Status.WAITING, Status.CALLED]
    kiosk.save(visit("Cy"))
    assert desk.change_count() != seen  # the kiosk's commit is noticed by the desk
    assert kiosk.calls_after(call.seq, DAY_START) == []


def test_calling_again_asks_again_and_putting_back_to_waiting_takes_the_call_back(
    tmp_path: Path,
) -> None:
    clock = Clock(MORNING)
    store = open_store(tmp_path / "c.sqlite", clock)
    patient = visit()
    store.save(patient)
    assert store.call(patient.id)
    clock.now += timedelta(minutes=1)
    assert store.call(patient.id)
    assert store.set_status(patient.id, Status.WAITING)
    assert store.set_status(patient.id, Status.WAITING)  # waiting already: nothing to take back
    events = store.calls_after(0, DAY_START)
    assert [(e.ticket, e.undone) for e in events] == [("A-1", False), ("A-1", False), ("A-1", True)]
    assert store.set_status(patient.id, Status.SEEN)
    assert len(store.calls_after(0, DAY_START)) == 3  # seen is not an undo
    assert not store.call("not-a-check-in")


def test_yesterdays_calls_are_not_read_and_go_with_the_days_erased(tmp_path: Path) -> None:
    clock = Clock(MORNING - timedelta(days=1))
    store = open_store(tmp_path / "c.sqlite", clock)
    patient = visit()
    store.save(patient)
    store.call(patient.id)
    clock.now = MORNING
    assert store.calls_after(0, DAY_START) == []
    store.erase_personal_data(MORNING.date())
    assert store.calls_after(0, datetime.min) == []
    assert not store.call(patient.id)  # erased: there is nobody to call


def test_an_erased_check_in_cannot_be_called_or_marked(tmp_path: Path) -> None:
    store = open_store(tmp_path / "c.sqlite", Clock(MORNING))
    patient = visit()
    store.save(patient)
    store.erase_personal_data()
    assert not store.call(patient.id)
    assert not store.set_status(patient.id, Status.SEEN)


def event(seq: int, ticket: str, seconds_ago: int = 0, undone: bool = False) -> CallEvent:
    return CallEvent(seq, ticket, MORNING - timedelta(seconds=seconds_ago), undone)


def test_the_board_shows_the_newest_call_for_twenty_seconds_and_lists_the_last_three() -> None:
    board = CallBoard()
    assert board.take([event(1, "A-1"), event(2, "A-2"), event(3, "A-3")], MORNING) == [
        "A-1",
        "A-2",
        "A-3",
    ]
    assert board.take([event(4, "A-4"), event(5, "A-5")], MORNING) == ["A-4", "A-5"]
    shown = board.current(MORNING)
    assert shown is not None
    assert shown.ticket == "A-5"
    assert board.recent(MORNING) == ["A-4", "A-3", "A-2"]
    later = MORNING + timedelta(seconds=20)
    assert board.current(later) is None
    assert board.recent(later) == ["A-5", "A-4", "A-3"]
    assert board.last_seq == 5


def test_a_repeat_moves_the_ticket_up_and_an_undo_takes_it_off_the_board() -> None:
    board = CallBoard()
    board.take([event(1, "A-1"), event(2, "A-2")], MORNING)
    assert board.take([event(3, "A-1")], MORNING) == ["A-1"]
    assert board.recent(MORNING) == ["A-2"]
    assert board.take([event(4, "A-1", undone=True)], MORNING) == []
    back = board.current(MORNING)  # the call before it, still within its twenty seconds
    assert back is not None
    assert back.ticket == "A-2"
    assert board.recent(MORNING) == []
    assert board.take([event(5, "B-7"), event(6, "B-7", undone=True)], MORNING) == []


def test_old_calls_read_at_start_are_listed_not_announced_and_a_tap_puts_the_banner_away() -> None:
    board = CallBoard()
    assert board.take([event(1, "A-1", seconds_ago=300)], MORNING) == []
    assert board.current(MORNING) is None
    assert board.recent(MORNING) == ["A-1"]
    board.take([event(2, "A-2")], MORNING)
    board.dismiss()
    assert board.current(MORNING) is None
    assert board.recent(MORNING) == ["A-2", "A-1"]
    assert board.take([event(3, "A-2")], MORNING) == ["A-2"]  # called again in the same second
    assert board.current(MORNING) is not None
    board.take([event(4, "A-3")], MORNING)
    shown = board.current(MORNING)
    assert shown is not None
    assert shown.ticket == "A-3"


def test_a_clock_set_back_does_not_keep_a_call_up_for_ever() -> None:
    board = CallBoard()
    board.take([event(1, "A-1")], MORNING)
    assert board.current(MORNING - timedelta(hours=1)) is None


def test_an_urgent_check_in_acknowledged_at_the_desk_stays_acknowledged(tmp_path: Path) -> None:
    clock = Clock(MORNING)
    store = open_store(tmp_path / "c.sqlite", clock)
    patient = visit()
    store.save(patient)
    assert not store.checkins()[0].acknowledged
    assert store.acknowledge(patient.id)
    clock.now += timedelta(minutes=5)
    assert store.acknowledge(patient.id)  # a second acknowledgement keeps the first time
    store.close()
    again = open_store(tmp_path / "c.sqlite", clock)
    assert again.checkins()[0].acknowledged
    assert not again.acknowledge("not-a-check-in")
