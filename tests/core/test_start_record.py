"""When the kiosk's recent starts say it needs attention rather than another try."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from kiosk.core.system.start_record import StartRecord

NOW = datetime(2026, 12, 1, 9, 0)


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now


def test_three_quick_failed_starts_need_attention(tmp_path: Path) -> None:
    clock = Clock()
    record = StartRecord(tmp_path, clock)
    for _ in range(3):
        assert not record.needs_attention()
        record.begin()
        clock.now += timedelta(seconds=5)
    assert record.needs_attention()
    record.forget()
    assert not record.needs_attention(), "after the page, someone's restart tries again"


def test_a_good_start_or_a_slow_one_breaks_the_run(tmp_path: Path) -> None:
    clock = Clock()
    record = StartRecord(tmp_path, clock)
    record.begin()
    record.begin()
    record.good()
    record.begin()
    assert not record.needs_attention()
    record.begin()
    record.begin()
    assert record.needs_attention()
    clock.now += timedelta(minutes=6)
    assert not record.needs_attention(), "failures long ago are not a loop"


def test_a_broken_record_is_no_record(tmp_path: Path) -> None:
    (tmp_path / "starts.json").write_bytes(b"\xff{not json")
    record = StartRecord(tmp_path, Clock())
    assert not record.needs_attention()
    record.begin()
    assert len(record.starts()) == 1
