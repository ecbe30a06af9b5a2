"""The clinic's keys at a terminal: the recovery code printed when the first account makes the
key, signing in to open sealed check-ins (``checkins export``), ``keys status``, ``keys grant``
and ``keys rotate``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from kiosk.cli.prompts import read_pin
from kiosk.core.paths import DataDir
from kiosk.core.sealing import ClinicKeys
from kiosk.core.staff.accounts import AccountError, Outcome, StaffMember, StaffStore
from kiosk.core.staff.audit import TERMINAL, Action
from kiosk.core.staff.keyring import RECOVERY, staff_holder
from kiosk.core.staff.opening import (
    RotationRefusedError,
    check_pin,
    open_session,
    open_with_recovery_code,
    rotate_keys,
)
from kiosk.core.storage.checkin_store import SqliteCheckInStore
from kiosk.core.storage.records import RecordsError


@contextmanager
def checkin_store(data: DataDir) -> Iterator[SqliteCheckInStore]:
    store = SqliteCheckInStore(data.checkin_store)
    try:
        store.open()
        yield store
    finally:
        store.close()


def print_recovery_code(code: str) -> None:
    print()
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
    with checkin_store(data) as store:
        opened = open_session(staff, store, member)
    if opened.recovery_code:
        staff.audit.record(TERMINAL, Action.CLINIC_KEY_MADE, member.name)
        print_recovery_code(opened.recovery_code)
    if opened.keys is not None:
        opened.keys.forget()


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
        member = staff.find(input("Your staff name: ").strip())
    except AccountError as exc:
        print(f"{exc} Nothing was done.", file=sys.stderr)
        return None
    pin = read_pin("Your PIN: ")
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
        print("That PIN is not right. Nothing was done.", file=sys.stderr)
        return None
    with checkin_store(data) as store:
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


def run_keys_command(args: argparse.Namespace, data: DataDir) -> int:
    if not data.staff_store.exists():
        print(f"There are no staff accounts yet in {data.root}.", file=sys.stderr)
        return 1
    staff = StaffStore(data.staff_store)
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
                given = staff.keyring.grant(keys, staff.holders_to_grant())
                print(f"{given} key(s) given to accounts that lacked them.")
                return 0
            with checkin_store(data) as store:
                rotated = rotate_keys(staff, store, keys, new_recovery_code=args.new_recovery_code)
        finally:
            keys.forget()
        staff.audit.record(who, Action.KEYS_ROTATED, f"to key {rotated.key_id}")
        damaged = (
            f"; {rotated.damaged} could not be opened (altered) and were left as they were"
            if rotated.damaged
            else ""
        )
        print(
            f"The clinic's key is now {rotated.key_id}: {rotated.resealed} check-in(s) sealed"
            f" again{damaged}. The old key opens none of them."
        )
        if rotated.recovery_code:
            print_recovery_code(rotated.recovery_code)
        return 0
    except RotationRefusedError as exc:
        print(f"{exc}. Nothing was changed.", file=sys.stderr)
        return 1
    except RecordsError as exc:
        print(f"The keys could not be changed: {exc}", file=sys.stderr)
        return 1
    finally:
        staff.close()


def _status(data: DataDir, staff: StaffStore) -> int:
    keyring = staff.keyring
    newest = keyring.newest_key()
    if newest is None:
        print("The clinic has no key yet: the first account to sign in makes it.")
        return 0
    print(f"The clinic's key: {newest.key_id} (check-ins are sealed with it)")
    holders = keyring.holders()
    with_keys = [
        m.name
        for m in staff.members()
        if (lock := keyring.lock_of(staff_holder(m.id))) is not None and lock.grants
    ]
    print(f"Accounts that can open check-ins: {', '.join(with_keys) or 'none'}")
    print(f"Recovery code: {'kept (sealed)' if RECOVERY in holders else 'none'}")
    if data.checkin_store.exists():
        with checkin_store(data) as store:
            clear = store.count_clear()
            print(f"Check-ins kept in clear: {clear}")
    return 0
