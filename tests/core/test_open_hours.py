"""The clinic's check-in hours: what staff write, when the kiosk is open, when it opens next,
and what a settings file with hours says when they cannot be read."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.core.checkin.open_hours import ALWAYS_OPEN, parse_open_hours
from kiosk.core.settings import Settings, SettingsFile, parse_settings

WEEK = "mon-fri 08:00-12:00; mon-fri 13:00-17:00; sat 09:00-12:00"
MONDAY = datetime(2026, 11, 30)  # a Monday


def at(day_offset: int, hour: int, minute: int = 0) -> datetime:
    return MONDAY + timedelta(days=day_offset, hours=hour, minutes=minute)


def test_a_week_with_a_lunch_break_is_open_in_its_windows_and_closed_between() -> None:
    hours = parse_open_hours(WEEK)
    assert hours is not None
    assert not hours.is_open(at(0, 7, 59))
    assert hours.is_open(at(0, 8, 0))
    assert not hours.is_open(at(0, 12, 0))  # the end is not included: lunch
    assert hours.is_open(at(0, 13, 30))
    assert hours.is_open(at(5, 11, 59))  # Saturday morning
    assert not hours.is_open(at(6, 10, 0))  # Sunday


@pytest.mark.parametrize(
    ("now", "opens"),
    [
        (at(0, 6, 0), at(0, 8, 0)),  # before opening: today
        (at(0, 12, 15), at(0, 13, 0)),  # at lunch: today again
        (at(0, 18, 0), at(1, 8, 0)),  # evening: tomorrow
        (at(5, 12, 30), at(7, 8, 0)),  # Saturday noon: Monday
    ],
)
def test_the_next_opening_is_the_first_window_ahead(now: datetime, opens: datetime) -> None:
    hours = parse_open_hours(WEEK)
    assert hours is not None
    assert hours.next_opening(now) == opens


@pytest.mark.parametrize(
    "written",
    [
        "mon 17:00-08:00",  # ends before it starts: a night is two parts
        "mon 09:00-09:00",
        "funday 08:00-17:00",
        "mon-fri",
        "mon-fri 8-5",
        "08:00-17:00",
        "mon-xyz 08:00-17:00",
        "mon 25:00-26:00",
    ],
)
def test_hours_that_cannot_be_read_are_refused_whole(written: str) -> None:
    assert parse_open_hours(written) is None


def test_empty_hours_are_always_open_and_ranges_lists_and_midnight_are_read() -> None:
    assert parse_open_hours("") == ALWAYS_OPEN
    assert parse_open_hours(" ; ") == ALWAYS_OPEN
    assert ALWAYS_OPEN.is_open(at(6, 3, 0))
    assert ALWAYS_OPEN.next_opening(at(0, 3, 0)) is None
    late = parse_open_hours("fri-sun 18:00-24:00; Mon,Wed 10:00-11:00")
    assert late is not None
    assert late.is_open(at(6, 23, 59))  # Sunday, to midnight
    assert late.is_open(at(2, 10, 30))  # Wednesday
    assert not late.is_open(at(1, 10, 30))  # Tuesday
    assert late.text() == (
        "mon 10:00-11:00; wed 10:00-11:00; fri 18:00-24:00; sat 18:00-24:00; sun 18:00-24:00"
    )


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["mon", "tue", "wed", "thu", "fri", "sat", "sun"]),
            st.integers(0, 22),
            st.integers(1, 24),
        ).filter(lambda part: part[1] < part[2]),
        max_size=6,
    )
)
def test_any_hours_read_back_the_same_from_their_own_text(
    parts: list[tuple[str, int, int]],
) -> None:
    written = "; ".join(f"{day} {start:02d}:00-{end:02d}:00" for day, start, end in parts)
    hours = parse_open_hours(written)
    assert hours is not None
    again = parse_open_hours(hours.text())
    assert again is not None
    assert again == hours


def test_the_settings_file_keeps_the_hours_and_names_hours_it_cannot_read(tmp_path: Path) -> None:
    settings_file = SettingsFile(tmp_path / "settings.toml")
    hours = parse_open_hours(WEEK)
    assert hours is not None
    settings_file.save(Settings(open_hours=hours))
    assert settings_file.load().settings.open_hours == hours

    loaded = parse_settings({"checkin": {"open_hours": "mon 17:00-08:00"}})
    assert loaded.settings.open_hours == ALWAYS_OPEN
    assert [str(p) for p in loaded.problems] == [
        'checkin.open_hours must look like "mon-fri 08:00-17:00; sat 09:00-12:00", or be empty'
    ]
    assert parse_settings({"checkin": {"open_hours": 9}}).problems
