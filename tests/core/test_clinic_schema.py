"""The clinic's shared store on a real PostgreSQL server that the tests start themselves:
``kiosk clinic init`` makes the schema and two roles, and each role can do only its part. The
kiosk's role adds check-ins and reads tickets and statuses, never a patient's answers."""

from __future__ import annotations

import stat
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import psycopg
import pytest

from kiosk.core.storage.clinic_schema import CHANNEL, DESK_ROLE, KIOSK_ROLE, MIGRATIONS
from kiosk.tools.postgres import PostgresServer

ANSWERS = ("Ana", "Ruiz", date(1956, 3, 12), ["heel-or-arch"], False, "+17175550100", True, False)
ADD = "SELECT add_checkin(%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)"


def clinic(*args: str, data: Path | None = None) -> subprocess.CompletedProcess[str]:
    """``kiosk clinic ...``, of the kiosk whose data folder is ``data`` when given."""
    folder = ["--data-dir", str(data)] if data is not None else []
    return subprocess.run(
        [sys.executable, "-m", "kiosk", *folder, "clinic", *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def initialised(postgres: PostgresServer, database: str, secrets: Path) -> dict[str, str]:
    done = clinic("init", postgres.url(database=database), "--secrets", str(secrets))
    assert done.returncode == 0, done.stderr
    return {
        role: (secrets / f"{role}.password").read_text(encoding="utf-8").strip()
        for role in (KIOSK_ROLE, DESK_ROLE)
    }


def with_kiosk_a(postgres: PostgresServer, database: str, secrets: Path) -> dict[str, str]:
    passwords = initialised(postgres, database, secrets)
    with psycopg.connect(postgres.url(database=database)) as admin:
        admin.execute("INSERT INTO kiosks (letter, name) VALUES ('A', 'Main entrance')")
    return passwords


def checkin(checkin_id: str, ticket: str) -> tuple[object, ...]:
    return (checkin_id, "A", ticket, date(2026, 12, 1), datetime(2026, 12, 1, 14, 30, tzinfo=UTC))


def test_init_makes_the_schema_and_the_roles_and_keeps_their_passwords_private(
    postgres: PostgresServer, clinic_database: str, tmp_path: Path
) -> None:
    secrets = tmp_path / "secrets"
    passwords = initialised(postgres, clinic_database, secrets)
    assert stat.S_IMODE(secrets.stat().st_mode) == 0o700
    for role in (KIOSK_ROLE, DESK_ROLE):
        assert stat.S_IMODE((secrets / f"{role}.password").stat().st_mode) == 0o600
    again = initialised(postgres, clinic_database, secrets)
    assert again != passwords, "init again gives both roles new passwords"
    with psycopg.connect(postgres.url(KIOSK_ROLE, again[KIOSK_ROLE], clinic_database)) as db:
        assert db.execute("SELECT version FROM clinic_schema").fetchone() == (max(MIGRATIONS),)
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        psycopg.connect(postgres.url(KIOSK_ROLE, passwords[KIOSK_ROLE], clinic_database))


def test_the_kiosk_role_adds_check_ins_once_and_never_reads_an_answer(
    postgres: PostgresServer, clinic_database: str, tmp_path: Path
) -> None:
    passwords = with_kiosk_a(postgres, clinic_database, tmp_path / "secrets")
    url = postgres.url(KIOSK_ROLE, passwords[KIOSK_ROLE], clinic_database)
    with psycopg.connect(url, autocommit=True) as kiosk:
        assert kiosk.execute(ADD, (*checkin("c-1", "A-1"), *ANSWERS)).fetchone() == (True,)
        assert kiosk.execute(ADD, (*checkin("c-1", "A-1"), *ANSWERS)).fetchone() == (False,)
        assert kiosk.execute("SELECT ticket, status FROM kiosk_queue").fetchall() == [
            ("A-1", "waiting")
        ]
        for column in ("first_name", "last_name", "birth_date", "reasons", "mobile", "*"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                kiosk.execute(f"SELECT {column} FROM checkins")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            kiosk.execute("UPDATE checkins SET status = 'seen'")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            kiosk.execute("DELETE FROM checkins")
        with pytest.raises(psycopg.errors.UndefinedColumn):
            kiosk.execute("SELECT first_name FROM kiosk_queue")


def test_the_desk_role_reads_the_queue_marks_it_and_every_listener_is_told(
    postgres: PostgresServer, clinic_database: str, tmp_path: Path
) -> None:
    passwords = with_kiosk_a(postgres, clinic_database, tmp_path / "secrets")
    desk_url = postgres.url(DESK_ROLE, passwords[DESK_ROLE], clinic_database)
    kiosk_url = postgres.url(KIOSK_ROLE, passwords[KIOSK_ROLE], clinic_database)
    with (
        psycopg.connect(desk_url, autocommit=True) as listener,
        psycopg.connect(desk_url, autocommit=True) as desk,
        psycopg.connect(kiosk_url, autocommit=True) as kiosk,
    ):
        listener.execute(f"LISTEN {CHANNEL}")
        kiosk.execute(ADD, (*checkin("c-7", "A-7"), *ANSWERS))
        assert [n.payload for n in listener.notifies(timeout=5, stop_after=1)] == ["c-7"]
        assert desk.execute("SELECT first_name, birth_date FROM checkins").fetchall() == [
            ("Ana", date(1956, 3, 12))
        ]
        desk.execute("UPDATE checkins SET status = 'called', status_at = now() WHERE id = 'c-7'")
        assert [n.payload for n in listener.notifies(timeout=5, stop_after=1)] == ["c-7"]
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            desk.execute("UPDATE checkins SET first_name = 'Someone else'")
        with pytest.raises(psycopg.errors.CheckViolation):
            desk.execute("UPDATE checkins SET status = 'gone home'")


def test_init_says_kindly_what_is_wrong_and_leaves_nothing_behind(
    postgres: PostgresServer, clinic_database: str, tmp_path: Path
) -> None:
    wrong = postgres.url("clinic_admin", "not-the-password", clinic_database)
    refused = clinic("init", wrong, "--secrets", str(tmp_path / "secrets"))
    assert refused.returncode == 1
    assert "could not be reached" in refused.stderr
    assert "not-the-password" not in refused.stderr
    assert "Traceback" not in refused.stderr
    assert not (tmp_path / "secrets").exists()
    with psycopg.connect(postgres.url(database=clinic_database)) as admin:
        admin.execute("CREATE TABLE clinic_schema (version INTEGER NOT NULL)")
        admin.execute("INSERT INTO clinic_schema VALUES (99)")
    newer = clinic("init", postgres.url(database=clinic_database), "--secrets", str(tmp_path / "s"))
    assert newer.returncode == 1
    assert "newer than this kiosk knows" in newer.stderr
