"""The kiosk's audit log shipped to the clinic's server, where the kiosk can add entries but never
read, change or delete one (issue 19): a local attacker who rewrites ``staff.sqlite``, its head
and its witness still cannot touch the copy on the server.

The outbox worker (``clinic_push``) calls ``ship_audit`` after each round of check-ins. It asks
the server for the newest entry it holds from this kiosk, then sends the ones after it, oldest
first, each by ``add_audit``: an entry the server has already is kept as it was, and one that
arrives with the same number but another hash (the kiosk's log rewritten, or restored from a
backup) is noted beside it in ``audit_conflicts``, never written over it.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import psycopg

BATCH = 200

MIGRATION: tuple[str, ...] = (
    """CREATE TABLE audit (
        kiosk TEXT NOT NULL REFERENCES kiosks (letter),
        seq INTEGER NOT NULL,
        at TEXT NOT NULL,
        staff TEXT NOT NULL,
        action TEXT NOT NULL,
        detail TEXT NOT NULL,
        prev TEXT NOT NULL,
        hash TEXT NOT NULL,
        received_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        PRIMARY KEY (kiosk, seq)
    )""",
    """CREATE TABLE audit_conflicts (
        kiosk TEXT NOT NULL,
        seq INTEGER NOT NULL,
        hash TEXT NOT NULL,
        received_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        PRIMARY KEY (kiosk, seq, hash)
    )""",
    """CREATE FUNCTION add_audit(
        p_kiosk TEXT, p_seq INTEGER, p_at TEXT, p_staff TEXT, p_action TEXT, p_detail TEXT,
        p_prev TEXT, p_hash TEXT
    ) RETURNS TEXT
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    BEGIN
        INSERT INTO audit (kiosk, seq, at, staff, action, detail, prev, hash)
        VALUES (p_kiosk, p_seq, p_at, p_staff, p_action, p_detail, p_prev, p_hash)
        ON CONFLICT (kiosk, seq) DO NOTHING;
        IF FOUND THEN
            RETURN 'kept';
        END IF;
        IF EXISTS (SELECT 1 FROM audit WHERE kiosk = p_kiosk AND seq = p_seq AND hash = p_hash)
        THEN
            RETURN 'had';
        END IF;
        INSERT INTO audit_conflicts (kiosk, seq, hash) VALUES (p_kiosk, p_seq, p_hash)
        ON CONFLICT DO NOTHING;
        RETURN 'differs';
    END
    $$""",
    """CREATE FUNCTION last_audit(p_kiosk TEXT, OUT seq INTEGER, OUT hash TEXT)
    LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        SELECT seq, hash FROM audit WHERE kiosk = p_kiosk ORDER BY seq DESC LIMIT 1
    $$""",
)


def ship_audit(
    staff_store: Path,
    server: psycopg.Connection[tuple[object, ...]],
    letter: str,
    shipped_to: int | None,
) -> int | None:
    """Send the entries of ``staff_store`` after ``shipped_to`` (``None``: not known yet on this
    connection); returns how far the server now holds this kiosk's log.

    On a new connection the server's newest entry is compared with this kiosk's entry of the
    same number: when they differ (the log was rewritten, or restored from a backup), every
    entry is offered again, so the server notes each that differs from what it keeps."""
    if not staff_store.exists():
        return shipped_to
    with closing(sqlite3.connect(f"file:{staff_store}?mode=ro", uri=True)) as local:
        try:
            if shipped_to is None:
                shipped_to = _agreed_until(local, server, letter)
            while True:
                entries = local.execute(
                    "SELECT seq, at, staff, action, detail, prev, hash FROM audit"
                    " WHERE seq > ? ORDER BY seq LIMIT ?",
                    (shipped_to, BATCH),
                ).fetchall()
                if not entries:
                    return shipped_to
                for entry in entries:
                    server.execute(
                        "SELECT add_audit(%s, %s, %s, %s, %s, %s, %s, %s)", (letter, *entry)
                    )
                    shipped_to = int(entry[0])
        except sqlite3.OperationalError:
            return shipped_to  # no audit table yet (a staff store never opened): nothing to send


def _agreed_until(
    local: sqlite3.Connection, server: psycopg.Connection[tuple[object, ...]], letter: str
) -> int:
    row = server.execute("SELECT seq, hash FROM last_audit(%s)", (letter,)).fetchone()
    if row is None or row[0] is None:
        return 0
    seq, digest = int(str(row[0])), str(row[1])
    mine = local.execute("SELECT hash FROM audit WHERE seq = ?", (seq,)).fetchone()
    return seq if mine is not None and mine[0] == digest else 0
