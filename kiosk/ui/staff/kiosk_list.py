"""Every kiosk at a glance, for the front desk: online or silent since when, what it shows, the
version it runs, what waits to be sent, and its start-up self-check's problems (its heartbeat)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Property, QCoreApplication, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.core.storage.records import CheckInRecords, Heartbeat, Showing, StoreError
from kiosk.ui import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME
from kiosk.ui.platform.rows_model import RowsModel
from kiosk.ui.platform.translation import filled

__all__ = ["QML_IMPORT_MAJOR_VERSION", "QML_IMPORT_NAME", "KioskList"]

log = logging.getLogger(__name__)

SILENT_AFTER = timedelta(minutes=2)
SHOWING_LABELS = {
    Showing.SLIDES: str(QT_TRANSLATE_NOOP("KioskList", "showing slides")),
    Showing.CHECK_IN: str(QT_TRANSLATE_NOOP("KioskList", "a check-in under way")),
    Showing.STAFF: str(QT_TRANSLATE_NOOP("KioskList", "staff mode open")),
    Showing.ASLEEP: str(QT_TRANSLATE_NOOP("KioskList", "asleep for the night")),
}
KIOSK_ROLES = ("letter", "silent", "summary", "problems")


@QmlElement
@QmlUncreatable("The kiosk list is made by the application")
class KioskList(RowsModel):  # type: ignore[operator]  # stubs: QmlUncreatable(reason)
    changed = Signal()

    def __init__(
        self,
        store: CheckInRecords,
        clock: Callable[[], datetime] = datetime.now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(KIOSK_ROLES, parent)
        self._store = store
        self._clock = clock

    @Slot()
    def refresh(self) -> None:
        try:
            beats = self._store.heartbeats()
        except StoreError as exc:
            log.error("The kiosks' heartbeats could not be read: %s", exc)
            beats = []
        now = self._clock()
        self.replace_rows([self._row(beat, now) for beat in beats], key="letter")
        self.changed.emit()

    def _row(self, beat: Heartbeat, now: datetime) -> dict[str, Any]:
        silent = now - beat.at > SILENT_AFTER
        state = (
            filled(self.tr("silent since %1"), f"{beat.at:%H:%M}")
            if silent
            else QCoreApplication.translate("KioskList", SHOWING_LABELS[beat.showing])
        )
        parts = [
            filled(self.tr("Kiosk %1"), beat.letter),
            state,
            filled(self.tr("version %1"), beat.version),
        ]
        if beat.outbox:
            parts.append(filled(self.tr("%1 waiting to be sent"), beat.outbox))
        return {
            "letter": beat.letter,
            "silent": silent,
            "summary": " · ".join(parts),
            "problems": "; ".join(beat.problems) or self.tr("no problems at its last start"),
        }

    def _any_silent(self) -> bool:
        return any(row["silent"] for row in self._rows)

    anySilent = Property(bool, _any_silent, notify=changed)
