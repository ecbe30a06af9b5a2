"""A kiosk of a clinic: its threads that talk to the clinic's server, and what they bring back to
the GUI thread (by queued signals, never by a call from their threads).

- ``ClinicPusher`` sends each check-in and each status marked here;
- ``ClinicQueue`` keeps the clinic's queue of today, for "people ahead" and the marks made
  elsewhere of this kiosk's patients;
- ``ClinicFiles`` keeps the clinic's deck and settings in the data folder;
- ``ClinicCalls`` copies the desk's calls into this kiosk's store (the banner follows them) and
  keeps the clinic's key, which check-ins here are sealed with from then on.

A kiosk on its own builds none of this (nor imports psycopg).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from kiosk.core.paths import DataDir
from kiosk.core.slides.deck_watcher import DeckWatcher
from kiosk.core.storage.checkin_store import SqliteCheckInStore
from kiosk.core.storage.clinic_calls import ClinicCalls, note_erasure
from kiosk.core.storage.clinic_files import ClinicFiles
from kiosk.core.storage.clinic_keys import read_clinic_keys
from kiosk.core.storage.clinic_link import ClinicLink
from kiosk.core.storage.clinic_push import ClinicPusher
from kiosk.core.storage.clinic_queue import ClinicQueue, Mark
from kiosk.core.storage.records import StoreError
from kiosk.ui.checkin.check_in_flow import CheckInFlow
from kiosk.ui.staff.checkin_queue import CheckInQueue
from kiosk.ui.staff.clinic_line import ClinicLine
from kiosk.ui.staff.settings_editor import SettingsEditor
from kiosk.ui.staff.staff_mode import StaffMode

log = logging.getLogger(__name__)


class ClinicNews(QObject):
    """What the server's threads heard, taken on the GUI thread. The clinic's settings wait
    while a patient is checking in (they may change the language offered), then apply."""

    _marks = Signal(object)
    _settings = Signal()
    _keys = Signal()
    _erasure = Signal(int, object)

    def __init__(
        self,
        store: SqliteCheckInStore,
        keys_file: Path,
        erased_file: Path,
        queue: CheckInQueue,
        check_in: CheckInFlow,
        settings: SettingsEditor,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._keys_file = keys_file
        self._erased_file = erased_file
        self._queue = queue
        self._check_in = check_in
        self._settings_editor = settings
        self._settings_waiting = False
        self._marks.connect(self._take_marks)
        self._settings.connect(self._take_settings)
        self._keys.connect(self._take_keys)
        self._erasure.connect(self._take_erasure)
        check_in.ended.connect(self._after_check_in)

    def marks(self, marks: list[Mark]) -> None:
        self._marks.emit(marks)

    def settings(self) -> None:
        self._settings.emit()

    def keys(self) -> None:
        self._keys.emit()

    def erasure(self, seq: int, at: datetime) -> None:
        self._erasure.emit(seq, at)

    @Slot(int, object)
    def _take_erasure(self, seq: int, at: datetime) -> None:
        """The desk deleted every check-in: this kiosk's copies of those made before go too."""
        try:
            erased = self._store.erase_made_before(at)
        except StoreError as exc:
            log.error("The check-ins the desk deleted could not be erased here: %s", exc)
            return
        note_erasure(self._erased_file, seq)
        log.info("The front desk deleted every check-in; %d erased on this kiosk", erased)
        self._queue.refresh()

    @Slot()
    def _take_keys(self) -> None:
        """New check-ins are sealed with the clinic's newest key, which the desk can open; what
        this kiosk kept in clear is sealed with it too."""
        known = read_clinic_keys(self._keys_file)
        if known is None:
            return
        try:
            if self._store.seal_key() != known.newest:
                sealed = self._store.adopt_key(known.newest)
                log.info("Check-ins are sealed with the clinic's key now (%d sealed)", sealed)
        except StoreError as exc:
            log.error("The clinic's key could not be taken: %s", exc)

    @Slot(object)
    def _take_marks(self, marks: list[Mark]) -> None:
        changed = False
        try:
            for mark in marks:
                taken = self._store.follow_status(mark.checkin_id, mark.status, mark.at)
                changed = changed or taken
        except StoreError as exc:
            log.error("A status marked elsewhere in the clinic could not be kept here: %s", exc)
        if changed:
            self._queue.refresh()

    @Slot()
    def _take_settings(self) -> None:
        if self._check_in.active:
            self._settings_waiting = True
            return
        self._settings_waiting = False
        self._settings_editor.reload()
        log.info("The clinic's settings changed; they apply on this kiosk now")

    @Slot()
    def _after_check_in(self) -> None:
        if self._settings_waiting:
            self._take_settings()


@dataclass
class ClinicParts:
    pusher: ClinicPusher
    queue: ClinicQueue
    files: ClinicFiles
    calls: ClinicCalls

    def stop(self) -> None:
        for part in (self.calls, self.files, self.queue, self.pusher):
            part.stop()


def join_the_clinic(
    data: DataDir,
    link: ClinicLink,
    *,
    store: SqliteCheckInStore,
    check_in: CheckInFlow,
    staff: StaffMode,
    queue: CheckInQueue,
    settings: SettingsEditor,
    deck_watcher: DeckWatcher,
) -> ClinicParts:
    line = ClinicLine(link.letter, staff.show_clinic_line, parent=staff)
    news = ClinicNews(
        store,
        data.clinic_keys_file,
        data.clinic_erased_file,
        queue,
        check_in,
        settings,
        parent=staff,
    )
    pusher = ClinicPusher(
        data.checkin_store,
        link,
        on_change=line.follow,
        staff_store=data.staff_store,
        retention_days=lambda: settings.settings.retention_days,
    )
    check_in.saved.connect(pusher.wake)
    queue.marked.connect(pusher.wake)
    clinic_queue = ClinicQueue(link, on_marks=news.marks)
    check_in.count_ahead_elsewhere(clinic_queue.others_ahead)
    files = ClinicFiles(data, link, on_settings=news.settings)
    deck_watcher.subscribe(files.wake)
    settings.follow(files.wake)
    calls = ClinicCalls(
        data.checkin_store,
        data.clinic_keys_file,
        link,
        on_keys=news.keys,
        erased_file=data.clinic_erased_file,
        on_erasure=news.erasure,
    )
    for part in (pusher, clinic_queue, files, calls):
        part.start()
    log.info("Check-ins, slides and settings are shared with the clinic as kiosk %s", link.letter)
    return ClinicParts(pusher, clinic_queue, files, calls)
