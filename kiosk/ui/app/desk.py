"""The front desk: a patient's check-in and staff mode, with their stores, over the slides.

``KioskWindow.attach_desk`` builds it once the first slide is on screen, so none of this module's
imports, stores or QML stand between starting the kiosk and its first slide.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtQml import QQmlApplicationEngine, QQmlComponent
from PySide6.QtQuick import QQuickItem, QQuickWindow

from kiosk.core.checkin.retention import CHECK_EVERY_MINUTES, Retention
from kiosk.core.paths import KEYBOARD_LAYOUTS_DIR, DataDir
from kiosk.core.sealing import KnownKeys
from kiosk.core.settings import LoadedSettings, SettingsFile
from kiosk.core.slides.deck_watcher import DeckWatcher
from kiosk.core.staff.accounts import StaffError, StaffStore
from kiosk.core.staff.opening import clinic_keys_of
from kiosk.core.staff.session import StaffSession
from kiosk.core.storage.atomic import sweep_temporary_files
from kiosk.core.storage.checkin_store import (
    DEFAULT_LETTER,
    SqliteCheckInStore,
    remembered_letter,
)
from kiosk.core.storage.clinic_keys import clinic_then_own
from kiosk.core.storage.clinic_link import ClinicLink, ClinicLinkError, load_link
from kiosk.core.storage.records import SealingRecords, Showing, StoreError
from kiosk.core.system.self_check import check_at_start
from kiosk.ui.app.heartbeat import Heartbeats
from kiosk.ui.app.patient_choices import PatientChoices
from kiosk.ui.calling.call_banner import CallBanner
from kiosk.ui.checkin.check_in_flow import ActivityWatcher, CheckInFlow
from kiosk.ui.checkin.check_in_hours import CheckInHours
from kiosk.ui.platform.chime import Chime
from kiosk.ui.platform.display_sleep import DisplaySleep
from kiosk.ui.slides.branding import Branding
from kiosk.ui.slides.slideshow import Slideshow
from kiosk.ui.staff.audit_list import AuditList
from kiosk.ui.staff.checkin_queue import CheckInQueue
from kiosk.ui.staff.deck_editor import DeckEditor
from kiosk.ui.staff.settings_editor import SettingsEditor
from kiosk.ui.staff.staff_mode import StaffMode

if TYPE_CHECKING:
    from kiosk.ui.app.clinic import ClinicParts

log = logging.getLogger(__name__)

QT_KEYBOARD_LAYOUTS = "qrc:/qt-project.org/imports/QtQuick/VirtualKeyboard/Layouts"
"""Where Qt Virtual Keyboard keeps its own layouts (tests/ui checks it is still there)."""


class DeskError(RuntimeError):
    """The desk's QML could not be loaded: a fault of the program, not of the clinic's files."""


@dataclass(frozen=True)
class Player:
    """What the slides already run on, which the desk shares."""

    engine: QQmlApplicationEngine
    window: QQuickWindow
    slideshow: Slideshow
    branding: Branding
    display: DisplaySleep
    choices: PatientChoices
    deck_watcher: DeckWatcher
    settings_file: SettingsFile
    settings: LoadedSettings


@dataclass
class Desk:
    item: QQuickItem
    check_in: CheckInFlow
    store: SealingRecords
    staff: StaffMode
    queue: CheckInQueue
    staff_store: StaffStore
    retention_timer: QTimer
    calls: CallBanner
    heartbeats: Heartbeats
    hours: CheckInHours
    clinic: ClinicParts | None = None
    """What talks to the clinic's server, on a kiosk that joined one."""

    def stop(self) -> None:
        if self.clinic is not None:
            self.clinic.stop()
        self.retention_timer.stop()
        self.calls.stop()
        self.hours.stop()
        self.heartbeats.stop()
        self.check_in.stop()
        self.staff.stop()
        self.queue.stop()

    def close_stores(self) -> None:
        self.store.close()
        self.staff_store.close()


def open_checkin_store(
    data: DataDir,
    clock: Callable[[], datetime],
    problems: list[str],
    letter: str | None,
    clinic_keys: Callable[[], KnownKeys | None],
) -> SqliteCheckInStore:
    """Open the store. One that cannot be opened now is not fatal: the slides play, and each
    check-in tries to open it again, so a disk that was full or read-only works again once it
    is fixed. Staff mode is told, through ``problems``. A kiosk of a clinic (``letter``)
    numbers its tickets with its letter and queues each check-in for the server."""
    store = SqliteCheckInStore(
        data.checkin_store,
        clock,
        letter=letter or DEFAULT_LETTER,
        outbox=letter is not None,
        clinic_keys=clinic_keys,
    )
    try:
        store.open()
    except StoreError as exc:
        log.error("The check-in store could not be opened: %s", exc)
        problems.append(
            f"The check-ins could not be opened ({exc}): patients are asked to see the front "
            "desk until they can, and each check-in tries again."
        )
    return store


def open_staff_store(
    data: DataDir, clock: Callable[[], datetime], pin_digits: Callable[[], int]
) -> StaffStore:
    """Open staff accounts and the audit log; staff mode says so when they cannot be opened,
    and tries again the next time it is opened."""
    staff = StaffStore(data.staff_store, clock, pin_digits=pin_digits)
    try:
        staff.open()
    except StaffError as exc:
        log.error("The staff records could not be opened: %s", exc)
    return staff


def build_desk(
    player: Player,
    data: DataDir,
    *,
    clock: Callable[[], datetime],
    media_roots: Sequence[Path],
) -> Desk:
    settings = player.settings.settings
    for stray in sweep_temporary_files(data.export_dir):
        log.info("Removed a temporary file left by an interrupted export: %s", stray.name)
    problems = check_at_start(data)
    link = _clinic_link(data, problems)
    # The staff file first: the check-in store seals with the keys its accounts hold, from the
    # moment it is opened (and each time it is opened again after a fault).
    staff_store = open_staff_store(data, clock, lambda: settings_editor.settings.pin_digits)
    letter = link.letter if link else _letter_kept(data)
    keys = clinic_keys_of(staff_store)
    if link is not None:  # the clinic's key, from its server, once it has one
        keys = clinic_then_own(data.clinic_keys_file, keys)
    store = open_checkin_store(data, clock, problems, letter, keys)
    for problem in problems:
        log.warning("Start-up check: %s", problem)
    check_in = CheckInFlow(
        store,
        settings,
        Chime(settings.chime, settings.chime_volume),
        language=player.choices.code,
        clock=clock,
    )
    choices = player.choices
    choices.follow(check_in.set_language)
    hours = CheckInHours(settings, lambda: choices.code, clock)
    choices.follow(hours.language_changed)
    check_in.opened.connect(choices.pause_reset)
    check_in.ended.connect(choices.reset)
    session = StaffSession(staff_store)
    queue = CheckInQueue(
        store,
        session,
        export_folder=data.export_dir,
        media_roots=media_roots,
        region=lambda: settings_editor.settings.region,
        clock=clock,
    )
    check_in.saved.connect(queue.refresh)
    settings_editor = SettingsEditor(
        player.settings_file,
        player.settings,
        session,
        deck_folder=data.deck_dir,
        media_roots=media_roots,
        language_name=choices.language_name,
        followers=[
            f.apply_settings
            for f in (
                player.slideshow,
                player.branding,
                check_in,
                player.display,
                choices,
                hours,
            )
        ],
    )
    retention_timer = _keep_retention(
        Retention(
            store,
            staff_store,
            lambda: settings_editor.settings.retention_days,
            clock,
            export_folder=data.export_dir,
        ),
        queue,
    )
    deck_editor = DeckEditor(
        player.deck_watcher,
        session,
        speed=lambda: settings_editor.settings.rotation_speed,
        languages=lambda: choices.offered,
        language_name=choices.language_name,
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
        start_problems=problems,
        sealing=store,
    )
    calls = CallBanner(
        store,
        Chime(settings.chime, settings.chime_volume),
        languages=choices.each_language,
        translate=choices.translated,
        clock=clock,
    )
    choices.languageChanged.connect(calls.changed)
    item = _desk_item(player, check_in, staff, calls, hours)
    if item is None:
        for part in (retention_timer, check_in, staff, queue, calls, hours):
            part.stop()
        store.close()
        staff_store.close()
        raise DeskError("The check-in's QML could not be loaded; see the messages above")
    window = player.window
    window.installEventFilter(
        ActivityWatcher(
            check_in.touched,
            staff.touched,
            player.display.touched,
            choices.touched,
            parent=window,
        )
    )
    clinic = None
    if link is not None:
        from kiosk.ui.app.clinic import join_the_clinic  # psycopg, for a clinic's kiosk only

        clinic = join_the_clinic(
            data,
            link,
            store=store,
            check_in=check_in,
            staff=staff,
            queue=queue,
            settings=settings_editor,
            deck_watcher=player.deck_watcher,
        )
    calls.start()
    hours.start()
    heartbeats = _keep_beating(player, store, letter, problems, check_in, staff, clock)
    return Desk(
        item,
        check_in,
        store,
        staff,
        queue,
        staff_store,
        retention_timer,
        calls,
        heartbeats,
        hours,
        clinic,
    )


def _keep_beating(
    player: Player,
    store: SealingRecords,
    letter: str | None,
    problems: list[str],
    check_in: CheckInFlow,
    staff: StaffMode,
    clock: Callable[[], datetime],
) -> Heartbeats:
    def showing() -> Showing:
        if staff.property("isOpen"):
            return Showing.STAFF
        if check_in.property("active"):
            return Showing.CHECK_IN
        return Showing.ASLEEP if player.display.property("asleep") else Showing.SLIDES

    def outbox() -> int:
        if letter is None or not isinstance(store, SqliteCheckInStore):
            return 0
        return store.outbox_depth()

    beats = Heartbeats(
        store,
        letter or DEFAULT_LETTER,
        showing=showing,
        outbox=outbox,
        problems=problems,
        clock=clock,
    )
    for moment in (check_in.opened, check_in.ended, staff.stageChanged, player.display.changed):
        moment.connect(beats.beat)
    beats.start()
    return beats


def _clinic_link(data: DataDir, problems: list[str]) -> ClinicLink | None:
    """This kiosk's clinic, if it joined one; a link that cannot be read leaves it on its own,
    taking check-ins as ever, and staff are told."""
    try:
        return load_link(data)
    except ClinicLinkError as exc:
        log.error("%s; the kiosk works on its own until it is fixed", exc)
        letter = remembered_letter(data.checkin_store)
        if letter is None:
            problems.append(f"{exc}. Check-ins are kept on this kiosk only until it is fixed.")
        else:
            problems.append(
                f"{exc}. Check-ins are kept on this kiosk, as kiosk {letter}, and sent to the "
                "clinic's server once it is fixed."
            )
        return None


def _letter_kept(data: DataDir) -> str | None:
    """A kiosk whose clinic.toml cannot be read goes on with the letter its store remembers,
    queueing what it takes for the server; a kiosk on its own has none."""
    if not data.clinic_file.exists() and not data.clinic_file.is_symlink():
        return None
    return remembered_letter(data.checkin_store)


def _keep_retention(retention: Retention, queue: CheckInQueue) -> QTimer:
    """Erase expired check-ins now and every few minutes while the kiosk runs; the queue shows
    what is left."""

    def erase() -> None:
        if retention.run():
            queue.refresh()

    erase()
    timer = QTimer(interval=CHECK_EVERY_MINUTES * 60 * 1000)
    timer.timeout.connect(erase)
    timer.start()
    return timer


def _desk_item(
    player: Player,
    check_in: CheckInFlow,
    staff: StaffMode,
    calls: CallBanner,
    hours: CheckInHours,
) -> QQuickItem | None:
    component = QQmlComponent(player.engine)
    component.loadFromModule("Kiosk", "Desk")
    content = player.window.contentItem()
    made = component.createWithInitialProperties(
        {
            "window": player.window,
            "checkIn": check_in,
            "staff": staff,
            "calls": calls,
            "hours": hours,
            "keyboardLayouts": QUrl.fromLocalFile(str(KEYBOARD_LAYOUTS_DIR)).toString(),
            "fullKeyboardLayouts": QT_KEYBOARD_LAYOUTS,
        }
    )
    if not isinstance(made, QQuickItem):
        for error in component.errors():
            log.critical("%s", error.toString())
        return None
    made.setParent(content)
    made.setParentItem(content)
    return made
