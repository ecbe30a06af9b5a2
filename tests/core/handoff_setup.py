"""A data folder with the clinic's key made, check-ins sealed with it, and this machine
enrolled to hand them on, as ``kiosk handoff enrol`` leaves it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kiosk.core.handoff.config import Hl7Receiver
from kiosk.core.handoff.machine_key import enrol, open_machine_keys, read_machine_key
from kiosk.core.paths import DataDir
from kiosk.core.sealing import ClinicKeys
from kiosk.core.staff.accounts import StaffMember, StaffStore
from kiosk.core.staff.audit import TERMINAL
from kiosk.core.staff.keyring import staff_holder
from kiosk.core.staff.opening import check_pin, clinic_keys_of, open_session
from kiosk.core.storage.checkin_store import SqliteCheckInStore
from tests.core.test_sealing import PIN, patient

MACHINE = "desk-pc"
__all__ = ["PIN", "HandoffFolder", "handoff_folder", "handoff_toml", "patient", "receiver"]


@dataclass
class HandoffFolder:
    data: DataDir
    staff: StaffStore
    store: SqliteCheckInStore
    member: StaffMember

    def sign_in(self) -> ClinicKeys:
        """The clinic's keys, as the member's name and PIN open them."""
        lock = self.staff.keyring.lock_of(staff_holder(self.member.id))
        check = check_pin(self.staff.pin_hash(self.member), lock, PIN)
        keys = open_session(self.staff, self.store, self.member, check).keys
        assert keys
        return keys

    def machine_keys(self) -> ClinicKeys:
        return open_machine_keys(self.staff.keyring, read_machine_key(self.data.handoff_key_file))

    def close(self) -> None:
        self.store.close()
        self.staff.close()


def handoff_folder(root: Path) -> HandoffFolder:
    data = DataDir(root)
    root.mkdir(parents=True, exist_ok=True)
    staff = StaffStore(data.staff_store)
    staff.open()
    member = staff.add("Ana Ruiz", PIN, by=TERMINAL)
    store = SqliteCheckInStore(data.checkin_store, clinic_keys=clinic_keys_of(staff))
    store.open()
    opened = open_session(staff, store, member)
    assert opened.keys
    enrol(staff.keyring, opened.keys, MACHINE, data.handoff_key_file)
    opened.keys.forget()
    return HandoffFolder(data, staff, store, member)


def handoff_toml(port: int, *, timeout: float = 1.0, extra: str = "") -> str:
    return (
        "[handoff]\n"
        'hl7_host = "127.0.0.1"\n'
        f"hl7_port = {port}\n"
        'sending_facility = "MIDPENN"\n'
        'receiving_application = "PM"\n'
        f"ack_timeout_seconds = {timeout}\n"
        f"{extra}"
    )


def receiver(port: int, timeout: float = 1.0) -> Hl7Receiver:
    return Hl7Receiver(
        "127.0.0.1",
        port,
        sending_facility="MIDPENN",
        receiving_application="PM",
        ack_timeout_seconds=timeout,
    )
