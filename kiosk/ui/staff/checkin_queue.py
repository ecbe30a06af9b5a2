"""Staff mode's queue: today's check-ins (called, seen, no-show), CSV export and "Delete all
check-ins now".

The queue holds patients' details only while a staff member is signed in: it follows the staff
session, and signing out empties it.
"""

from __future__ import annotations

import logging
import time
import unicodedata
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    Property,
    QCoreApplication,
    QObject,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.core.checkin.answers import REASON_LABELS
from kiosk.core.checkin.csv_export import (
    OWN_FOLDER,
    ExportTarget,
    expired_exports,
    export_checkins,
    export_file_name,
    export_targets,
)
from kiosk.core.sealing import NOT_HELD, opened
from kiosk.core.staff.audit import Action
from kiosk.core.staff.session import StaffSession
from kiosk.core.storage.records import CheckInRecords, Status, StoredCheckIn, StoreError
from kiosk.core.words import Words
from kiosk.ui import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME
from kiosk.ui.platform.rows_model import RowsModel
from kiosk.ui.platform.timers import stop_timers
from kiosk.ui.platform.translation import filled, shown

__all__ = ["QML_IMPORT_MAJOR_VERSION", "QML_IMPORT_NAME", "CheckInQueue"]

log = logging.getLogger(__name__)

REFRESH_SECONDS = 30
REPEAT_S = 2.0
"""The same mark of the same patient again within this is a double click, not a second call."""
STATUS_LABELS = {
    Status.WAITING: str(QT_TRANSLATE_NOOP("CheckInQueue", "Waiting")),
    Status.CALLED: str(QT_TRANSLATE_NOOP("CheckInQueue", "Called")),
    Status.SEEN: str(QT_TRANSLATE_NOOP("CheckInQueue", "Seen")),
    Status.NO_SHOW: str(QT_TRANSLATE_NOOP("CheckInQueue", "No-show")),
}
QUEUE_ROLES = (
    "checkinId",
    "ticket",
    "name",
    "shortName",
    "reasons",
    "urgent",
    "mobilityHelp",
    "appointment",
    "returning",
    "alarm",
    "arrival",
    "waiting",
    "status",
    "statusLabel",
    "handoff",
    "handoffLabel",
    "handoffWords",
)
HANDOFF_LABELS = {
    "sent": str(QT_TRANSLATE_NOOP("CheckInQueue", "Sent to the practice system")),
    "waiting": str(QT_TRANSLATE_NOOP("CheckInQueue", "Not yet sent to the practice system")),
    "retrying": str(
        QT_TRANSLATE_NOOP(
            "CheckInQueue", "Not yet sent: the practice system does not answer; tried again"
        )
    ),
    "refused": str(QT_TRANSLATE_NOOP("CheckInQueue", "REFUSED by the practice system")),
    "not-sent": str(
        QT_TRANSLATE_NOOP("CheckInQueue", "NOT SENT to the practice system: enter it there by hand")
    ),
    "by-hand": str(QT_TRANSLATE_NOOP("CheckInQueue", "Entered in the practice system by hand")),
}
"""What became of a check-in's hand-off (kiosk.core.handoff), by ``HandoffState`` value; a
waiting one that was tried already is "retrying". Only a refusal's words are shown: they are
the receiver's, where the service's own reasons are English for IT (``kiosk handoff status``)."""


def handoff_label(stored: StoredCheckIn) -> str:
    state = stored.handoff
    if state == "waiting" and stored.handoff_words:
        state = "retrying"
    known = HANDOFF_LABELS.get(state)
    return QCoreApplication.translate("CheckInQueue", known) if known else ""


SEALED_NAME = str(QT_TRANSLATE_NOOP("CheckInQueue", "Details sealed"))
UNOPENED_NAME = str(QT_TRANSLATE_NOOP("CheckInQueue", "Cannot be opened: altered or damaged"))
NOT_HELD_NAME = str(QT_TRANSLATE_NOOP("CheckInQueue", "Sealed for a key not held here"))


def initial(last_name: str) -> str:
    """ "N." for "Núñez": the first letter with the accents on it, for a screen others can see."""
    letter = last_name[:1]
    for char in last_name[1:]:
        if not unicodedata.combining(char):
            break
        letter += char
    return f"{letter}." if letter else ""


def queue_row(stored: StoredCheckIn, now: datetime) -> dict[str, Any]:
    visit = stored.visit
    if visit is None:
        hidden = (
            NOT_HELD_NAME
            if stored.unopened == NOT_HELD
            else UNOPENED_NAME
            if stored.unopened
            else SEALED_NAME
        )
        short = name = QCoreApplication.translate("CheckInQueue", hidden)
        reasons, urgent, mobility, returning, appointment = "", False, False, False, False
    else:
        name = f"{visit.first_name} {visit.last_name}"
        short = f"{visit.first_name} {initial(visit.last_name)}"
        reasons = ", ".join(shown(REASON_LABELS[r]) for r in visit.reasons)
        urgent, mobility, returning = visit.urgent, visit.mobility_help, visit.returning
        appointment = visit.appointment
    return {
        "checkinId": stored.id,
        "ticket": stored.ticket,
        "name": name,
        "shortName": short,
        "reasons": reasons,
        "urgent": urgent,
        "mobilityHelp": mobility,
        "returning": returning,
        "appointment": appointment,
        # Urgent, still waiting and not yet acknowledged at the desk: its chime repeats.
        "alarm": urgent and stored.status is Status.WAITING and not stored.acknowledged,
        "arrival": f"{stored.created_at:%H:%M}",
        "waiting": stored.minutes_waiting(now),
        "status": stored.status.value,
        "statusLabel": QCoreApplication.translate("CheckInQueue", STATUS_LABELS[stored.status]),
        "handoff": stored.handoff,
        "handoffLabel": handoff_label(stored),
        # In the receiver's language and possibly about the patient: shown beside the name only.
        "handoffWords": (
            stored.handoff_words if visit is not None and stored.handoff == "refused" else ""
        ),
    }


@QmlElement
@QmlUncreatable("The queue is made by the application")
class CheckInQueue(RowsModel):  # type: ignore[operator]  # stubs: QmlUncreatable(reason)
    changed = Signal()
    marked = Signal()
    """A status was changed here (a kiosk of a clinic sends it to the server)."""
    arrived = Signal(bool)
    """New check-ins were found on a refresh (True when one of them is urgent): the desk's
    chime. Not emitted for the list shown at sign-in."""

    def __init__(
        self,
        store: CheckInRecords,
        session: StaffSession,
        *,
        export_folder: Path,
        media_roots: Sequence[Path],
        export_label: Words = OWN_FOLDER,
        region: Callable[[], str] = lambda: "US",
        clock: Callable[[], datetime] = datetime.now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(QUEUE_ROLES, parent)
        self._region = region
        """The clinic's own country, as the settings hold it now: how the export writes phones."""
        self._store = store
        self._session = session
        self._export_folder = export_folder
        self._export_label = export_label
        self._media_roots = media_roots
        self._clock = clock
        self._message = ""
        today = clock().date()
        self._export_from = today
        self._export_to = today
        self._targets: list[ExportTarget] = []
        self._target = 0
        self._all_rows: list[dict[str, Any]] = []
        self._last_mark: tuple[str, str, float] = ("", "", 0.0)
        self._known: set[str] | None = None
        """The check-ins listed so far this sign-in; None before the first list."""
        self._undo: list[tuple[str, str, Status, Status]] = []
        """This sign-in's marks, newest last: (check-in, ticket, the status before, after)."""
        self._urgent_first = False
        self._status_filter = ""
        self._search = ""
        self._refresh_timer = QTimer(self, interval=REFRESH_SECONDS * 1000)
        self._refresh_timer.timeout.connect(self.refresh)
        session.subscribe(self._session_changed)

    # --- the list -------------------------------------------------------------------------------

    def _session_changed(self) -> None:
        """A sign-in shows today's list; a sign-out empties it."""
        self._message = ""
        self._known = None
        self._undo = []
        if self._session.signed_in:
            today = self._clock().date()
            self._export_from = self._export_to = today
            self._refresh_timer.start()
            self.refresh()
        else:
            self._refresh_timer.stop()
            self._set_rows([])
        self.changed.emit()

    @Slot()
    def refresh(self) -> None:
        if not self._session.signed_in:
            return
        now = self._clock()
        try:
            kept = opened(self._store.queue(now.date()), self._session.keys)
            rows = [queue_row(s, now) for s in kept]
        except StoreError as exc:
            log.error("The queue could not be read: %s", exc)
            self._message = self.tr("The check-ins cannot be read right now.")
            self.changed.emit()
            return
        ids = {s.id for s in kept}
        if self._known is not None and ids - self._known:
            self.arrived.emit(
                any(s.visit is not None and s.visit.urgent for s in kept if s.id not in self._known)
            )
        self._known = ids
        if self._session.keys is None and any(s.visit is None for s in kept):
            self._message = self.tr(
                "Your account cannot open the check-ins' details yet. They open once a"
                " colleague who can signs in here."
            )
        self._set_rows(rows)

    def _set_rows(self, rows: list[dict[str, Any]]) -> None:
        self._all_rows = rows
        self.replace_rows(self._shown_rows(rows), key="checkinId")
        self.changed.emit()

    def _shown_rows(self, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The desk's view: one status or all, names holding the search, urgent waiting first."""
        wanted = self._search.casefold()
        shown_rows = [
            r
            for r in rows
            if (not self._status_filter or r["status"] == self._status_filter)
            and (not wanted or wanted in r["name"].casefold())
        ]
        if self._urgent_first:
            shown_rows.sort(key=lambda r: not (r["urgent"] and r["status"] == Status.WAITING))
        return shown_rows

    def show_urgent_first(self) -> None:
        """Urgent patients still waiting go to the top (the front desk; staff mode keeps
        ticket order)."""
        self._urgent_first = True

    @Slot(str)
    def filterStatus(self, status: str) -> None:
        self._status_filter = status if status in {s.value for s in Status} else ""
        self._set_rows(self._all_rows)

    @Slot(str)
    def search(self, text: str) -> None:
        self._search = text.strip()
        self._set_rows(self._all_rows)

    @Slot(int, str)
    def mark(self, row: int, status: str) -> None:
        if not self._session.signed_in or not 0 <= row < len(self._rows):
            return
        self._message = ""  # an earlier action's word gives way to this one's
        try:
            new_status = Status(status)
            entry = self._rows[row]
            checkin_id = entry["checkinId"]
            done = (
                self._store.call(checkin_id)
                if new_status is Status.CALLED
                else self._store.set_status(checkin_id, new_status)
            )
            if done:
                before = Status(entry["status"])
                self._undo.append((checkin_id, entry["ticket"], before, new_status))
                self._session.audit(Action.CHECKIN_STATUS, f"{entry['ticket']} {new_status.value}")
                self.marked.emit()
        except (ValueError, StoreError) as exc:
            log.error("A check-in could not be marked: %s", exc)
            self._message = self.tr("That change could not be saved. Please try again.")
        self.refresh()

    @Slot(str, str)
    def markPatient(self, checkin_id: str, status: str) -> None:
        """``mark`` by the check-in's id (the desk's chosen patient stays chosen as rows move);
        the same mark again within ``REPEAT_S`` (a double click, a key pressed twice) is one."""
        now = time.monotonic()
        if self._last_mark[:2] == (checkin_id, status) and now - self._last_mark[2] < REPEAT_S:
            return
        row = next((i for i, r in enumerate(self._rows) if r["checkinId"] == checkin_id), -1)
        if row >= 0:
            self._last_mark = (checkin_id, status, now)
            self.mark(row, status)

    @Slot(str)
    def enterByHand(self, checkin_id: str) -> None:
        """Staff entered a check-in the hand-off could not deliver (refused or not sent) into
        the practice's software themselves: it shows as done, and nothing more is sent."""
        entry = next((r for r in self._rows if r["checkinId"] == checkin_id), None)
        if not self._session.signed_in or entry is None:
            return
        if entry["handoff"] not in ("refused", "not-sent"):
            return  # a second click, or a row that changed meanwhile
        self._message = ""
        try:
            if self._store.entered_by_hand(checkin_id):
                self._session.audit(Action.CHECKIN_STATUS, f"{entry['ticket']} entered by hand")
        except StoreError as exc:
            log.error("A hand-off could not be marked as entered by hand: %s", exc)
            self._message = self.tr("That change could not be saved. Please try again.")
        self.refresh()

    @Slot()
    def acknowledgeUrgent(self) -> None:
        """Staff have seen the urgent check-ins waiting: their chime stops repeating (each one
        audited by its ticket)."""
        if not self._session.signed_in:
            return
        try:
            for entry in [r for r in self._all_rows if r["alarm"]]:
                if self._store.acknowledge(entry["checkinId"]):
                    self._session.audit(Action.URGENT_ACKNOWLEDGED, entry["ticket"])
        except StoreError as exc:
            log.error("An urgent check-in could not be acknowledged: %s", exc)
            self._message = self.tr("That change could not be saved. Please try again.")
        self.refresh()

    @Slot(str, int, result=str)
    def neighbour(self, checkin_id: str, step: int) -> str:
        """The check-in ``step`` rows from ``checkin_id`` in the list shown (the arrow keys),
        stopping at the ends; the first row when none is chosen, "" for an empty list."""
        ids = [r["checkinId"] for r in self._rows]
        if not ids:
            return ""
        if checkin_id not in ids:
            return str(ids[0])
        return str(ids[max(0, min(len(ids) - 1, ids.index(checkin_id) + step))])

    @Slot(str, result=int)
    def rowOf(self, checkin_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r["checkinId"] == checkin_id), -1)

    def _alarm_tickets(self) -> list[str]:
        return [r["ticket"] for r in self._all_rows if r["alarm"]]

    @Slot()
    def undo(self) -> None:
        """Take back this sign-in's last mark: the check-in gets the status it had (a call
        taken back leaves the waiting room's screens)."""
        if not self._session.signed_in or not self._undo:
            return
        checkin_id, ticket, before, after = self._undo.pop()
        self.refresh()
        now = next((r for r in self._all_rows if r["checkinId"] == checkin_id), None)
        if now is not None and now["status"] != after.value:
            # Marked again meanwhile, at another desk or kiosk: theirs is the newer word.
            self._message = filled(
                self.tr("%1 was changed meanwhile (now %2), so nothing was taken back."),
                ticket,
                now["statusLabel"],
            )
            self.changed.emit()
            return
        try:
            if self._store.set_status(checkin_id, before):
                self._session.audit(Action.CHECKIN_STATUS, f"{ticket} {before.value} (undo)")
                self.marked.emit()
        except StoreError as exc:
            log.error("A mark could not be taken back: %s", exc)
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
        self._targets = export_targets(self._export_folder, self._media_roots, self._export_label)
        self._target = min(self._target, len(self._targets) - 1)
        self.changed.emit()

    @Slot(int)
    def chooseTarget(self, index: int) -> None:
        if 0 <= index < len(self._targets):
            self._target = index
            self.changed.emit()

    @Slot()
    def exportCsv(self) -> None:
        if not self._session.signed_in:
            return
        if not self._targets:
            self.findTargets()
        target = self._targets[self._target]
        name = export_file_name(self._export_from, self._export_to, self._clock())
        try:
            target.folder.mkdir(parents=True, exist_ok=True)
            kept = opened(
                self._store.checkins(self._export_from, self._export_to), self._session.keys
            )
            count = export_checkins(kept, target.folder / name, self._region())
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
        self._session.audit(
            Action.CHECKINS_EXPORTED, f"{count} check-ins to {target.label}: {name}"
        )
        label = shown(target.label)
        self._message = (
            filled(self.tr("1 check-in written to %1: %2"), label, name)
            if count == 1
            else filled(self.tr("%1 check-ins written to %2: %3"), count, label, name)
        )
        left_out = len(kept) - count
        if left_out:
            self._message += " " + filled(
                self.tr("%1 sealed check-in(s) could not be opened and were left out."), left_out
            )
        self.changed.emit()

    # --- deleting -------------------------------------------------------------------------------

    @Slot()
    def deleteAll(self) -> None:
        if not self._session.signed_in:
            return
        try:
            erased = self._store.erase_personal_data()
        except StoreError as exc:
            log.error("Check-ins could not be deleted: %s", exc)
            self._message = self.tr("The check-ins could not be deleted. Please try again.")
            self.changed.emit()
            return
        exports = self._delete_own_exports()
        also = f", {exports} export files" if exports else ""
        self._session.audit(Action.CHECKINS_DELETED, f"{erased} check-ins{also}")
        self._message = (
            self.tr("The details of 1 check-in were deleted.")
            if erased == 1
            else filled(self.tr("The details of %1 check-ins were deleted."), erased)
        )
        self.refresh()

    def _delete_own_exports(self) -> int:
        """The CSV files in the kiosk's own export folder go with the rows they copy (a copy on
        a USB drive is the clinic's to keep or destroy)."""
        deleted = 0
        for export in expired_exports(self._export_folder, date.max):
            try:
                export.unlink()
            except OSError as exc:
                log.error("An export could not be deleted: %s", exc.strerror or exc)
            else:
                deleted += 1
        return deleted

    def stop(self) -> None:
        stop_timers(self)

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

    def _can_undo(self) -> bool:
        return bool(self._undo)

    def _filter_value(self) -> str:
        return self._status_filter

    def _alarm_count(self) -> int:
        return sum(1 for r in self._all_rows if r["alarm"])

    def _waiting_count(self) -> int:
        return sum(1 for r in self._all_rows if r["status"] == Status.WAITING)

    count = Property(int, _count, notify=changed)
    canUndo = Property(bool, _can_undo, notify=changed)
    statusFilter = Property(str, _filter_value, notify=changed)
    waitingCount = Property(int, _waiting_count, notify=changed)
    alarming = Property(int, _alarm_count, notify=changed)
    alarmTickets = Property(list, _alarm_tickets, notify=changed)
    """Urgent check-ins waiting that nobody has acknowledged yet."""
    message = Property(str, _message_text, notify=changed)
    exportFrom = Property(str, _from_text, notify=changed)
    exportTo = Property(str, _to_text, notify=changed)
    targets = Property(list, _target_labels, notify=changed)
    target = Property(int, _target_index, notify=changed)
