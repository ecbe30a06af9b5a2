"""The audit log: who did what in staff mode, and when. It never holds health data.

Each entry carries a SHA-256 hash of its own fields and of the entry before it, so an edited
entry, a removed one or a reordering breaks the chain. The newest entry's number and hash are
also kept in a small file beside the database (the head), so removing entries from the end is
found too. This makes tampering evident, not impossible: someone who can rewrite both files and
recompute every hash can hide it.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from kiosk.core.storage.atomic import write_atomic
from kiosk.core.storage.records import RecordsError
from kiosk.core.storage.sqlite import error_code_name, failure_of, transaction

log = logging.getLogger(__name__)

GENESIS = "0" * 64
RESTORED_MARK = "restored"
"""A witness line ``restored SEQ HASH``: the log was brought back from a backup there."""
TERMINAL = "(terminal)"
"""The staff name of actions taken from a terminal (``kiosk staff add``)."""
SCREEN = "(kiosk screen)"
"""The staff name of actions taken on the screen before anyone signed in (a set-up code)."""
SYSTEM = "(kiosk)"
"""The staff name of actions the kiosk takes by itself (the retention purge)."""

AUDIT_TABLE = """CREATE TABLE audit (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    staff TEXT NOT NULL,
    action TEXT NOT NULL,
    detail TEXT NOT NULL,
    prev TEXT NOT NULL,
    hash TEXT NOT NULL
)"""


class Action(StrEnum):
    SIGNED_IN = "signed in"
    SIGN_IN_FAILED = "wrong PIN"
    SIGN_IN_REFUSED = "sign-in refused during a lock-out"
    LOCKED_OUT = "locked out"
    SIGNED_OUT = "signed out"
    AUTO_LOCKED = "locked when idle"
    ACCOUNT_CREATED = "account created"
    ACCOUNT_REMOVED = "account removed"
    ACCOUNT_DISABLED = "account switched off"
    ACCOUNT_ENABLED = "account switched on"
    PIN_RESET = "PIN reset"
    SETUP_CODE_MADE = "set-up code printed"
    SETUP_CODE_REFUSED = "set-up code refused"
    SETUP_CODE_USED = "set-up code used"
    CHECKIN_STATUS = "check-in marked"
    CHECKINS_EXPORTED = "check-ins exported"
    CHECKINS_DELETED = "check-ins deleted"
    CHECKINS_ERASED = "check-ins erased after retention"
    DECK_CHANGED = "deck changed"
    DECK_RESTORED = "built-in deck restored"
    DECK_IMPORTED = "deck imported"
    DECK_EXPORTED = "deck exported"
    SETTINGS_CHANGED = "settings changed"
    EXITED = "exited to the desktop"
    AUDIT_RESTORED = "audit log restored from a backup"
    CLINIC_KEY_MADE = "clinic key made"
    RECOVERY_CODE_SHOWN = "recovery code written down"
    KEYS_ROTATED = "clinic key rotated"
    RECOVERY_CODE_USED = "check-ins opened with the recovery code"
    URGENT_ACKNOWLEDGED = "urgent check-in acknowledged"
    HANDOFF_ENROLLED = "machine enrolled to hand check-ins on"


def _restored_and_since_changed(mark: str, hashes: dict[int, str]) -> list[int]:
    """The entries 1 to N of a log restored at ``mark`` (``restored N HASH``) when its entry N no
    longer has that hash (the chain links every entry before it to it); none when it has."""
    try:
        _, seq_text, digest = mark.split()
        seq = int(seq_text)
    except ValueError:
        return []
    if seq == 0 or hashes.get(seq) == digest:
        return []
    return list(range(1, seq + 1))


def _entries(count: int) -> str:
    return f"{count} {'entry' if count == 1 else 'entries'}"


class AuditError(RecordsError):
    what = "audit log"


class RestoreRefusedError(ValueError):
    """``accept_restore`` found no restore to accept, or damage a restore does not explain."""


@dataclass(frozen=True)
class Entry:
    seq: int
    at: str
    """Local time, ISO 8601 to the second."""
    staff: str
    action: str
    detail: str
    prev: str
    hash: str


def entry_hash(seq: int, at: str, staff: str, action: str, detail: str, prev: str) -> str:
    fields = json.dumps([seq, at, staff, action, detail, prev], ensure_ascii=False)
    return hashlib.sha256(fields.encode("utf-8")).hexdigest()


class AuditLog:
    """The ``audit`` table of an open staff database, its head file beside it, and its witness
    kept outside the data folder: a line ``seq hash`` for every entry as it was written, so a log
    deleted and started again, or cut short with its head rewritten, no longer matches it."""

    def __init__(
        self,
        db: sqlite3.Connection,
        head_file: Path,
        clock: Callable[[], datetime],
        witness_file: Path | None = None,
    ) -> None:
        self._db = db
        self.head_file = head_file
        self.witness_file = witness_file
        self._clock = clock

    def record(self, staff: str, action: Action, detail: str = "") -> Entry:
        """Append one entry. ``detail`` is written by the kiosk's own code: counts, tickets,
        file and field names, never a patient's answers."""
        at = self._clock().isoformat(timespec="seconds")
        with transaction(self._db, AuditError) as db:
            row = db.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
            seq, prev = (row[0] + 1, row[1]) if row else (1, GENESIS)
            digest = entry_hash(seq, at, staff, action.value, detail, prev)
            db.execute(
                "INSERT INTO audit VALUES (?, ?, ?, ?, ?, ?, ?)",
                (seq, at, staff, action.value, detail, prev, digest),
            )
        try:
            write_atomic(self.head_file, f"{seq} {digest}\n".encode())
        except OSError as exc:
            log.warning("The audit log's head could not be written: %s", exc.strerror or exc)
        self._witness(seq, digest)
        # Said in the log too: under the service it reaches the journal, which the kiosk's user
        # can read but not rewrite. Only the number and hash: the entry itself stays here.
        log.info("Audit entry %d written; its hash begins %s", seq, digest[:16])
        return Entry(seq, at, staff, action.value, detail, prev, digest)

    def _witness(self, seq: int, digest: str) -> None:
        if self.witness_file is None:
            return
        try:
            self.witness_file.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            descriptor = os.open(self.witness_file, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
            with open(descriptor, "a", encoding="ascii") as witness:
                witness.write(f"{seq} {digest}\n")
                witness.flush()
                os.fsync(witness.fileno())
        except OSError as exc:
            log.warning("The audit log's witness could not be written: %s", exc.strerror or exc)

    def entries(self, newest_first: bool = True, limit: int = -1) -> list[Entry]:
        order = "DESC" if newest_first else "ASC"
        try:
            rows = self._db.execute(
                f"SELECT seq, at, staff, action, detail, prev, hash FROM audit "
                f"ORDER BY seq {order} LIMIT ?",
                (limit,),
            ).fetchall()
        except sqlite3.Error as exc:
            raise AuditError(failure_of(exc), error_code_name(exc)) from exc
        return [
            Entry(int(seq), str(at), str(staff), str(action), str(detail), str(prev), str(digest))
            for seq, at, staff, action, detail, prev, digest in rows
        ]

    def verify(self) -> list[str]:
        """Every sign of tampering found, in words; an empty list when the chain is whole."""
        hashes = {e.seq: e.hash for e in self.entries(newest_first=False)}
        problems = self._chain_problems()
        problems.extend(self._check_head(hashes, max(hashes, default=0)))
        problems.extend(self._check_witness(hashes))
        return problems

    def _chain_problems(self) -> list[str]:
        """What is wrong inside the log itself: an entry edited, removed, or out of order."""
        problems: list[str] = []
        expected_seq, prev = 1, GENESIS
        for entry in self.entries(newest_first=False):
            if entry.seq != expected_seq:
                missing = (
                    f"{expected_seq}"
                    if entry.seq == expected_seq + 1
                    else (f"{expected_seq} to {entry.seq - 1}")
                )
                problems.append(f"entry {missing} was removed")
            elif entry.prev != prev:
                problems.append(f"entry {entry.seq} does not follow the entry before it")
            recomputed = entry_hash(
                entry.seq,
                entry.at,
                entry.staff,
                entry.action,
                entry.detail,
                entry.prev,
            )
            if recomputed != entry.hash:
                problems.append(f"entry {entry.seq} was edited")
            expected_seq, prev = entry.seq + 1, entry.hash
        return problems

    def _witness_findings(self, hashes: dict[int, str]) -> tuple[list[int], list[int]] | str:
        """The entries the witness saw written (since its last restore) that the log lacks,
        and those it holds changed; or, when the witness cannot be used, why not."""
        if self.witness_file is None:
            return [], []
        try:
            lines = self.witness_file.read_text(encoding="ascii").splitlines()
        except FileNotFoundError:
            return ([], []) if not hashes else "the audit log's witness is missing"
        except (OSError, ValueError):
            return "the audit log's witness cannot be read"
        gone: list[int] = []
        changed: list[int] = []
        for line in lines:
            if line.startswith(RESTORED_MARK):
                # The log was brought back from a backup here (``accept_restore``): what the
                # witness saw before it is answered for by the entry that says so, and the log
                # as it was then is vouched for by its newest entry's hash, kept in the mark.
                gone.clear()
                changed[:] = _restored_and_since_changed(line, hashes)
                continue
            try:
                seq_text, digest = line.split()
                seq = int(seq_text)
            except ValueError:
                return "the audit log's witness cannot be read"
            if seq not in hashes:
                gone.append(seq)
            elif hashes[seq] != digest:
                changed.append(seq)
        return gone, changed

    def _check_witness(self, hashes: dict[int, str]) -> list[str]:
        """Every entry the witness saw written must still be in the log, unchanged."""
        found = self._witness_findings(hashes)
        if isinstance(found, str):
            return [found]
        gone, changed = found
        problems = []
        if gone:
            problems.append(
                f"{_entries(len(gone))} the witness saw written "
                f"{'is' if len(gone) == 1 else 'are'} gone (from {gone[0]})"
            )
        if changed:
            problems.append(
                f"{_entries(len(changed))} {'differs' if len(changed) == 1 else 'differ'} from"
                f" what the witness saw written (from {changed[0]}): the log was replaced or"
                " started again"
            )
        return problems

    def accept_restore(self, by: str) -> int:
        """After the data folder was restored from a backup: the witness and the head take the
        log as it is now, and an entry says so, with how many entries written after the backup
        it lacks. Returns that count. Nothing is hidden: the entry, its count and the journal's
        line stay."""
        hashes = {e.seq: e.hash for e in self.entries(newest_first=False)}
        in_the_chain = self._chain_problems()
        if in_the_chain:
            raise RestoreRefusedError(
                "the log itself was changed (" + "; ".join(in_the_chain) + "): a restore from a"
                " backup does not explain that"
            )
        if not self.verify():
            raise RestoreRefusedError(
                "the audit log's chain is whole: there is no restore to accept"
            )
        found = self._witness_findings(hashes)
        lost = 0 if isinstance(found, str) else len(found[0]) + len(found[1])
        last = max(hashes, default=0)
        if self.witness_file is not None:
            try:
                self.witness_file.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
                with self.witness_file.open("a", encoding="ascii") as witness:
                    witness.write(f"{RESTORED_MARK} {last} {hashes.get(last, GENESIS)}\n")
            except OSError as exc:
                raise AuditError(failure_of(exc), type(exc).__name__) from exc
        if last:
            write_atomic(self.head_file, f"{last} {hashes[last]}\n".encode())
        else:
            self.head_file.unlink(missing_ok=True)
        self.record(by, Action.AUDIT_RESTORED, f"{_entries(lost)} written after the backup lost")
        return lost

    def _check_head(self, hashes: dict[int, str], last_seq: int) -> list[str]:
        try:
            seq_text, digest = self.head_file.read_text().split()
            head_seq = int(seq_text)
        except FileNotFoundError:
            return [] if last_seq == 0 else ["the audit log's head file is missing"]
        except (OSError, ValueError):
            return ["the audit log's head file cannot be read"]
        if head_seq > last_seq:
            return [f"the newest entries after {last_seq} were removed (the head is {head_seq})"]
        if hashes.get(head_seq) != digest:
            return [f"entry {head_seq} does not match the head it was recorded with"]
        return []
