"""When the kiosk takes check-ins: the clinic's week, as staff write it in the settings file.

``"mon-fri 08:00-17:00; sat 09:00-12:00"``: parts split by ``;``, each one or more days (a
name, a range such as ``mon-fri``, or a list such as ``mon,wed``) and a time window that ends on
the same day (``24:00`` for midnight). A day named twice has two windows, as a clinic closed for
lunch has. No hours at all means always open, as a kiosk was before it had this setting.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta

from kiosk.core.schedule import WEEKDAY_NAMES, parse_hours

END_OF_DAY = time(0, 0)
"""A window's end at midnight (``24:00``)."""


@dataclass(frozen=True)
class Window:
    weekday: int
    start: time
    end: time
    """``END_OF_DAY`` for a window open until midnight."""

    def holds(self, clock: time) -> bool:
        return self.start <= clock and (self.end == END_OF_DAY or clock < self.end)


@dataclass(frozen=True)
class OpenHours:
    windows: tuple[Window, ...] = ()
    """In week order; empty, always open."""

    @property
    def always(self) -> bool:
        return not self.windows

    def is_open(self, moment: datetime) -> bool:
        return self.always or any(
            w.weekday == moment.weekday() and w.holds(moment.time()) for w in self.windows
        )

    def next_opening(self, moment: datetime) -> datetime | None:
        """The next moment after ``moment`` that a window opens; None when always open."""
        for ahead in range(8):
            day = moment.date() + timedelta(days=ahead)
            starts = sorted(
                datetime.combine(day, w.start) for w in self.windows if w.weekday == day.weekday()
            )
            later = [start for start in starts if start > moment]
            if later:
                return later[0]
        return None

    def text(self) -> str:
        """The hours as the settings file holds them, one part per window in week order."""
        parts = []
        for w in self.windows:
            end = "24:00" if w.end == END_OF_DAY else f"{w.end:%H:%M}"
            parts.append(f"{WEEKDAY_NAMES[w.weekday]} {w.start:%H:%M}-{end}")
        return "; ".join(parts)


def parse_open_hours(text: str) -> OpenHours | None:
    """The hours in ``text``; None when a part cannot be read (or a window ends before it
    starts); an empty text is always open."""
    windows: list[Window] = []
    for part in (p.strip() for p in text.split(";")):
        if not part:
            continue
        days_text, _, hours_text = part.partition(" ")
        days = _days(days_text.strip().lower())
        hours = parse_hours(hours_text.strip())
        if days is None or hours is None:
            return None
        start, end = hours
        if end != END_OF_DAY and end <= start:
            return None
        windows.extend(Window(day, start, end) for day in days)
    return OpenHours(tuple(sorted(set(windows), key=lambda w: (w.weekday, w.start, w.end))))


def _days(text: str) -> list[int] | None:
    days: list[int] = []
    for item in text.split(","):
        first, dash, last = item.strip().partition("-")
        if first not in WEEKDAY_NAMES or (dash and last not in WEEKDAY_NAMES):
            return None
        start = WEEKDAY_NAMES.index(first)
        count = (WEEKDAY_NAMES.index(last) - start) % 7 + 1 if dash else 1
        days.extend((start + step) % 7 for step in range(count))
    return days


ALWAYS_OPEN = OpenHours()
