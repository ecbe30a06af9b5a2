"""Running the kiosk on a screen, and rendering its slides to PNG files."""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QEventLoop, QSize
from PySide6.QtGui import QGuiApplication

from kiosk.core.paths import DataDir
from kiosk.core.storage.private import private_folder, tighten
from kiosk.core.system.log_files import LOG_FILE_NAME, log_to_files
from kiosk.core.system.service_notify import ServiceNotifier, watchdog_interval_s
from kiosk.core.system.start_record import StartRecord
from kiosk.ui.app import first_frame
from kiosk.ui.app.kiosk_window import StartupError, build_kiosk, load_fonts, set_qt_environment
from kiosk.ui.platform.qtlog import route_qt_messages
from kiosk.ui.platform.screen_cover import ScreenCover
from kiosk.ui.platform.signals import quit_on_signals
from kiosk.ui.platform.watchdog import FrameWatchdog

if TYPE_CHECKING:
    from kiosk.ui.app.desk import Desk

log = logging.getLogger(__name__)

SETTLE_TIMEOUT_S = 10.0


def _application(offscreen: bool, desk: bool = False) -> QGuiApplication:
    set_qt_environment(offscreen=offscreen, virtual_keyboard=not desk)
    route_qt_messages()
    app = QGuiApplication(sys.argv[:1])
    app.setApplicationName("clinic-desk" if desk else "clinic-kiosk")
    app.setApplicationDisplayName("Front desk" if desk else "Clinic kiosk")
    load_fonts()
    return app


def run_front_desk(data: DataDir, *, size: tuple[int, int] | None) -> int:
    """The reception PC's window on the kiosk's data folder, until it is closed."""
    from kiosk.core.storage.clinic_link import ClinicLinkError
    from kiosk.ui.app.front_desk import FrontDeskError, build_front_desk

    app = _application(offscreen=False, desk=True)
    quit_on_signals(app)
    try:
        desk = build_front_desk(data, size=QSize(*size) if size else None)
    except FrontDeskError as exc:
        log.critical("%s", exc)
        return 2
    except ClinicLinkError as exc:
        log.critical("The front desk cannot reach the clinic's store: %s", exc)
        return 2
    desk.window.show()
    try:
        return app.exec()
    finally:
        desk.shutdown()


def run_kiosk(data: DataDir, *, windowed: bool, size: tuple[int, int] | None) -> int:
    try:
        private_folder(data.root)
    except OSError as exc:  # the slides still play; the self-check tells staff
        log.error("The data folder %s cannot be made: %s", data.root, exc.strerror or exc)
    log_file = log_to_files(data.log_dir)
    for opened in tighten(data.root):
        log.warning(
            "%s could be read by other users of this machine; it is now for the kiosk's alone",
            opened,
        )
    starts = StartRecord(data.log_dir)
    try:
        if starts.needs_attention():
            return _needs_attention(data, starts, windowed=windowed)
        starts.begin()
        code = _run(data, windowed=windowed, size=size, started=starts.good)
        if code == 0:
            starts.good()  # stopped on purpose (SIGTERM, "Exit to desktop"), not a failure
        return code
    finally:
        if log_file is not None:
            logging.getLogger().removeHandler(log_file)
            log_file.close()


def _needs_attention(data: DataDir, starts: StartRecord, *, windowed: bool) -> int:
    from kiosk.ui.app.attention import attention_text, last_problem, show_attention

    log_file = data.log_dir / LOG_FILE_NAME
    text = attention_text(last_problem(log_file), log_file)
    log.critical("%s", text.replace("\n", " "))
    starts.forget()
    return show_attention(text, windowed=windowed)


def _run(
    data: DataDir,
    *,
    windowed: bool,
    size: tuple[int, int] | None,
    started: Callable[[], None],
) -> int:
    app = _application(offscreen=False)
    quit_on_signals(app)
    service = ServiceNotifier()

    def desk_attached(desk: Desk | StartupError) -> None:
        if isinstance(desk, StartupError):
            log.critical("%s", desk)
            app.exit(2)
            return
        desk.staff.exitRequested.connect(lambda: app.exit(0))
        if not windowed:
            # Only now: PySide6 builds the whole ``Qt`` namespace on its first use (18 ms).
            app.setOverrideCursor(QtCore.Qt.CursorShape.BlankCursor)
        if first_frame.wanted():
            print(first_frame.desk_ready_line(), flush=True)
        service.ready(
            "Showing slides; check-in is ready"
            if desk.staff.property("takesCheckIns")
            else "Showing slides; no check-ins until a staff account is made (kiosk setup-code)"
        )
        started()
        if watchdog is not None:
            watchdog.start()

    try:
        kiosk = build_kiosk(data, kiosk_mode=not windowed, desk_after_first_frame=desk_attached)
    except StartupError as exc:
        log.critical("%s", exc)
        return 2
    interval = watchdog_interval_s()
    watchdog = FrameWatchdog(kiosk.window, service, interval) if interval else None
    if first_frame.wanted():
        first_frame.FirstFrameReport(kiosk.window, lambda line: print(line, flush=True))
    if windowed:
        if size:
            kiosk.window.resize(QSize(*size))
        kiosk.window.show()
    else:
        kiosk.window.setScreen(app.primaryScreen())
        ScreenCover(kiosk.window, app)
        kiosk.window.showFullScreen()
    code = app.exec()
    log.info("The kiosk is stopping")
    service.stopping()
    if watchdog is not None:
        watchdog.stop()
    kiosk.shutdown()
    service.close()
    return code


def render_slides(data: DataDir, out: Path, width: int, height: int, language: str | None) -> int:
    """Render every enabled slide of the effective deck; 0 only when every slide was written."""
    app = _application(offscreen=True)
    try:
        kiosk = build_kiosk(
            data,
            kiosk_mode=False,
            language=language,
            size=QSize(width, height),
            follow_schedule=False,
            start=False,
        )
    except StartupError as exc:
        log.critical("%s", exc)
        return 2
    kiosk.window.setProperty("instantTransitions", True)
    kiosk.window.show()
    out.mkdir(parents=True, exist_ok=True)
    count = kiosk.slideshow.slide_list().rowCount()
    failures = 0
    for position in range(count):
        kiosk.slideshow.showPosition(position)
        name = out / f"slide-{position + 1:02d}.png"
        if not _wait_settled(app, kiosk.window) or not _grab(kiosk.window, name):
            log.error("Slide %d could not be rendered", position + 1)
            failures += 1
        else:
            print(name)
    kiosk.shutdown()
    app.processEvents()
    return 0 if failures == 0 and count > 0 else 1


def _wait_settled(app: QGuiApplication, window: object) -> bool:
    deadline = time.monotonic() + SETTLE_TIMEOUT_S
    while time.monotonic() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if window.property("settled"):  # type: ignore[attr-defined]
            app.processEvents()
            return True
        time.sleep(0.01)
    return False


def _grab(window: object, path: Path) -> bool:
    image = window.grabWindow()  # type: ignore[attr-defined]
    return not image.isNull() and bool(image.save(str(path)))
