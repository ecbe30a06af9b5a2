"""The front desk on the clinic's server: migration 5 of ``clinic_schema``.

- ``calls`` is the clinic's log of patients called to the desk, by ticket alone (``call`` or
  ``undo``); every kiosk reads it and shows the banner. The desk writes it in the transaction
  that marks the check-in; ``NOTIFY calls, '<seq>'`` says so at commit.
- ``heartbeats`` holds each kiosk's newest word about itself (no patient data), sent by
  ``kiosk_beat`` with the kiosk's own token and timed by the server's clock, so a kiosk whose
  clock is wrong is not shown as silent; ``NOTIFY heartbeats``.
- ``clinic_keys`` holds the public halves of the clinic's keys, put there by the desk (where the
  private halves are kept, wrapped for each staff member); a kiosk of the clinic seals with the
  newest, so the desk can open what any kiosk took. ``NOTIFY clinic_keys``.
- ``erase_all_checkins`` (migration 6, the desk's alone) is "delete all now": it blanks every
  check-in's answers on the server, notes it in ``erasures`` and says ``NOTIFY erasures``; each
  kiosk erases its own copies made before it, at once or when it is next in touch.
- ``checkins`` gains ``called_at`` (a wait ends at the first call) and ``acknowledged_at`` (an
  urgent patient the desk has seen).
"""

from __future__ import annotations

CALLS_CHANNEL = "calls"
HEARTBEATS_CHANNEL = "heartbeats"
KEYS_CHANNEL = "clinic_keys"
ERASURES_CHANNEL = "erasures"

MIGRATION: tuple[str, ...] = (
    "ALTER TABLE checkins ADD COLUMN called_at TIMESTAMPTZ",
    "ALTER TABLE checkins ADD COLUMN acknowledged_at TIMESTAMPTZ",
    """CREATE TABLE calls (
        seq BIGSERIAL PRIMARY KEY,
        checkin_id TEXT NOT NULL REFERENCES checkins (id),
        ticket TEXT NOT NULL CHECK (length(ticket) <= 20),
        at TIMESTAMPTZ NOT NULL DEFAULT now(),
        kind TEXT NOT NULL CHECK (kind IN ('call', 'undo'))
    )""",
    "CREATE INDEX calls_by_time ON calls (at)",
    f"""CREATE FUNCTION tell_call() RETURNS TRIGGER
    LANGUAGE plpgsql AS $$
    BEGIN
        PERFORM pg_notify('{CALLS_CHANNEL}', NEW.seq::text);
        RETURN NEW;
    END
    $$""",
    "CREATE TRIGGER call_told AFTER INSERT ON calls FOR EACH ROW EXECUTE FUNCTION tell_call()",
    """CREATE TABLE heartbeats (
        letter TEXT PRIMARY KEY REFERENCES kiosks (letter),
        at TIMESTAMPTZ NOT NULL,
        version TEXT NOT NULL,
        showing TEXT NOT NULL,
        outbox INTEGER NOT NULL,
        problems TEXT[] NOT NULL
    )""",
    f"""CREATE FUNCTION kiosk_beat(p_letter TEXT, p_token TEXT, p_version TEXT, p_showing TEXT,
        p_outbox INTEGER, p_problems TEXT[]) RETURNS BOOLEAN
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    BEGIN
        IF length(p_version) > 40 OR p_showing NOT IN ('slides', 'check-in', 'staff', 'asleep')
                OR COALESCE(array_length(p_problems, 1), 0) > 20
                OR EXISTS (SELECT 1 FROM unnest(p_problems) p WHERE length(p) > 300) THEN
            RAISE EXCEPTION 'a heartbeat larger than a kiosk makes' USING ERRCODE = '22001';
        END IF;
        IF NOT EXISTS (SELECT 1 FROM kiosks WHERE letter = p_letter AND token = p_token) THEN
            RETURN false;
        END IF;
        INSERT INTO heartbeats VALUES (p_letter, now(), p_version, p_showing,
            GREATEST(p_outbox, 0), p_problems)
        ON CONFLICT (letter) DO UPDATE SET at = now(), version = EXCLUDED.version,
            showing = EXCLUDED.showing, outbox = EXCLUDED.outbox, problems = EXCLUDED.problems;
        PERFORM pg_notify('{HEARTBEATS_CHANNEL}', p_letter);
        RETURN true;
    END
    $$""",
    """CREATE TABLE clinic_keys (
        key_id TEXT PRIMARY KEY CHECK (length(key_id) <= 64),
        public BYTEA NOT NULL CHECK (octet_length(public) = 32),
        made_at TIMESTAMPTZ NOT NULL DEFAULT now()
    )""",
    f"""CREATE FUNCTION tell_keys() RETURNS TRIGGER
    LANGUAGE plpgsql AS $$
    BEGIN
        PERFORM pg_notify('{KEYS_CHANNEL}', NEW.key_id);
        RETURN NEW;
    END
    $$""",
    """CREATE TRIGGER keys_told AFTER INSERT ON clinic_keys
        FOR EACH ROW EXECUTE FUNCTION tell_keys()""",
)
FUNCTIONS = ("kiosk_beat",)

ERASE_MIGRATION: tuple[str, ...] = (
    """CREATE TABLE erasures (
        seq BIGSERIAL PRIMARY KEY,
        at TIMESTAMPTZ NOT NULL DEFAULT now()
    )""",
    f"""CREATE FUNCTION erase_all_checkins() RETURNS INTEGER
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    DECLARE
        n INTEGER;
    BEGIN
        UPDATE checkins SET first_name = '', last_name = '', birth_date = NULL,
            reasons = '{{}}', urgent = false, mobile = '', returning_patient = false,
            mobility_help = false, sealed = NULL, key_id = NULL, erased = true
        WHERE NOT erased;
        GET DIAGNOSTICS n = ROW_COUNT;
        INSERT INTO erasures DEFAULT VALUES;
        PERFORM pg_notify('{ERASURES_CHANNEL}', now()::text);
        RETURN n;
    END
    $$""",
)
DESK_FUNCTIONS = ("erase_all_checkins",)
