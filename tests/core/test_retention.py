"""Retention as a service: what it erases, by which date, and what it says."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

import pytest

from kiosk.core.checkin.retention import Retention
from kiosk.core.staff.accounts import StaffStore
from kiosk.core.staff.audit import SYSTEM, Action
from kiosk.core.storage.records import Failure
from tests.fake_records import FakeRecords, visit

NOW = datetime(2026, 12, 1, 0, 20)


def records_over_days(*days_ago: int) -> FakeRecords:
    records = FakeRecords(NOW)
    for ago in days_ago:
        records.now = NOW - timedelta(days=ago)
        records.save(visit("Zanele", "Okonkwo"))
    records.now = NOW
    return records


@pytest.mark.parametrize(("days_kept", "erased"), [(0, 2), (1, 1), (2, 0)])
def test_it_erases_what_is_older_than_the_days_kept(
    staff: StaffStore, days_kept: int, erased: int
) -> None:
    records = records_over_days(2, 1, 0)
    retention = Retention(records, staff, lambda: days_kept, lambda: NOW)
    assert retention.run() == erased
    assert records.erased_before == [NOW.date() - timedelta(days=days_kept)]
    assert len(records.rows) == 3 - erased


def test_an_erase_is_audited_as_the_kiosk_and_logged_without_names(
    staff: StaffStore, caplog: pytest.LogCaptureFixture
) -> None:
    records = records_over_days(5)
    with caplog.at_level(logging.INFO):
        assert Retention(records, staff, lambda: 0, lambda: NOW).run() == 1
    entry = staff.audit.entries(limit=1)[0]
    assert (entry.staff, entry.action, entry.detail) == (
        SYSTEM,
        Action.CHECKINS_ERASED,
        "1 check-ins",
    )
    assert "1 check-ins older than 0 days was erased" in caplog.text
    assert "Zanele" not in caplog.text
    assert "Okonkwo" not in caplog.text


def test_the_days_kept_are_read_at_each_run(staff: StaffStore) -> None:
    days = [30]
    records = records_over_days(3)
    retention = Retention(records, staff, lambda: days[0], lambda: NOW)
    assert retention.run() == 0
    days[0] = 1
    assert retention.run() == 1


def test_a_store_that_fails_erases_nothing_and_says_so(
    staff: StaffStore, caplog: pytest.LogCaptureFixture
) -> None:
    records = records_over_days(3)
    records.failure = Failure.DISK_FULL
    with caplog.at_level(logging.ERROR):
        assert Retention(records, staff, lambda: 0, lambda: NOW).run() == 0
    assert "Expired check-ins could not be erased" in caplog.text
    assert staff.audit.entries(limit=1) == []
