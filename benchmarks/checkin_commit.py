"""Check-in commit latency through the store, against a bare SQLite insert with the same settings.

Both write to files in the same folder, with the same pragmas (WAL, synchronous=FULL,
secure_delete, busy timeout: ``kiosk.core.storage.sqlite.connect``), into the same table, one
transaction per row, taking turns so that both meet the same disk at the same moments.
"""

from __future__ import annotations

import sqlite3
import time
import uuid
from collections.abc import Callable
from datetime import date, datetime
from functools import partial
from pathlib import Path

from benchmarks.figures import figure, median, percentile, ratio
from kiosk.core.checkin.answers import CheckIn, Reason
from kiosk.core.sealing import new_key_pair
from kiosk.core.storage.checkin_store import (
    INSERT_CHECKIN,
    MIGRATIONS,
    SqliteCheckInStore,
    checkin_row,
)
from kiosk.core.storage.sqlite import connect


def bench_visit() -> CheckIn:
    return CheckIn(
        id=str(uuid.uuid4()),
        first_name="Bench",
        last_name="Mark",
        birth_date=date(1960, 5, 17),
        reasons=(Reason.HEEL_OR_ARCH,),
        urgent=False,
        mobile="+17175550142",
    )


def _bare_table(path: Path) -> sqlite3.Connection:
    db = connect(path, secure_delete=True)
    for number in sorted(MIGRATIONS):
        for statement in MIGRATIONS[number]:
            db.execute(statement)
    return db


def _bare_insert(db: sqlite3.Connection, number: int, visit: CheckIn) -> None:
    db.execute("BEGIN IMMEDIATE")
    db.execute(INSERT_CHECKIN, checkin_row(visit, number, datetime.now()))
    db.execute("COMMIT")


Series = tuple[list[float], list[float], list[float], list[float]]


def measure(folder: Path, count: int) -> Series:
    """Milliseconds per commit: the store's ``save``, the bare insert (in clear), the store's
    ``save`` on a kiosk of a clinic (the check-in and its outbox row in one transaction), and
    the store's ``save`` sealing the answers with the clinic's key (the default once a kiosk has
    a staff account)."""
    store = SqliteCheckInStore(folder / "checkins.sqlite")
    store.open()
    clinic = SqliteCheckInStore(folder / "clinic-kiosk.sqlite", letter="B", outbox=True)
    clinic.open()
    sealing = SqliteCheckInStore(folder / "sealed.sqlite")
    sealing.open()
    sealing.adopt_key(new_key_pair()[0])
    bare = _bare_table(folder / "bare.sqlite")
    through_store: list[float] = []
    bare_insert: list[float] = []
    with_outbox: list[float] = []
    sealed: list[float] = []
    try:
        for number in range(1, count + 1):
            through_store.append(_timed(store.save, bench_visit()))
            bare_insert.append(_timed(partial(_bare_insert, bare, number), bench_visit()))
            with_outbox.append(_timed(clinic.save, bench_visit()))
            sealed.append(_timed(sealing.save, bench_visit()))
    finally:
        store.close()
        clinic.close()
        sealing.close()
        bare.close()
    return through_store, bare_insert, with_outbox, sealed


def _timed(save: Callable[[CheckIn], object], visit: CheckIn) -> float:
    """Milliseconds saving ``visit`` took (it was made before the clock started)."""
    started = time.perf_counter_ns()
    save(visit)
    return (time.perf_counter_ns() - started) / 1e6


def report(runs: list[Series]) -> None:
    """Each figure is the median over the runs of that run's median or p99."""
    store_median = median([median(run[0]) for run in runs])
    store_p99 = median([percentile(run[0], 0.99) for run in runs])
    bare_median = median([median(run[1]) for run in runs])
    bare_p99 = median([percentile(run[1], 0.99) for run in runs])
    outbox_median = median([median(run[2]) for run in runs])
    outbox_p99 = median([percentile(run[2], 0.99) for run in runs])
    sealed_median = median([median(run[3]) for run in runs])
    sealed_p99 = median([percentile(run[3], 0.99) for run in runs])
    figure("checkin_commit_median", store_median, "ms", digits=2)
    figure("checkin_commit_p99", store_p99, "ms", digits=2)
    figure("bare_insert_median", bare_median, "ms", digits=2)
    figure("bare_insert_p99", bare_p99, "ms", digits=2)
    figure("checkin_commit_outbox_median", outbox_median, "ms", digits=2)
    figure("checkin_commit_outbox_p99", outbox_p99, "ms", digits=2)
    ratio("checkin_commit_p99_ratio_to_bare", store_p99, bare_p99)
    ratio("checkin_commit_median_ratio_to_bare", store_median, bare_median)
    ratio("checkin_commit_outbox_p99_ratio_to_bare", outbox_p99, bare_p99)
    figure("checkin_commit_sealed_median", sealed_median, "ms", digits=2)
    figure("checkin_commit_sealed_p99", sealed_p99, "ms", digits=2)
    ratio("checkin_commit_sealed_p99_ratio_to_bare", sealed_p99, bare_p99)
