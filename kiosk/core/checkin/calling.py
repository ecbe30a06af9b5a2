"""What the waiting room is told of patients called to the front desk.

The desk marks a check-in called; the store keeps each call (and each call taken back) as an
event. ``CallBoard`` turns those events into what a waiting-room screen shows: the newest call
in large type for ``SHOW_SECONDS`` or until the next one, and the last few calls in a corner,
so a patient who looked away can still find their ticket. Tickets only, never a name.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from kiosk.core.storage.records import CallEvent

SHOW_SECONDS = 20
RECENT_CALLS = 3


@dataclass(frozen=True)
class Call:
    ticket: str
    at: datetime
    seq: int
    """Tells apart two calls of one ticket within the same second (a call again)."""


class CallBoard:
    def __init__(self, show_seconds: int = SHOW_SECONDS, recent: int = RECENT_CALLS) -> None:
        self._show = timedelta(seconds=show_seconds)
        self._recent = recent
        self._calls: list[Call] = []
        """Newest first, one per ticket."""
        self._dismissed: Call | None = None
        self.last_seq = 0

    def take(self, events: Iterable[CallEvent], now: datetime) -> list[str]:
        """Follow the store's events; returns the tickets newly called that are still to be
        announced (a call older than ``SHOW_SECONDS``, read at start-up, is only listed)."""
        fresh: list[str] = []
        for event in events:
            self.last_seq = max(self.last_seq, event.seq)
            self._calls = [c for c in self._calls if c.ticket != event.ticket]
            if event.undone:
                fresh = [t for t in fresh if t != event.ticket]
                continue
            self._calls.insert(0, Call(event.ticket, event.at, event.seq))
            if now - event.at < self._show:
                fresh = [t for t in fresh if t != event.ticket] + [event.ticket]
        del self._calls[self._recent + 1 :]
        return fresh

    def current(self, now: datetime) -> Call | None:
        """The call shown large: the newest, for ``SHOW_SECONDS`` after it was made (a clock
        set back never keeps it up longer), unless it was put away by a tap."""
        if not self._calls:
            return None
        newest = self._calls[0]
        age = now - newest.at
        if newest == self._dismissed or not timedelta(0) - self._show < age < self._show:
            return None
        return newest

    def dismiss(self) -> None:
        """A patient tapped the banner away: it goes, and comes back with the next call."""
        if self._calls:
            self._dismissed = self._calls[0]

    def recent(self, now: datetime) -> list[str]:
        """The last calls, newest first, less the one shown large."""
        shown = self.current(now)
        return [c.ticket for c in self._calls if c != shown][: self._recent]

    def clear(self) -> None:
        """A new day: yesterday's calls are not today's."""
        self._calls = []
        self._dismissed = None
