"""The day's figures for the front desk, from check-ins made, called, seen and missed on a real
SQLite store as a clinic morning goes."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from kiosk.core.checkin.day_counts import DayCounts, count_day
from kiosk.core.storage.checkin_store import open_store
from kiosk.core.storage.records import Status
from tests.core.test_store import MORNING, Clock, visit


def test_a_morning_in_figures_waits_to_the_call_and_arrivals_by_hour(tmp_path: Path) -> None:
    clock = Clock(MORNING.replace(hour=8, minute=0))
    store = open_store(tmp_path / "c.sqlite", clock)
    ana, bo, cy, di = visit("Ana"), visit("Bo"), visit("Cy"), visit("Di")
    store.save(ana)  # 08:00
    clock.now += timedelta(minutes=5)
    store.save(bo)  # 08:05
    clock.now += timedelta(minutes=5)
    assert store.call(ana.id)  # Ana waited 10 min to her call
    clock.now += timedelta(minutes=30)
    assert store.set_status(ana.id, Status.SEEN)  # seen later: her wait is still 10
    assert store.set_status(bo.id, Status.SEEN)  # seen with no call: 35 min
    clock.now = MORNING.replace(hour=10, minute=0)
    store.save(cy)  # 10:00, nobody at 09:00
    store.save(di)
    clock.now += timedelta(minutes=1)
    assert store.set_status(di.id, Status.NO_SHOW)
    clock.now = MORNING.replace(hour=10, minute=50)  # Cy still waits, 50 min so far

    counts = count_day(store.queue(clock.now.date()), clock.now)

    assert counts == DayCounts(
        checked_in=4,
        waiting=1,
        called=0,
        seen=2,
        no_shows=1,
        median_wait=35,
        longest_wait=50,
        longest_ticket="A-3",
        by_hour=((8, 2), (9, 0), (10, 2)),
    )


def test_a_call_taken_back_waits_on_and_a_call_again_keeps_the_first(tmp_path: Path) -> None:
    clock = Clock(MORNING)
    store = open_store(tmp_path / "c.sqlite", clock)
    patient = visit()
    store.save(patient)
    clock.now += timedelta(minutes=4)
    store.call(patient.id)
    store.set_status(patient.id, Status.WAITING)  # undone: not called after all
    clock.now += timedelta(minutes=6)
    store.call(patient.id)  # called at 10 min
    clock.now += timedelta(minutes=2)
    store.call(patient.id)  # asked again: still 10
    clock.now += timedelta(minutes=20)
    [stored] = store.queue(clock.now.date())
    assert stored.minutes_waiting(clock.now) == 10
    assert count_day([stored], clock.now).median_wait == 10


def test_a_day_with_no_one_yet_has_no_wait_and_no_bars() -> None:
    assert count_day([], MORNING) == DayCounts()
    assert DayCounts().median_wait is None
