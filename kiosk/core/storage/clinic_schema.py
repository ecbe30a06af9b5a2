"""The clinic's shared PostgreSQL store: its schema, in numbered migrations as the kiosk's SQLite
files have, and its two roles.

- ``clinic_kiosk`` (each kiosk logs in as it) joins with its letter through ``join_kiosk`` and
  adds check-ins through ``add_checkin``, both ``SECURITY DEFINER`` functions (as are marking a
  status, erasing what is past its retention and changing the clinic's files), and reads
  ``kiosk_queue`` and ``clinic_files``: tickets, times, statuses and the deck, never a
  patient's name, date of birth, reasons or phone. It has no privilege on the ``checkins`` table
  itself (``INSERT ... ON CONFLICT`` and ``RETURNING`` would need SELECT there).
- ``clinic_desk`` (the front desk) reads the whole queue, marks statuses and calls patients
  (``clinic_desk_schema``).

Every new check-in and status change is told with ``NOTIFY checkins, '<id>'`` at commit.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

import psycopg
from psycopg import sql

from kiosk.core.storage.clinic_appointment_schema import MIGRATION as APPOINTMENT_MIGRATION
from kiosk.core.storage.clinic_audit import MIGRATION as AUDIT_MIGRATION
from kiosk.core.storage.clinic_desk_schema import DESK_FUNCTIONS, ERASE_MIGRATION
from kiosk.core.storage.clinic_desk_schema import FUNCTIONS as DESK_SCHEMA_FUNCTIONS
from kiosk.core.storage.clinic_desk_schema import MIGRATION as DESK_MIGRATION
from kiosk.core.storage.clinic_files_schema import FUNCTIONS as FILES_FUNCTIONS
from kiosk.core.storage.clinic_files_schema import MIGRATION as FILES_MIGRATION
from kiosk.core.storage.clinic_files_schema import SEALED_FUNCTIONS, SEALED_MIGRATION
from kiosk.core.storage.clinic_handoff_schema import BY_HAND_MIGRATION
from kiosk.core.storage.clinic_handoff_schema import GRANTED as HANDOFF_GRANTED
from kiosk.core.storage.clinic_handoff_schema import MIGRATION as HANDOFF_MIGRATION

KIOSK_ROLE = "clinic_kiosk"
DESK_ROLE = "clinic_desk"
CHANNEL = "checkins"
LOCK_KEY = 7_341_002
"""An advisory lock held while migrating, so two ``kiosk clinic init`` never race."""

MIGRATIONS: dict[int, tuple[str, ...]] = {
    1: (
        """CREATE TABLE kiosks (
            letter TEXT PRIMARY KEY CHECK (letter ~ '^[A-Z]$'),
            name TEXT NOT NULL,
            joined_at TIMESTAMPTZ NOT NULL DEFAULT now()
        )""",
        """CREATE TABLE checkins (
            id TEXT PRIMARY KEY,
            kiosk TEXT NOT NULL REFERENCES kiosks (letter),
            ticket TEXT NOT NULL,
            day DATE NOT NULL,
            created_at TIMESTAMPTZ NOT NULL,
            received_at TIMESTAMPTZ NOT NULL DEFAULT now(),
            first_name TEXT NOT NULL,
            last_name TEXT NOT NULL,
            birth_date DATE,
            reasons TEXT[] NOT NULL,
            urgent BOOLEAN NOT NULL,
            mobile TEXT NOT NULL,
            returning_patient BOOLEAN NOT NULL,
            mobility_help BOOLEAN NOT NULL,
            status TEXT NOT NULL DEFAULT 'waiting'
                CHECK (status IN ('waiting', 'called', 'seen', 'no-show')),
            status_at TIMESTAMPTZ,
            UNIQUE (day, ticket)
        )""",
        "CREATE INDEX checkins_by_day ON checkins (day, created_at)",
        """CREATE VIEW kiosk_queue AS
            SELECT id, kiosk, ticket, day, created_at, status, status_at FROM checkins""",
        """CREATE FUNCTION add_checkin(
            p_id TEXT, p_kiosk TEXT, p_ticket TEXT, p_day DATE, p_created_at TIMESTAMPTZ,
            p_first_name TEXT, p_last_name TEXT, p_birth_date DATE, p_reasons TEXT[],
            p_urgent BOOLEAN, p_mobile TEXT, p_returning_patient BOOLEAN, p_mobility_help BOOLEAN
        ) RETURNS BOOLEAN
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        BEGIN
            INSERT INTO checkins (id, kiosk, ticket, day, created_at, first_name, last_name,
                birth_date, reasons, urgent, mobile, returning_patient, mobility_help)
            VALUES (p_id, p_kiosk, p_ticket, p_day, p_created_at, p_first_name, p_last_name,
                p_birth_date, p_reasons, p_urgent, p_mobile, p_returning_patient, p_mobility_help)
            ON CONFLICT (id) DO NOTHING;
            IF FOUND THEN
                PERFORM pg_notify('checkins', p_id);
            END IF;
            RETURN FOUND;
        END
        $$""",
        """CREATE FUNCTION join_kiosk(p_letter TEXT, p_name TEXT) RETURNS TEXT
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        DECLARE
            holder TEXT;
        BEGIN
            SELECT name INTO holder FROM kiosks WHERE letter = p_letter;
            IF NOT FOUND THEN
                INSERT INTO kiosks (letter, name) VALUES (p_letter, p_name);
                RETURN 'joined';
            ELSIF holder = p_name THEN
                RETURN 'joined again';
            END IF;
            RETURN 'taken by ' || holder;
        END
        $$""",
        """CREATE FUNCTION tell_status() RETURNS TRIGGER
        LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_notify('checkins', NEW.id);
            RETURN NEW;
        END
        $$""",
        """CREATE TRIGGER status_told AFTER UPDATE OF status ON checkins
            FOR EACH ROW EXECUTE FUNCTION tell_status()""",
    ),
    # Each kiosk's audit log, added to and never read by the kiosk (clinic_audit.py).
    2: AUDIT_MIGRATION,
    # The clinic's deck and settings, statuses marked on a kiosk, and the server's retention.
    3: FILES_MIGRATION,
    # Sealed check-ins: the box alone, for a kiosk that cannot read back what it wrote.
    4: SEALED_MIGRATION,
    # The front desk: calls to every kiosk, kiosks' heartbeats, the clinic's public keys.
    5: DESK_MIGRATION,
    # "Delete all now" from the desk, on the server and on every kiosk.
    6: ERASE_MIGRATION,
    # What became of each check-in's hand-off to the practice's software.
    7: HANDOFF_MIGRATION,
    # "Do you have an appointment today?", for a check-in sent before the clinic had a key
    # (a sealed one keeps it in its box); erased with the other answers.
    8: APPOINTMENT_MIGRATION,
    # A refused or unsent hand-off that staff entered into the practice's software by hand.
    9: BY_HAND_MIGRATION,
}
KIOSK_FUNCTIONS = (
    "add_checkin",
    "join_kiosk",
    "add_audit",
    "last_audit",
    *FILES_FUNCTIONS,
    *SEALED_FUNCTIONS,
    *DESK_SCHEMA_FUNCTIONS,
)


class ClinicSchemaError(RuntimeError):
    """The server refused the schema; the message says why in words for IT."""


@dataclass(frozen=True)
class RolePasswords:
    kiosk: str
    desk: str


def schema_version(db: psycopg.Connection[tuple[object, ...]]) -> int:
    found = db.execute("SELECT to_regclass('public.clinic_schema') IS NOT NULL").fetchone()
    if not found or not found[0]:
        return 0
    row = db.execute("SELECT version FROM clinic_schema").fetchone()
    return int(str(row[0])) if row else 0


def migrate(db: psycopg.Connection[tuple[object, ...]]) -> int:
    """Bring the schema to the newest version, each step in one transaction; the version now."""
    with db.transaction():
        db.execute("SELECT pg_advisory_xact_lock(%s)", (LOCK_KEY,))
        db.execute("CREATE TABLE IF NOT EXISTS clinic_schema (version INTEGER NOT NULL)")
        if db.execute("SELECT count(*) FROM clinic_schema").fetchone() == (0,):
            db.execute("INSERT INTO clinic_schema VALUES (0)")
        version = schema_version(db)
        newest = max(MIGRATIONS)
        if version > newest:
            raise ClinicSchemaError(
                f"The clinic's server has schema version {version}, newer than this kiosk knows"
                f" ({newest}): update this kiosk's program"
            )
        for step in range(version + 1, newest + 1):
            for statement in MIGRATIONS[step]:
                db.execute(statement)
            db.execute("UPDATE clinic_schema SET version = %s", (step,))
    return schema_version(db)


def make_roles(db: psycopg.Connection[tuple[object, ...]]) -> RolePasswords:
    """The kiosk's and the desk's roles, with new passwords (scram-sha-256), and what each may
    do; run again, it gives both new passwords."""
    passwords = RolePasswords(secrets.token_urlsafe(24), secrets.token_urlsafe(24))
    database = sql.Identifier(str(db.info.dbname))
    with db.transaction():
        db.execute("SET LOCAL password_encryption = 'scram-sha-256'")
        for role, password in ((KIOSK_ROLE, passwords.kiosk), (DESK_ROLE, passwords.desk)):
            exists = db.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone()
            verb = "ALTER" if exists else "CREATE"
            db.execute(
                sql.SQL(verb + " ROLE {} LOGIN PASSWORD {}").format(
                    sql.Identifier(role), sql.Literal(password)
                )
            )
            db.execute(
                sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(database, sql.Identifier(role))
            )
        db.execute("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC")
        functions = ", ".join(KIOSK_FUNCTIONS)
        db.execute(f"REVOKE ALL ON FUNCTION {functions} FROM PUBLIC")
        db.execute(f"GRANT USAGE ON SCHEMA public TO {KIOSK_ROLE}, {DESK_ROLE}")
        db.execute(f"GRANT EXECUTE ON FUNCTION {functions} TO {KIOSK_ROLE}")
        db.execute(f"GRANT EXECUTE ON FUNCTION {', '.join(FILES_FUNCTIONS)} TO {DESK_ROLE}")
        db.execute(f"REVOKE ALL ON FUNCTION {', '.join(DESK_FUNCTIONS)} FROM PUBLIC")
        db.execute(f"GRANT EXECUTE ON FUNCTION {', '.join(DESK_FUNCTIONS)} TO {DESK_ROLE}")
        db.execute(f"GRANT SELECT ON erasures TO {KIOSK_ROLE}, {DESK_ROLE}")
        db.execute(f"REVOKE ALL ON kiosks FROM {KIOSK_ROLE}")  # its tokens, granted before
        db.execute(f"GRANT SELECT (letter, name, joined_at) ON kiosks TO {KIOSK_ROLE}")
        db.execute(f"GRANT SELECT ON kiosk_queue, clinic_schema, clinic_files TO {KIOSK_ROLE}")
        db.execute(
            f"GRANT SELECT ON checkins, kiosk_queue, kiosks, clinic_schema, clinic_files, audit,"
            f" audit_conflicts TO {DESK_ROLE}"
        )
        db.execute(
            f"GRANT UPDATE (status, status_at, called_at, acknowledged_at) ON checkins"
            f" TO {DESK_ROLE}"
        )
        db.execute(f"GRANT SELECT (seq, ticket, at, kind) ON calls TO {KIOSK_ROLE}")
        db.execute(f"GRANT SELECT ON clinic_keys TO {KIOSK_ROLE}")
        db.execute(f"GRANT SELECT, INSERT ON calls, clinic_keys TO {DESK_ROLE}")
        db.execute(f"GRANT SELECT ON heartbeats TO {DESK_ROLE}")
        db.execute(f"GRANT USAGE ON SEQUENCE calls_seq_seq TO {DESK_ROLE}")
        db.execute(f"GRANT {HANDOFF_GRANTED} TO {DESK_ROLE}")
    return passwords
