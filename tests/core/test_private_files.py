"""Private modes from the kiosk's own code, whatever the umask: the files it makes, and the
tightening of what someone opened by hand."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.core.storage.atomic import write_atomic
from kiosk.core.storage.checkin_store import open_store
from kiosk.core.storage.private import tighten
from kiosk.core.system.log_files import file_handler
from tests.fake_records import visit


def mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


@pytest.fixture(params=[0o022, 0o000])
def loose_umask(request: pytest.FixtureRequest) -> Iterator[int]:
    before = os.umask(request.param)
    yield request.param
    os.umask(before)


def test_a_saved_file_is_private(tmp_path: Path, loose_umask: int) -> None:
    write_atomic(tmp_path / "new" / "settings.toml", b"x = 1\n")
    assert mode(tmp_path / "new" / "settings.toml") == 0o600
    assert mode(tmp_path / "new") == 0o700


def test_a_store_its_write_ahead_log_and_index_are_private(
    tmp_path: Path, loose_umask: int
) -> None:
    store = open_store(tmp_path / "checkins.sqlite")
    store.save(visit())
    names = ("checkins.sqlite", "checkins.sqlite-wal", "checkins.sqlite-shm")
    assert {name: mode(tmp_path / name) for name in names} == dict.fromkeys(names, 0o600)
    store.close()


def test_log_files_are_private_and_so_is_each_rotated_one(tmp_path: Path, loose_umask: int) -> None:
    handler = file_handler(tmp_path / "logs")
    try:
        assert mode(tmp_path / "logs") == 0o700
        assert mode(tmp_path / "logs" / "kiosk.log") == 0o600
    finally:
        handler.close()


def test_what_was_opened_by_hand_is_closed_and_named(tmp_path: Path) -> None:
    root = tmp_path / "data"
    (root / "deck").mkdir(parents=True)
    (root / "deck" / "deck.toml").write_bytes(b"")
    (root / "settings.toml").write_bytes(b"")
    os.chmod(root, 0o755)
    os.chmod(root / "deck", 0o777)
    os.chmod(root / "deck" / "deck.toml", 0o644)
    os.chmod(root / "settings.toml", 0o600)
    outside = tmp_path / "elsewhere.txt"
    outside.write_bytes(b"")
    os.chmod(outside, 0o644)
    (root / "link").symlink_to(outside)
    opened = tighten(root)
    assert sorted(p.relative_to(tmp_path).as_posix() for p in opened) == [
        "data",
        "data/deck",
        "data/deck/deck.toml",
    ]
    assert (mode(root), mode(root / "deck"), mode(root / "deck" / "deck.toml")) == (
        0o700,
        0o700,
        0o600,
    )
    assert mode(outside) == 0o644, "a link's target is not the kiosk's to change"
    assert tighten(root) == []
