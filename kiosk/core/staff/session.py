"""Who is signed in to staff mode now, and the one way staff actions reach the audit log.

The session is the one owner of "who acts": staff mode signs a member in and out here, and the
queue, the slide editor and the settings editor read it and follow its changes rather than each
keeping a copy of the name. Plain Python; the Qt side subscribes with a callback.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from kiosk.core.sealing import ClinicKeys
from kiosk.core.staff.accounts import StaffMember, StaffStore
from kiosk.core.staff.audit import SYSTEM, Action
from kiosk.core.storage.records import RecordsError

log = logging.getLogger(__name__)

Listener = Callable[[], None]


class StaffSession:
    def __init__(self, staff: StaffStore) -> None:
        self._staff = staff
        self._member: StaffMember | None = None
        self._keys: ClinicKeys | None = None
        self._listeners: list[Listener] = []

    @property
    def member(self) -> StaffMember | None:
        return self._member

    @property
    def name(self) -> str:
        """The signed-in member's name; empty when nobody is signed in."""
        return self._member.name if self._member else ""

    @property
    def keys(self) -> ClinicKeys | None:
        """The clinic's private keys opened at sign-in; None when nobody is signed in or the
        member's account cannot open check-ins (yet)."""
        return self._keys if self._keys else None

    @property
    def signed_in(self) -> bool:
        return self._member is not None

    def subscribe(self, listener: Listener) -> None:
        """Call ``listener`` after every sign-in and sign-out."""
        self._listeners.append(listener)

    def sign_in(self, member: StaffMember, keys: ClinicKeys | None = None) -> None:
        self._drop_keys()
        self._member = member
        self._keys = keys
        self._tell()

    def sign_out(self) -> None:
        """Nobody acts any more, and the keys opened at sign-in are dropped. Said to listeners
        only when somebody was signed in."""
        self._drop_keys()
        if self._member is not None:
            self._member = None
            self._tell()

    def _drop_keys(self) -> None:
        if self._keys is not None:
            self._keys.forget()
            self._keys = None

    def _tell(self) -> None:
        for listener in list(self._listeners):
            listener()

    def audit(self, action: Action, detail: str = "") -> bool:
        """Record ``action`` by the signed-in member; nothing when nobody is signed in.

        A log that cannot be written is logged, never raised: the staff member's change itself
        has been made, and saying so on screen matters more than the record.
        """
        if self._member is None:
            return False
        return record(self._staff, self._member.name, action, detail)


def record(staff: StaffStore, who: str, action: Action, detail: str = "") -> bool:
    """Write one audit entry by ``who``; a failure is logged and returns False."""
    try:
        staff.audit.record(who, action, detail)
    except RecordsError as exc:
        log.error("The audit log could not be written: %s", exc)
        return False
    return True


def record_by_kiosk(staff: StaffStore, action: Action, detail: str = "") -> bool:
    """An entry for what the kiosk did by itself (the retention erase)."""
    return record(staff, SYSTEM, action, detail)
