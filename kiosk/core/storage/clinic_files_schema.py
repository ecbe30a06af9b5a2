"""The clinic's shared files in its server (``clinic_files``), and the queue's statuses and
retention as the kiosks change them: migration 3 of ``clinic_schema``.

- ``clinic_files`` holds the deck, its pictures and the clinic's settings, each with the version
  it was last changed in. ``put_clinic_files`` changes several in one version, under a lock, so
  versions commit in the order they are numbered and a reader that has seen version n has seen
  everything before it. ``NOTIFY clinic_files, '<version>'`` says so at commit.
- ``mark_checkin`` lets a kiosk mark its patient called, seen or a no-show (staff mode on the
  kiosk) without any privilege on the table; a later mark wins, wherever it was made.
- ``erase_expired`` blanks the personal data of check-ins from before a day, for the clinic's
  retention period; any kiosk or the desk may run it, and running it twice changes nothing. It
  never erases today's queue, whatever day it is given (a kiosk's password in the wrong hands
  cannot empty the desk's list).
"""

from __future__ import annotations

FILES_CHANNEL = "clinic_files"
FILES_LOCK = 7_341_003
MAX_FILE_BYTES = 26 * 1024 * 1024
"""Above the largest picture a kiosk takes (25 MiB) and its largest deck file."""

MIGRATION: tuple[str, ...] = (
    f"""CREATE TABLE clinic_files (
        name TEXT PRIMARY KEY CHECK (name ~ '^(settings\\.toml|deck/[^/]+)$'),
        version BIGINT NOT NULL,
        sha256 TEXT NOT NULL,
        body BYTEA CHECK (octet_length(body) <= {MAX_FILE_BYTES}),
        changed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        changed_by TEXT NOT NULL
    )""",
    "CREATE INDEX clinic_files_by_version ON clinic_files (version)",
    f"""CREATE FUNCTION put_clinic_files(p_by TEXT, p_names TEXT[], p_bodies BYTEA[])
    RETURNS BIGINT
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    DECLARE
        v BIGINT;
    BEGIN
        PERFORM pg_advisory_xact_lock({FILES_LOCK});
        SELECT COALESCE(MAX(version), 0) + 1 INTO v FROM clinic_files;
        FOR i IN 1 .. COALESCE(array_length(p_names, 1), 0) LOOP
            INSERT INTO clinic_files (name, version, sha256, body, changed_by)
            VALUES (p_names[i], v, COALESCE(encode(sha256(p_bodies[i]), 'hex'), ''),
                p_bodies[i], p_by)
            ON CONFLICT (name) DO UPDATE SET version = EXCLUDED.version,
                sha256 = EXCLUDED.sha256, body = EXCLUDED.body, changed_at = now(),
                changed_by = EXCLUDED.changed_by;
        END LOOP;
        PERFORM pg_notify('{FILES_CHANNEL}', v::text);
        RETURN v;
    END
    $$""",
    """CREATE FUNCTION mark_checkin(p_id TEXT, p_status TEXT, p_at TIMESTAMPTZ)
    RETURNS BOOLEAN
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    BEGIN
        UPDATE checkins SET status = p_status, status_at = p_at
        WHERE id = p_id AND (status_at IS NULL OR status_at < p_at);
        RETURN FOUND;
    END
    $$""",
    "ALTER TABLE checkins ADD COLUMN erased BOOLEAN NOT NULL DEFAULT false",
    """CREATE FUNCTION erase_expired(p_before DATE) RETURNS INTEGER
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    DECLARE
        n INTEGER;
    BEGIN
        UPDATE checkins SET first_name = '', last_name = '', birth_date = NULL,
            reasons = '{}', urgent = false, mobile = '', returning_patient = false,
            mobility_help = false, erased = true
        WHERE day < LEAST(p_before, current_date) AND NOT erased;
        GET DIAGNOSTICS n = ROW_COUNT;
        RETURN n;
    END
    $$""",
)
FUNCTIONS = ("put_clinic_files", "mark_checkin", "erase_expired")
