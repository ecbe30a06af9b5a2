"""The clinic's private keys wrapped for one machine that hands check-ins on: a holder in the
staff file (``machine:<name>``) whose key pair opens with 32 random bytes in a key file that
only the service's user can read. So the service opens sealed check-ins with nobody signed
in, every grant and rotation reaches it like an account, and removing the holder (or the file)
stops it opening anything new. The bytes may instead be sealed to the machine's TPM (``tpm``),
so that a copy of the file opens nothing elsewhere.
"""

from __future__ import annotations

import base64
import json
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from kiosk.core.handoff.tpm import SealedKey, TpmError, seal, unseal
from kiosk.core.sealing import ClinicKeys
from kiosk.core.staff.keyring import (
    MACHINE_PREFIX,
    Keyring,
    machine_holder,
    new_machine_holder,
    unlock_with_key,
)
from kiosk.core.storage.atomic import replaced_after
from kiosk.core.storage.files import RefusedFileError, read_capped

KEY_FILE_VERSION = 1
MAX_KEY_FILE_BYTES = 4096


class MachineKeyError(Exception):
    """The key file cannot be used; the message says why and what to do, for the terminal."""


@dataclass(frozen=True)
class MachineKey:
    holder: str
    key: bytes

    def __repr__(self) -> str:
        return f"MachineKey({self.holder!r})"


def enrol(
    keyring: Keyring, keys: ClinicKeys, name: str, key_file: Path, *, tpm: bool = False
) -> int:
    """Make ``name``'s holder (a new key pair: one made before for the name opens nothing any
    more), give it ``keys``, and write its key file; how many keys it was given. With ``tpm``
    the file holds the key sealed to this machine's TPM (``tpm.TpmError`` when it cannot be).
    The staff file is changed only once the key file's new version is on the disk beside it,
    and that takes its place only once the staff file is changed."""
    holder = machine_holder(name)
    kept, key = new_machine_holder()
    body: dict[str, object] = {"v": KEY_FILE_VERSION, "holder": holder}
    if tpm:
        body["tpm"] = seal(key).as_json()
    else:
        body["key"] = base64.b64encode(key).decode()
    # the file first: when it cannot be written, the staff file still opens the old one
    with replaced_after(key_file, (json.dumps(body) + "\n").encode()):
        keyring.put_holder(holder, kept)
        given = keyring.grant(keys, [holder])
    return given


def read_machine_key(key_file: Path) -> MachineKey:
    try:
        mode = key_file.lstat().st_mode
        if stat.S_ISLNK(mode):
            raise MachineKeyError(
                f"{key_file} is a link; the key must be in the file itself (a link could be"
                " pointed elsewhere)."
            )
        if stat.S_ISREG(mode) and stat.S_IMODE(mode) & 0o077 and os.name == "posix":
            raise MachineKeyError(
                f"{key_file} can be read by other users of this computer; it opens every"
                f" check-in. Make it yours alone (chmod 600 {key_file}) and start again."
            )
        body = json.loads(read_capped(key_file, MAX_KEY_FILE_BYTES))
    except FileNotFoundError as exc:
        raise MachineKeyError(
            f"There is no key file at {key_file}: a staff member makes it with"
            " `kiosk handoff enrol`."
        ) from exc
    except RefusedFileError as exc:
        raise MachineKeyError(f"{key_file} cannot be used: {exc}.") from exc
    except OSError as exc:
        raise MachineKeyError(f"{key_file} cannot be read: {exc.strerror or exc}.") from exc
    except ValueError as exc:
        raise MachineKeyError(f"{key_file} is damaged; enrol this machine again.") from exc
    try:
        holder = str(body["holder"])
        sealed = SealedKey.from_json(body["tpm"]) if "tpm" in body else None
        key = b"" if sealed else base64.b64decode(str(body["key"]), validate=True)
    except (KeyError, TypeError, ValueError) as exc:
        raise MachineKeyError(f"{key_file} is damaged; enrol this machine again.") from exc
    if body.get("v") != KEY_FILE_VERSION or not holder.startswith(MACHINE_PREFIX):
        raise MachineKeyError(f"{key_file} is not a hand-off key file.")
    if sealed is not None:
        try:
            key = unseal(sealed)
        except TpmError as exc:
            raise MachineKeyError(f"{key_file} cannot be opened: {exc}.") from exc
    return MachineKey(holder, key)


def open_machine_keys(keyring: Keyring, machine: MachineKey) -> ClinicKeys:
    """The clinic's keys this machine was given; ``MachineKeyError`` when it holds none."""
    lock = keyring.lock_of(machine.holder)
    if lock is None:
        raise MachineKeyError(
            f"This machine ({machine.holder}) is no longer enrolled in the staff file; a staff"
            " member enrols it again with `kiosk handoff enrol`."
        )
    keys = unlock_with_key(lock, machine.key)
    if keys is None:
        raise MachineKeyError(
            "The key file does not open this machine's keys (it was enrolled again since, or"
            " the file was altered); enrol it again."
        )
    if not keys:
        raise MachineKeyError(
            "This machine holds none of the clinic's keys yet; a staff member who holds them"
            " runs `kiosk handoff enrol` (or `kiosk keys grant`)."
        )
    return keys
