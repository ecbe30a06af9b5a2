"""The queue's view model alone, against a fake behind the storage seam: what it shows, and the
signals it sends, as the staff session changes and staff mark check-ins."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kiosk.core.sealing import ClinicKeys, new_key_pair
from kiosk.core.staff.accounts import StaffMember, StaffStore
from kiosk.core.staff.audit import Action
from kiosk.core.staff.session import StaffSession
from kiosk.core.storage.checkin_store import SqliteCheckInStore
from kiosk.core.storage.records import Failure, Status
from kiosk.ui.staff.checkin_queue import CheckInQueue, initial
from tests.fake_records import FakeRecords, visit

NOW = datetime(2026, 12, 1, 10, 30)


@pytest.fixture
def records() -> FakeRecords:
    records = FakeRecords(NOW)
    records.save(visit())
    records.save(visit("Li", urgent=True))
    return records


@pytest.fixture
def session(staff: StaffStore) -> StaffSession:
    return StaffSession(staff)


@pytest.fixture
def queue(
    qtbot: QtBot, records: FakeRecords, session: StaffSession, tmp_path: Path
) -> Iterator[CheckInQueue]:
    made = CheckInQueue(
        records, session, export_folder=tmp_path / "exports", media_roots=[], clock=lambda: NOW
    )
    yield made
    made.stop()


def test_a_sign_in_shows_the_day_and_a_sign_out_forgets_it(
    qtbot: QtBot, queue: CheckInQueue, session: StaffSession, member: StaffMember
) -> None:
    assert queue.rowCount() == 0
    with qtbot.waitSignal(queue.changed, timeout=1000):
        session.sign_in(member)
    assert queue.property("count") == 2
    first, second = queue.rows()
    assert (first["ticket"], first["name"]) == ("A-1", "María José O'Neil-Núñez")
    assert first["shortName"] == "María José O."  # what the waiting room may see
    assert (first["mobilityHelp"], second["urgent"]) == (True, True)
    assert first["status"] == Status.WAITING.value
    with qtbot.waitSignal(queue.changed, timeout=1000):
        session.sign_out()
    assert queue.rows() == []
    assert queue.property("count") == 0


def test_marking_saves_through_the_seam_and_is_audited_as_the_member(
    queue: CheckInQueue,
    session: StaffSession,
    member: StaffMember,
    records: FakeRecords,
    staff: StaffStore,
) -> None:
    session.sign_in(member)
    queue.mark(0, Status.CALLED.value)
    assert records.status_changes == [(records.rows[0].id, Status.CALLED)]
    assert queue.rows()[0]["status"] == Status.CALLED.value
    entry = staff.audit.entries(limit=1)[0]
    assert (entry.staff, entry.action, entry.detail) == (
        "Ana Ruiz",
        Action.CHECKIN_STATUS,
        "A-1 called",
    )


def test_a_refused_hand_off_entered_by_hand_shows_as_done_and_is_audited(
    queue: CheckInQueue,
    session: StaffSession,
    member: StaffMember,
    records: FakeRecords,
    staff: StaffStore,
) -> None:
    refused = "AE: María José O'Neil-Núñez is registered already"
    records.rows[0] = replace(records.rows[0], handoff="refused", handoff_words=refused)
    records.rows[1] = replace(records.rows[1], handoff="sent")
    queue.enterByHand(records.rows[0].id)
    assert records.rows[0].handoff == "refused", "nobody signed in"
    session.sign_in(member)
    assert queue.rows()[0]["handoffWords"] == refused
    queue.enterByHand(records.rows[1].id)
    assert records.rows[1].handoff == "sent", "only one the hand-off could not deliver"
    queue.enterByHand(records.rows[0].id)
    first = queue.rows()[0]
    assert (first["handoff"], first["handoffWords"]) == ("by-hand", "")
    assert first["handoffLabel"] == "Entered in the practice system by hand"
    entry = staff.audit.entries(limit=1)[0]
    assert (entry.action, entry.detail) == (Action.CHECKIN_STATUS, "A-1 entered by hand")
    records.rows[1] = replace(records.rows[1], handoff="not-sent")
    queue.refresh()
    records.failure = Failure.DISK_FULL
    queue.enterByHand(records.rows[1].id)
    assert queue.property("message"), "a failure is said"
    assert queue.rows()[1]["handoff"] == "not-sent", "the list stays as it was"


def test_nothing_is_marked_or_shown_while_nobody_is_signed_in(
    queue: CheckInQueue, records: FakeRecords
) -> None:
    queue.refresh()
    queue.mark(0, Status.SEEN.value)
    assert queue.rows() == []
    assert records.status_changes == []


def test_a_store_that_fails_is_said_kindly_and_the_list_stays(
    qtbot: QtBot,
    queue: CheckInQueue,
    session: StaffSession,
    member: StaffMember,
    records: FakeRecords,
) -> None:
    session.sign_in(member)
    records.failure = Failure.UNAVAILABLE
    with qtbot.waitSignal(queue.changed, timeout=1000):
        queue.refresh()
    assert queue.property("message") == "The check-ins cannot be read right now."
    assert queue.property("count") == 2


def test_sealed_rows_show_tickets_until_a_session_with_keys_opens_them(
    qtbot: QtBot, session: StaffSession, member: StaffMember, tmp_path: Path
) -> None:
    store = SqliteCheckInStore(tmp_path / "checkins.sqlite", lambda: NOW)
    store.open()
    public, private = new_key_pair()
    store.adopt_key(public)
    store.save(visit())
    queue = CheckInQueue(
        store, session, export_folder=tmp_path / "exports", media_roots=[], clock=lambda: NOW
    )
    try:
        session.sign_in(member)  # an account that holds no keys yet
        [row] = queue.rows()
        assert (row["ticket"], row["name"], row["reasons"]) == ("A-1", "Details sealed", "")
        assert "cannot open the check-ins' details yet" in queue.property("message")
        keys = ClinicKeys({public.key_id: private})
        session.sign_in(member, keys)
        [row] = queue.rows()
        assert row["name"] == "María José O'Neil-Núñez"
        assert row["reasons"] == "Heel or arch pain"
        session.sign_out()
        assert queue.rows() == []
        assert not keys, "signing out forgot the keys"
    finally:
        queue.stop()
        store.close()


def test_an_initial_keeps_the_accents_typed_on_its_letter() -> None:
    assert initial("Núñez") == "N."
    assert initial("N\u0303u\u0301n\u0303ez") == "N\u0303."  # Ñ typed as N and a combining tilde
    assert initial("") == ""
