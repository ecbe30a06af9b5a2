"""The clinic's changes are pushed: a listener on one connection hears each new check-in and
status change made on another, and after its connection is cut it connects again, says so
(read everything again), and so misses nothing made while it was away."""

from __future__ import annotations

import threading
from pathlib import Path

import psycopg
import pytest

from kiosk.core.storage.clinic_listen import ClinicListener
from kiosk.core.storage.clinic_schema import DESK_ROLE, KIOSK_ROLE
from kiosk.tools.postgres import PostgresServer
from tests.core.test_clinic_push import wait_for
from tests.core.test_clinic_schema import ADD, ANSWERS, checkin, with_kiosk_a


class Heard:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.said: list[str | None] = []

    def __call__(self, db: object, ids: list[str] | None) -> None:
        with self.lock:
            self.said.extend([None] if ids is None else ids)

    def snapshot(self) -> list[str | None]:
        with self.lock:
            return list(self.said)


@pytest.fixture
def urls(postgres: PostgresServer, clinic_database: str, tmp_path: Path) -> dict[str, str]:
    passwords = with_kiosk_a(postgres, clinic_database, tmp_path / "secrets")
    return {
        role: postgres.url(role, passwords[role], clinic_database)
        for role in (KIOSK_ROLE, DESK_ROLE)
    }


def test_a_listener_hears_each_change_and_after_a_cut_misses_nothing(
    postgres: PostgresServer, clinic_database: str, urls: dict[str, str]
) -> None:
    heard = Heard()
    listener = ClinicListener(lambda: urls[DESK_ROLE], heard, first_wait_s=0.05, longest_wait_s=0.2)
    listener.start()
    try:
        wait_for(lambda: heard.snapshot() == [None], timeout=10)  # connected: read it all once
        with psycopg.connect(urls[KIOSK_ROLE], autocommit=True) as kiosk:
            kiosk.execute(ADD, (*checkin("c-1", "A-1"), *ANSWERS))
        wait_for(lambda: heard.snapshot()[-1:] == ["c-1"], timeout=5)
        with psycopg.connect(urls[DESK_ROLE], autocommit=True) as desk:
            desk.execute("UPDATE checkins SET status = 'called' WHERE id = 'c-1'")
        wait_for(lambda: heard.snapshot().count("c-1") == 2, timeout=5)

        before = len(heard.snapshot())
        with psycopg.connect(postgres.url(database=clinic_database), autocommit=True) as admin:
            admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE usename = %s AND query LIKE 'LISTEN%%'",
                (DESK_ROLE,),
            )
            # Made while the listener may be away: its notification can be lost, so the
            # listener's "read it all again" is what must follow.
            with psycopg.connect(urls[KIOSK_ROLE], autocommit=True) as kiosk:
                kiosk.execute(ADD, (*checkin("c-2", "A-2"), *ANSWERS))
        wait_for(lambda: None in heard.snapshot()[before:], timeout=10)
        with psycopg.connect(urls[KIOSK_ROLE], autocommit=True) as kiosk:
            kiosk.execute(ADD, (*checkin("c-3", "A-3"), *ANSWERS))
        wait_for(lambda: heard.snapshot()[-1:] == ["c-3"], timeout=5)
    finally:
        listener.stop()
