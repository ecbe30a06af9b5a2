"""Schema 8 of the clinic's server: the patient's answer to "Do you have an appointment
today?" beside the other answers a kiosk sends in clear (before the clinic had a key).

``add_checkin`` is made again with one more argument, ``false`` unless given, so a kiosk of an
older version still adds its check-ins; erasing a check-in (retention, "Delete all now") empties
it as it empties the others, by a trigger rather than by every erasing function again.
"""

from __future__ import annotations

from kiosk.core.storage.clinic_files_schema import CHECKIN_LIMITS

MIGRATION: tuple[str, ...] = (
    "ALTER TABLE checkins ADD COLUMN appointment BOOLEAN NOT NULL DEFAULT false",
    """DROP FUNCTION add_checkin(TEXT, TEXT, TEXT, DATE, TIMESTAMPTZ, TEXT, TEXT, DATE, TEXT[],
        BOOLEAN, TEXT, BOOLEAN, BOOLEAN)""",
    f"""CREATE FUNCTION add_checkin(
        p_id TEXT, p_kiosk TEXT, p_ticket TEXT, p_day DATE, p_created_at TIMESTAMPTZ,
        p_first_name TEXT, p_last_name TEXT, p_birth_date DATE, p_reasons TEXT[],
        p_urgent BOOLEAN, p_mobile TEXT, p_returning_patient BOOLEAN, p_mobility_help BOOLEAN,
        p_appointment BOOLEAN DEFAULT false
    ) RETURNS BOOLEAN
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public SET TimeZone = 'UTC'
    AS $$
    BEGIN
{CHECKIN_LIMITS}
        INSERT INTO checkins (id, kiosk, ticket, day, created_at, first_name, last_name,
            birth_date, reasons, urgent, mobile, returning_patient, mobility_help, appointment)
        VALUES (p_id, p_kiosk, p_ticket, p_day, LEAST(p_created_at, now()), p_first_name,
            p_last_name, p_birth_date, p_reasons, p_urgent, p_mobile, p_returning_patient,
            p_mobility_help, COALESCE(p_appointment, false))
        ON CONFLICT (id) DO NOTHING;
        IF FOUND THEN
            PERFORM pg_notify('checkins', p_id);
        END IF;
        RETURN FOUND;
    END
    $$""",
    # Made by the owner, so executable by PUBLIC until the roles are made again: not for a moment.
    "REVOKE ALL ON FUNCTION add_checkin FROM PUBLIC",
    """CREATE FUNCTION forget_appointment() RETURNS TRIGGER
    LANGUAGE plpgsql AS $$
    BEGIN
        IF NEW.erased THEN
            NEW.appointment := false;
        END IF;
        RETURN NEW;
    END
    $$""",
    """CREATE TRIGGER appointment_erased BEFORE UPDATE OF erased ON checkins
        FOR EACH ROW EXECUTE FUNCTION forget_appointment()""",
)
