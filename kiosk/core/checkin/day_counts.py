"""The day at the front desk in figures: how many checked in, how long they waited, who did not
come, and when they arrived. Tickets, times and statuses only: no name, no reason, nothing a
sealed check-in hides, so the counts need no key.

A wait runs from the patient's Confirm until they were called (or seen, when nobody called
them first); a patient still waiting counts with their wait so far, since the longest wait of
the day is most often someone still sitting there. A no-show's wait is left out: when they left
is unknown.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from statistics import median

from kiosk.core.storage.records import Status, StoredCheckIn


@dataclass(frozen=True)
class DayCounts:
    checked_in: int = 0
    waiting: int = 0
    called: int = 0
    seen: int = 0
    no_shows: int = 0
    median_wait: int | None = None
    """Minutes, rounded down; None before anyone has waited."""
    longest_wait: int | None = None
    longest_ticket: str = ""
    by_hour: tuple[tuple[int, int], ...] = ()
    """(hour of the day, arrivals in it), from the first hour with an arrival to the last, the
    quiet hours between them included with 0, so the bars keep the day's shape."""


def count_day(checkins: Sequence[StoredCheckIn], now: datetime) -> DayCounts:
    if not checkins:
        return DayCounts()
    statuses = Counter(c.status for c in checkins)
    waits = [(c.minutes_waiting(now), c.ticket) for c in checkins if c.status is not Status.NO_SHOW]
    hours = Counter(c.created_at.hour for c in checkins)
    longest = max(waits, key=lambda wait: wait[0], default=None)
    return DayCounts(
        checked_in=len(checkins),
        waiting=statuses[Status.WAITING],
        called=statuses[Status.CALLED],
        seen=statuses[Status.SEEN],
        no_shows=statuses[Status.NO_SHOW],
        median_wait=int(median(w for w, _ in waits)) if waits else None,
        longest_wait=longest[0] if longest else None,
        longest_ticket=longest[1] if longest else "",
        by_hour=tuple((hour, hours[hour]) for hour in range(min(hours), max(hours) + 1)),
    )
