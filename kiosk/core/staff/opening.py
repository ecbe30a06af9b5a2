"""Opening the clinic's sealed check-ins for one staff session, and everything that follows from
a right PIN: the clinic's first key, a key pair for an account made before keys existed, keys
given to colleagues who lack them, a store that still keeps answers in clear, a rotation.

``check_pin`` is the slow, pure part (argon2id twice) for a worker thread; the rest runs where
the stores were opened.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from kiosk.core.sealing import ClinicKeys, KeysUnreadableError, KnownKeys
from kiosk.core.staff.accounts import StaffMember, StaffStore, pin_matches
from kiosk.core.staff.keyring import (
    RECOVERY,
    RECOVERY_NEXT,
    Holder,
    HolderLock,
    new_holder,
    staff_holder,
    typed_recovery_code,
    unlock,
)
from kiosk.core.staff.keyring import new_recovery_code as new_recovery_code_text
from kiosk.core.storage.records import RecordsError, SealingRecords

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PinCheck:
    matched: bool
    keys: ClinicKeys | None = None
    holder: Holder | None = None
    """A key pair for an account that had none (made before the clinic had keys)."""


def check_pin(pin_hash: str, lock: HolderLock | None, pin: str) -> PinCheck:
    """The PIN checked against its hash and, when right, the account's keys opened with it."""
    if not pin_hash or not pin_matches(pin_hash, pin):
        return PinCheck(False)
    if lock is None:
        return PinCheck(True, holder=new_holder(pin))
    keys = unlock(lock, pin)
    if keys is None:
        log.error("A staff account's keys could not be opened with its right PIN (altered?)")
    return PinCheck(True, keys=keys)


@dataclass(frozen=True)
class Opened:
    keys: ClinicKeys | None
    recovery_code: str = ""
    """Set once, when this sign-in made the clinic's first key: to be written down now."""


def open_session(
    staff: StaffStore,
    store: SealingRecords | None,
    member: StaffMember,
    check: PinCheck | None = None,
) -> Opened:
    """What a right PIN (or a new account's first sign-in) opens, having made the clinic's key
    if it had none, given the session's keys to colleagues who lack them, and had ``store`` seal
    with the key. ``RecordsError`` when a store cannot be written."""
    keyring = staff.keyring
    holder = staff_holder(member.id)
    if check is not None and check.holder is not None:
        keyring.put_holder(holder, check.holder)
    keys = check.keys if check is not None else None
    code = ""
    if not keyring.has_clinic_key():
        if keyring.lock_of(holder) is None:
            return Opened(None)
        made = keyring.make_clinic_key(holder, staff.holders_to_grant())
        keys, code = made.keys, made.recovery_code
        log.info(
            "The clinic's key was made (%s); check-ins are sealed from now on", made.public.key_id
        )
    if not keys:
        return Opened(None, code)
    given = keyring.grant(keys, staff.holders_to_grant())
    if given:
        log.info("Staff accounts were given the clinic's keys (%d grants)", given)
    if store is not None:
        store.follow_clinic_key(keyring.known_keys())
    return Opened(keys, code)


def clinic_keys_of(staff: StaffStore) -> Callable[[], KnownKeys | None]:
    """What a check-in store asks when it is opened, and when the key it finds is not the one it
    settled: the clinic's keys as ``staff`` knows them, None while it has none, and
    ``KeysUnreadableError`` when the staff file cannot be read."""

    def known() -> KnownKeys | None:
        try:
            return staff.keyring.known_keys()
        except RecordsError as exc:
            raise KeysUnreadableError(str(exc)) from exc

    return known


def open_with_recovery_code(staff: StaffStore, typed: str) -> ClinicKeys | None:
    """The clinic's keys opened with its recovery code; None when the code is wrong."""
    lock = staff.keyring.lock_of(RECOVERY)
    return unlock(lock, typed_recovery_code(typed)) if lock is not None else None


class RotationRefusedError(Exception):
    """A rotation that would leave check-ins nobody can open; its message says why."""


@dataclass(frozen=True)
class Rotated:
    key_id: str
    resealed: int
    damaged: int
    """Sealed check-ins that could not be opened (altered) and so stay as they were."""
    recovery_code: str = ""
    """A new recovery code, when one was asked for; the old one opens nothing kept."""


def rotate_keys(
    staff: StaffStore, store: SealingRecords, keys: ClinicKeys, *, new_recovery_code: bool = False
) -> Rotated:
    """A new clinic key pair, given to every account that may sign in and to the recovery code
    (a new code when asked: a lost paper); every kept check-in sealed again with it; the old
    keys and the holders of removed accounts forgotten, so the old private keys open nothing
    that is kept."""
    keyring = staff.keyring
    old = set(keyring.key_ids())
    # A key no holder here has (its staff file lost or replaced) opens nothing whoever signs
    # in: its rows are left as they are. A key another holder has must not be lost.
    missing = (store.sealed_with() & old) - keys.key_ids
    if missing:
        raise RotationRefusedError(
            "This account does not hold every key the kept check-ins are sealed with; sign in"
            " with another account or the recovery code"
        )
    keyring.prune(
        {*staff.holders_to_grant(), *(staff_holder(m.id) for m in staff.members(disabled_too=True))}
    )
    code = ""
    holders = staff.holders_to_grant()
    if new_recovery_code:
        # The old code stays good until the new one is printed (``promote_recovery``).
        code = new_recovery_code_text()
        keyring.put_holder(RECOVERY_NEXT, new_holder(code))
        holders.append(RECOVERY_NEXT)
    made = keyring.make_clinic_key(RECOVERY, holders)
    every = ClinicKeys()
    for key_id in keys.key_ids:
        every.add(keys.private(key_id))
    every.add(made.keys.private(made.public.key_id))
    resealed, damaged = store.reseal(every, made.public)
    # A key a row still needs (one that could not be opened now) is kept: that row may be
    # whole again later (a box put back in its place), and then the next rotation seals it.
    keyring.retire(old - store.sealed_with() - {made.public.key_id})
    log.info(
        "The clinic's key was rotated to %s: %d check-in(s) sealed again",
        made.public.key_id,
        resealed,
    )
    return Rotated(made.public.key_id, resealed, damaged, code)
