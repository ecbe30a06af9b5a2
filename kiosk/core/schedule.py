"""When a slide may play: weekdays, a daily time window and a date range."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from kiosk.core.words import Words, joined, say

WEEKDAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
WEEKDAY_WORDS = (
    say("Mon"),
    say("Tue"),
    say("Wed"),
    say("Thu"),
    say("Fri"),
    say("Sat"),
    say("Sun"),
)
"""The days as staff read them, in their language."""
_HOURS_PATTERN = re.compile(r"^(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})$")


def parse_hours(value: Any) -> tuple[time, time] | None:
    """``"08:00-17:30"`` as two times; ``24:00`` is midnight at the end of the day."""
    if not isinstance(value, str):
        return None
    match = _HOURS_PATTERN.fullmatch(value.strip())
    if not match:
        return None
    h1, m1, h2, m2 = (int(g) for g in match.groups())
    if h1 > 23 or h2 > 24 or m1 > 59 or m2 > 59 or (h2 == 24 and m2):
        return None
    return time(h1, m1), (time(0, 0) if h2 == 24 else time(h2, m2))


def hours_text(hours: tuple[time, time]) -> str:
    return f"{hours[0]:%H:%M}-{hours[1]:%H:%M}"


def shift_clock(clock: time, minutes: int) -> time:
    """``clock`` moved by ``minutes``, round the clock face (23:30 plus 60 minutes is 00:30)."""
    moved = datetime.combine(date(2000, 1, 1), clock) + timedelta(minutes=minutes)
    return moved.time()


def in_window(start: time, end: time | None, clock: time) -> bool:
    """Whether ``clock`` falls from ``start`` (included) to ``end`` (excluded), a window that may
    wrap past midnight; with no end, or the end equal to the start, it runs to midnight."""
    if end is None or end == start:
        return clock >= start
    if start < end:
        return start <= clock < end
    return clock >= start or clock < end


@dataclass(frozen=True)
class Schedule:
    """Every part is optional; an empty schedule always plays.

    The daily window runs from ``start_time`` (included) to ``end_time`` (excluded) and may wrap
    past midnight (22:00 to 02:00). Dates are inclusive.
    """

    weekdays: frozenset[int] = frozenset(range(7))
    start_time: time | None = None
    end_time: time | None = None
    start_date: date | None = None
    end_date: date | None = None

    def plays_at(self, moment: datetime) -> bool:
        day = moment.date()
        if self.start_date is not None and day < self.start_date:
            return False
        if self.end_date is not None and day > self.end_date:
            return False
        if moment.weekday() not in self.weekdays:
            return False
        return self._in_window(moment.time())

    def has_expired(self, today: date) -> bool:
        return self.end_date is not None and today > self.end_date

    def _in_window(self, clock: time) -> bool:
        if self.start_time is None and self.end_time is None:
            return True
        return in_window(self.start_time or time(0, 0), self.end_time, clock)

    def describe(self) -> Words:
        parts: list[Words | str] = []
        if self.weekdays != frozenset(range(7)):
            parts.append(weekday_list(self.weekdays))
        if self.start_time or self.end_time:
            start = (self.start_time or time(0, 0)).strftime("%H:%M")
            end = (self.end_time or time(0, 0)).strftime("%H:%M")
            parts.append(f"{start}-{end}")
        if self.start_date:
            parts.append(say("from %1", self.start_date.isoformat()))
        if self.end_date:
            parts.append(say("until %1", self.end_date.isoformat()))
        return joined(parts, "; ") if parts else say("always")


def weekday_list(days: frozenset[int]) -> Words:
    """ "Mon, Tue, Fri" in the language of the screen."""
    return joined([WEEKDAY_WORDS[d] for d in sorted(days)], ", ")
