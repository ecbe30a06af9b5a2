"""The clinic store, each figure beside its bare peer measured in the same run on the same server.

A throwaway PostgreSQL server (``kiosk.tools.postgres``: a Unix socket, scram passwords) is made
for the group. A listening connection of the desk's role hears what the server tells at commit,
so "visible in the server" is the moment the server's notification arrives:

- commit to visible: from just before a kiosk's local commit (outbox and all) until the server
  tells of the check-in, against a bare psycopg ``INSERT`` plus ``NOTIFY`` on the same server,
  timed the same way;
- status change to a listener: the desk's ``UPDATE`` of a status (its trigger tells) against a
  bare ``NOTIFY`` to ``LISTEN`` round trip on the same two connections;
- the desk on the server (``ClinicDeskStore``): a kiosk's commit until the desk's copy of the
  queue holds it, and the desk's Call until the kiosk's own calls log holds it (``ClinicCalls``;
  the banner reads that log every 200 ms), each against the bare ``NOTIFY`` round trip;
- four kiosks at once, in four processes, 250 check-ins each as fast as they go: check-ins a
  second until the server holds all of them, and how many it lacks.
"""

from __future__ import annotations

import contextlib
import io
import multiprocessing
import sqlite3
import tempfile
import time
import uuid
from collections.abc import Callable
from contextlib import closing
from datetime import date, datetime
from functools import partial
from pathlib import Path
from typing import Any

import psycopg

from benchmarks.checkin_commit import bench_visit
from benchmarks.figures import figure, median, percentile, progress, ratio, remark
from kiosk.cli.clinic import init_clinic, join_clinic
from kiosk.core.paths import DataDir
from kiosk.core.storage.checkin_store import SqliteCheckInStore
from kiosk.core.storage.clinic_calls import ClinicCalls
from kiosk.core.storage.clinic_desk import ClinicDeskStore
from kiosk.core.storage.clinic_link import DeskLink, load_link
from kiosk.core.storage.clinic_push import ClinicPusher
from kiosk.core.storage.clinic_schema import CHANNEL, DESK_ROLE, KIOSK_ROLE
from kiosk.core.storage.records import StoreError
from kiosk.tools.postgres import PostgresServer, postgres_server

Connection = psycopg.Connection[tuple[object, ...]]
KIOSKS = 4
EACH = 250
WAIT_S = 30.0


def _heard(listener: Connection, wanted: str) -> float:
    """Wait for the notification ``wanted``; the moment it came (perf_counter_ns)."""
    deadline = time.monotonic() + WAIT_S
    while time.monotonic() < deadline:
        for note in listener.notifies(timeout=1.0, stop_after=1):
            if note.payload == wanted:
                return time.perf_counter_ns()
    raise RuntimeError(f"the server never told of {wanted}")


def _join(server: PostgresServer, folder: Path, letter: str) -> DataDir:
    data = DataDir(folder / f"kiosk-{letter}")
    url = server.url(KIOSK_ROLE, None, "clinic")
    with contextlib.redirect_stdout(io.StringIO()):  # its words for people; figures only here
        joined = join_clinic(data, url, letter, f"Bench {letter}", folder / "secrets" / "kiosk")
    if joined != 0:
        raise RuntimeError("the bench kiosk could not join")
    return data


def _prepare(server: PostgresServer, folder: Path) -> str:
    """The schema and roles; the desk role's address."""
    secrets = folder / "secrets-made"
    with contextlib.redirect_stdout(io.StringIO()):
        made = init_clinic(server.url(), secrets)
    if made != 0:
        raise RuntimeError("the bench clinic could not be made")
    (folder / "secrets").mkdir()
    for role, name in ((KIOSK_ROLE, "kiosk"), (DESK_ROLE, "desk")):
        (folder / "secrets" / name).write_bytes((secrets / f"{role}.password").read_bytes())
    desk_password = (folder / "secrets" / "desk").read_text().strip()
    return server.url(DESK_ROLE, desk_password, "clinic")


def commit_to_visible(
    server: PostgresServer, folder: Path, desk_url: str, count: int
) -> tuple[list[float], list[float]]:
    """Milliseconds from the local commit's start to the server's word, and for a bare insert."""
    data = _join(server, folder, "A")
    link = load_link(data)
    assert link is not None
    store = SqliteCheckInStore(data.checkin_store, letter="A", outbox=True)
    store.open()
    pusher = ClinicPusher(data.checkin_store, link)
    pusher.start()
    _connected(pusher)
    ours: list[float] = []
    bare: list[float] = []
    with (
        psycopg.connect(desk_url, autocommit=True) as listener,
        psycopg.connect(server.url(database="clinic"), autocommit=True) as writer,
    ):
        listener.execute(f"LISTEN {CHANNEL}")
        try:
            for number in range(1, count + 1):
                visit = bench_visit()
                started = time.perf_counter_ns()
                store.save(visit)
                pusher.wake()
                ours.append((_heard(listener, visit.id) - started) / 1e6)

                bare_id = f"bare-{number}-{uuid.uuid4()}"
                started = time.perf_counter_ns()
                with writer.transaction():
                    writer.execute(
                        """INSERT INTO checkins (id, kiosk, ticket, day, created_at, first_name,
                            last_name, birth_date, reasons, urgent, mobile, returning_patient,
                            mobility_help)
                        VALUES (%s, 'A', %s, current_date, now(), 'Bench', 'Mark',
                            '1960-05-17', '{heel-or-arch}', false, '', false, false)""",
                        (bare_id, f"Z-{number}-{bare_id[-6:]}"),
                    )
                    writer.execute("SELECT pg_notify(%s, %s)", (CHANNEL, bare_id))
                bare.append((_heard(listener, bare_id) - started) / 1e6)
        finally:
            pusher.stop()
            store.close()
    return ours, bare


def _connected(pusher: ClinicPusher) -> None:
    """The first connection (scram and all) is not what a check-in meets: it waits here."""
    deadline = time.monotonic() + WAIT_S
    while pusher.state().problem is not None:
        if time.monotonic() > deadline:
            raise RuntimeError(f"the bench kiosk cannot reach the server: {pusher.state().problem}")
        time.sleep(0.01)


def status_to_listener(desk_url: str, count: int) -> tuple[list[float], list[float]]:
    """Milliseconds from the desk's status change to a listener's hearing it, and for a bare
    NOTIFY on the same two connections."""
    ours: list[float] = []
    bare: list[float] = []
    with (
        psycopg.connect(desk_url, autocommit=True) as listener,
        psycopg.connect(desk_url, autocommit=True) as desk,
    ):
        listener.execute(f"LISTEN {CHANNEL}")
        found = desk.execute("SELECT id FROM checkins ORDER BY created_at LIMIT 1").fetchone()
        if found is None:
            raise RuntimeError("no check-in to mark")
        checkin_id = str(found[0])
        for number in range(count):
            status = ("called", "waiting")[number % 2]
            started = time.perf_counter_ns()
            desk.execute(
                "UPDATE checkins SET status = %s, status_at = now() WHERE id = %s",
                (status, checkin_id),
            )
            ours.append((_heard(listener, checkin_id) - started) / 1e6)
            token = f"bare-{number}"
            started = time.perf_counter_ns()
            desk.execute("SELECT pg_notify(%s, %s)", (CHANNEL, token))
            bare.append((_heard(listener, token) - started) / 1e6)
    return ours, bare


def desk_round_trips(
    server: PostgresServer, folder: Path, count: int
) -> tuple[tuple[list[float], list[float]], tuple[list[float], list[float]]]:
    """Milliseconds from a kiosk's commit to the desk's copy, and from the desk's Call to the
    kiosk's calls log; each beside a bare NOTIFY round trip on the desk role's connections."""
    data = _join(server, folder, "F")
    link = load_link(data)
    assert link is not None
    store = SqliteCheckInStore(data.checkin_store, letter="F", outbox=True)
    store.open()
    pusher = ClinicPusher(data.checkin_store, link)
    calls = ClinicCalls(data.checkin_store, data.clinic_keys_file, link, on_keys=lambda: None)
    password_file = folder / "secrets" / "desk"
    desk = ClinicDeskStore(DeskLink(server.url(DESK_ROLE, None, "clinic"), password_file))
    pusher.start()
    calls.start()
    desk.open()
    _connected(pusher)
    to_desk: list[float] = []
    to_kiosk: list[float] = []
    bare: list[float] = []
    desk_url = server.url(DESK_ROLE, password_file.read_text().strip(), "clinic")
    try:
        _until(lambda: _answers(desk))
        with (
            psycopg.connect(desk_url, autocommit=True) as listener,
            psycopg.connect(desk_url, autocommit=True) as talker,
        ):
            listener.execute(f"LISTEN {CHANNEL}")
            for number in range(count):
                visit = bench_visit()
                started = time.perf_counter_ns()
                store.save(visit)
                pusher.wake()
                _until(partial(_at_the_desk, desk, visit.id))
                to_desk.append((time.perf_counter_ns() - started) / 1e6)

                started = time.perf_counter_ns()
                desk.call(visit.id)
                _until(partial(_calls_beyond, store, number))
                to_kiosk.append((time.perf_counter_ns() - started) / 1e6)

                token = f"bare-desk-{number}"
                started = time.perf_counter_ns()
                talker.execute("SELECT pg_notify(%s, %s)", (CHANNEL, token))
                bare.append((_heard(listener, token) - started) / 1e6)
    finally:
        desk.close()
        calls.stop()
        pusher.stop()
        store.close()
    return (to_desk, bare), (to_kiosk, bare)


def _at_the_desk(desk: ClinicDeskStore, checkin_id: str) -> bool:
    return any(row.id == checkin_id for row in desk.queue(date.today()))


def _calls_beyond(store: SqliteCheckInStore, count: int) -> bool:
    return len(store.calls_after(0, _today())) > count


def _answers(desk: ClinicDeskStore) -> bool:
    try:
        desk.queue(date.today())
    except StoreError:
        return False
    return True


def _until(check: Callable[[], bool]) -> None:
    """Ask ``check`` as a GUI thread's timer would, but every 0.2 ms, so the figure is the
    store's and not the asking's."""
    deadline = time.monotonic() + WAIT_S
    while not check():
        if time.monotonic() > deadline:
            raise RuntimeError("the desk and the kiosk never agreed")
        time.sleep(0.0002)


def _today() -> datetime:
    return datetime.combine(date.today(), datetime.min.time())


def _one_kiosk(root: str, letter: str, count: int, ready: Any, go: Any) -> None:
    """A kiosk process: once connected and told to go, ``count`` check-ins as fast as it goes,
    then it runs until all are sent."""
    data = DataDir(Path(root) / f"kiosk-{letter}")
    link = load_link(data)
    assert link is not None
    store = SqliteCheckInStore(data.checkin_store, letter=letter, outbox=True)
    store.open()
    pusher = ClinicPusher(data.checkin_store, link)
    pusher.start()
    _connected(pusher)
    ready.set()
    go.wait(60)
    try:
        for _ in range(count):
            store.save(bench_visit())
            pusher.wake()
        deadline = time.monotonic() + 120
        with closing(sqlite3.connect(data.checkin_store)) as outbox:
            while time.monotonic() < deadline:
                if outbox.execute("SELECT COUNT(*) FROM outbox").fetchone() == (0,):
                    break
                time.sleep(0.01)
    finally:
        pusher.stop()
        store.close()


def four_kiosks(server: PostgresServer, folder: Path, each: int) -> tuple[float, int]:
    """Check-ins a second across the four, until the server holds them all; how many it lacks."""
    for letter in "BCDE"[:KIOSKS]:
        _join(server, folder, letter)
    spawn = multiprocessing.get_context("spawn")
    go = spawn.Event()
    readies = [spawn.Event() for _ in range(KIOSKS)]
    processes = [
        spawn.Process(target=_one_kiosk, args=(str(folder), letter, each, ready, go))
        for letter, ready in zip("BCDE"[:KIOSKS], readies, strict=True)
    ]
    admin_url = server.url(database="clinic")
    for process in processes:
        process.start()
    for ready in readies:
        if not ready.wait(60):
            raise RuntimeError("a bench kiosk process did not start")
    started = time.perf_counter()
    go.set()
    wanted = KIOSKS * each
    held = 0
    with psycopg.connect(admin_url, autocommit=True) as admin:
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            row = admin.execute(
                "SELECT count(DISTINCT id) FROM checkins WHERE kiosk IN ('B', 'C', 'D', 'E')"
            ).fetchone()
            held = int(str(row[0])) if row else 0
            if held >= wanted:
                break
            time.sleep(0.005)
    seconds = time.perf_counter() - started
    for process in processes:
        process.join(60)
    return wanted / seconds if held >= wanted else held / seconds, wanted - held


def measure(runs: int, count: int, each: int) -> None:
    progress(f"clinic store: {runs} runs of {count} check-ins and marks, {KIOSKS} x {each}")
    visible: list[tuple[list[float], list[float]]] = []
    status: list[tuple[list[float], list[float]]] = []
    to_desk: list[tuple[list[float], list[float]]] = []
    to_kiosk: list[tuple[list[float], list[float]]] = []
    rates: list[float] = []
    lost = 0
    for _ in range(runs):
        with (
            tempfile.TemporaryDirectory(prefix="clinic-bench-") as tmp,
            postgres_server() as server,
        ):
            folder = Path(tmp)
            desk_url = _prepare(server, folder)
            visible.append(commit_to_visible(server, folder, desk_url, count))
            status.append(status_to_listener(desk_url, count))
            desk_way, kiosk_way = desk_round_trips(server, folder, max(count // 5, 10))
            to_desk.append(desk_way)
            to_kiosk.append(kiosk_way)
            rate, missing = four_kiosks(server, folder, each)
            rates.append(rate)
            lost += missing
    _pair("clinic_commit_to_visible", visible, "bare_insert_to_visible")
    _pair("clinic_status_to_listener", status, "bare_notify_round_trip")
    _pair("clinic_confirm_to_desk_copy", to_desk, "bare_desk_notify_round_trip")
    _pair("clinic_desk_call_to_kiosk_log", to_kiosk, "bare_desk_notify_round_trip", peer_shown=True)
    figure("clinic_four_kiosks_per_second", median(rates), "checkins")
    figure("clinic_four_kiosks_lost", lost, "checkins", digits=0)
    remark(f"{KIOSKS} kiosk processes x {each} check-ins, {runs} run(s), {datetime.now():%H:%M}")


def _pair(
    name: str,
    runs: list[tuple[list[float], list[float]]],
    peer: str,
    *,
    peer_shown: bool = False,
) -> None:
    """``name``'s median and p99 beside its peer's (printed once: ``peer_shown`` when a figure
    before this one printed it already)."""
    ours_median = median([median(ours) for ours, _ in runs])
    ours_p99 = median([percentile(ours, 0.99) for ours, _ in runs])
    bare_median = median([median(bare) for _, bare in runs])
    bare_p99 = median([percentile(bare, 0.99) for _, bare in runs])
    figure(f"{name}_median", ours_median, "ms", digits=2)
    figure(f"{name}_p99", ours_p99, "ms", digits=2)
    if not peer_shown:
        figure(f"{peer}_median", bare_median, "ms", digits=2)
        figure(f"{peer}_p99", bare_p99, "ms", digits=2)
    ratio(f"{name}_median_ratio_to_bare", ours_median, bare_median)
