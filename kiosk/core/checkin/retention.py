"""Erasing patients' personal data once the clinic's retention period has passed.

One service, run by the application at start and every few minutes while the kiosk is on (a
kiosk left on overnight with 0 days kept erases yesterday's soon after midnight). It names the
storage seam only, so the clinic store erases by the same rule; the store erases every copy it
keeps (its write-ahead log, damaged files moved aside), and this erases the CSV exports in the
kiosk's own export folder once every check-in they hold has expired.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from kiosk.core.checkin.csv_export import expired_exports
from kiosk.core.staff.accounts import StaffStore
from kiosk.core.staff.audit import Action
from kiosk.core.staff.session import record_by_kiosk
from kiosk.core.storage.records import CheckInRecords, StoreError

log = logging.getLogger(__name__)

CHECK_EVERY_MINUTES = 10


class Retention:
    def __init__(
        self,
        records: CheckInRecords,
        staff: StaffStore,
        days_kept: Callable[[], int],
        clock: Callable[[], datetime] = datetime.now,
        export_folder: Path | None = None,
    ) -> None:
        self._export_folder = export_folder
        self._records = records
        self._staff = staff
        self._days_kept = days_kept
        self._clock = clock

    def run(self) -> int:
        """Erase what has expired now; returns how many check-ins were erased (0 on failure,
        which is logged: the next run tries again)."""
        days = self._days_kept()
        keep_from = self._clock().date() - timedelta(days=days)
        try:
            erased = self._records.erase_personal_data(before=keep_from)
        except StoreError as exc:
            log.error("Expired check-ins could not be erased: %s", exc)
            return 0
        self._erase_exports(keep_from)
        if erased:
            log.info(
                "The personal data of %d check-ins older than %d days was erased", erased, days
            )
            record_by_kiosk(self._staff, Action.CHECKINS_ERASED, f"{erased} check-ins")
        return erased

    def _erase_exports(self, keep_from: date) -> None:
        if self._export_folder is None:
            return
        gone = 0
        for export in expired_exports(self._export_folder, keep_from):
            try:
                export.unlink()
            except OSError as exc:
                log.error("An expired export could not be erased: %s", exc.strerror or exc)
            else:
                gone += 1
        if gone:
            log.info("%d exported files of expired check-ins were erased", gone)
            record_by_kiosk(self._staff, Action.CHECKINS_ERASED, f"{gone} export files")
