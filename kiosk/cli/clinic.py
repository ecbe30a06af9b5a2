"""``kiosk clinic``: the clinic's shared PostgreSQL store, from a terminal."""

from __future__ import annotations

import sys
from pathlib import Path

import psycopg

from kiosk.core.storage.atomic import write_atomic
from kiosk.core.storage.clinic_schema import (
    DESK_ROLE,
    KIOSK_ROLE,
    ClinicSchemaError,
    make_roles,
    migrate,
)
from kiosk.core.storage.private import private_folder


def init_clinic(url: str, secrets: Path) -> int:
    """Make or update the schema and the two roles; their new passwords go to ``secrets``."""
    try:
        with psycopg.connect(url, connect_timeout=10) as db:
            version = migrate(db)
            passwords = make_roles(db)
    except ClinicSchemaError as exc:
        print(exc, file=sys.stderr)
        return 1
    except psycopg.OperationalError as exc:
        print(f"The clinic's server could not be reached: {_first_line(exc)}", file=sys.stderr)
        return 1
    except psycopg.Error as exc:
        print(f"The clinic's server refused: {_first_line(exc)}", file=sys.stderr)
        return 1
    private_folder(secrets)
    for role, password in ((KIOSK_ROLE, passwords.kiosk), (DESK_ROLE, passwords.desk)):
        write_atomic(secrets / f"{role}.password", (password + "\n").encode())
    print(f"The clinic store is at schema version {version}.")
    print(
        f"The roles {KIOSK_ROLE} (for each kiosk) and {DESK_ROLE} (for the front desk) have new"
        f" passwords, in {secrets}/{KIOSK_ROLE}.password and {secrets}/{DESK_ROLE}.password."
    )
    return 0


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]
