"""Who can open the clinic's sealed check-ins: the clinic's private keys, wrapped for each holder.

A holder is a staff account (``staff:<id>``), the clinic's recovery code (``recovery``) or a
machine that hands check-ins to the practice's software (``machine:<name>``). Each holder has a
key pair of its own whose private half is kept only inside a ``SecretBox`` under a key derived
from the holder's PIN or code by argon2id (libsodium's ``pwhash``, a salt of its own); a
machine's key is 32 random bytes in a file only its user can read, so it needs no derivation.
The clinic's private keys are given to a holder as sealed boxes to the holder's public key
(``key_grants``). So a key can be given to, or re-made for, every holder without knowing their
PINs (rotation, a colleague's new account), while opening one needs the holder's own secret.
The tables live in ``staff.sqlite`` beside the accounts; nothing in them opens without a PIN
(or, for a machine, its key file).

Unwrapping is slow on purpose (about 0.16 s on one core) and pure: ``unlock`` runs on a worker
thread with what ``lock_of`` read on the caller's.
"""

from __future__ import annotations

import contextlib
import logging
import secrets
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from nacl import pwhash
from nacl.exceptions import CryptoError
from nacl.public import PrivateKey, PublicKey, SealedBox
from nacl.secret import SecretBox
from nacl.utils import random as random_bytes

from kiosk.core.sealing import ClinicKeys, ClinicPublicKey, KnownKeys, new_key_pair

log = logging.getLogger(__name__)

RECOVERY = "recovery"
RECOVERY_NEXT = "recovery-next"
"""A new recovery code's holder until the code has been printed; then it is the recovery."""
OPSLIMIT = 3
MEMLIMIT = 64 * 1024 * 1024
"""argon2id with 64 MiB and 3 passes: about 0.16 s a try on one core, like the PIN's own hash."""
RECOVERY_ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789"
RECOVERY_GROUPS = 5
RECOVERY_GROUP_LENGTH = 5
"""25 characters of 30 kinds: about 122 bits, beyond guessing at any cost per try."""

KEYRING_TABLES = (
    """CREATE TABLE key_holders (
        holder TEXT PRIMARY KEY,
        public BLOB NOT NULL,
        salt BLOB NOT NULL,
        opslimit INTEGER NOT NULL,
        memlimit INTEGER NOT NULL,
        wrapped BLOB NOT NULL,
        made_at TEXT NOT NULL
    )""",
    """CREATE TABLE key_grants (
        holder TEXT NOT NULL,
        key_id TEXT NOT NULL,
        sealed BLOB NOT NULL,
        granted_at TEXT NOT NULL,
        PRIMARY KEY (holder, key_id)
    )""",
    """CREATE TABLE clinic_keys (
        key_id TEXT PRIMARY KEY,
        public BLOB NOT NULL,
        made_at TEXT NOT NULL
    )""",
)


MACHINE_PREFIX = "machine:"


def staff_holder(member_id: int) -> str:
    return f"staff:{member_id}"


def machine_holder(name: str) -> str:
    return f"{MACHINE_PREFIX}{name}"


@dataclass(frozen=True)
class Holder:
    """One holder's wrapped key pair, as kept (nothing in it opens without the secret)."""

    public: bytes
    salt: bytes
    opslimit: int
    memlimit: int
    wrapped: bytes


@dataclass(frozen=True)
class HolderLock:
    """What opening one holder's keys needs besides its secret."""

    holder: Holder
    grants: tuple[bytes, ...]


def _derive(secret: str, salt: bytes, opslimit: int, memlimit: int) -> bytes:
    return bytes(
        pwhash.argon2id.kdf(
            SecretBox.KEY_SIZE, secret.encode(), salt, opslimit=opslimit, memlimit=memlimit
        )
    )


def new_holder(secret: str) -> Holder:
    """A key pair for a holder, its private half wrapped under ``secret`` (slow: argon2id)."""
    private = PrivateKey.generate()
    salt = random_bytes(pwhash.argon2id.SALTBYTES)
    key = _derive(secret, salt, OPSLIMIT, MEMLIMIT)
    wrapped = bytes(SecretBox(key).encrypt(bytes(private)))
    return Holder(bytes(private.public_key), salt, OPSLIMIT, MEMLIMIT, wrapped)


def new_machine_holder() -> tuple[Holder, bytes]:
    """A key pair for a machine, its private half wrapped under a new random key: the holder
    to keep, and the key for the machine's key file."""
    private = PrivateKey.generate()
    key = random_bytes(SecretBox.KEY_SIZE)
    wrapped = bytes(SecretBox(key).encrypt(bytes(private)))
    return Holder(bytes(private.public_key), b"", 0, 0, wrapped), key


def unlock(lock: HolderLock, secret: str) -> ClinicKeys | None:
    """The clinic keys given to this holder, opened with its ``secret``; None when the secret is
    wrong (or the wrapping was altered). Pure and slow: for a worker thread."""
    holder = lock.holder
    if not holder.opslimit:
        return None  # a machine's holder opens with its key file, never with a typed secret
    try:
        key = _derive(secret, holder.salt, holder.opslimit, holder.memlimit)
    except (CryptoError, ValueError, TypeError):
        return None
    return unlock_with_key(lock, key)


def unlock_with_key(lock: HolderLock, key: bytes) -> ClinicKeys | None:
    """The clinic keys given to this holder, opened with the key its private half is wrapped
    under; None when that key is wrong (or the wrapping was altered)."""
    try:
        private = PrivateKey(SecretBox(key).decrypt(lock.holder.wrapped))
    except (CryptoError, ValueError, TypeError):
        return None
    keys = ClinicKeys()
    opener = SealedBox(private)
    for sealed in lock.grants:
        try:
            keys.add(opener.decrypt(sealed))
        except (CryptoError, ValueError, TypeError):
            continue  # an altered grant opens nothing; the others still do
    return keys


def new_recovery_code() -> str:
    groups = (
        "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_GROUP_LENGTH))
        for _ in range(RECOVERY_GROUPS)
    )
    return "-".join(groups)


def typed_recovery_code(typed: str) -> str:
    """A recovery code as typed (any case, spaces or dashes anywhere), in its printed form."""
    letters = "".join(c for c in typed.upper() if c.isalnum())
    size = RECOVERY_GROUP_LENGTH
    return "-".join(letters[i : i + size] for i in range(0, len(letters), size))


@dataclass(frozen=True)
class NewClinicKey:
    """A clinic key just made: its public half for the kiosks, the session's opened keys, and
    the recovery code to print once."""

    public: ClinicPublicKey
    keys: ClinicKeys
    recovery_code: str


class Keyring:
    """The holders and grants in ``staff.sqlite``; each call is its own transaction."""

    def __init__(
        self,
        read: Callable[[str, tuple[object, ...]], list[tuple[object, ...]]],
        write: Callable[[], contextlib.AbstractContextManager[sqlite3.Connection]],
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        """``read`` runs a query and ``write`` opens a transaction, each raising the store's own
        error on failure."""
        self._read = read
        self._write = write
        self._clock = clock

    def _now(self) -> str:
        return self._clock().isoformat(timespec="seconds")

    # --- reading ----------------------------------------------------------------------------

    def has_clinic_key(self) -> bool:
        return bool(self._read("SELECT 1 FROM clinic_keys LIMIT 1", ()))

    def newest_key(self) -> ClinicPublicKey | None:
        rows = self._read("SELECT public FROM clinic_keys ORDER BY made_at DESC, rowid DESC", ())
        for row in rows:
            try:
                return ClinicPublicKey.of(_blob(row[0]))
            except (ValueError, TypeError):
                log.error("A clinic key in the staff file is damaged; an older one is used")
        return None

    def key_ids(self) -> list[str]:
        return [str(r[0]) for r in self._read("SELECT key_id FROM clinic_keys", ())]

    def lock_of(self, holder: str) -> HolderLock | None:
        rows = self._read(
            "SELECT public, salt, opslimit, memlimit, wrapped FROM key_holders WHERE holder = ?",
            (holder,),
        )
        if not rows:
            return None
        grants = self._read(
            "SELECT sealed FROM key_grants WHERE holder = ? ORDER BY key_id", (holder,)
        )
        public, salt, ops, mem, wrapped = rows[0]
        kept = Holder(_blob(public), _blob(salt), int(str(ops)), int(str(mem)), _blob(wrapped))
        return HolderLock(kept, tuple(_blob(g[0]) for g in grants))

    def granted(self, holder: str) -> set[str]:
        """The ids of the clinic keys ``holder`` was given."""
        rows = self._read("SELECT key_id FROM key_grants WHERE holder = ?", (holder,))
        return {str(r[0]) for r in rows}

    def holders(self) -> list[str]:
        return [str(r[0]) for r in self._read("SELECT holder FROM key_holders", ())]

    # --- changing -----------------------------------------------------------------------------

    def put_holder(self, holder: str, kept: Holder) -> None:
        """Keep ``holder``'s key pair (a new account, a new PIN); any keys it was given before
        are taken away, since they were for its old key pair."""
        with self._write() as db:
            db.execute("DELETE FROM key_grants WHERE holder = ?", (holder,))
            db.execute(
                "INSERT OR REPLACE INTO key_holders VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    holder,
                    kept.public,
                    kept.salt,
                    kept.opslimit,
                    kept.memlimit,
                    kept.wrapped,
                    self._now(),
                ),
            )

    def remove_holder(self, holder: str) -> None:
        with self._write() as db:
            db.execute("DELETE FROM key_grants WHERE holder = ?", (holder,))
            db.execute("DELETE FROM key_holders WHERE holder = ?", (holder,))

    def grant(self, keys: ClinicKeys, holders: list[str]) -> int:
        """Give every key of ``keys`` that the clinic still has to each of ``holders`` that lacks
        it; returns how many were given."""
        given = 0
        wanted = set(self.key_ids()) & keys.key_ids
        with self._write() as db:
            for holder in holders:
                row = db.execute(
                    "SELECT public FROM key_holders WHERE holder = ?", (holder,)
                ).fetchone()
                if row is None:
                    continue
                have = {
                    str(r[0])
                    for r in db.execute("SELECT key_id FROM key_grants WHERE holder = ?", (holder,))
                }
                try:
                    to = SealedBox(PublicKey(bytes(row[0])))
                except (ValueError, TypeError):
                    log.error("The key pair of %s in the staff file is damaged; not given", holder)
                    continue
                for key_id in sorted(wanted - have):
                    db.execute(
                        "INSERT INTO key_grants VALUES (?, ?, ?, ?)",
                        (holder, key_id, bytes(to.encrypt(keys.private(key_id))), self._now()),
                    )
                    given += 1
        return given

    def make_clinic_key(self, maker: str, holders: list[str]) -> NewClinicKey:
        """A new clinic key pair (the first, or a rotation's), given to ``maker``, to each of
        ``holders`` and to a recovery code: a new code when there is no recovery holder yet."""
        public, private = new_key_pair()
        code = ""
        if self.lock_of(RECOVERY) is None:
            code = new_recovery_code()
            self.put_holder(RECOVERY, new_holder(code))
        with self._write() as db:
            db.execute(
                "INSERT INTO clinic_keys VALUES (?, ?, ?)",
                (public.key_id, public.public, self._now()),
            )
        keys = ClinicKeys()
        keys.add(private)
        self.grant(keys, [maker, RECOVERY, *holders])
        return NewClinicKey(public, keys, code)

    def prune(self, keep: set[str]) -> int:
        """Forget every holder not in ``keep`` (accounts since removed); how many were."""
        gone = [h for h in self.holders() if h not in keep]
        for holder in gone:
            self.remove_holder(holder)
        return len(gone)

    def known_keys(self) -> KnownKeys | None:
        newest = self.newest_key()
        return KnownKeys(newest, frozenset(self.key_ids())) if newest is not None else None

    def promote_recovery(self) -> None:
        """The new recovery code was printed: it becomes the clinic's, and the old one goes."""
        with self._write() as db:
            if db.execute(
                "SELECT 1 FROM key_holders WHERE holder = ?", (RECOVERY_NEXT,)
            ).fetchone():
                db.execute("DELETE FROM key_grants WHERE holder = ?", (RECOVERY,))
                db.execute("DELETE FROM key_holders WHERE holder = ?", (RECOVERY,))
                db.execute(
                    "UPDATE key_grants SET holder = ? WHERE holder = ?", (RECOVERY, RECOVERY_NEXT)
                )
                db.execute(
                    "UPDATE key_holders SET holder = ? WHERE holder = ?", (RECOVERY, RECOVERY_NEXT)
                )

    def retire(self, key_ids: set[str]) -> None:
        """Forget clinic keys no row is sealed with any more (after a rotation)."""
        with self._write() as db:
            for key_id in key_ids:
                db.execute("DELETE FROM key_grants WHERE key_id = ?", (key_id,))
                db.execute("DELETE FROM clinic_keys WHERE key_id = ?", (key_id,))


def _blob(value: object) -> bytes:
    return bytes(value) if isinstance(value, bytes | bytearray | memoryview) else b""
