"""The check-in store on real SQLite files: round trip, idempotency, tickets, migrations, damage."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.core.checkin.answers import CheckIn, Reason, new_checkin_id
from kiosk.core.storage.checkin_store import (
    MIGRATIONS,
    SCHEMA_VERSION,
    SqliteCheckInStore,
    count_rows,
    open_store,
)
from kiosk.core.storage.records import Failure, Status, StoreError

MORNING = datetime(2026, 11, 23, 9, 30)


def visit(first: str = "María José", checkin_id: str | None = None) -> CheckIn:
    return CheckIn(
        id=checkin_id or new_checkin_id(),
        first_name=first,
        last_name="O'Neil-Núñez",
        birth_date=date(1956, 3, 12),
        reasons=(Reason.HEEL_OR_ARCH,),
        urgent=False,
        mobile="",
        returning=True,
        mobility_help=False,
    )


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def test_a_check_in_reads_back_as_it_was_entered(tmp_path: Path) -> None:
    store = open_store(tmp_path / "c.sqlite", Clock(MORNING))
    entered = visit()
    ticket = store.save(entered)
    assert ticket.code == "A-1"
    assert ticket.ahead == 0
    [stored] = store.checkins()
    assert stored.visit == entered
    assert stored.ticket == "A-1"
    assert stored.created_at == MORNING
    assert stored.status == "waiting"


def test_the_store_uses_wal_and_full_sync(tmp_path: Path) -> None:
    store = open_store(tmp_path / "c.sqlite")
    db = store._conn
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert store.schema_version() == SCHEMA_VERSION


def test_saving_the_same_check_in_again_never_makes_a_second_row(tmp_path: Path) -> None:
    store = open_store(tmp_path / "c.sqlite", Clock(MORNING))
    entered = visit()
    first = store.save(entered)
    store.save(visit("Someone else"))
    again = store.save(entered)
    assert again == first
    assert count_rows(store.path) == 2


def test_tickets_count_up_through_the_day_survive_a_restart_and_start_again_tomorrow(
    tmp_path: Path,
) -> None:
    clock = Clock(MORNING)
    store = open_store(tmp_path / "c.sqlite", clock)
    assert [store.save(visit()).code for _ in range(3)] == ["A-1", "A-2", "A-3"]
    store.close()
    store = open_store(tmp_path / "c.sqlite", clock)
    ticket = store.save(visit())
    assert ticket.code == "A-4"
    assert ticket.ahead == 3
    clock.now += timedelta(days=1)
    assert store.save(visit()).code == "A-1"


def test_migrating_from_version_1_keeps_every_row(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    with sqlite3.connect(path) as db:
        for statement in MIGRATIONS[1]:
            db.execute(statement)
        db.execute(
            "INSERT INTO checkins VALUES ('old', '2026-11-20', 7, '2026-11-20T10:00:00', 'Ann',"
            " 'Lee', '1970-01-02', 'toenail', 0, '', 0, 1)"
        )
        db.execute("PRAGMA user_version = 1")
    db.close()
    store = open_store(path, Clock(MORNING))
    assert store.schema_version() == SCHEMA_VERSION
    [old] = store.checkins()
    assert old.ticket == "A-7"
    assert old.status is Status.WAITING
    assert old.status_at is None
    assert old.visit is not None
    assert old.visit.mobility_help
    assert store.events() == []


def test_a_store_from_a_newer_kiosk_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    with pytest.raises(StoreError) as caught:
        open_store(path)
    assert caught.value.failure is Failure.UNAVAILABLE
    assert path.exists()


def test_a_damaged_store_is_moved_aside_and_a_new_one_started(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    path.write_bytes(b"this is not a database" * 500)
    store = open_store(path, Clock(MORNING))
    assert store.save(visit()).code == "A-1"
    moved = list(tmp_path.glob("c.damaged-*.sqlite"))
    assert len(moved) == 1
    assert moved[0].read_bytes().startswith(b"this is not a database")
    [(_, kind, detail)] = store.events()
    assert kind == "store-replaced"
    assert moved[0].name in detail


def test_erasing_keeps_newer_check_ins_and_the_counts_of_older_ones(tmp_path: Path) -> None:
    clock = Clock(MORNING - timedelta(days=40))
    store = open_store(tmp_path / "c.sqlite", clock)
    store.save(visit())
    clock.now = MORNING
    store.save(visit())
    assert store.erase_personal_data(before=date(2026, 11, 1)) == 1
    assert [s.created_at for s in store.checkins()] == [MORNING]
    assert count_rows(tmp_path / "c.sqlite") == 2, "the erased check-in still counts"
    assert store.erase_personal_data(before=date(2026, 11, 1)) == 0


def test_erasing_at_the_boundary_day(tmp_path: Path) -> None:
    """A check-in on the first day kept stays; one the day before goes."""
    clock = Clock(datetime(2026, 11, 15, 23, 59, 59))
    store = open_store(tmp_path / "c.sqlite", clock)
    store.save(visit("Before"))
    clock.now = datetime(2026, 11, 16, 0, 0, 0)
    store.save(visit("First kept"))
    assert store.erase_personal_data(before=date(2026, 11, 16)) == 1
    assert [s.visit.first_name for s in store.checkins() if s.visit] == ["First kept"]


def test_erased_values_are_gone_from_the_files_not_only_the_table(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    store = open_store(path, Clock(MORNING))
    for _ in range(3):
        store.save(visit("Zebulon"))
    assert store.erase_personal_data() == 3
    on_disk = b"".join(p.read_bytes() for p in tmp_path.iterdir())
    for value in ("Zebulon", "O'Neil-Núñez", "1956-03-12", "heel"):
        assert value.encode() not in on_disk


def test_tickets_keep_counting_after_every_check_in_is_erased(tmp_path: Path) -> None:
    store = open_store(tmp_path / "c.sqlite", Clock(MORNING))
    store.save(visit())
    store.save(visit())
    store.erase_personal_data()
    assert store.checkins() == []
    assert store.save(visit()).code == "A-3"


def test_the_queue_marks_called_seen_and_no_show(tmp_path: Path) -> None:
    clock = Clock(MORNING)
    store = open_store(tmp_path / "c.sqlite", clock)
    first, second = visit("Ann"), visit("Bo")
    store.save(first)
    clock.now = MORNING + timedelta(minutes=5)
    store.save(second)
    clock.now = MORNING + timedelta(minutes=12)
    assert store.set_status(first.id, Status.CALLED)
    [ann, bo] = store.queue(MORNING.date())
    assert (ann.status, ann.status_at) == (Status.CALLED, clock.now)
    later = MORNING + timedelta(minutes=30)
    assert ann.minutes_waiting(later) == 12
    assert bo.minutes_waiting(later) == 25
    assert store.save(visit()).ahead == 1  # only Bo is still waiting
    store.set_status(second.id, Status.NO_SHOW)
    assert [s.status for s in store.queue(MORNING.date())][:2] == [Status.CALLED, Status.NO_SHOW]
    assert store.queue(MORNING.date() + timedelta(days=1)) == []
    store.erase_personal_data()
    assert not store.set_status(first.id, Status.SEEN)


def test_errors_never_carry_personal_data(tmp_path: Path) -> None:
    store = SqliteCheckInStore(tmp_path / "missing-folder" / "c.sqlite")
    (tmp_path / "missing-folder").write_text("a file where the folder should be")
    with pytest.raises(StoreError) as caught:
        store.save(visit("Ximena"))
    assert "Ximena" not in str(caught.value)
    assert "Núñez" not in str(caught.value)


def test_an_appointment_is_kept_with_the_answers_and_erased_with_them(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    store = open_store(path, Clock(MORNING))
    booked = replace(visit(), appointment=True)
    store.save(booked)
    store.save(visit("Ana"))
    assert [row.visit.appointment for row in store.checkins() if row.visit] == [True, False]
    assert store.erase_personal_data(before=MORNING.date() + timedelta(days=1)) == 2
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT appointment FROM checkins").fetchall() == [(0,), (0,)]
