"""Staff accounts, their PINs and the lock-out, kept in ``staff.sqlite`` with the audit log.

A PIN is stored only as an argon2id hash with its own salt. Wrong PINs are counted twice: for the
account they were typed for, and for the whole kiosk (someone at the screen could otherwise try
every name in turn). After five wrong PINs in a row an account waits before its next try, 30 s
and twice as long after each further wrong PIN, at most 15 minutes; after ten in a row on the
kiosk, every account waits, 1 minute and doubling, at most 10 minutes. So a patient who types
wrong PINs never locks staff out for long (the right PIN works after the wait), while someone
guessing gets about six tries an hour. The counts and the waits are kept in the file, so a
restart does not reset them; a right PIN clears its account's count and the kiosk's.
"""

from __future__ import annotations

import itertools
import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from pathlib import Path

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError

from kiosk.core.paths import audit_witness_file
from kiosk.core.staff import keyring
from kiosk.core.staff.audit import AUDIT_TABLE, SCREEN, TERMINAL, Action, AuditLog
from kiosk.core.staff.keyring import (
    KEYRING_TABLES,
    MACHINE_PREFIX,
    RECOVERY,
    Keyring,
    staff_holder,
)
from kiosk.core.staff.setup_code import SETUP_CODE_TABLE, CodeCheck, SetupCode, SetupCodes
from kiosk.core.storage.atomic import sweep_temporary_files
from kiosk.core.storage.records import Failure, RecordsError
from kiosk.core.storage.sqlite import connect, error_code_name, failure_at, migrate, transaction
from kiosk.core.text import invisible_characters, normalise, scripts_of
from kiosk.core.words import KindError, say

log = logging.getLogger(__name__)

PIN_MIN_DIGITS = 6
PIN_MAX_DIGITS = 12
NAME_MAX_CHARACTERS = 40
WRONG_PINS_PER_LOCKOUT = 5
"""Wrong PINs in a row an account is allowed before it waits."""
FIRST_LOCKOUT = timedelta(seconds=30)
LONGEST_LOCKOUT = timedelta(minutes=15)
KIOSK_WRONG_PINS_BEFORE_WAITING = 10
KIOSK_FIRST_WAIT = timedelta(minutes=1)
KIOSK_LONGEST_WAIT = timedelta(minutes=10)

# RFC 9106's second recommended option (64 MiB, 3 passes, 4 lanes); it is above OWASP's minimum
# for argon2id (19 MiB, 2 passes, 1 lane). About 0.1 s a PIN on this kiosk's 2 cores.
PIN_HASHER = PasswordHasher(
    time_cost=3, memory_cost=64 * 1024, parallelism=4, hash_len=32, salt_len=16, type=Type.ID
)

MIGRATIONS: dict[int, tuple[str, ...]] = {
    1: (
        """CREATE TABLE staff (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            folded TEXT NOT NULL UNIQUE,
            pin_hash TEXT NOT NULL,
            created_at TEXT NOT NULL
        )""",
        """CREATE TABLE guard (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            wrong_pins INTEGER NOT NULL,
            lockouts INTEGER NOT NULL,
            locked_until TEXT,
            lock_seconds INTEGER NOT NULL
        )""",
        "INSERT INTO guard VALUES (1, 0, 0, NULL, 0)",
        AUDIT_TABLE,
    ),
    # Wrong PINs are counted per account too (the guard above counts the kiosk's).
    2: (
        """CREATE TABLE account_guard (
            staff_id INTEGER PRIMARY KEY,
            wrong_pins INTEGER NOT NULL,
            locked_until TEXT,
            lock_seconds INTEGER NOT NULL
        )""",
        "UPDATE guard SET wrong_pins = 0, lockouts = 0",
    ),
    # Accounts have a life: one may be switched off (it keeps its name in the audit log).
    3: ("ALTER TABLE staff ADD COLUMN disabled INTEGER NOT NULL DEFAULT 0",),
    # The first account may be made on the screen with a one-time code (setup_code.py).
    4: (SETUP_CODE_TABLE,),
    # Who can open sealed check-ins: each account's key pair under its PIN (keyring.py).
    5: KEYRING_TABLES,
}


class StaffError(RecordsError):
    what = "staff store"


class AccountError(KindError):
    """A name or PIN that cannot be used, with a message for the person who typed it."""


@dataclass(frozen=True)
class StaffMember:
    id: int
    name: str


class Outcome(StrEnum):
    SIGNED_IN = "signed-in"
    WRONG_PIN = "wrong-pin"
    LOCKED = "locked"


@dataclass(frozen=True)
class SignIn:
    outcome: Outcome
    member: StaffMember | None = None
    tries_left: int = WRONG_PINS_PER_LOCKOUT
    """Wrong PINs still allowed before the next lock-out."""
    locked_seconds: int = 0
    """How long sign-in stays locked, when it is."""


WRITTEN_TOGETHER = (
    # The mixes Unicode TS #39 calls "highly restrictive" and still allows: Japanese (kanji
    # with kana), Chinese with bopomofo, Korean with hanja, each also with Latin letters.
    frozenset({"LATIN", "CJK", "HIRAGANA", "KATAKANA", "KATAKANA-HIRAGANA"}),
    frozenset({"LATIN", "CJK", "BOPOMOFO"}),
    frozenset({"LATIN", "CJK", "HANGUL"}),
)


def check_name(name: str) -> str:
    text = normalise(name).strip()
    if not text:
        raise AccountError(say("Please type a name."))
    if len(text) > NAME_MAX_CHARACTERS:
        raise AccountError(say("A name can have at most %1 characters.", NAME_MAX_CHARACTERS))
    if invisible_characters(text):
        raise AccountError(say("The name has a character that cannot be shown. Please retype it."))
    alphabets = scripts_of(text)
    if not alphabets:
        raise AccountError(say("A name needs letters (a PIN is never a name)."))
    if len(alphabets) > 1 and not any(alphabets <= mix for mix in WRITTEN_TOGETHER):
        # "Alice" with its first letter Cyrillic looks like "Alice": one alphabet a name, as
        # browsers ask of a web address (Unicode TS #39), keeps two accounts from looking alike.
        raise AccountError(say("A name is written in one alphabet. Please retype it."))
    return text


def check_new_pin(pin: str, fewest: int = PIN_MIN_DIGITS) -> str:
    """``pin`` when it may be a new PIN of at least ``fewest`` digits (the clinic's
    ``[staff] pin_digits``)."""
    fewest = min(max(fewest, PIN_MIN_DIGITS), PIN_MAX_DIGITS)
    if pin and not (pin.isascii() and pin.isdigit()):
        raise AccountError(say("A PIN has digits only."))
    if not fewest <= len(pin) <= PIN_MAX_DIGITS:
        raise AccountError(say("A PIN has %1 to %2 digits.", fewest, PIN_MAX_DIGITS))
    steps = {(int(b) - int(a)) % 10 for a, b in itertools.pairwise(pin)}
    if len(steps) == 1 and steps <= {0, 1, 9}:
        raise AccountError(say("That PIN is too easy to guess (a repeated digit or a run)."))
    return pin


def hash_pin(pin: str) -> str:
    return PIN_HASHER.hash(pin)


def pin_matches(pin_hash: str, pin: str) -> bool:
    """Slow on purpose (about 0.1 s) and safe to call from a worker thread."""
    try:
        return PIN_HASHER.verify(pin_hash, pin)
    except (VerificationError, InvalidHashError):
        return False


def lockout_length(
    lockouts: int, first: timedelta = FIRST_LOCKOUT, longest: timedelta = LONGEST_LOCKOUT
) -> timedelta:
    """The ``lockouts``-th wait's length: ``first``, twice that, ... at most ``longest``."""
    doubled: timedelta = first * (2 ** min(max(lockouts - 1, 0), 20))
    return min(doubled, longest)


class StaffStore:
    def __init__(
        self,
        path: Path,
        clock: Callable[[], datetime] = datetime.now,
        witness: Path | None = None,
        pin_digits: Callable[[], int] = lambda: PIN_MIN_DIGITS,
    ) -> None:
        """``pin_digits``: the fewest digits a new PIN may have, as the settings say now."""
        self.path = path
        self.pin_digits = pin_digits
        self._clock = clock
        self._witness = witness if witness is not None else audit_witness_file(path.parent)
        self._db: sqlite3.Connection | None = None
        self._keyring: Keyring | None = None
        self._audit: AuditLog | None = None
        self._codes: SetupCodes | None = None

    def open(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = connect(self.path)
        except (sqlite3.Error, OSError) as exc:
            self.close()
            raise StaffError(failure_at(exc, self.path), error_code_name(exc)) from exc
        try:
            migrate(self._db, MIGRATIONS, StaffError)
        except StaffError:
            self.close()  # never half-open: the next open starts again
            raise
        head = self.path.with_name(f"{self.path.stem}.audit-head")
        for stray in sweep_temporary_files(head.parent, head.name):
            log.info("Removed a temporary file left by an interrupted save: %s", stray.name)
        self._audit = AuditLog(self._db, head, self._clock, self._witness)
        self._codes = SetupCodes(self._db, self._clock)
        db = self._db
        self._keyring = Keyring(self._read, lambda: transaction(db, StaffError), self._clock)

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
            self._audit = None
            self._codes = None
            self._keyring = None

    @property
    def _conn(self) -> sqlite3.Connection:
        if self._db is None:
            raise StaffError(Failure.UNAVAILABLE, "the staff store is not open")
        return self._db

    @property
    def audit(self) -> AuditLog:
        if self._audit is None:
            raise StaffError(Failure.UNAVAILABLE, "the staff store is not open")
        return self._audit

    @property
    def keyring(self) -> Keyring:
        if self._keyring is None:
            raise StaffError(Failure.UNAVAILABLE, "the staff store is not open")
        return self._keyring

    def holders_to_grant(self) -> list[str]:
        """The holders the clinic's keys are given to: every account that may sign in, the
        recovery code, and each machine that hands check-ins on (``kiosk handoff enrol``)."""
        machines = [h for h in self.keyring.holders() if h.startswith(MACHINE_PREFIX)]
        return [staff_holder(m.id) for m in self.members()] + [RECOVERY, *machines]

    # --- accounts -----------------------------------------------------------------------------

    def _read(self, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
        try:
            return list(self._conn.execute(sql, params).fetchall())
        except sqlite3.Error as exc:
            raise StaffError(failure_at(exc, self.path), error_code_name(exc)) from exc

    def members(self, *, disabled_too: bool = False) -> list[StaffMember]:
        """The accounts that may sign in (and the switched-off ones, when asked), by name."""
        where = "" if disabled_too else "WHERE disabled = 0"
        rows = self._read(f"SELECT id, name FROM staff {where} ORDER BY folded")
        return [StaffMember(int(str(i)), str(n)) for i, n in rows]

    def is_disabled(self, member: StaffMember) -> bool:
        found = self._read("SELECT disabled FROM staff WHERE id = ?", (member.id,))
        return bool(found and found[0][0])

    def has_account(self, name: str) -> bool:
        """An account of that name (any case) exists, switched on or off."""
        folded = normalise(name).strip().casefold()
        return bool(self._read("SELECT 1 FROM staff WHERE folded = ?", (folded,)))

    def find(self, name: str) -> StaffMember:
        """The account named ``name`` (any case); ``AccountError`` when there is none."""
        found = self._read(
            "SELECT id, name FROM staff WHERE folded = ?", (normalise(name).strip().casefold(),)
        )
        if not found:
            raise AccountError(say("There is no account named %1.", name))
        return StaffMember(int(str(found[0][0])), str(found[0][1]))

    def remove(self, member: StaffMember, by: str) -> None:
        """Delete the account; its past actions stay in the audit log under its name."""
        with transaction(self._conn, StaffError) as db:
            db.execute("DELETE FROM account_guard WHERE staff_id = ?", (member.id,))
            db.execute("DELETE FROM staff WHERE id = ?", (member.id,))
        self.keyring.remove_holder(staff_holder(member.id))
        self.audit.record(by, Action.ACCOUNT_REMOVED, member.name)

    def set_disabled(self, member: StaffMember, disabled: bool, by: str) -> None:
        with transaction(self._conn, StaffError) as db:
            db.execute("UPDATE staff SET disabled = ? WHERE id = ?", (int(disabled), member.id))
        action = Action.ACCOUNT_DISABLED if disabled else Action.ACCOUNT_ENABLED
        self.audit.record(by, action, member.name)

    def reset_pin(self, member: StaffMember, pin: str, by: str) -> None:
        """A new PIN for ``member``; its count of wrong PINs starts again."""
        pin_hash = hash_pin(check_new_pin(pin, self.pin_digits()))
        holder = keyring.new_holder(pin)
        with transaction(self._conn, StaffError) as db:
            db.execute("UPDATE staff SET pin_hash = ? WHERE id = ?", (pin_hash, member.id))
            db.execute("DELETE FROM account_guard WHERE staff_id = ?", (member.id,))
        self.keyring.put_holder(staff_holder(member.id), holder)
        self.audit.record(by, Action.PIN_RESET, member.name)

    def add(self, name: str, pin: str, by: str) -> StaffMember:
        """A new account; ``by`` is who made it (a staff name, or the terminal)."""
        name = check_name(name)
        pin_hash = hash_pin(check_new_pin(pin, self.pin_digits()))
        holder = keyring.new_holder(pin)
        with transaction(self._conn, StaffError) as db:
            if db.execute("SELECT 1 FROM staff WHERE folded = ?", (name.casefold(),)).fetchone():
                raise AccountError(say("There is already an account named %1.", name))
            new_id = db.execute(
                "INSERT INTO staff (name, folded, pin_hash, created_at) VALUES (?, ?, ?, ?)",
                (name, name.casefold(), pin_hash, self._clock().isoformat(timespec="seconds")),
            ).lastrowid
        member = StaffMember(int(new_id or 0), name)
        self.keyring.put_holder(staff_holder(member.id), holder)
        self.audit.record(by, Action.ACCOUNT_CREATED, name)
        return member

    def pin_hash(self, member: StaffMember) -> str:
        """The PIN hash of an account that may sign in; empty for a removed or switched-off one
        (no PIN then matches)."""
        found = self._read("SELECT pin_hash FROM staff WHERE id = ? AND disabled = 0", (member.id,))
        return str(found[0][0]) if found else ""

    # --- the first account ------------------------------------------------------------------

    @property
    def _setup_codes(self) -> SetupCodes:
        if self._codes is None:
            raise StaffError(Failure.UNAVAILABLE, "the staff store is not open")
        return self._codes

    def new_setup_code(self) -> SetupCode:
        """A one-time code for making the first account on the screen (``kiosk setup-code``);
        ``AccountError`` when an account can already sign in."""
        if self.members():
            raise AccountError(say("This kiosk already has a staff account that can sign in."))
        code = self._setup_codes.new()
        self.audit.record(TERMINAL, Action.SETUP_CODE_MADE, f"good until {code.expires_at:%H:%M}")
        return code

    def setup_code_waiting(self) -> bool:
        return self._setup_codes.waiting()

    def use_setup_code(self, typed: str) -> CodeCheck:
        """Check a code typed on the screen; a code is never good once an account can sign in."""
        if self.members():
            return CodeCheck.VOID
        check = self._setup_codes.use(typed)
        if check is CodeCheck.ACCEPTED:
            self.audit.record(SCREEN, Action.SETUP_CODE_USED)
        else:
            self.audit.record(SCREEN, Action.SETUP_CODE_REFUSED, check.value)
        return check

    # --- signing in ---------------------------------------------------------------------------

    def locked_seconds(self, member: StaffMember | None = None) -> int:
        """How long sign-in waits: the whole kiosk's wait, or ``member``'s when longer; 0 when
        a PIN may be tried now.

        A clock set back while waiting cannot lengthen a wait past its own length.
        """
        rows = self._read("SELECT locked_until, lock_seconds FROM guard")
        if member is not None:
            rows += self._read(
                "SELECT locked_until, lock_seconds FROM account_guard WHERE staff_id = ?",
                (member.id,),
            )
        return max(self._left(until, length) for until, length in rows)

    def _left(self, locked_until: object, length: object) -> int:
        if not locked_until:
            return 0
        left = (datetime.fromisoformat(str(locked_until)) - self._clock()).total_seconds()
        return max(0, min(int(left + 0.999), int(str(length))))

    def sign_in(self, member: StaffMember, pin: str) -> SignIn:
        """Check ``pin`` and record the attempt; one call does both, on one thread."""
        if self.locked_seconds(member):
            return self.record_attempt(member, matched=False)
        return self.record_attempt(member, pin_matches(self.pin_hash(member), pin))

    def record_attempt(self, member: StaffMember, matched: bool) -> SignIn:
        """Count an attempt whose PIN was checked (perhaps on a worker thread) and audit it.

        An attempt made while sign-in is locked fails whatever PIN was typed.
        """
        locked = self.locked_seconds(member)
        if locked:
            self.audit.record(member.name, Action.SIGN_IN_REFUSED, f"{locked} s left")
            return SignIn(Outcome.LOCKED, member, 0, locked)
        if matched and not self.pin_hash(member):
            matched = False  # removed or switched off while its PIN was being checked
        if matched:
            with transaction(self._conn, StaffError) as db:
                db.execute("UPDATE guard SET wrong_pins = 0, lockouts = 0, locked_until = NULL")
                db.execute("DELETE FROM account_guard WHERE staff_id = ?", (member.id,))
            self.audit.record(member.name, Action.SIGNED_IN)
            return SignIn(Outcome.SIGNED_IN, member)
        with transaction(self._conn, StaffError) as db:
            mine = self._count_wrong(db, member)
            kiosk = int(db.execute("SELECT wrong_pins FROM guard").fetchone()[0]) + 1
            db.execute("UPDATE guard SET wrong_pins = ?", (kiosk,))
            waits = [timedelta(0)]
            if mine >= WRONG_PINS_PER_LOCKOUT:
                waits.append(lockout_length(mine - WRONG_PINS_PER_LOCKOUT + 1))
                self._wait(db, "account_guard", waits[-1], "staff_id = ?", (member.id,))
            if kiosk >= KIOSK_WRONG_PINS_BEFORE_WAITING:
                since = kiosk - KIOSK_WRONG_PINS_BEFORE_WAITING + 1
                waits.append(lockout_length(since, KIOSK_FIRST_WAIT, KIOSK_LONGEST_WAIT))
                self._wait(db, "guard", waits[-1], "id = ?", (1,))
        self.audit.record(member.name, Action.SIGN_IN_FAILED)
        length = max(waits)
        if length:
            seconds = int(length.total_seconds())
            self.audit.record(member.name, Action.LOCKED_OUT, f"{seconds} s")
            return SignIn(Outcome.LOCKED, member, 0, seconds)
        return SignIn(Outcome.WRONG_PIN, member, WRONG_PINS_PER_LOCKOUT - mine)

    @staticmethod
    def _count_wrong(db: sqlite3.Connection, member: StaffMember) -> int:
        """One more wrong PIN for ``member``; returns how many in a row now."""
        db.execute(
            """INSERT INTO account_guard (staff_id, wrong_pins, locked_until, lock_seconds)
            VALUES (?, 1, NULL, 0)
            ON CONFLICT (staff_id) DO UPDATE SET wrong_pins = wrong_pins + 1""",
            (member.id,),
        )
        row = db.execute(
            "SELECT wrong_pins FROM account_guard WHERE staff_id = ?", (member.id,)
        ).fetchone()
        return int(row[0])

    def _wait(
        self,
        db: sqlite3.Connection,
        table: str,
        length: timedelta,
        where: str,
        key: tuple[object, ...],
    ) -> None:
        until = (self._clock() + length).isoformat(timespec="seconds")
        db.execute(
            f"UPDATE {table} SET locked_until = ?, lock_seconds = ? WHERE {where}",
            (until, int(length.total_seconds()), *key),
        )


def open_staff_store(path: Path, clock: Callable[[], datetime] = datetime.now) -> StaffStore:
    store = StaffStore(path, clock)
    store.open()
    return store
