"""Retention covers every copy of a patient's answers the kiosk keeps: the rows, the write-ahead
log (even while another program reads the store), damaged stores moved aside, and the CSV
exports in the kiosk's own export folder."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.core.checkin.csv_export import export_checkins, export_file_name
from kiosk.core.checkin.retention import Retention
from kiosk.core.staff.accounts import StaffStore
from kiosk.core.storage.checkin_store import SqliteCheckInStore, open_store
from tests.fake_records import visit

NOW = datetime(2026, 12, 1, 0, 30)
NAME = "Zebulon"


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock(NOW - timedelta(days=3))


@pytest.fixture
def store(tmp_path: Path, clock: Clock) -> Iterator[SqliteCheckInStore]:
    store = open_store(tmp_path / "checkins.sqlite", clock)
    yield store
    store.close()


def holds(path: Path, text: str) -> bool:
    return any(
        text.encode(codec) in part.read_bytes()
        for codec in ("utf-8", "utf-16-le")
        for part in path.parent.glob(f"{path.name}*")
    )


def test_erased_values_leave_the_write_ahead_log_once_its_reader_lets_go(
    store: SqliteCheckInStore, staff: StaffStore, clock: Clock
) -> None:
    store.save(visit(NAME))
    clock.now = NOW
    reader = sqlite3.connect(store.path)
    reader.execute("BEGIN")
    reader.execute("SELECT COUNT(*) FROM checkins").fetchone()  # holds a snapshot of the log
    retention = Retention(store, staff, lambda: 0, clock)
    assert retention.run() == 1
    assert holds(store.path, NAME), "a reader keeps the log: it cannot be emptied yet"
    reader.rollback()
    reader.close()
    assert retention.run() == 0  # nothing more to erase, but the log is emptied now
    assert not holds(store.path, NAME)


def test_damaged_stores_moved_aside_go_with_the_rows_of_their_days(
    tmp_path: Path, store: SqliteCheckInStore, staff: StaffStore, clock: Clock
) -> None:
    old = tmp_path / "checkins.damaged-20261125-101500.sqlite"
    recent = tmp_path / "checkins.damaged-20261201-001000.sqlite"
    for copy in (old, recent, Path(f"{old}-wal")):
        copy.write_bytes(NAME.encode())
    clock.now = NOW
    Retention(store, staff, lambda: 2, clock).run()
    assert not old.exists()
    assert not Path(f"{old}-wal").exists()
    assert recent.exists()


def test_exports_in_the_kiosks_folder_go_once_all_they_hold_has_expired(
    tmp_path: Path, store: SqliteCheckInStore, staff: StaffStore, clock: Clock
) -> None:
    exports = tmp_path / "exports"
    store.save(visit(NAME))
    rows = store.checkins()
    day = clock.now.date()
    expired = exports / export_file_name(day, day, clock.now)
    spanning = exports / export_file_name(day, NOW.date(), NOW)
    export_checkins(rows, expired, "US")
    export_checkins(rows, spanning, "US")
    someone_elses = exports / "notes.txt"
    someone_elses.write_text("not a CSV", encoding="utf-8")
    clock.now = NOW
    Retention(store, staff, lambda: 1, clock, export_folder=exports).run()
    assert not expired.exists()
    assert spanning.exists(), "it still holds a day that is kept"
    assert someone_elses.exists()
    assert "1 export files" in {e.detail for e in staff.audit.entries(limit=2)}


def test_delete_all_now_erases_every_copy_the_store_keeps(
    tmp_path: Path, store: SqliteCheckInStore
) -> None:
    store.save(visit(NAME))
    moved = tmp_path / "checkins.damaged-20261201-001000.sqlite"
    moved.write_bytes(NAME.encode())
    assert store.erase_personal_data() == 1
    assert not moved.exists()
    assert not holds(store.path, NAME)
    with closing(sqlite3.connect(store.path)) as db:
        assert db.execute("SELECT first_name FROM checkins").fetchall() == [("",)]


def test_an_export_named_by_hand_is_judged_by_when_it_was_written(tmp_path: Path) -> None:
    from kiosk.core.checkin.csv_export import newest_day_in

    export = tmp_path / "front-desk copy.csv"
    export.write_text("ticket\n", encoding="utf-8")
    assert newest_day_in(export) == date.today()
