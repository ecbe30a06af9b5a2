from __future__ import annotations

from datetime import date, datetime, time

from hypothesis import given
from hypothesis import strategies as st

from kiosk.core.schedule import Schedule

MONDAY_NOON = datetime(2026, 11, 23, 12, 0)  # a Monday


def test_an_empty_schedule_always_plays() -> None:
    assert Schedule().plays_at(MONDAY_NOON)


def test_weekdays() -> None:
    weekdays_only = Schedule(weekdays=frozenset(range(5)))
    assert weekdays_only.plays_at(MONDAY_NOON)
    assert not weekdays_only.plays_at(datetime(2026, 11, 29, 12, 0))  # Sunday


def test_daily_window_includes_start_and_excludes_end() -> None:
    morning = Schedule(start_time=time(8, 0), end_time=time(12, 0))
    assert morning.plays_at(datetime(2026, 11, 23, 8, 0))
    assert morning.plays_at(datetime(2026, 11, 23, 11, 59))
    assert not morning.plays_at(MONDAY_NOON)
    assert not morning.plays_at(datetime(2026, 11, 23, 7, 59))


def test_window_past_midnight() -> None:
    night = Schedule(start_time=time(22, 0), end_time=time(2, 0))
    assert night.plays_at(datetime(2026, 11, 23, 23, 30))
    assert night.plays_at(datetime(2026, 11, 24, 1, 30))
    assert not night.plays_at(MONDAY_NOON)


def test_date_range_is_inclusive() -> None:
    november = Schedule(start_date=date(2026, 11, 1), end_date=date(2026, 11, 30))
    assert november.plays_at(datetime(2026, 11, 1, 0, 0))
    assert november.plays_at(datetime(2026, 11, 30, 23, 59))
    assert not november.plays_at(datetime(2026, 12, 1, 0, 0))
    assert november.has_expired(date(2026, 12, 1))
    assert not november.has_expired(date(2026, 11, 30))


@given(
    st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1)),
    st.times(),
    st.times(),
)
def test_a_window_and_its_complement_cover_every_moment(
    moment: datetime, start: time, end: time
) -> None:
    if start == end:
        return
    inside = Schedule(start_time=start, end_time=end).plays_at(moment)
    outside = Schedule(start_time=end, end_time=start).plays_at(moment)
    assert inside != outside
