"""Real faults under the check-in store: a full disk, a read-only disk, a lock held elsewhere.

The disk faults use a small tmpfs mounted for the test (the CI machine runs the tests as root
and may mount). Where mounting is not allowed the test says so and is skipped.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from kiosk.core.store import CheckInStore, Failure, StoreError, count_rows, open_store
from tests.core.test_store import visit


def _mount(args: list[str]) -> bool:
    result = subprocess.run(["mount", *args], capture_output=True, check=False)
    return result.returncode == 0


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    disk = tmp_path / "disk"
    disk.mkdir()
    if not _mount(["-t", "tmpfs", "-o", "size=512k", "tmpfs", str(disk)]):
        pytest.skip("this machine does not allow mounting a small disk for the test")
    yield disk
    subprocess.run(["umount", "-l", str(disk)], check=False)


def fill(folder: Path) -> None:
    """Fill the disk up to the last byte."""
    with (folder / "ballast").open("wb", buffering=0) as ballast:
        block = b"\0" * 4096
        try:
            while True:
                ballast.write(block)
        except OSError:
            pass


def test_a_full_disk_fails_the_save_kindly_and_the_next_one_works_once_there_is_room(
    small_disk: Path,
) -> None:
    store = open_store(small_disk / "checkins.sqlite")
    store.save(visit())
    fill(small_disk)
    failures = []
    for _ in range(200):  # the WAL has some slack: keep saving until the disk is truly full
        try:
            store.save(visit())
        except StoreError as exc:
            failures.append(exc.failure)
            break
    assert failures == [Failure.DISK_FULL]
    saved_before = count_rows(store.path)
    (small_disk / "ballast").unlink()
    store.save(visit())
    assert count_rows(store.path) == saved_before + 1
    assert store.integrity() == "ok"


def test_a_read_only_disk_fails_kindly_and_recovers(small_disk: Path) -> None:
    path = small_disk / "checkins.sqlite"
    store = open_store(path)
    store.save(visit())
    store.close()
    assert _mount(["-o", "remount,ro", str(small_disk)])
    try:
        later = CheckInStore(path)
        with pytest.raises(StoreError) as caught:
            later.save(visit())
        assert caught.value.failure in (Failure.READ_ONLY, Failure.UNAVAILABLE)
    finally:
        assert _mount(["-o", "remount,rw", str(small_disk)])
    later.save(visit())
    assert count_rows(path) == 2


HOLD_LOCK = """
import sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("BEGIN EXCLUSIVE")
print("LOCKED", flush=True)
sys.stdin.readline()
db.execute("COMMIT")
"""


def test_a_lock_held_by_another_process_fails_after_a_short_wait_then_clears(
    tmp_path: Path,
) -> None:
    store = open_store(tmp_path / "checkins.sqlite")
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(store.path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None
    assert holder.stdin is not None
    assert holder.stdout.readline().strip() == "LOCKED"
    started = datetime.now()
    with pytest.raises(StoreError) as caught:
        store.save(visit())
    waited = (datetime.now() - started).total_seconds()
    assert caught.value.failure is Failure.LOCKED
    assert waited < 10
    holder.stdin.write("\n")
    holder.stdin.close()
    holder.wait(timeout=10)
    holder.stdout.close()
    store.save(visit())
    assert count_rows(store.path) == 1
