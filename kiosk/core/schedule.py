"""When a slide may play: weekdays, a daily time window and a date range."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

WEEKDAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


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
        start, end = self.start_time, self.end_time
        if start is None and end is None:
            return True
        start = start or time(0, 0)
        if end is None or end == start:
            return clock >= start
        if start < end:
            return start <= clock < end
        return clock >= start or clock < end

    def describe(self) -> str:
        parts: list[str] = []
        if self.weekdays != frozenset(range(7)):
            parts.append(", ".join(WEEKDAY_NAMES[d] for d in sorted(self.weekdays)))
        if self.start_time or self.end_time:
            start = (self.start_time or time(0, 0)).strftime("%H:%M")
            end = (self.end_time or time(0, 0)).strftime("%H:%M")
            parts.append(f"{start}-{end}")
        if self.start_date:
            parts.append(f"from {self.start_date.isoformat()}")
        if self.end_date:
            parts.append(f"until {self.end_date.isoformat()}")
        return "; ".join(parts) or "always"
