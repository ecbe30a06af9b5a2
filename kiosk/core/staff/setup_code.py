"""The one-time set-up code that lets the first staff account be made on the kiosk's own screen.

A new kiosk takes no check-ins until a staff member can sign in (anyone at the screen could
otherwise make the first account and read every check-in). The first account is made at the
kiosk's terminal, or on the screen with a code printed there by ``kiosk setup-code``: eight
digits, shown once, good for 30 minutes and for one use, and void after five wrong tries. Only a
salted hash of the code is kept, in ``staff.sqlite``; a new code replaces the one before.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from kiosk.core.storage.records import RecordsError
from kiosk.core.storage.sqlite import error_code_name, failure_of, transaction

CODE_DIGITS = 8
CODE_LIFETIME = timedelta(minutes=30)
WRONG_TRIES_ALLOWED = 5

SETUP_CODE_TABLE = """CREATE TABLE setup_code (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    salt TEXT NOT NULL,
    code_hash TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    wrong_tries INTEGER NOT NULL
)"""


class SetupCodeError(RecordsError):
    what = "set-up code"


class CodeCheck(StrEnum):
    ACCEPTED = "accepted"
    WRONG = "wrong"
    """Not the code; it stays good for the tries it has left."""
    VOID = "void"
    """No code is waiting: none was printed, it expired, was used, or had too many wrong tries."""


@dataclass(frozen=True)
class SetupCode:
    code: str
    expires_at: datetime

    @property
    def shown(self) -> str:
        """In two groups of four, as it is easiest to read out and type."""
        return f"{self.code[:4]} {self.code[4:]}"


def _hash(salt: str, code: str) -> str:
    return hashlib.sha256(f"{salt}:{code}".encode()).hexdigest()


class SetupCodes:
    """The waiting code, kept in the staff store's database."""

    def __init__(self, db: sqlite3.Connection, clock: Callable[[], datetime]) -> None:
        self._db = db
        self._clock = clock

    def new(self) -> SetupCode:
        code = f"{secrets.randbelow(10**CODE_DIGITS):0{CODE_DIGITS}d}"
        salt = secrets.token_hex(16)
        expires = (self._clock() + CODE_LIFETIME).replace(microsecond=0)
        with transaction(self._db, SetupCodeError) as db:
            db.execute(
                "INSERT OR REPLACE INTO setup_code VALUES (1, ?, ?, ?, 0)",
                (salt, _hash(salt, code), expires.isoformat()),
            )
        return SetupCode(code, expires)

    def waiting(self) -> bool:
        """A code is good now (printed, unexpired, unused)."""
        row = self._row()
        return row is not None and self._clock() < datetime.fromisoformat(row[2])

    def use(self, typed: str) -> CodeCheck:
        """Check ``typed``; the right code is used up, and so is one past its time or its
        tries."""
        row = self._row()
        if row is None:
            return CodeCheck.VOID
        salt, code_hash, expires_at, wrong = row
        if self._clock() >= datetime.fromisoformat(expires_at):
            self._forget()
            return CodeCheck.VOID
        if hmac.compare_digest(_hash(salt, typed), code_hash):
            self._forget()
            return CodeCheck.ACCEPTED
        if wrong + 1 >= WRONG_TRIES_ALLOWED:
            self._forget()
            return CodeCheck.VOID
        with transaction(self._db, SetupCodeError) as db:
            db.execute("UPDATE setup_code SET wrong_tries = wrong_tries + 1")
        return CodeCheck.WRONG

    def _row(self) -> tuple[str, str, str, int] | None:
        try:
            row = self._db.execute(
                "SELECT salt, code_hash, expires_at, wrong_tries FROM setup_code"
            ).fetchone()
        except sqlite3.Error as exc:
            raise SetupCodeError(failure_of(exc), error_code_name(exc)) from exc
        return None if row is None else (str(row[0]), str(row[1]), str(row[2]), int(row[3]))

    def _forget(self) -> None:
        with transaction(self._db, SetupCodeError) as db:
            db.execute("DELETE FROM setup_code")
