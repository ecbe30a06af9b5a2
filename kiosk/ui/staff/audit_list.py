"""The audit log as staff mode's audit page shows it: the newest entries, each action in the
staff's language, and whether the chain of entries is whole."""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, Property, QCoreApplication, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.core.staff.accounts import StaffStore
from kiosk.core.staff.audit import Action
from kiosk.core.storage.records import RecordsError
from kiosk.ui import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME
from kiosk.ui.platform.rows_model import RowsModel
from kiosk.ui.platform.translation import filled

__all__ = ["QML_IMPORT_MAJOR_VERSION", "QML_IMPORT_NAME", "AuditList"]

log = logging.getLogger(__name__)

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
    Action.ACCOUNT_REMOVED: str(QT_TRANSLATE_NOOP("AuditList", "account removed")),
    Action.ACCOUNT_DISABLED: str(QT_TRANSLATE_NOOP("AuditList", "account switched off")),
    Action.ACCOUNT_ENABLED: str(QT_TRANSLATE_NOOP("AuditList", "account switched on")),
    Action.PIN_RESET: str(QT_TRANSLATE_NOOP("AuditList", "PIN reset")),
    Action.SETUP_CODE_MADE: str(QT_TRANSLATE_NOOP("AuditList", "set-up code printed")),
    Action.SETUP_CODE_REFUSED: str(QT_TRANSLATE_NOOP("AuditList", "set-up code refused")),
    Action.SETUP_CODE_USED: str(QT_TRANSLATE_NOOP("AuditList", "set-up code used")),
    Action.CHECKIN_STATUS: str(QT_TRANSLATE_NOOP("AuditList", "check-in marked")),
    Action.CHECKINS_EXPORTED: str(QT_TRANSLATE_NOOP("AuditList", "check-ins exported")),
    Action.CHECKINS_DELETED: str(QT_TRANSLATE_NOOP("AuditList", "check-ins deleted")),
    Action.CHECKINS_ERASED: str(QT_TRANSLATE_NOOP("AuditList", "check-ins erased after retention")),
    Action.DECK_CHANGED: str(QT_TRANSLATE_NOOP("AuditList", "deck changed")),
    Action.DECK_RESTORED: str(QT_TRANSLATE_NOOP("AuditList", "built-in deck restored")),
    Action.DECK_IMPORTED: str(QT_TRANSLATE_NOOP("AuditList", "deck imported")),
    Action.DECK_EXPORTED: str(QT_TRANSLATE_NOOP("AuditList", "deck exported")),
    Action.SETTINGS_CHANGED: str(QT_TRANSLATE_NOOP("AuditList", "settings changed")),
    Action.EXITED: str(QT_TRANSLATE_NOOP("AuditList", "exited to the desktop")),
    Action.AUDIT_RESTORED: str(QT_TRANSLATE_NOOP("AuditList", "audit log restored from a backup")),
    Action.CLINIC_KEY_MADE: str(QT_TRANSLATE_NOOP("AuditList", "clinic key made")),
    Action.RECOVERY_CODE_SHOWN: str(QT_TRANSLATE_NOOP("AuditList", "recovery code written down")),
    Action.KEYS_ROTATED: str(QT_TRANSLATE_NOOP("AuditList", "clinic key rotated")),
    Action.HANDOFF_ENROLLED: str(
        QT_TRANSLATE_NOOP("AuditList", "machine enrolled to hand check-ins on")
    ),
    Action.RECOVERY_CODE_USED: str(
        QT_TRANSLATE_NOOP("AuditList", "check-ins opened with the recovery code")
    ),
    Action.URGENT_ACKNOWLEDGED: str(QT_TRANSLATE_NOOP("AuditList", "urgent check-in acknowledged")),
}
AUDIT_ROLES = ("at", "staff", "action", "detail")


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
        # An entry written by a newer kiosk (or by hand) is shown as it was written.
        label = next((ACTION_LABELS.get(a, a) for a in Action if a.value == action), action)
        return QCoreApplication.translate("AuditList", label)

    @Slot()
    def refresh(self) -> None:
        try:
            entries = self._staff.audit.entries(limit=self.SHOWN)
            problems = self._staff.audit.verify()
        except RecordsError as exc:
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
