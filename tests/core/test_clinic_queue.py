"""The clinic's queue as each kiosk sees it, on a real PostgreSQL server: "people ahead" counts the
patients of every kiosk while the server answers and the kiosk's own when it does not; a mark
made at the desk reaches the kiosk whose patient it is, and one made on a kiosk reaches the
server; and the server erases what is past the clinic's retention period."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date, datetime, time

import psycopg
import pytest

from kiosk.core.storage.clinic_link import load_link
from kiosk.core.storage.clinic_push import ClinicPusher
from kiosk.core.storage.clinic_queue import ClinicQueue, Mark
from kiosk.core.storage.clinic_schema import KIOSK_ROLE
from kiosk.core.storage.records import Status
from tests.core.conftest import Clinic, Kiosk
from tests.core.test_clinic_push import wait_for
from tests.core.test_clinic_schema import ADD, ANSWERS


class Marks:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.heard: list[Mark] = []

    def __call__(self, marks: list[Mark]) -> None:
        with self.lock:
            self.heard.extend(marks)

    def of(self, checkin_id: str) -> list[Status]:
        with self.lock:
            return [m.status for m in self.heard if m.checkin_id == checkin_id]


def listening(kiosk: Kiosk) -> tuple[ClinicQueue, Marks]:
    """The kiosk's view of the clinic's queue, started, and the marks it hears."""
    link = load_link(kiosk.data)
    assert link is not None
    marks = Marks()
    view = ClinicQueue(link, on_marks=marks, first_wait_s=0.05, longest_wait_s=0.3)
    view.start()
    return view, marks


def server_status(clinic: Clinic, checkin_id: str) -> str:
    with psycopg.connect(clinic.postgres.url(database=clinic.database)) as admin:
        row = admin.execute("SELECT status FROM checkins WHERE id = %s", (checkin_id,)).fetchone()
    return "" if row is None else str(row[0])


def desk_marks(clinic: Clinic, checkin_id: str, status: str) -> None:
    with psycopg.connect(clinic.postgres.url(database=clinic.database)) as admin:
        admin.execute(
            "UPDATE checkins SET status = %s, status_at = now() WHERE id = %s",
            (status, checkin_id),
        )


def test_people_ahead_and_marks_across_the_clinic(
    clinic: Clinic, make_kiosk: Callable[[str], Kiosk]
) -> None:
    a, b = make_kiosk("A"), make_kiosk("B")
    view, marks = listening(a)
    try:
        b_first, b_second = b.check_in("Ben"), b.check_in("Bea")
        a_first = a.check_in("Ana")
        wait_for(lambda: view.others_ahead(datetime.now()) == 2, timeout=5)
        # Before anyone arrived, and still today (two hours ago is yesterday just after midnight).
        assert view.others_ahead(datetime.combine(date.today(), time.min)) == 0

        desk_marks(clinic, b_first, "called")
        wait_for(lambda: view.others_ahead(datetime.now()) == 1, timeout=1)
        assert marks.of(b_first) == []  # another kiosk's patient: not this kiosk's to keep

        desk_marks(clinic, a_first, "seen")
        wait_for(lambda: marks.of(a_first) == [Status.SEEN], timeout=1)
        heard = next(m for m in marks.heard if m.checkin_id == a_first)
        assert a.store.follow_status(heard.checkin_id, heard.status, heard.at)
        assert [c.status for c in a.store.queue(date.today())] == [Status.SEEN]
        assert not a.store.follow_status(heard.checkin_id, Status.CALLED, heard.at)  # not newer

        # A mark made on kiosk B (its staff mode) reaches the server, after its check-in.
        assert b.store.set_status(b_second, Status.NO_SHOW)
        b.pusher.wake()
        wait_for(lambda: server_status(clinic, b_second) == "no-show", timeout=2)
        wait_for(lambda: view.others_ahead(datetime.now()) == 0, timeout=1)

        clinic.postgres.stop()
        wait_for(lambda: view.others_ahead(datetime.now()) is None, timeout=5)
        clinic.postgres.start()
        wait_for(lambda: view.others_ahead(datetime.now()) == 0, timeout=10)
    finally:
        view.stop()


def test_the_server_erases_what_is_past_the_retention_period(
    clinic: Clinic, make_kiosk: Callable[[str], Kiosk]
) -> None:
    kiosk = make_kiosk("A")
    old, new = kiosk.check_in("Ana"), kiosk.check_in("Ben")
    wait_for(lambda: server_status(clinic, new) == "waiting", timeout=5)
    admin_url = clinic.postgres.url(database=clinic.database)
    with psycopg.connect(admin_url) as admin:
        admin.execute("UPDATE checkins SET day = day - 8 WHERE id = %s", (old,))
    link = load_link(kiosk.data)
    assert link is not None
    kiosk.pusher.stop()
    eraser = ClinicPusher(kiosk.data.checkin_store, link, retention_days=lambda: 7)
    eraser.start()
    try:

        def erased() -> list[tuple[str, str, bool]]:
            with psycopg.connect(admin_url) as admin:
                rows = admin.execute(
                    "SELECT id, first_name, erased FROM checkins ORDER BY day"
                ).fetchall()
            return [(str(i), str(n), bool(e)) for i, n, e in rows]

        wait_for(lambda: erased() == [(old, "", True), (new, "Ben", False)], timeout=5)
    finally:
        eraser.stop()


def test_a_kiosk_role_cannot_erase_todays_queue(
    clinic: Clinic, make_kiosk: Callable[[str], Kiosk]
) -> None:
    kiosk = make_kiosk("A")
    today = kiosk.check_in("Ana")
    wait_for(lambda: server_status(clinic, today) == "waiting", timeout=5)
    password = clinic.kiosk_password_file.read_text(encoding="utf-8").strip()
    as_kiosk = clinic.postgres.url(KIOSK_ROLE, password, clinic.database)
    with psycopg.connect(clinic.postgres.url(database=clinic.database)) as admin:
        admin.execute("UPDATE checkins SET day = day - 1 WHERE id = %s", (today,))  # yesterday
    with psycopg.connect(as_kiosk) as db:
        for zone in ("UTC", "Pacific/Kiritimati", "Etc/GMT+12"):
            db.execute(f"SET TimeZone = '{zone}'")
            row = db.execute("SELECT erase_expired(%s)", (date(2100, 1, 1),)).fetchone()
            assert row == (0,), zone
    with psycopg.connect(clinic.postgres.url(database=clinic.database)) as admin:
        kept = admin.execute("SELECT first_name FROM checkins WHERE id = %s", (today,)).fetchone()
    assert kept == ("Ana",)


def test_a_mark_in_the_future_or_without_a_time_is_stamped_now_and_reaches_the_kiosk(
    clinic: Clinic, make_kiosk: Callable[[str], Kiosk]
) -> None:
    a = make_kiosk("A")
    view, marks = listening(a)
    try:
        first = a.check_in("Ana")
        wait_for(lambda: server_status(clinic, first) == "waiting", timeout=5)
        password = clinic.kiosk_password_file.read_text(encoding="utf-8").strip()
        as_kiosk = clinic.postgres.url(KIOSK_ROLE, password, clinic.database)
        with psycopg.connect(as_kiosk, autocommit=True) as db:
            db.execute("SELECT mark_checkin(%s, 'called', '-infinity')", (first,))
            db.execute("SELECT mark_checkin(%s, 'no-show', 'infinity')", (first,))
            for created_at in ("0044-03-15 BC", "infinity", "-infinity"):
                with pytest.raises(psycopg.DataError):
                    db.execute(ADD, ("evil", "A", "A-9", date.today(), created_at, *ANSWERS))
        wait_for(lambda: marks.of(first)[-1:] == [Status.NO_SHOW], timeout=2)
        with psycopg.connect(clinic.postgres.url(database=clinic.database)) as admin:
            admin.execute("UPDATE checkins SET status = 'called' WHERE id = %s", (first,))
        wait_for(lambda: marks.of(first) == [Status.NO_SHOW, Status.CALLED], timeout=2)
        assert all(m.at <= datetime.now().astimezone() for m in marks.heard)
    finally:
        view.stop()
