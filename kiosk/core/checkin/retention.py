"""Erasing patients' personal data once the clinic's retention period has passed.

One service, run by the application at start and every few minutes while the kiosk is on (a
kiosk left on overnight with 0 days kept erases yesterday's soon after midnight). It names the
storage seam only, so the clinic store erases by the same rule.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta

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
    ) -> None:
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
        if erased:
            log.info(
                "The personal data of %d check-ins older than %d days was erased", erased, days
            )
            record_by_kiosk(self._staff, Action.CHECKINS_ERASED, f"{erased} check-ins")
        return erased
