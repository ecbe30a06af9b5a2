"""The staff accounts as the settings page shows them, and what a signed-in member may do to them:
add one, give one a new PIN, switch one off or on, remove one. Each change is audited under the
name of the member who made it.

Nobody switches off or removes their own account here: the member signed in is the one account
sure to sign in again, so the kiosk never ends up with no one able to (and so taking no
check-ins) from this page. The terminal's ``kiosk staff`` commands can do either.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.core.staff.accounts import (
    PIN_MAX_DIGITS,
    AccountError,
    StaffMember,
    StaffStore,
    check_name,
    check_new_pin,
)
from kiosk.core.staff.session import StaffSession
from kiosk.core.storage.records import RecordsError
from kiosk.ui import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME
from kiosk.ui.platform.rows_model import RowsModel
from kiosk.ui.platform.translation import filled, shown

__all__ = ["QML_IMPORT_MAJOR_VERSION", "QML_IMPORT_NAME", "StaffAccounts"]

log = logging.getLogger(__name__)

SETTLE_SECONDS = 1.0
"""After a change the list takes no tap for this long: a double tap makes one change."""


class Sheet:
    """What the account sheet over the settings page asks for; ``CLOSED`` when it is away."""

    CLOSED = ""
    NAME = "name"
    PIN = "pin"
    AGAIN = "again"


@QmlElement
@QmlUncreatable("The staff accounts are made by the application")
class StaffAccounts(RowsModel):  # type: ignore[operator]  # stubs: QmlUncreatable(reason)
    changed = Signal()

    def __init__(
        self,
        staff: StaffStore,
        session: StaffSession,
        parent: QObject | None = None,
        *,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(("name", "off", "you"), parent)
        self._monotonic = monotonic
        self._changed_at = -SETTLE_SECONDS
        self._staff = staff
        self._session = session
        self._members: list[StaffMember] = []
        self._notice = ""
        self._sheet = Sheet.CLOSED
        self._target: StaffMember | None = None
        """The account getting a new PIN; ``None`` while a new account is made."""
        self._new_name = ""
        self._pin = ""
        self._first_pin = ""
        self._message = ""
        session.subscribe(self._session_changed)

    def _session_changed(self) -> None:
        self.cancelSheet()
        self._notice = ""
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        try:
            self._members = self._staff.members(disabled_too=True)
            rows = [
                {
                    "name": m.name,
                    "off": self._staff.is_disabled(m),
                    "you": self._session.member is not None and m.id == self._session.member.id,
                }
                for m in self._members
            ]
        except RecordsError as exc:
            log.error("The staff accounts could not be read: %s", exc)
            self._members, rows = [], []
            self._notice = self._unavailable()
        self.replace_rows(rows)
        self.changed.emit()

    def _unavailable(self) -> str:
        return self.tr("The staff accounts cannot be read right now. Please try again later.")

    def _member_at(self, index: int) -> StaffMember | None:
        """The account on row ``index``, when a change may be made now: the signed-in member's
        own account can still sign in, and the list has settled after the last change (a
        second tap of a double tap lands on the row's new buttons, not on a change)."""
        if not self._session.signed_in or not 0 <= index < len(self._members):
            return None
        if self._monotonic() - self._changed_at < SETTLE_SECONDS:
            return None
        if not self._may_still_act():
            return None
        return self._members[index]

    def _may_still_act(self) -> bool:
        """Switched off or removed elsewhere (at the terminal, on another kiosk), the signed-in
        member's account changes nothing more; staff mode signs them out at their next press."""
        member = self._session.member
        try:
            allowed = member is not None and bool(self._staff.pin_hash(member))
        except RecordsError:
            allowed = False
        if not allowed:
            self._notice = self.tr(
                "Your own account was switched off or removed meanwhile: nothing was changed."
            )
            self.refresh()
        return allowed

    def _leaves_someone(self, member: StaffMember) -> bool:
        """Another account than ``member`` can still sign in."""
        try:
            return any(m.id != member.id for m in self._staff.members())
        except RecordsError:
            return False

    def _is_you(self, member: StaffMember) -> bool:
        return self._session.member is not None and member.id == self._session.member.id

    def _say(self, notice: str) -> None:
        self._notice = notice
        self._changed_at = self._monotonic()
        self.refresh()

    # --- switching off, on, and removing --------------------------------------------------------

    @Slot(int, bool)
    def switchOff(self, index: int, off: bool) -> None:
        member = self._member_at(index)
        if member is None:
            return
        if off and self._is_you(member):
            self._say(self.tr("You cannot switch off your own account while you are signed in."))
            return
        if off and not self._leaves_someone(member):
            self._say(self.tr("At least one account must stay able to sign in."))
            return
        try:
            self._staff.set_disabled(member, off, by=self._session.name)
        except RecordsError as exc:
            log.error("An account could not be switched %s: %s", "off" if off else "on", exc)
            self._say(self._unavailable())
            return
        self._say(
            filled(self.tr("%1 is switched off: it cannot sign in."), member.name)
            if off
            else filled(self.tr("%1 is switched on: it can sign in again."), member.name)
        )

    @Slot(int)
    def remove(self, index: int) -> None:
        member = self._member_at(index)
        if member is None:
            return
        if self._is_you(member):
            self._say(self.tr("You cannot remove your own account while you are signed in."))
            return
        if not self._leaves_someone(member):
            self._say(self.tr("At least one account must stay able to sign in."))
            return
        try:
            self._staff.remove(member, by=self._session.name)
        except RecordsError as exc:
            log.error("An account could not be removed: %s", exc)
            self._say(self._unavailable())
            return
        self._say(filled(self.tr("%1 was removed. Its past actions stay in the log."), member.name))

    # --- the sheet: a new account, or a new PIN --------------------------------------------------

    @Slot()
    def startNewAccount(self) -> None:
        settled = self._monotonic() - self._changed_at >= SETTLE_SECONDS
        if self._session.signed_in and settled and self._may_still_act():
            self._open_sheet(Sheet.NAME, None)

    @Slot(int)
    def startNewPin(self, index: int) -> None:
        member = self._member_at(index)
        if member is not None:
            self._open_sheet(Sheet.PIN, member)

    def _open_sheet(self, sheet: str, target: StaffMember | None) -> None:
        self._sheet, self._target = sheet, target
        self._new_name = self._pin = self._first_pin = self._message = ""
        self._notice = ""
        self.changed.emit()

    @Slot()
    def cancelSheet(self) -> None:
        self._sheet, self._target = Sheet.CLOSED, None
        self._new_name = self._pin = self._first_pin = self._message = ""
        self.changed.emit()

    @Slot(str)
    def setNewName(self, text: str) -> None:
        self._new_name = text
        if self._message:
            self._message = ""
            self.changed.emit()

    @Slot()
    def acceptName(self) -> None:
        if self._sheet != Sheet.NAME:
            return
        try:
            name = check_name(self._new_name)
            taken = self._staff.has_account(name)
        except AccountError as exc:
            self._message = shown(exc.words)
        except RecordsError:
            self._message = self._unavailable()
        else:
            if taken:
                self._message = filled(self.tr("There is already an account named %1."), name)
            else:
                self._new_name, self._sheet, self._message = name, Sheet.PIN, ""
        self.changed.emit()

    @Slot(str)
    def typeDigit(self, digit: str) -> None:
        if self._sheet not in (Sheet.PIN, Sheet.AGAIN) or len(digit) != 1:
            return
        if digit.isascii() and digit.isdigit() and len(self._pin) < PIN_MAX_DIGITS:
            self._pin += digit
            self._message = ""
            self.changed.emit()

    @Slot()
    def eraseDigit(self) -> None:
        if self._pin:
            self._pin = self._pin[:-1]
            self.changed.emit()

    @Slot()
    def submitPin(self) -> None:
        typed, self._pin = self._pin, ""
        if self._sheet == Sheet.PIN:
            try:
                self._first_pin = check_new_pin(typed, self._staff.pin_digits())
            except AccountError as exc:
                self._message = shown(exc.words)
            else:
                self._sheet, self._message = Sheet.AGAIN, ""
            self.changed.emit()
            return
        if self._sheet != Sheet.AGAIN:
            return
        if typed != self._first_pin:
            self._sheet, self._first_pin = Sheet.PIN, ""
            self._message = self.tr("The two PINs were not the same. Please choose the PIN again.")
            self.changed.emit()
            return
        self._save(typed)

    def _save(self, pin: str) -> None:
        if not self._may_still_act():
            self.cancelSheet()
            return
        try:
            if self._target is None:
                made = self._staff.add(self._new_name, pin, by=self._session.name)
                notice = filled(self.tr("The account %1 was made."), made.name)
            else:
                self._staff.reset_pin(self._target, pin, by=self._session.name)
                notice = filled(self.tr("%1 has a new PIN."), self._target.name)
            keys = self._session.keys
            if keys is not None:
                # A colleague signed in gives the new key pair the clinic's keys at once.
                self._staff.keyring.grant(keys, self._staff.holders_to_grant())
        except (AccountError, RecordsError) as exc:
            log.error("An account could not be saved: %s", type(exc).__name__)
            self._message = (
                shown(exc.words) if isinstance(exc, AccountError) else self._unavailable()
            )
            self._sheet, self._first_pin = Sheet.PIN, ""
            self.changed.emit()
            return
        self.cancelSheet()
        self._say(notice)

    # --- what QML reads -------------------------------------------------------------------------

    def _sheet_value(self) -> str:
        return self._sheet

    def _target_name(self) -> str:
        return self._target.name if self._target else self._new_name

    def _pin_digits(self) -> int:
        return len(self._pin)

    def _message_text(self) -> str:
        return self._message

    def _notice_text(self) -> str:
        return self._notice

    sheet = Property(str, _sheet_value, notify=changed)
    """``""`` (no sheet), ``"name"``, ``"pin"`` or ``"again"``."""
    targetName = Property(str, _target_name, notify=changed)
    pinDigits = Property(int, _pin_digits, notify=changed)
    message = Property(str, _message_text, notify=changed)
    """What is wrong with what was typed on the sheet."""
    notice = Property(str, _notice_text, notify=changed)
    """What the last change did (or why it was refused), shown above the list."""
