"""Real faults under the check-in store: a full disk, a read-only disk, a lock held elsewhere.

Where the machine allows it (root, as on CI) the disk faults are made for real on a small tmpfs
mounted for the test: filled to the last byte, then remounted read-only. Elsewhere:
- a full disk is made by SQLite itself (``PRAGMA max_page_count`` at the current size), which
  fails a write with the same SQLITE_FULL a full disk gives;
- a read-only disk is made with file permissions, which bind a user who is not root.
Only root without the right to mount has no way left to make a disk read-only; that one case
skips and says why.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest

from kiosk.core.staff.accounts import StaffError, StaffStore
from kiosk.core.staff.audit import TERMINAL
from kiosk.core.storage.checkin_store import SqliteCheckInStore, count_rows, open_store
from kiosk.core.storage.records import Failure, StoreError
from tests.core.test_store import visit

SQLITE_MAX_PAGE_COUNT = 4_294_967_294


def _mount(args: list[str]) -> bool:
    result = subprocess.run(["mount", *args], capture_output=True, check=False)
    return result.returncode == 0


@dataclass
class Disk:
    folder: Path
    mounted: bool

    def fill(self, store: SqliteCheckInStore) -> None:
        if not self.mounted:
            pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
            store._conn.execute(f"PRAGMA max_page_count = {pages}")
            return
        with (self.folder / "ballast").open("wb", buffering=0) as ballast:
            block = b"\0" * 4096
            try:
                while True:
                    ballast.write(block)
            except OSError:
                pass

    def free(self, store: SqliteCheckInStore) -> None:
        if self.mounted:
            (self.folder / "ballast").unlink()
        else:
            store._conn.execute(f"PRAGMA max_page_count = {SQLITE_MAX_PAGE_COUNT}")

    def make_read_only(self) -> None:
        if self.mounted:
            assert _mount(["-o", "remount,ro", str(self.folder)])
        elif os.geteuid() != 0:
            for path in self.folder.iterdir():
                path.chmod(0o444)
            self.folder.chmod(0o555)
        else:
            pytest.skip("as root without the right to mount, a disk cannot be made read-only")

    def make_writable(self) -> None:
        if self.mounted:
            assert _mount(["-o", "remount,rw", str(self.folder)])
        else:
            self.folder.chmod(0o755)
            for path in self.folder.iterdir():
                path.chmod(0o644)


@contextmanager
def small_disk_in(parent: Path) -> Iterator[Disk]:
    """A 512 KiB tmpfs where the machine lets us mount one, else a plain folder."""
    folder = parent / "disk"
    folder.mkdir()
    mounted = _mount(["-t", "tmpfs", "-o", "size=512k", "tmpfs", str(folder)])
    try:
        yield Disk(folder, mounted)
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(folder)], check=False)
        else:
            Disk(folder, mounted=False).make_writable()


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Disk]:
    with small_disk_in(tmp_path) as disk:
        yield disk


def test_a_full_disk_fails_the_save_kindly_and_the_next_one_works_once_there_is_room(
    small_disk: Disk,
) -> None:
    store = open_store(small_disk.folder / "checkins.sqlite")
    store.save(visit())
    small_disk.fill(store)
    failures = []
    for _ in range(200):  # the WAL has some slack: keep saving until the disk is truly full
        try:
            store.save(visit())
        except StoreError as exc:
            failures.append(exc.failure)
            break
    assert failures == [Failure.DISK_FULL]
    saved_before = count_rows(store.path)
    small_disk.free(store)
    store.save(visit())
    assert count_rows(store.path) == saved_before + 1
    assert store.integrity() == "ok"


def test_a_read_only_disk_fails_kindly_and_recovers(small_disk: Disk) -> None:
    path = small_disk.folder / "checkins.sqlite"
    store = open_store(path)
    store.save(visit())
    store.close()
    small_disk.make_read_only()
    try:
        later = SqliteCheckInStore(path)
        with pytest.raises(StoreError) as caught:
            later.save(visit())
        assert caught.value.failure is Failure.READ_ONLY
        assert "read-only" in str(caught.value)
    finally:
        small_disk.make_writable()
    later.save(visit())
    assert count_rows(path) == 2


def test_a_new_store_on_a_read_only_disk_is_named_read_only(small_disk: Disk) -> None:
    small_disk.make_read_only()
    try:
        with pytest.raises(StoreError) as caught:
            SqliteCheckInStore(small_disk.folder / "checkins.sqlite").open()
        assert caught.value.failure is Failure.READ_ONLY
    finally:
        small_disk.make_writable()


def test_a_full_disk_is_named_full_whatever_sqlite_calls_it(small_disk: Disk) -> None:
    if not small_disk.mounted:
        pytest.skip("needs a small disk of its own, which only root can mount")
    leave_free(small_disk, 0)
    try:
        with pytest.raises(StoreError) as caught:
            SqliteCheckInStore(small_disk.folder / "checkins.sqlite").open()
        assert caught.value.failure is Failure.DISK_FULL
    finally:
        (small_disk.folder / "ballast").unlink()


HOLD_LOCK = """
import sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("BEGIN EXCLUSIVE")
print("LOCKED", flush=True)
sys.stdin.readline()
db.execute("COMMIT")
"""


@contextmanager
def lock_held_by_another_process(database: Path) -> Iterator[None]:
    """Another program holds ``database`` in an exclusive transaction until the block ends."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(database)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None
    assert holder.stdin is not None
    try:
        assert holder.stdout.readline().strip() == "LOCKED"
        yield
    finally:
        holder.stdin.write("\n")
        holder.stdin.close()
        holder.wait(timeout=10)
        holder.stdout.close()


def test_a_lock_held_by_another_process_fails_after_a_short_wait_then_clears(
    tmp_path: Path,
) -> None:
    store = open_store(tmp_path / "checkins.sqlite")
    with lock_held_by_another_process(store.path):
        started = datetime.now()
        with pytest.raises(StoreError) as caught:
            store.save(visit())
        waited = (datetime.now() - started).total_seconds()
    assert caught.value.failure is Failure.LOCKED
    assert waited < 10
    store.save(visit())
    assert count_rows(store.path) == 1


def leave_free(disk: Disk, free_bytes: int) -> None:
    """Fill the small disk until only ``free_bytes`` are left (to the page)."""
    ballast = disk.folder / "ballast"
    ballast.unlink(missing_ok=True)
    stats = os.statvfs(disk.folder)
    size = max(0, stats.f_bavail * stats.f_frsize - free_bytes)
    with ballast.open("wb") as out:
        out.truncate(0)
        block = b"\0" * 4096
        for _ in range(size // 4096):
            out.write(block)


NEW_STORE_BYTES = 160 * 1024
"""More than a new store needs: its file, its write-ahead log and the first migration."""


def test_a_disk_nearly_full_when_the_store_is_first_made_leaves_nothing_half_open(
    small_disk: Disk,
) -> None:
    if not small_disk.mounted:
        pytest.skip("needs a small disk of its own, which only root can mount")
    path = small_disk.folder / "checkins.sqlite"
    outcomes = []
    for free in range(0, NEW_STORE_BYTES + 1, 8 * 1024):
        for stray in small_disk.folder.glob("checkins.sqlite*"):
            stray.unlink()
        leave_free(small_disk, free)
        store = SqliteCheckInStore(path)
        try:
            store.open()
            outcomes.append("opened")
        except StoreError as exc:
            outcomes.append(exc.failure.value)
            assert store._db is None, f"half-open with {free} bytes free"
        (small_disk.folder / "ballast").unlink()
        store.save(visit())  # once there is room, the next check-in is saved
        assert count_rows(path) == 1
        assert store.integrity() == "ok"
        store.close()
    assert "opened" in outcomes
    assert any(o != "opened" for o in outcomes), outcomes


def test_the_staff_records_too_are_never_left_half_open(small_disk: Disk) -> None:
    if not small_disk.mounted:
        pytest.skip("needs a small disk of its own, which only root can mount")
    path = small_disk.folder / "staff.sqlite"
    failed = 0
    for free in range(0, NEW_STORE_BYTES + 1, 8 * 1024):
        for stray in small_disk.folder.glob("staff.*"):
            stray.unlink()
        leave_free(small_disk, free)
        staff = StaffStore(path)
        try:
            staff.open()
        except StaffError:
            failed += 1
            assert staff._db is None, f"half-open with {free} bytes free"
        (small_disk.folder / "ballast").unlink()
        if staff._db is None:
            staff.open()
        staff.add(f"Ana {free}", "246810", by=TERMINAL)
        assert [m.name for m in staff.members()] == [f"Ana {free}"]
        staff.close()
    assert failed
