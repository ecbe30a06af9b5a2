"""Kiosks of one clinic send their check-ins to a real PostgreSQL server the tests start: each
check-in is committed on the kiosk first, then sent by the outbox worker, and reaches the server
once, whatever the server does meanwhile (stopped, its connections killed, a wrong password)."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import psycopg

from kiosk.cli.clinic import join_clinic
from kiosk.core.checkin.answers import new_checkin_id
from kiosk.core.paths import DataDir
from kiosk.core.storage.checkin_store import SqliteCheckInStore
from kiosk.core.storage.clinic_link import load_link
from kiosk.core.storage.clinic_push import ClinicPusher
from kiosk.core.storage.clinic_schema import KIOSK_ROLE
from kiosk.core.words import say
from tests.core.conftest import Clinic, Kiosk
from tests.core.killed_child import run_until_killed
from tests.core.test_clinic_schema import clinic as kiosk_clinic
from tests.core.test_store import visit

WRITER = Path(__file__).with_name("clinic_writer.py")
ID_LENGTH = len(new_checkin_id())


def wait_for(check: Callable[[], bool], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"not within {timeout} s")
        time.sleep(0.05)


def test_two_kiosks_send_each_check_in_once_with_their_own_letters(
    clinic: Clinic, make_kiosk: Callable[[str], Kiosk]
) -> None:
    a, b = make_kiosk("A"), make_kiosk("B")
    sent = [a.check_in("Ana"), b.check_in("Ben"), a.check_in("Cleo"), b.check_in("Dev")]
    wait_for(lambda: len(clinic.rows()) == 4, timeout=10)
    rows = {checkin_id: (letter, ticket) for checkin_id, letter, ticket in clinic.rows()}
    assert rows == {
        sent[0]: ("A", "A-1"),
        sent[1]: ("B", "B-1"),
        sent[2]: ("A", "A-2"),
        sent[3]: ("B", "B-2"),
    }
    wait_for(lambda: a.pusher.state().waiting == 0 and b.pusher.state().waiting == 0, 5)
    assert a.pusher.state().problem is None
    assert a.pusher.state().last_sent_at is not None


def test_a_letter_another_kiosk_has_is_refused(clinic: Clinic, tmp_path: Path) -> None:
    first = join_clinic(
        DataDir(tmp_path / "one"), clinic.kiosk_url(), "C", "Lobby", clinic.kiosk_password_file
    )
    again = join_clinic(
        DataDir(tmp_path / "two"), clinic.kiosk_url(), "C", "Upstairs", clinic.kiosk_password_file
    )
    assert (first, again) == (0, 1)
    assert not (tmp_path / "two" / "clinic.toml").exists()
    # Nor does the same name make it the same kiosk: only the kiosk that joined may join again.
    same_name = join_clinic(
        DataDir(tmp_path / "three"), clinic.kiosk_url(), "C", "Lobby", clinic.kiosk_password_file
    )
    rejoined = join_clinic(
        DataDir(tmp_path / "one"), clinic.kiosk_url(), "C", "Lobby", clinic.kiosk_password_file
    )
    assert (same_name, rejoined) == (1, 0)
    # A kiosk set up again (its clinic.toml lost) takes its letter back when told to.
    taken_back = join_clinic(
        DataDir(tmp_path / "three"),
        clinic.kiosk_url(),
        "C",
        "Lobby",
        clinic.kiosk_password_file,
        take_over=True,
    )
    assert taken_back == 0


def test_a_check_in_the_server_refuses_is_kept_said_and_holds_up_no_other(
    clinic: Clinic, make_kiosk: Callable[[str], Kiosk]
) -> None:
    kiosk = make_kiosk("A")
    admin_url = clinic.postgres.url(database=clinic.database)
    with psycopg.connect(admin_url, autocommit=True) as admin:
        admin.execute("ALTER TABLE checkins ADD CONSTRAINT no_zed CHECK (first_name <> 'Zed')")
    sent = [kiosk.check_in(name) for name in ("Ann", "Zed", "Bob")]
    wait_for(lambda: len(clinic.rows()) == 2, timeout=10)
    assert sorted(i for i, _, _ in clinic.rows()) == sorted([sent[0], sent[2]])
    wanted = say(
        "the server refused check-in %1 (%2); it is kept here and tried again",
        "A-2",
        "the server could not take one of its values",
    )
    wait_for(lambda: kiosk.pusher.state().problem == wanted, timeout=5)
    assert kiosk.pusher.state().waiting == 1
    status = kiosk_clinic("status", data=kiosk.data.root)
    assert f"Of them, {wanted}." in status.stdout
    later = kiosk.check_in("Cy")  # still sent at once
    wait_for(lambda: len(clinic.rows()) == 3, timeout=5)

    with psycopg.connect(admin_url, autocommit=True) as admin:
        admin.execute("ALTER TABLE checkins DROP CONSTRAINT no_zed")
    kiosk.pusher.stop()
    kiosk.pusher.start()  # the next start tries it again at once
    wait_for(lambda: len(clinic.rows()) == 4, timeout=10)
    assert sorted(i for i, _, _ in clinic.rows()) == sorted([*sent, later])
    wait_for(lambda: kiosk.pusher.state().problem is None, timeout=5)


def test_a_password_file_made_a_link_is_said_and_the_worker_lives_on(
    clinic: Clinic, make_kiosk: Callable[[str], Kiosk], tmp_path: Path
) -> None:
    kiosk = make_kiosk("A")
    own = kiosk.data.clinic_password_file
    kept = tmp_path / "kept.password"
    kept.write_bytes(own.read_bytes())
    own.unlink()
    own.symlink_to(kept)
    with psycopg.connect(clinic.postgres.url(database=clinic.database), autocommit=True) as admin:
        admin.execute(  # so that the worker must connect again, and read its password file
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = %s",
            (KIOSK_ROLE,),
        )
    kiosk.check_in("Link")
    wanted = say("this kiosk's password file cannot be read")
    wait_for(lambda: kiosk.pusher.state().problem == wanted, timeout=10)
    own.unlink()
    own.write_bytes(kept.read_bytes())
    wait_for(lambda: len(clinic.rows()) == 1, timeout=10)


def test_check_ins_taken_while_the_server_is_down_arrive_once_in_order_when_it_is_back(
    clinic: Clinic, make_kiosk: Callable[[str], Kiosk]
) -> None:
    kiosk = make_kiosk("A")
    kiosk.check_in("Before")
    wait_for(lambda: len(clinic.rows()) == 1, timeout=10)
    clinic.postgres.stop()
    during = [kiosk.check_in(f"During {n}") for n in range(5)]
    wait_for(
        lambda: kiosk.pusher.state().problem == say("the server cannot be reached"), timeout=10
    )
    # Every check-in is kept on the kiosk meanwhile; the count is read again at every try.
    wait_for(lambda: kiosk.pusher.state().waiting == 5, timeout=5)
    clinic.postgres.start()
    back = time.monotonic()
    wait_for(lambda: len(clinic.rows()) == 6, timeout=5)
    assert time.monotonic() - back < 5
    assert [checkin_id for checkin_id, _, _ in clinic.rows()[1:]] == during
    assert [ticket for _, _, ticket in clinic.rows()] == [f"A-{n}" for n in range(1, 7)]
    wait_for(lambda: kiosk.pusher.state().waiting == 0, 5)
    assert kiosk.pusher.state().problem is None


def test_connections_killed_in_a_burst_lose_nothing_and_duplicate_nothing(
    clinic: Clinic, make_kiosk: Callable[[str], Kiosk]
) -> None:
    kiosk = make_kiosk("A")
    sent = []
    with psycopg.connect(clinic.postgres.url(database=clinic.database), autocommit=True) as admin:
        for n in range(120):
            sent.append(kiosk.check_in(f"Burst {n}"))
            if n % 15 == 7:
                admin.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = %s",
                    (KIOSK_ROLE,),
                )
    wait_for(lambda: len(clinic.rows()) == 120, timeout=30)
    assert sorted(i for i, _, _ in clinic.rows()) == sorted(sent)
    wait_for(lambda: kiosk.pusher.state().waiting == 0, 5)


def test_the_server_restarted_in_a_burst_loses_nothing_and_duplicates_nothing(
    clinic: Clinic, make_kiosk: Callable[[str], Kiosk]
) -> None:
    kiosk = make_kiosk("A")
    sent = []
    for n in range(60):
        sent.append(kiosk.check_in(f"Burst {n}"))
        if n == 20:
            clinic.postgres.stop("immediate")  # as a power cut of the server is
        if n == 40:
            clinic.postgres.start()
        time.sleep(0.01)
    wait_for(lambda: len(clinic.rows()) == 60, timeout=30)
    assert sorted(i for i, _, _ in clinic.rows()) == sorted(sent)
    wait_for(lambda: kiosk.pusher.state().waiting == 0, 5)
    assert kiosk.pusher.state().problem is None


def test_a_wrong_password_is_said_and_nothing_is_lost_until_it_is_put_right(
    clinic: Clinic, make_kiosk: Callable[[str], Kiosk]
) -> None:
    kiosk = make_kiosk("A")
    right = clinic.kiosk_password_file.read_text(encoding="utf-8")
    kiosk.pusher.stop()
    kiosk_password = kiosk.data.clinic_password_file  # the kiosk's own copy of it
    kiosk_password.write_text("not-the-password\n", encoding="utf-8")
    kiosk.pusher.start()
    kiosk.check_in("Waiting")
    wait_for(lambda: "password" in str(kiosk.pusher.state().problem), timeout=10)
    wait_for(lambda: kiosk.pusher.state().waiting == 1, timeout=5)
    assert clinic.rows() == []
    kiosk_password.write_text(right, encoding="utf-8")
    wait_for(lambda: len(clinic.rows()) == 1, timeout=10)
    # The server has it at its commit; the kiosk notes it sent just after.
    wait_for(lambda: kiosk.pusher.state().last_sent_at is not None, timeout=5)
    assert datetime.fromisoformat(str(kiosk.pusher.state().last_sent_at))


KILL_ROUNDS = 200


def test_kiosks_killed_between_commit_and_send_lose_nothing_and_send_nothing_twice(
    clinic: Clinic, tmp_path: Path
) -> None:
    data = DataDir(tmp_path / "killed-kiosk")
    assert join_clinic(data, clinic.kiosk_url(), "K", "Killed", clinic.kiosk_password_file) == 0
    rng = random.Random(20261201)
    reported: set[str] = set()
    for _ in range(KILL_ROUNDS):
        for line in run_until_killed(WRITER, data.root, rng, max_delay=0.15):
            parts = line.split()
            if len(parts) == 2 and parts[0] == "DONE" and len(parts[1]) == ID_LENGTH:
                reported.add(parts[1])
    link = load_link(data)
    assert link is not None
    drain = ClinicPusher(data.checkin_store, link, first_wait_s=0.1, longest_wait_s=0.5)
    drain.start()
    try:
        wait_for(lambda: drain.state().waiting == 0 and drain.state().problem is None, 60)
    finally:
        drain.stop()
    store = SqliteCheckInStore(data.checkin_store, letter="K")
    store.open()
    try:
        assert store.integrity() == "ok"
        local = [s.id for s in store.checkins()]
    finally:
        store.close()
    on_server = [checkin_id for checkin_id, _, _ in clinic.rows()]
    assert len(on_server) == len(set(on_server)), "a check-in reached the server twice"
    assert reported <= set(on_server), "a check-in reported saved never reached the server"
    assert set(on_server) == set(local), "the server and the kiosk hold the same check-ins"
    print(
        f"clinic push: {KILL_ROUNDS} kills, {len(reported)} reported saved, {len(on_server)} sent"
    )


def test_an_appointment_reaches_the_server_an_older_kiosk_still_sends_and_erasing_forgets_it(
    clinic: Clinic, make_kiosk: Callable[[str], Kiosk]
) -> None:
    kiosk = make_kiosk("A")
    booked = replace(visit("Ann"), appointment=True)
    kiosk.store.save(booked)
    kiosk.pusher.wake()
    kiosk.check_in("Bob")
    wait_for(lambda: len(clinic.rows()) == 2, timeout=10)
    admin_url = clinic.postgres.url(database=clinic.database)

    def appointments() -> list[tuple[object, ...]]:
        with psycopg.connect(admin_url) as admin:
            return admin.execute(
                "SELECT first_name, appointment FROM checkins ORDER BY ticket"
            ).fetchall()

    assert appointments() == [("Ann", True), ("Bob", False)]
    # A kiosk not yet updated calls add_checkin with the thirteen arguments it knows.
    password = clinic.kiosk_password_file.read_text(encoding="utf-8").strip()
    with psycopg.connect(clinic.kiosk_url(), password=password, autocommit=True) as older:
        older.execute(
            "SELECT add_checkin(%s, 'A', 'A-3', current_date, now(), 'Cy', 'Lee',"
            " DATE '1950-01-02', ARRAY['ankle'], false, '', false, false)",
            (new_checkin_id(),),
        )
    assert appointments()[-1] == ("Cy", False)
    with psycopg.connect(admin_url, autocommit=True) as admin:
        admin.execute("UPDATE checkins SET day = current_date - 30")  # past any retention
        assert admin.execute("SELECT erase_expired(current_date)").fetchone() == (3,)
    assert [appointment for _, appointment in appointments()] == [False, False, False]
