"""`kiosk desk`: the reception PC's window on the day's queue.

On one PC (the reception PC driving the waiting-room screen, or a desk beside a kiosk on its
own) the desk opens the kiosk's own data folder: the same check-in store, staff accounts, audit
log and clinic key. SQLite has no LISTEN, so the desk asks the store a few times a second
whether another program committed (``PRAGMA data_version``, one integer) and reads the queue
again only then. A desk linked to the clinic's server (``clinic-desk.toml``, by ``kiosk clinic
desk``) follows every kiosk's check-ins there instead (``ClinicDeskStore``: the same question,
answered from what the server last told it); its staff accounts and the clinic's keys are in
its own data folder. It reuses staff mode's view models: sign-in, lock-out and idle lock, the queue,
the audit log; its layout is its own, for a mouse and a keyboard.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, QSize, QTimer
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow

from kiosk.core.checkin.csv_export import DESK_FOLDER
from kiosk.core.paths import QML_DIR, DataDir
from kiosk.core.settings import SettingsFile
from kiosk.core.slides.deck_source import DeckSource
from kiosk.core.slides.deck_watcher import DeckWatcher
from kiosk.core.staff.accounts import StaffStore
from kiosk.core.staff.opening import clinic_keys_of
from kiosk.core.staff.session import StaffSession
from kiosk.core.storage.checkin_store import DEFAULT_LETTER, SqliteCheckInStore, remembered_letter
from kiosk.core.storage.clinic_link import load_desk_link
from kiosk.core.storage.records import SealingRecords, StoreError
from kiosk.ui.app.desk import open_staff_store
from kiosk.ui.checkin.check_in_flow import ActivityWatcher
from kiosk.ui.platform.chime import Chime, Sound
from kiosk.ui.platform.translation import InterfaceLanguage
from kiosk.ui.staff.audit_list import AuditList
from kiosk.ui.staff.checkin_queue import CheckInQueue
from kiosk.ui.staff.day_figures import DayFigures
from kiosk.ui.staff.deck_editor import DeckEditor
from kiosk.ui.staff.kiosk_list import KioskList
from kiosk.ui.staff.settings_editor import SettingsEditor
from kiosk.ui.staff.staff_mode import StaffMode, Stage

log = logging.getLogger(__name__)

WATCH_MS = 250
"""How often the desk asks the store whether another program changed it."""
AGE_EVERY_TICKS = 20
"""Every 5 s the kiosks' lines are read again even without a change: a silent one turns red."""
URGENT_REPEAT_S = 30
"""The urgent chime rings again this often until someone at the desk acknowledges it."""


class FrontDeskError(RuntimeError):
    """The desk's QML could not be loaded: a fault of the program, not of the clinic's files."""


@dataclass
class FrontDesk:
    engine: QQmlApplicationEngine
    window: QQuickWindow
    staff: StaffMode
    queue: CheckInQueue
    kiosks: KioskList
    figures: DayFigures
    chime: Chime
    store: SealingRecords
    staff_store: StaffStore
    watch_timer: QTimer
    urgent_timer: QTimer
    interface: InterfaceLanguage

    def shutdown(self) -> None:
        self.watch_timer.stop()
        self.urgent_timer.stop()
        self.staff.stop()
        self.queue.stop()
        self.window.close()
        shiboken6.delete(self.engine)  # before the objects its bindings read
        self.store.close()
        self.staff_store.close()
        self.interface.use("en")


def build_front_desk(
    data: DataDir,
    *,
    size: QSize | None = None,
    language: str | None = None,
    clock: Callable[[], datetime] = datetime.now,
    media_roots: Sequence[Path] = (),
) -> FrontDesk:
    settings_file = SettingsFile(data.settings_file)
    loaded = settings_file.load()
    for problem in loaded.problems:
        log.warning("Settings: %s", problem)
    settings = loaded.settings
    interface = InterfaceLanguage()
    interface.use(language or settings.languages[0])
    staff_store = open_staff_store(data, clock, lambda: settings_editor.settings.pin_digits)
    store = _open_the_store(data, clock, staff_store)
    session = StaffSession(staff_store)
    queue = CheckInQueue(
        store,
        session,
        export_folder=data.export_dir,
        media_roots=media_roots,
        export_label=DESK_FOLDER,
        region=lambda: settings_editor.settings.region,
        clock=clock,
    )
    queue.show_urgent_first()
    chime = Chime(settings.chime, settings.chime_volume)
    queue.arrived.connect(lambda urgent: chime.ring(Sound.URGENT if urgent else Sound.CHECK_IN))
    settings_editor = SettingsEditor(
        settings_file,
        loaded,
        session,
        deck_folder=data.deck_dir,
        media_roots=media_roots,
        language_name=interface.own_name,
        followers=[],
    )
    deck_editor = DeckEditor(
        DeckWatcher(DeckSource(data)),
        session,
        speed=lambda: settings_editor.settings.rotation_speed,
        languages=lambda: settings_editor.settings.languages,
        language_name=interface.own_name,
        media_roots=media_roots,
        clock=clock,
    )
    staff = StaffMode(
        staff_store,
        session,
        queue,
        AuditList(staff_store),
        deck_editor,
        settings_editor,
        clock=clock,
        sealing=store,
    )
    kiosks = KioskList(store, clock)
    figures = DayFigures(store, session, clock)
    watch_timer = _follow_the_store(store, queue, kiosks, figures)
    urgent_timer = _repeat_urgent(queue, chime)
    engine = QQmlApplicationEngine()
    engine.addImportPath(str(QML_DIR))
    engine.setInitialProperties({"staff": staff, "kiosks": kiosks, "figures": figures})
    engine.loadFromModule("Kiosk.FrontDesk", "FrontDeskWindow")
    roots: list[QObject] = engine.rootObjects()
    if not roots or not isinstance(roots[0], QQuickWindow):
        watch_timer.stop()
        urgent_timer.stop()
        staff.stop()
        queue.stop()
        store.close()
        staff_store.close()
        raise FrontDeskError("The front desk's QML could not be loaded; see the messages above")
    window = roots[0]
    if size is not None:
        window.resize(size)
    window.installEventFilter(ActivityWatcher(staff.touched, parent=window))
    # The desk has no slides to go back to: signed out or locked, it asks for a name and PIN.
    staff.stageChanged.connect(lambda: _sign_in_again(staff))
    staff.open()
    return FrontDesk(
        engine,
        window,
        staff,
        queue,
        kiosks,
        figures,
        chime,
        store,
        staff_store,
        watch_timer,
        urgent_timer,
        interface,
    )


def _open_the_store(
    data: DataDir, clock: Callable[[], datetime], staff_store: StaffStore
) -> SealingRecords:
    """The clinic's server, for a desk linked to it; else the kiosk's store on this PC."""
    link = load_desk_link(data)
    if link is not None:
        from kiosk.core.storage.clinic_desk import ClinicDeskStore  # psycopg, for a clinic only

        desk = ClinicDeskStore(link, clock, clinic_keys=clinic_keys_of(staff_store))
        desk.open()
        log.info("The front desk follows the clinic's store")
        return desk
    letter = remembered_letter(data.checkin_store)
    store = SqliteCheckInStore(
        data.checkin_store,
        clock,
        letter=letter or DEFAULT_LETTER,
        # A kiosk of a clinic sends this file's marks to the server: the desk's go with them.
        outbox=letter is not None,
        clinic_keys=clinic_keys_of(staff_store),
    )
    try:
        store.open()
    except StoreError as exc:
        log.error("The check-ins could not be opened: %s", exc)
    return store


def _sign_in_again(staff: StaffMode) -> None:
    if staff.property("stage") == Stage.CLOSED:
        QTimer.singleShot(0, staff, staff.open)


def _repeat_urgent(queue: CheckInQueue, chime: Chime) -> QTimer:
    def ring() -> None:
        if queue.property("alarming"):
            chime.ring(Sound.URGENT)

    timer = QTimer(interval=URGENT_REPEAT_S * 1000)
    timer.timeout.connect(ring)
    timer.start()
    return timer


def _follow_the_store(
    store: SealingRecords, queue: CheckInQueue, kiosks: KioskList, figures: DayFigures
) -> QTimer:
    """Read the queue again within ``WATCH_MS`` of a check-in or a mark made elsewhere, and the
    kiosks' heartbeats and the day's figures with it (and every few seconds, for a kiosk that
    has gone silent and the waits that grow)."""
    seen: list[int | None] = [None]
    ticks = [0]

    def look() -> None:
        try:
            count = store.change_count()
        except StoreError:
            try:
                store.open()  # a store that could not be opened at start, or since
            except StoreError:
                return
            count = store.change_count()
        ticks[0] += 1
        if count != seen[0]:
            seen[0] = count
            queue.refresh()
            kiosks.refresh()
            figures.refresh()
        elif ticks[0] % AGE_EVERY_TICKS == 0:
            kiosks.refresh()
            figures.refresh()

    timer = QTimer(interval=WATCH_MS)
    timer.timeout.connect(look)
    timer.start()
    return timer
