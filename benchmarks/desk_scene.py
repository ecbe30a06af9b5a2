"""One front-desk run in a process of its own (Qt offscreen): the real ``kiosk desk`` window
signed in on a scratch data folder, a kiosk's store on its own connection beside it, and the
kiosk's real call banner following that store. Prints one JSON line of latencies in ms.

    python -m benchmarks.desk_scene FOLDER COUNT
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_QUICK_BACKEND", "software")

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtGui import QGuiApplication

from benchmarks.checkin_commit import bench_visit
from kiosk.core.paths import DataDir
from kiosk.core.staff.accounts import open_staff_store
from kiosk.core.staff.audit import TERMINAL
from kiosk.core.staff.opening import clinic_keys_of, open_session
from kiosk.core.storage.checkin_store import SqliteCheckInStore
from kiosk.ui.app.front_desk import build_front_desk
from kiosk.ui.calling.call_banner import CallBanner
from kiosk.ui.platform.chime import Chime
from kiosk.ui.staff.staff_mode import Stage

PIN = "583920"
TIMEOUT_S = 10.0


def wait_for(done: Callable[[], bool], started: float | None = None) -> float:
    """Milliseconds from ``started`` (now when None) until ``done()``, the event loop running
    meanwhile: a commit or a click's own work before the wait counts, as the person waits it."""
    started = time.perf_counter() if started is None else started
    while not done():
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        if time.perf_counter() - started > TIMEOUT_S:
            raise TimeoutError("the desk did not follow within 10 s")
    return (time.perf_counter() - started) * 1000


def bare_round_trips(folder: Path, count: int) -> list[float]:
    """SQLite's own floor: one connection commits a row, another asks ``PRAGMA data_version``
    in a tight loop until it changes."""
    path = folder / "bare.sqlite"
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("PRAGMA journal_mode = WAL")
    writer.execute("CREATE TABLE t (n INTEGER)")
    reader = sqlite3.connect(path, isolation_level=None)
    seen = reader.execute("PRAGMA data_version").fetchone()[0]
    times = []
    for n in range(count):
        started = time.perf_counter()
        writer.execute("INSERT INTO t VALUES (?)", (n,))
        while (now := reader.execute("PRAGMA data_version").fetchone()[0]) == seen:
            pass
        seen = now
        times.append((time.perf_counter() - started) * 1000)
    writer.close()
    reader.close()
    return times


def main(folder: Path, count: int) -> None:
    app = QGuiApplication(sys.argv[:1])
    data = DataDir(folder / "data")
    staff = open_staff_store(data.staff_store)
    member = staff.add("Bench Desk", PIN, by=TERMINAL)
    made = open_session(staff, None, member)
    if made.keys is not None:
        made.keys.forget()
    kiosk = SqliteCheckInStore(data.checkin_store, clinic_keys=clinic_keys_of(staff))
    kiosk.open()
    banner = CallBanner(kiosk, Chime(False), languages=lambda: ["en"], translate=lambda c, x, t: t)
    banner.start()
    desk = build_front_desk(data)
    desk.staff.choose(0)
    desk.staff.enterPin(PIN)
    wait_for(lambda: desk.staff.property("stage") == Stage.HOME)
    to_row, to_banner = [], []
    pause = random.Random(1)
    for _ in range(count):
        # Patients arrive at any moment of the desk's and the banner's polling, not in step.
        idle_until = time.perf_counter() + pause.uniform(0, 0.3)
        wait_for(lambda: time.perf_counter() >= idle_until)  # noqa: B023
        before = desk.queue.rowCount()
        started = time.perf_counter()
        kiosk.save(bench_visit())  # what Confirm commits, sealed with the clinic's key
        to_row.append(wait_for(lambda: desk.queue.rowCount() > before, started))  # noqa: B023
        row = next(i for i, r in enumerate(desk.queue.rows()) if r["status"] == "waiting")
        banner.dismiss()
        started = time.perf_counter()
        desk.queue.mark(row, "called")  # the desk's Call
        to_banner.append(wait_for(lambda: bool(banner.property("showing")), started))
    desk.shutdown()
    banner.stop()
    kiosk.close()
    staff.close()
    print(
        json.dumps(
            {"to_row": to_row, "to_banner": to_banner, "bare": bare_round_trips(folder, count)}
        )
    )
    app.quit()


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]))
