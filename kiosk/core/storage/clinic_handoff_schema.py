"""The hand-off's tables on the clinic's server: migration 7 of ``clinic_schema``
(``clinic_handoffs`` reads and writes them)."""

from __future__ import annotations

HANDOFFS_CHANNEL = "handoffs"
"""``NOTIFY handoffs, '<check-in id>'`` when a hand-off changes: the desk shows it at once."""

MIGRATION: tuple[str, ...] = (
    """CREATE TABLE handoffs (
        checkin_id TEXT NOT NULL REFERENCES checkins (id),
        channel TEXT NOT NULL CHECK (channel IN ('hl7', 'fhir')),
        control_id TEXT NOT NULL UNIQUE CHECK (length(control_id) <= 40),
        state TEXT NOT NULL CHECK (state IN ('waiting', 'sent', 'refused', 'not-sent')),
        attempts INTEGER NOT NULL DEFAULT 0,
        first_at TIMESTAMPTZ NOT NULL,
        next_at TIMESTAMPTZ NOT NULL,
        done_at TIMESTAMPTZ,
        words TEXT NOT NULL DEFAULT '' CHECK (length(words) <= 400),
        PRIMARY KEY (checkin_id, channel)
    )""",
    "CREATE INDEX handoffs_due ON handoffs (channel, state, next_at)",
    f"""CREATE FUNCTION tell_handoff() RETURNS TRIGGER
    LANGUAGE plpgsql AS $$
    BEGIN
        PERFORM pg_notify('{HANDOFFS_CHANNEL}', NEW.checkin_id);
        RETURN NEW;
    END
    $$""",
    """CREATE TRIGGER handoff_told AFTER INSERT OR UPDATE ON handoffs
        FOR EACH ROW EXECUTE FUNCTION tell_handoff()""",
    """CREATE TABLE handoff_start (
        channel TEXT PRIMARY KEY CHECK (channel IN ('hl7', 'fhir')),
        since TIMESTAMPTZ NOT NULL
    )""",
    # A receiver's words may quote the patient: "delete all now" takes them with the answers.
    """CREATE FUNCTION forget_handoff_words() RETURNS TRIGGER
    LANGUAGE plpgsql AS $$
    BEGIN
        IF NEW.erased AND NOT OLD.erased THEN
            UPDATE handoffs SET words = '' WHERE checkin_id = NEW.id;
        END IF;
        RETURN NEW;
    END
    $$""",
    """CREATE TRIGGER handoff_words_erased AFTER UPDATE OF erased ON checkins
        FOR EACH ROW EXECUTE FUNCTION forget_handoff_words()""",
)
BY_HAND_MIGRATION: tuple[str, ...] = (
    "ALTER TABLE handoffs DROP CONSTRAINT handoffs_state_check",
    """ALTER TABLE handoffs ADD CONSTRAINT handoffs_state_check
        CHECK (state IN ('waiting', 'sent', 'refused', 'not-sent', 'by-hand'))""",
)
"""Migration 9: a refused or unsent check-in that staff entered into the practice's software
themselves is marked so (``HandoffState.BY_HAND``)."""
GRANTED = "SELECT, INSERT, UPDATE ON handoffs, handoff_start"
"""What the desk's role (which the hand-off service uses) may do with them."""
