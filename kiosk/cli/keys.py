"""The clinic's keys at a terminal: the recovery code printed when the first account makes the
key, signing in to open sealed check-ins (``checkins export``), ``keys status``, ``keys grant``
and ``keys rotate``."""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import closing, contextmanager

from kiosk.cli.prompts import read_pin
from kiosk.core.paths import DataDir
from kiosk.core.sealing import ClinicKeys
from kiosk.core.staff.accounts import AccountError, Outcome, StaffMember, StaffStore
from kiosk.core.staff.audit import TERMINAL, Action
from kiosk.core.staff.keyring import RECOVERY, staff_holder
from kiosk.core.staff.opening import (
    RotationRefusedError,
    check_pin,
    clinic_keys_of,
    open_session,
    open_with_recovery_code,
    rotate_keys,
)
from kiosk.core.storage.checkin_store import SqliteCheckInStore
from kiosk.core.storage.records import RecordsError


@contextmanager
def checkin_store(data: DataDir, staff: StaffStore) -> Iterator[SqliteCheckInStore]:
    """The check-ins, sealing with the keys ``staff`` knows from the moment they are opened."""
    store = SqliteCheckInStore(data.checkin_store, clinic_keys=clinic_keys_of(staff))
    try:
        store.open()
        yield store
    finally:
        store.close()


def print_recovery_code(code: str, *, first: bool = True) -> None:
    print()
    if first:
        print("Check-ins are sealed from now on: only a staff member's PIN opens them.")
    print(f"The clinic's recovery code: {code}")
    print(
        "It opens the check-ins if every PIN is forgotten. Write it on paper and keep it in the"
        " clinic's safe, not on this kiosk; it is shown only this once."
    )
    print()


def make_key_for_first_account(data: DataDir, staff: StaffStore, member: StaffMember) -> None:
    """The first account makes the clinic's key (and the store seals with it); its recovery
    code is printed. Nothing when the clinic has a key already."""
    if staff.keyring.has_clinic_key():
        return
    with checkin_store(data, staff) as store:
        opened = open_session(staff, store, member)
    if opened.recovery_code:
        staff.audit.record(TERMINAL, Action.CLINIC_KEY_MADE, member.name)
        print_recovery_code(opened.recovery_code)
    if opened.keys is not None:
        opened.keys.forget()


NOT_SIGNED_IN = "That staff name and PIN do not match. Nothing was done."


def sign_in_at_terminal(
    data: DataDir, staff: StaffStore, *, recovery: bool
) -> tuple[str, ClinicKeys] | None:
    """Who signed in, and the clinic's keys they opened: a staff name and PIN (with the kiosk's
    lock-out and audit), or the recovery code. None, with the reason said, otherwise."""
    if recovery:
        keys = open_with_recovery_code(staff, read_pin("The clinic's recovery code: "))
        if not keys:
            print("That recovery code opens nothing. Nothing was done.", file=sys.stderr)
            return None
        staff.audit.record(TERMINAL, Action.RECOVERY_CODE_USED)
        return TERMINAL, keys
    try:
        name = input("Your staff name: ").strip()
    except EOFError:
        print()  # the prompt's line ends
        print("No staff name was given. Nothing was done.", file=sys.stderr)
        return None
    pin = read_pin("Your PIN: ")
    try:
        member = staff.find(name)
    except AccountError:
        # the same words as a wrong PIN: a terminal does not tell which names have accounts
        print(NOT_SIGNED_IN, file=sys.stderr)
        return None
    if staff.is_disabled(member):  # no PIN of its own to check any more
        print(
            f"The account {member.name} is switched off; switch it on with"
            f" `kiosk staff enable {member.name}`. Nothing was done.",
            file=sys.stderr,
        )
        return None
    locked = staff.locked_seconds(member)
    pin_hash = "" if locked else staff.pin_hash(member)
    check = check_pin(pin_hash, staff.keyring.lock_of(staff_holder(member.id)), pin)
    result = staff.record_attempt(member, check.matched)
    if result.outcome is Outcome.LOCKED:
        print(
            f"Sign-in is locked for {result.locked_seconds} s. Nothing was done.", file=sys.stderr
        )
        return None
    if result.outcome is not Outcome.SIGNED_IN:
        print(NOT_SIGNED_IN, file=sys.stderr)
        return None
    with checkin_store(data, staff) as store:
        opened = open_session(staff, store, member, check)
    if opened.recovery_code:
        print_recovery_code(opened.recovery_code)
    if not opened.keys:
        print(
            f"The account {member.name} cannot open sealed check-ins yet: a colleague who can"
            " signs in on the kiosk (or runs `kiosk keys grant`) to give it the keys."
            " Nothing was done.",
            file=sys.stderr,
        )
        return None
    return member.name, opened.keys


def staff_of(data: DataDir) -> StaffStore | None:
    """The data folder's staff file, not yet opened; None, said, when there is none."""
    if not data.staff_store.exists():
        print(f"There are no staff accounts yet in {data.root}.", file=sys.stderr)
        return None
    return StaffStore(data.staff_store)


def run_keys_command(args: argparse.Namespace, data: DataDir) -> int:
    staff = staff_of(data)
    if staff is None:
        return 1
    try:
        staff.open()
        if args.keys_command == "status":
            return _status(data, staff)
        signed = sign_in_at_terminal(data, staff, recovery=args.recovery_code)
        if signed is None:
            return 1
        who, keys = signed
        try:
            if args.keys_command == "grant":
                staff.keyring.grant(keys, staff.holders_to_grant())  # signing in gave them too
                lacking = _accounts_without_keys(staff)
                print(
                    "Every account that may sign in can open the check-ins now."
                    if not lacking
                    else f"These accounts still cannot: {', '.join(lacking)}."
                )
                return 0
            with checkin_store(data, staff) as store:
                rotated = rotate_keys(staff, store, keys, new_recovery_code=args.new_recovery_code)
        finally:
            keys.forget()
        staff.audit.record(who, Action.KEYS_ROTATED, f"to key {rotated.key_id}")
        if rotated.damaged:
            print(
                f"The clinic's key is now {rotated.key_id}: {rotated.resealed} check-in(s) sealed"
                f" again. {rotated.damaged} could not be opened (altered, misplaced, or sealed"
                " for a key no account here holds): they were left as they were, and any old"
                " key they need is kept."
            )
        else:
            print(
                f"The clinic's key is now {rotated.key_id}: {rotated.resealed} check-in(s) sealed"
                " again. The old key opens none of them."
            )
        if rotated.recovery_code:
            print_recovery_code(rotated.recovery_code, first=False)
            staff.keyring.promote_recovery()
            print("The old recovery code opens nothing any more.")
        return 0
    except RotationRefusedError as exc:
        print(f"{exc}. Nothing was changed.", file=sys.stderr)
        return 1
    except RecordsError as exc:
        verb = "read" if args.keys_command == "status" else "changed"
        print(f"The keys could not be {verb}: {exc}", file=sys.stderr)
        return 1
    finally:
        staff.close()


def _accounts_without_keys(staff: StaffStore) -> list[str]:
    """The accounts that may sign in but were not given the clinic's newest key."""
    keyring = staff.keyring
    newest = keyring.newest_key()
    if newest is None:
        return [m.name for m in staff.members()]
    return [
        m.name for m in staff.members() if newest.key_id not in keyring.granted(staff_holder(m.id))
    ]


def _store_state(data: DataDir) -> tuple[str, int, dict[str, int]]:
    """The key new check-ins are sealed with, how many are in clear, and how many are sealed
    with each key, read on a read-only connection."""
    with closing(sqlite3.connect(f"file:{data.checkin_store}?mode=ro", uri=True)) as db:
        found = db.execute("SELECT key_id FROM seal_key").fetchone()
        clear = db.execute(
            "SELECT COUNT(*) FROM checkins WHERE sealed IS NULL AND erased = 0"
        ).fetchone()[0]
        by_key = db.execute(
            "SELECT key_id, COUNT(*) FROM checkins WHERE sealed IS NOT NULL GROUP BY key_id"
        ).fetchall()
    return (str(found[0]) if found else ""), int(clear), {str(k): int(n) for k, n in by_key}


def _status(data: DataDir, staff: StaffStore) -> int:
    keyring = staff.keyring
    known = keyring.known_keys()
    if known is None:
        print("The clinic has no key yet: the first account to sign in makes it.")
        return 0
    print(f"The clinic's key: {known.newest.key_id}")
    lacking = set(_accounts_without_keys(staff))
    with_keys = [m.name for m in staff.members() if m.name not in lacking]
    print(f"Accounts that can open check-ins: {', '.join(with_keys) or 'none'}")
    print(f"Recovery code: {'kept (sealed)' if RECOVERY in keyring.holders() else 'none'}")
    if not data.checkin_store.exists():
        return 0
    # Read only: a status must never move a damaged store aside under a running kiosk.
    try:
        sealing, clear, sealed_with = _store_state(data)
    except sqlite3.Error as exc:
        print(f"The check-ins could not be read ({exc}); the kiosk says more when it starts.")
        return 1
    print(f"New check-ins are sealed with: {sealing or 'nothing'}")
    print(f"Check-ins kept in clear: {clear}")
    stem = data.checkin_store.stem
    copies = [
        p.name
        for p in data.checkin_store.parent.glob(f"{stem}.damaged-*")
        if not p.name.endswith(".sealed")
    ]
    if copies:
        print(f"Damaged copies that could not be sealed: {', '.join(sorted(copies))}")
    unknown = set(sealed_with) - known.ids
    if unknown:
        print(
            f"Check-ins sealed with a key no account holds: {', '.join(sorted(unknown))}"
            " (its staff file was lost or replaced; only a backup of it opens them)"
        )
    older = sum(n for k, n in sealed_with.items() if k in known.ids and k != known.newest.key_id)
    if older:
        print(f"Check-ins still sealed with an older key: {older} (rotate again to move them)")
    return 0
