"""The day's figures for the front desk's "Today" page: check-ins, waits, no-shows and a bar of
arrivals by hour. No names and no reasons, so sealed check-ins count as well as opened ones;
shown to a signed-in member only, like the queue."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.core.checkin.day_counts import DayCounts, count_day
from kiosk.core.staff.session import StaffSession
from kiosk.core.storage.records import CheckInRecords, StoreError
from kiosk.ui import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME
from kiosk.ui.platform.translation import filled

__all__ = ["QML_IMPORT_MAJOR_VERSION", "QML_IMPORT_NAME", "DayFigures"]

log = logging.getLogger(__name__)

NO_FIGURE = "—"
"""A wait not known yet: nobody has waited."""


@QmlElement
@QmlUncreatable("The day's figures are made by the application")
class DayFigures(QObject):  # type: ignore[operator]  # stubs: QmlUncreatable(reason)
    changed = Signal()

    def __init__(
        self,
        store: CheckInRecords,
        session: StaffSession,
        clock: Callable[[], datetime] = datetime.now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._session = session
        self._clock = clock
        self._counts = DayCounts()
        self._unreadable = False
        session.subscribe(self.refresh)

    @Slot()
    def refresh(self) -> None:
        counts, unreadable = DayCounts(), False
        if self._session.signed_in:
            now = self._clock()
            try:
                counts = count_day(self._store.queue(now.date()), now)
            except StoreError as exc:
                log.error("The day's figures could not be read: %s", exc)
                counts, unreadable = self._counts, True
        if (counts, unreadable) != (self._counts, self._unreadable):
            self._counts, self._unreadable = counts, unreadable
            self.changed.emit()

    def _table(self) -> list[dict[str, str]]:
        counts = self._counts
        longest = self._minutes(counts.longest_wait)
        if counts.longest_wait is not None:
            longest = filled(self.tr("%1, ticket %2"), longest, counts.longest_ticket)
        rows = (
            ("checkedIn", self.tr("Checked in"), str(counts.checked_in)),
            ("waiting", self.tr("Waiting now"), str(counts.waiting)),
            ("called", self.tr("Called, not yet seen"), str(counts.called)),
            ("seen", self.tr("Seen"), str(counts.seen)),
            ("noShows", self.tr("No-shows"), str(counts.no_shows)),
            ("medianWait", self.tr("Median wait"), self._minutes(counts.median_wait)),
            ("longestWait", self.tr("Longest wait"), longest),
        )
        return [{"key": key, "label": label, "value": value} for key, label, value in rows]

    def _minutes(self, wait: int | None) -> str:
        return NO_FIGURE if wait is None else filled(self.tr("%1 min"), wait)

    def _bars(self) -> list[dict[str, Any]]:
        return [{"hour": f"{hour:02d}:00", "count": count} for hour, count in self._counts.by_hour]

    def _peak(self) -> int:
        return max((count for _, count in self._counts.by_hour), default=0)

    def _unreadable_now(self) -> bool:
        return self._unreadable

    table = Property(list, _table, notify=changed)
    bars = Property(list, _bars, notify=changed)
    peak = Property(int, _peak, notify=changed)
    unreadable = Property(bool, _unreadable_now, notify=changed)
