"""The lists staff mode shows: today's check-in queue (with export and deletion) and the audit log.

The queue holds patients' details only while a staff member is signed in; signing out empties it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    Property,
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.core.checkin.answers import REASON_LABELS
from kiosk.core.checkin.csv_export import (
    ExportTarget,
    export_checkins,
    export_file_name,
    export_targets,
)
from kiosk.core.settings import Settings
from kiosk.core.staff.accounts import StaffError, StaffStore
from kiosk.core.staff.audit import SYSTEM, Action
from kiosk.core.storage.checkin_store import CheckInStore, Status, StoredCheckIn, StoreError
from kiosk.ui import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME
from kiosk.ui.platform.translation import filled, shown

__all__ = ["QML_IMPORT_MAJOR_VERSION", "QML_IMPORT_NAME", "AuditList", "CheckInQueue"]

log = logging.getLogger(__name__)

ModelIndex = QModelIndex | QPersistentModelIndex
REFRESH_SECONDS = 30
RETENTION_CHECK_MINUTES = 10
STATUS_LABELS = {
    Status.WAITING: str(QT_TRANSLATE_NOOP("CheckInQueue", "Waiting")),
    Status.CALLED: str(QT_TRANSLATE_NOOP("CheckInQueue", "Called")),
    Status.SEEN: str(QT_TRANSLATE_NOOP("CheckInQueue", "Seen")),
    Status.NO_SHOW: str(QT_TRANSLATE_NOOP("CheckInQueue", "No-show")),
}
# Each audit action as the audit page names it; the log itself keeps the English.
ACTION_LABELS = {
    Action.SIGNED_IN: str(QT_TRANSLATE_NOOP("AuditList", "signed in")),
    Action.SIGN_IN_FAILED: str(QT_TRANSLATE_NOOP("AuditList", "wrong PIN")),
    Action.SIGN_IN_REFUSED: str(
        QT_TRANSLATE_NOOP("AuditList", "sign-in refused during a lock-out")
    ),
    Action.LOCKED_OUT: str(QT_TRANSLATE_NOOP("AuditList", "locked out")),
    Action.SIGNED_OUT: str(QT_TRANSLATE_NOOP("AuditList", "signed out")),
    Action.AUTO_LOCKED: str(QT_TRANSLATE_NOOP("AuditList", "locked when idle")),
    Action.ACCOUNT_CREATED: str(QT_TRANSLATE_NOOP("AuditList", "account created")),
    Action.CHECKIN_STATUS: str(QT_TRANSLATE_NOOP("AuditList", "check-in marked")),
    Action.CHECKINS_EXPORTED: str(QT_TRANSLATE_NOOP("AuditList", "check-ins exported")),
    Action.CHECKINS_DELETED: str(QT_TRANSLATE_NOOP("AuditList", "check-ins deleted")),
    Action.CHECKINS_ERASED: str(QT_TRANSLATE_NOOP("AuditList", "check-ins erased after retention")),
    Action.DECK_CHANGED: str(QT_TRANSLATE_NOOP("AuditList", "deck changed")),
    Action.DECK_RESTORED: str(QT_TRANSLATE_NOOP("AuditList", "built-in deck restored")),
    Action.DECK_IMPORTED: str(QT_TRANSLATE_NOOP("AuditList", "deck imported")),
    Action.DECK_EXPORTED: str(QT_TRANSLATE_NOOP("AuditList", "deck exported")),
    Action.SETTINGS_CHANGED: str(QT_TRANSLATE_NOOP("AuditList", "settings changed")),
}
QUEUE_ROLES = (
    "checkinId",
    "ticket",
    "name",
    "reasons",
    "urgent",
    "mobilityHelp",
    "arrival",
    "waiting",
    "status",
    "statusLabel",
)
AUDIT_ROLES = ("at", "staff", "action", "detail")


def _role_names(names: Sequence[str]) -> dict[int, QByteArray]:
    first = int(Qt.ItemDataRole.UserRole) + 1
    return {first + i: QByteArray(name.encode()) for i, name in enumerate(names)}


class RowsModel(QAbstractListModel):
    """A list model over rows of plain dicts, one role a key."""

    def __init__(self, roles: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []
        self._roles = _role_names(roles)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def roleNames(self) -> dict[int, QByteArray]:
        return self._roles

    def data(self, index: ModelIndex, role: int = int(Qt.ItemDataRole.DisplayRole)) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        name = self._roles.get(role)
        return self._rows[index.row()].get(bytes(name.data()).decode()) if name else None

    def rows(self) -> list[dict[str, Any]]:
        return list(self._rows)

    def replace_rows(self, rows: list[dict[str, Any]], key: str = "") -> None:
        """Show ``rows``. When ``key`` lists the same rows in the same order, they are updated
        in place, so a view keeps its scroll position (the queue's minutes tick every 30 s)."""
        if key and rows and [r[key] for r in rows] == [r[key] for r in self._rows]:
            self._rows = rows
            self.dataChanged.emit(self.index(0), self.index(len(rows) - 1))
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()


def queue_row(stored: StoredCheckIn, now: datetime) -> dict[str, Any]:
    visit = stored.visit
    return {
        "checkinId": visit.id,
        "ticket": stored.ticket,
        "name": f"{visit.first_name} {visit.last_name}",
        "reasons": ", ".join(shown(REASON_LABELS[r]) for r in visit.reasons),
        "urgent": visit.urgent,
        "mobilityHelp": visit.mobility_help,
        "arrival": f"{stored.created_at:%H:%M}",
        "waiting": stored.minutes_waiting(now),
        "status": stored.status.value,
        "statusLabel": QCoreApplication.translate("CheckInQueue", STATUS_LABELS[stored.status]),
    }


@QmlElement
@QmlUncreatable("The queue is made by the application")
class CheckInQueue(RowsModel):  # type: ignore[operator]  # stubs: QmlUncreatable(reason)
    changed = Signal()

    def __init__(
        self,
        store: CheckInStore,
        staff: StaffStore,
        settings: Settings,
        *,
        export_folder: Path,
        media_roots: Sequence[Path],
        clock: Callable[[], datetime] = datetime.now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(QUEUE_ROLES, parent)
        self._store = store
        self._staff = staff
        self._settings = settings
        self._export_folder = export_folder
        self._media_roots = media_roots
        self._clock = clock
        self._staff_name = ""
        self._message = ""
        today = clock().date()
        self._export_from = today
        self._export_to = today
        self._targets: list[ExportTarget] = []
        self._target = 0
        self._refresh_timer = QTimer(self, interval=REFRESH_SECONDS * 1000)
        self._refresh_timer.timeout.connect(self.refresh)
        self._retention_timer = QTimer(self, interval=RETENTION_CHECK_MINUTES * 60 * 1000)
        self._retention_timer.timeout.connect(self.keep_retention)

    # --- the list -------------------------------------------------------------------------------

    def signed_in(self, staff_name: str) -> None:
        """Who acts now, for the audit log; an empty name signs out and empties the list."""
        self._staff_name = staff_name
        self._message = ""
        if staff_name:
            today = self._clock().date()
            self._export_from = self._export_to = today
            self._refresh_timer.start()
        else:
            self._refresh_timer.stop()
            self._set_rows([])
        self.changed.emit()

    @Slot()
    def refresh(self) -> None:
        if not self._staff_name:
            return
        now = self._clock()
        try:
            rows = [queue_row(s, now) for s in self._store.queue(now.date())]
        except StoreError as exc:
            log.error("The queue could not be read: %s", exc)
            self._message = self.tr("The check-ins cannot be read right now.")
            self.changed.emit()
            return
        self._set_rows(rows)

    def _set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.replace_rows(rows, key="checkinId")
        self.changed.emit()

    @Slot(int, str)
    def mark(self, row: int, status: str) -> None:
        if not self._staff_name or not 0 <= row < len(self._rows):
            return
        try:
            new_status = Status(status)
            entry = self._rows[row]
            if self._store.set_status(entry["checkinId"], new_status):
                self._audit(Action.CHECKIN_STATUS, f"{entry['ticket']} {new_status.value}")
        except (ValueError, StoreError) as exc:
            log.error("A check-in could not be marked: %s", exc)
            self._message = self.tr("That change could not be saved. Please try again.")
        self.refresh()

    # --- export ---------------------------------------------------------------------------------

    @Slot(int)
    def moveExportFrom(self, days: int) -> None:
        self._export_from = min(self._export_from + timedelta(days=days), self._export_to)
        self.changed.emit()

    @Slot(int)
    def moveExportTo(self, days: int) -> None:
        today = self._clock().date()
        moved = self._export_to + timedelta(days=days)
        self._export_to = max(min(moved, today), self._export_from)
        self.changed.emit()

    @Slot()
    def findTargets(self) -> None:
        """Look again for USB drives (one may have been plugged in since)."""
        self._targets = export_targets(self._export_folder, self._media_roots)
        self._target = min(self._target, len(self._targets) - 1)
        self.changed.emit()

    @Slot(int)
    def chooseTarget(self, index: int) -> None:
        if 0 <= index < len(self._targets):
            self._target = index
            self.changed.emit()

    @Slot()
    def exportCsv(self) -> None:
        if not self._staff_name:
            return
        if not self._targets:
            self.findTargets()
        target = self._targets[self._target]
        name = export_file_name(self._export_from, self._export_to, self._clock())
        try:
            target.folder.mkdir(parents=True, exist_ok=True)
            count = export_checkins(
                self._store.checkins(self._export_from, self._export_to), target.folder / name
            )
        except (StoreError, OSError) as exc:
            log.error("Check-ins could not be exported: %s", exc)
            self._message = filled(
                self.tr(
                    "The check-ins could not be written to %1. Check that the drive is plugged "
                    "in, has room and is not locked, then try again."
                ),
                shown(target.label),
            )
            self.changed.emit()
            return
        self._audit(Action.CHECKINS_EXPORTED, f"{count} check-ins to {target.label}: {name}")
        label = shown(target.label)
        self._message = (
            filled(self.tr("1 check-in written to %1: %2"), label, name)
            if count == 1
            else filled(self.tr("%1 check-ins written to %2: %3"), count, label, name)
        )
        self.changed.emit()

    # --- deleting -------------------------------------------------------------------------------

    @Slot()
    def deleteAll(self) -> None:
        if not self._staff_name:
            return
        try:
            erased = self._store.erase_personal_data()
        except StoreError as exc:
            log.error("Check-ins could not be deleted: %s", exc)
            self._message = self.tr("The check-ins could not be deleted. Please try again.")
            self.changed.emit()
            return
        self._audit(Action.CHECKINS_DELETED, f"{erased} check-ins")
        self._message = (
            self.tr("The details of 1 check-in were deleted.")
            if erased == 1
            else filled(self.tr("The details of %1 check-ins were deleted."), erased)
        )
        self.refresh()

    def apply_settings(self, settings: Settings) -> None:
        """A new retention period is kept from now on (the next check erases by it)."""
        self._settings = settings

    def start_retention(self) -> None:
        """Erase expired check-ins now and every few minutes while the kiosk runs (a kiosk left on
        overnight with 0 days kept erases yesterday's soon after midnight)."""
        self.keep_retention()
        self._retention_timer.start()

    @Slot()
    def keep_retention(self) -> None:
        keep_from = self._clock().date() - timedelta(days=self._settings.retention_days)
        try:
            erased = self._store.erase_personal_data(before=keep_from)
        except StoreError as exc:
            log.error("Expired check-ins could not be erased: %s", exc)
            return
        if erased:
            log.info(
                "The personal data of %d check-ins older than %d days was erased",
                erased,
                self._settings.retention_days,
            )
            self._audit(Action.CHECKINS_ERASED, f"{erased} check-ins", staff=SYSTEM)
            self.refresh()

    def stop(self) -> None:
        for timer in self.findChildren(QTimer):
            timer.stop()

    def _audit(self, action: Action, detail: str, staff: str | None = None) -> None:
        try:
            self._staff.audit.record(staff or self._staff_name, action, detail)
        except StaffError as exc:
            log.error("The audit log could not be written: %s", exc)

    # --- what QML reads -------------------------------------------------------------------------

    def _count(self) -> int:
        return len(self._rows)

    def _message_text(self) -> str:
        return self._message

    def _from_text(self) -> str:
        return self._export_from.isoformat()

    def _to_text(self) -> str:
        return self._export_to.isoformat()

    def _target_labels(self) -> list[str]:
        return [shown(t.label) for t in self._targets]

    def _target_index(self) -> int:
        return self._target

    count = Property(int, _count, notify=changed)
    message = Property(str, _message_text, notify=changed)
    exportFrom = Property(str, _from_text, notify=changed)
    exportTo = Property(str, _to_text, notify=changed)
    targets = Property(list, _target_labels, notify=changed)
    target = Property(int, _target_index, notify=changed)


@QmlElement
@QmlUncreatable("The audit log is made by the application")
class AuditList(RowsModel):  # type: ignore[operator]  # stubs: QmlUncreatable(reason)
    changed = Signal()
    SHOWN = 200

    def __init__(self, staff: StaffStore, parent: QObject | None = None) -> None:
        super().__init__(AUDIT_ROLES, parent)
        self._staff = staff
        self._chain = ""

    @staticmethod
    def _action_label(action: str) -> str:
        """The action in the staff's language; one the log holds from elsewhere, as written."""
        label = next((ACTION_LABELS[a] for a in Action if a.value == action), action)
        return QCoreApplication.translate("AuditList", label)

    @Slot()
    def refresh(self) -> None:
        try:
            entries = self._staff.audit.entries(limit=self.SHOWN)
            problems = self._staff.audit.verify()
        except StaffError as exc:
            log.error("The audit log could not be read: %s", exc)
            entries, problems = [], [self.tr("The audit log cannot be read right now.")]
        self.replace_rows(
            [
                {
                    "at": e.at.replace("T", " ")[:16],
                    "staff": e.staff,
                    "action": self._action_label(e.action),
                    "detail": e.detail,
                }
                for e in entries
            ]
        )
        self._chain = (
            self.tr("Checked: no entry has been edited or removed.")
            if not problems
            else filled(self.tr("Warning: %1."), "; ".join(problems))
        )
        self.changed.emit()

    def _chain_status(self) -> str:
        return self._chain

    def _count(self) -> int:
        return len(self._rows)

    chainStatus = Property(str, _chain_status, notify=changed)
    count = Property(int, _count, notify=changed)
