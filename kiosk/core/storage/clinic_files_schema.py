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
  never erases today's or yesterday's check-ins in any time zone (it erases before two days
  before today in UTC), whatever day it is given: a kiosk's password in the wrong hands cannot
  empty the desk's list.
- ``add_checkin`` is made again with limits (no check-in larger than a kiosk makes, no time in
  the future); tickets are no longer unique in a day (the id is), and ``join_kiosk`` takes a
  token of the kiosk's own. A status changed without a time is stamped now.
"""

from __future__ import annotations

FILES_CHANNEL = "clinic_files"
FILES_LOCK = 7_341_003
MAX_FILE_BYTES = 26 * 1024 * 1024
"""Above the largest picture a kiosk takes (25 MiB) and its largest deck file."""

CHECKIN_LIMITS = """\
        IF length(p_id) > 100 OR length(p_ticket) > 20 OR length(p_first_name) > 200
                OR length(p_last_name) > 200 OR length(p_mobile) > 40
                OR COALESCE(array_length(p_reasons, 1), 0) > 20 THEN
            RAISE EXCEPTION 'a check-in larger than a kiosk makes' USING ERRCODE = '22001';
        END IF;
        IF p_day NOT BETWEEN current_date - 400 AND current_date + 2
                OR p_created_at NOT BETWEEN now() - interval '400 days'
                    AND now() + interval '2 days'
                OR p_birth_date NOT BETWEEN DATE '1880-01-01' AND current_date + 2 THEN
            RAISE EXCEPTION 'a day no kiosk gives' USING ERRCODE = '22008';
        END IF;
"""
"""What ``add_checkin`` refuses: larger than a kiosk makes, or a day no kiosk gives."""

MIGRATION: tuple[str, ...] = (
    f"""CREATE TABLE clinic_files (
        name TEXT PRIMARY KEY CHECK (name ~ '^(settings\\.toml|deck/(illustrations/)?[^/]+)$'),
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
        UPDATE checkins SET status = p_status, status_at = LEAST(p_at, now())
        WHERE id = p_id AND (status_at IS NULL OR status_at < LEAST(p_at, now()));
        RETURN FOUND;
    END
    $$""",
    # A status changed without its time (or with one in the future) is stamped now, so that
    # every kiosk hears of it and a later mark can always follow it.
    """CREATE FUNCTION stamp_status() RETURNS TRIGGER
    LANGUAGE plpgsql AS $$
    BEGIN
        IF NEW.status IS DISTINCT FROM OLD.status
                AND NEW.status_at IS NOT DISTINCT FROM OLD.status_at THEN
            NEW.status_at := now();
        END IF;
        IF NEW.status_at IS NULL AND NEW.status <> 'waiting' OR NEW.status_at > now()
                OR NEW.status_at < now() - interval '400 days' THEN
            NEW.status_at := now();
        END IF;
        RETURN NEW;
    END
    $$""",
    """CREATE TRIGGER status_stamped BEFORE UPDATE OF status, status_at ON checkins
        FOR EACH ROW EXECUTE FUNCTION stamp_status()""",
    # The ticket is for people; the id is what makes a check-in itself. Two check-ins with one
    # ticket (a kiosk started again from an empty store the same day) are both kept.
    "ALTER TABLE checkins DROP CONSTRAINT checkins_day_ticket_key",
    "CREATE INDEX checkins_by_ticket ON checkins (day, ticket)",
    f"""CREATE OR REPLACE FUNCTION add_checkin(
        p_id TEXT, p_kiosk TEXT, p_ticket TEXT, p_day DATE, p_created_at TIMESTAMPTZ,
        p_first_name TEXT, p_last_name TEXT, p_birth_date DATE, p_reasons TEXT[],
        p_urgent BOOLEAN, p_mobile TEXT, p_returning_patient BOOLEAN, p_mobility_help BOOLEAN
    ) RETURNS BOOLEAN
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public SET TimeZone = 'UTC'
    AS $$
    BEGIN
{CHECKIN_LIMITS}
        INSERT INTO checkins (id, kiosk, ticket, day, created_at, first_name, last_name,
            birth_date, reasons, urgent, mobile, returning_patient, mobility_help)
        VALUES (p_id, p_kiosk, p_ticket, p_day, LEAST(p_created_at, now()), p_first_name,
            p_last_name, p_birth_date, p_reasons, p_urgent, p_mobile, p_returning_patient,
            p_mobility_help)
        ON CONFLICT (id) DO NOTHING;
        IF FOUND THEN
            PERFORM pg_notify('checkins', p_id);
        END IF;
        RETURN FOUND;
    END
    $$""",
    # Each kiosk joins with a token of its own (kept in its clinic.toml), so a second kiosk given
    # the same letter and name is refused; the kiosk role cannot read the tokens.
    "ALTER TABLE kiosks ADD COLUMN token TEXT",
    "DROP FUNCTION join_kiosk(TEXT, TEXT)",
    """CREATE FUNCTION join_kiosk(p_letter TEXT, p_name TEXT, p_token TEXT,
        p_take_over BOOLEAN DEFAULT false) RETURNS TEXT
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    DECLARE
        holder kiosks%ROWTYPE;
    BEGIN
        IF length(p_name) NOT BETWEEN 1 AND 60 OR length(p_token) NOT BETWEEN 16 AND 100 THEN
            RAISE EXCEPTION 'a kiosk name of 1 to 60 characters' USING ERRCODE = '22001';
        END IF;
        SELECT * INTO holder FROM kiosks WHERE letter = p_letter FOR UPDATE;
        IF NOT FOUND THEN
            INSERT INTO kiosks (letter, name, token) VALUES (p_letter, p_name, p_token);
            RETURN 'joined';
        ELSIF holder.token = p_token OR (holder.token IS NULL AND holder.name = p_name)
                OR p_take_over THEN
            UPDATE kiosks SET name = p_name, token = p_token WHERE letter = p_letter;
            RETURN 'joined again';
        END IF;
        RETURN 'taken by ' || holder.name;
    END
    $$""",
    "ALTER TABLE checkins ADD COLUMN erased BOOLEAN NOT NULL DEFAULT false",
    """CREATE FUNCTION erase_expired(p_before DATE) RETURNS INTEGER
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public SET TimeZone = 'UTC'
    AS $$
    DECLARE
        n INTEGER;
    BEGIN
        UPDATE checkins SET first_name = '', last_name = '', birth_date = NULL,
            reasons = '{}', urgent = false, mobile = '', returning_patient = false,
            mobility_help = false, erased = true
        WHERE day < LEAST(p_before, current_date - 2) AND NOT erased;
        GET DIAGNOSTICS n = ROW_COUNT;
        RETURN n;
    END
    $$""",
)
FUNCTIONS = ("put_clinic_files", "mark_checkin", "erase_expired")

# Migration 4: sealed check-ins. A kiosk that seals (sealing.py) sends the box alone; the clear
# columns of its rows stay empty, and only a holder of the clinic's private key can open it.
SEALED_MIGRATION: tuple[str, ...] = (
    "ALTER TABLE checkins ADD COLUMN sealed BYTEA CHECK (octet_length(sealed) <= 65536)",
    "ALTER TABLE checkins ADD COLUMN key_id TEXT CHECK (length(key_id) <= 64)",
    """CREATE FUNCTION add_sealed_checkin(
        p_id TEXT, p_kiosk TEXT, p_ticket TEXT, p_day DATE, p_created_at TIMESTAMPTZ,
        p_key_id TEXT, p_sealed BYTEA
    ) RETURNS BOOLEAN
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public SET TimeZone = 'UTC'
    AS $$
    BEGIN
        IF length(p_id) > 100 OR length(p_ticket) > 20 OR p_sealed IS NULL
                OR p_key_id IS NULL THEN
            RAISE EXCEPTION 'a check-in larger than a kiosk makes' USING ERRCODE = '22001';
        END IF;
        IF p_day NOT BETWEEN current_date - 400 AND current_date + 2
                OR p_created_at NOT BETWEEN now() - interval '400 days'
                    AND now() + interval '2 days' THEN
            RAISE EXCEPTION 'a day no kiosk gives' USING ERRCODE = '22008';
        END IF;
        INSERT INTO checkins (id, kiosk, ticket, day, created_at, first_name, last_name,
            birth_date, reasons, urgent, mobile, returning_patient, mobility_help, sealed, key_id)
        VALUES (p_id, p_kiosk, p_ticket, p_day, LEAST(p_created_at, now()), '', '', NULL, '{}',
            false, '', false, false, p_sealed, p_key_id)
        ON CONFLICT (id) DO NOTHING;
        IF FOUND THEN
            PERFORM pg_notify('checkins', p_id);
        END IF;
        RETURN FOUND;
    END
    $$""",
    """CREATE OR REPLACE FUNCTION erase_expired(p_before DATE) RETURNS INTEGER
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public SET TimeZone = 'UTC'
    AS $$
    DECLARE
        n INTEGER;
    BEGIN
        UPDATE checkins SET first_name = '', last_name = '', birth_date = NULL,
            reasons = '{}', urgent = false, mobile = '', returning_patient = false,
            mobility_help = false, sealed = NULL, key_id = NULL, erased = true
        WHERE day < LEAST(p_before, current_date - 2) AND NOT erased;
        GET DIAGNOSTICS n = ROW_COUNT;
        RETURN n;
    END
    $$""",
)
SEALED_FUNCTIONS = ("add_sealed_checkin",)
