"""Staff mode's view model: the corner gesture, the PIN pad, the first account, the idle lock.

A kiosk no one can sign in to takes no check-ins (``takesCheckIns``); its first account is made
here only with the one-time code printed by ``kiosk setup-code``.

PINs are checked on a worker thread (argon2id takes about 0.1 s on purpose, and as long again to
open the account's keys to the sealed check-ins) and the result comes back to the GUI thread by a
queued signal, where the attempt is counted and audited. The typed digits live only in this
object, and only until they are checked. The keys opened live in the staff session until it ends.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import datetime

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.core.staff.accounts import (
    PIN_MAX_DIGITS,
    PIN_MIN_DIGITS,
    AccountError,
    Outcome,
    StaffMember,
    StaffStore,
    check_name,
    check_new_pin,
)
from kiosk.core.staff.audit import Action
from kiosk.core.staff.keyring import staff_holder
from kiosk.core.staff.opening import PinCheck, check_pin, open_session
from kiosk.core.staff.session import StaffSession, record
from kiosk.core.staff.setup_code import CODE_DIGITS, CodeCheck
from kiosk.core.storage.records import RecordsError, SealingRecords
from kiosk.ui import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME
from kiosk.ui.platform.timers import stop_timers
from kiosk.ui.platform.translation import filled, shown
from kiosk.ui.staff.audit_list import AuditList
from kiosk.ui.staff.checkin_queue import CheckInQueue
from kiosk.ui.staff.deck_editor import DeckEditor
from kiosk.ui.staff.settings_editor import SettingsEditor
from kiosk.ui.staff.staff_accounts import StaffAccounts

__all__ = ["QML_IMPORT_MAJOR_VERSION", "QML_IMPORT_NAME", "StaffMode"]

log = logging.getLogger(__name__)

CORNER_TAPS = 5
CORNER_SECONDS = 3.0
IDLE_LOCK_SECONDS = 120
SETTING_UP_POLL_MS = 5000
"""How often a kiosk being set up looks for an account made at its terminal."""
PAGES = ("queue", "slides", "today", "settings", "audit")


class Stage:
    CLOSED = "closed"
    SIGN_IN = "sign-in"
    CREATE = "create-account"
    HOME = "home"


@QmlElement
@QmlUncreatable("Staff mode is made by the application")
class StaffMode(QObject):  # type: ignore[operator]  # PySide6 stubs: QmlUncreatable(reason)
    changed = Signal()
    stageChanged = Signal()
    accountsChanged = Signal()
    exitRequested = Signal()
    """Staff chose "Exit to desktop": the application quits."""
    _pinChecked = Signal(int, object)

    def __init__(
        self,
        staff: StaffStore,
        session: StaffSession,
        queue: CheckInQueue,
        audit: AuditList,
        deck: DeckEditor,
        settings: SettingsEditor,
        *,
        clock: Callable[[], datetime] = datetime.now,
        monotonic: Callable[[], float] = time.monotonic,
        start_problems: Sequence[str] = (),
        sealing: SealingRecords | None = None,
        parent: QObject | None = None,
    ) -> None:
        """``sealing``: the check-in store that seals with the clinic's key once a sign-in has
        made one (or the session opened it)."""
        super().__init__(parent)
        self._sealing = sealing
        self._recovery_code = ""
        self._start_problems = list(start_problems)
        self._staff = staff
        self._session = session
        self._queue = queue
        self._audit = audit
        self._deck = deck
        self._settings = settings
        self._accounts = StaffAccounts(staff, session, parent=self)
        self._clock = clock
        self._monotonic = monotonic
        self._stage = Stage.CLOSED
        self._members: list[StaffMember] = []
        self._chosen: StaffMember | None = None
        self._pin = ""
        self._first_pin = ""
        self._new_name = ""
        self._create_step = "name"
        self._message = ""
        self._locked_seconds = 0
        self._checking = 0
        """The token of the PIN check under way; 0 when none is."""
        self._next_token = 0
        self._page = "queue"
        self._corner_taps: list[float] = []
        self._workers: ThreadPoolExecutor | None = None
        """The PIN check's thread, there only while staff mode is open."""
        self._pinChecked.connect(self._pin_checked)

        self._idle_timer = QTimer(self, singleShot=True, interval=IDLE_LOCK_SECONDS * 1000)
        self._idle_timer.timeout.connect(self._lock_when_idle)
        self._lockout_timer = QTimer(self, interval=1000)
        self._lockout_timer.timeout.connect(self._tick_lockout)
        self._takes_check_ins = True
        self._clinic_line = ""
        self._setting_up_poll = QTimer(self, interval=SETTING_UP_POLL_MS)
        self._setting_up_poll.timeout.connect(self._look_for_accounts)
        self._look_for_accounts()

    def show_clinic_line(self, text: str) -> None:
        """What the clinic's outbox worker said last (kiosk.ui.staff.clinic_line)."""
        self._clinic_line = text
        self.changed.emit()

    # --- a kiosk being set up -------------------------------------------------------------------

    @Slot()
    def _look_for_accounts(self) -> None:
        """Check-ins are taken once an account can sign in; a store that cannot be read does not
        turn patients away (its fault is the staff's to see, and the self-check names it)."""
        try:
            takes = bool(self._read_accounts())
        except RecordsError as exc:
            log.error("Staff mode could not read its accounts: %s", exc)
            takes = True
        if takes != self._takes_check_ins:
            if takes:
                log.info("A staff account can sign in: check-ins are taken")
            else:
                log.warning(
                    "No staff account can sign in, so the kiosk takes no check-ins: make one at"
                    " its terminal (kiosk staff add NAME), or on the screen with a code printed"
                    " by kiosk setup-code"
                )
            self._takes_check_ins = takes
            self.accountsChanged.emit()
        if takes:
            self._setting_up_poll.stop()
        elif not self._setting_up_poll.isActive():
            self._setting_up_poll.start()

    @Slot(result=bool)
    def readyForCheckIn(self) -> bool:
        """Asked as a patient taps "Check in": the accounts may have changed at the terminal."""
        self._look_for_accounts()
        return self._takes_check_ins

    # --- opening --------------------------------------------------------------------------------

    @Slot()
    def cornerTapped(self) -> None:
        """One tap in the top-left corner of the slides; five within 3 s open staff mode."""
        now = self._monotonic()
        self._corner_taps = [t for t in self._corner_taps if now - t <= CORNER_SECONDS]
        self._corner_taps.append(now)
        if len(self._corner_taps) >= CORNER_TAPS:
            self._corner_taps.clear()
            self.open()

    @Slot()
    def open(self) -> None:
        if self._stage != Stage.CLOSED:
            return
        self._clear_typing()
        has_store = True
        try:
            self._members = self._read_accounts()
            self._chosen = self._members[0] if len(self._members) == 1 else None
            self._locked_seconds = self._staff.locked_seconds(self._chosen)
        except RecordsError as exc:
            log.error("Staff mode could not read its records: %s", exc)
            self._members = []
            self._chosen = None
            self._message = self._unavailable()
            has_store = False
        if self._locked_seconds:
            self._lockout_timer.start()
        if has_store and not self._members:
            self._create_step = "code"
            self._set_stage(Stage.CREATE)
        else:
            self._set_stage(Stage.SIGN_IN)
        self._idle_timer.start()

    def _read_accounts(self) -> list[StaffMember]:
        """The accounts; a store that could not be opened (or read) before is opened again."""
        try:
            return self._staff.members()
        except RecordsError:
            self._staff.close()
            self._staff.open()
            return self._staff.members()

    @Slot()
    def cancel(self) -> None:
        """Leave the PIN pad or the new account without signing in."""
        self._close()

    @Slot()
    def backToSlides(self) -> None:
        self._session.audit(Action.SIGNED_OUT)
        self._close()

    @Slot()
    def exitToDesktop(self) -> None:
        if not self._session.signed_in:
            return
        self._session.audit(Action.EXITED)
        log.info("Staff mode: %s left the kiosk for the desktop", self._session.name)
        self._close()
        self.exitRequested.emit()

    @Slot()
    def touched(self) -> None:
        """A press or a key anywhere (before it reaches the control under it). A member whose
        account was switched off or removed meanwhile is signed out at once, so the tap that
        follows changes nothing (the editors act only for a signed-in member), and the screen
        goes back to the slides just after."""
        if self._stage != Stage.CLOSED:
            self._idle_timer.start()
        if self._stage == Stage.HOME and not self._account_still_on():
            self._session.audit(Action.SIGNED_OUT, "the account was switched off or removed")
            self._session.sign_out()
            QTimer.singleShot(0, self, self._close)

    @Slot()
    def _lock_when_idle(self) -> None:
        if self._session.audit(Action.AUTO_LOCKED, f"{IDLE_LOCK_SECONDS} s without a touch"):
            log.info("Staff mode locked itself after %d s without a touch", IDLE_LOCK_SECONDS)
        self._close()

    @Slot()
    def recoveryCodeWritten(self) -> None:
        """The recovery code was written down: it is never shown again."""
        if self._recovery_code:
            self._recovery_code = ""
            self._session.audit(Action.RECOVERY_CODE_SHOWN)
            self.changed.emit()

    def _recovery_code_text(self) -> str:
        return self._recovery_code

    recoveryCode = Property(str, _recovery_code_text, notify=changed)
    """Shown once, when this sign-in made the clinic's key: to be written down and kept safe."""

    def _close(self) -> None:
        self._let_workers_go(wait=False)
        self._idle_timer.stop()
        self._lockout_timer.stop()
        self._clear_typing()
        self._session.sign_out()
        if self._recovery_code:
            # Never shown to whoever signs in next; `kiosk keys rotate --new-recovery-code`
            # gives another.
            log.warning("Staff mode closed before the recovery code was written down")
            self._recovery_code = ""
        self._chosen = None
        self._message = ""
        self._page = "queue"
        self._set_stage(Stage.CLOSED)
        self._look_for_accounts()

    def _clear_typing(self) -> None:
        self._pin = ""
        self._first_pin = ""
        self._new_name = ""
        self._create_step = "code"
        self._checking = 0

    def set_idle_lock_ms(self, ms: int) -> None:
        """A shorter idle lock than two minutes, so tests need not sit idle."""
        self._idle_timer.setInterval(ms)

    def stop(self) -> None:
        stop_timers(self)
        self._let_workers_go(wait=True)
        self._deck.stop()
        self._settings.stop()

    def _pin_workers(self) -> ThreadPoolExecutor:
        if self._workers is None:
            self._workers = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pin-check")
        return self._workers

    def _let_workers_go(self, wait: bool) -> None:
        """A check under way finishes, and its answer is ignored (see ``_pin_checked``)."""
        if self._workers is not None:
            self._workers.shutdown(wait=wait, cancel_futures=True)
            self._workers = None

    # --- signing in -----------------------------------------------------------------------------

    @Slot(int)
    def choose(self, index: int) -> None:
        if 0 <= index < len(self._members):
            if self._chosen == self._members[index] and self._pin:
                return  # Enter on the chosen name at a keyboard keeps the PIN typed so far
            self._chosen = self._members[index]
            self._pin = ""
            self._message = ""
            self._tick_lockout()  # each account waits on its own after wrong PINs

    @Slot(str)
    def typeDigit(self, digit: str) -> None:
        if self._checking or not (digit.isascii() and digit.isdigit()) or len(digit) != 1:
            return
        if len(self._pin) < PIN_MAX_DIGITS:
            self._pin += digit
            self._message = ""
            self.changed.emit()

    @Slot()
    def eraseDigit(self) -> None:
        if self._pin and not self._checking:
            self._pin = self._pin[:-1]
            self.changed.emit()

    @Slot(str)
    def enterPin(self, pin: str) -> None:
        """A PIN typed whole at a keyboard (the front desk's field), checked at once."""
        if self._checking:
            return
        if not (pin.isascii() and pin.isdigit()) or len(pin) > PIN_MAX_DIGITS:
            self._pin = ""
            self._message = self.tr("That PIN is not right.") if pin else ""
            self.changed.emit()
            return
        self._pin = pin
        self.submitPin()

    def _unavailable(self) -> str:
        return self.tr("Staff mode cannot open its records right now. Please try again later.")

    @Slot()
    def submitPin(self) -> None:
        if self._stage == Stage.CREATE:
            self._submit_new_pin()
            return
        if self._checking:
            return
        if self._chosen is None:
            self._message = self.tr("Please tap your name first.")
            self.changed.emit()
            return
        if len(self._pin) < PIN_MIN_DIGITS:
            self._message = filled(self.tr("A PIN has at least %1 digits."), PIN_MIN_DIGITS)
            self.changed.emit()
            return
        pin, self._pin = self._pin, ""
        try:
            locked = self._staff.locked_seconds(self._chosen)
            pin_hash = "" if locked else self._staff.pin_hash(self._chosen)
            lock = self._staff.keyring.lock_of(staff_holder(self._chosen.id)) if pin_hash else None
        except RecordsError as exc:
            log.error("Staff mode could not read its records: %s", exc)
            self._message = self._unavailable()
            self.changed.emit()
            return
        self._next_token += 1
        self._checking = token = self._next_token
        self.changed.emit()
        future = self._pin_workers().submit(check_pin, pin_hash, lock, pin) if pin_hash else None
        if future is None:
            self._pin_checked(token, PinCheck(False))
        else:
            future.add_done_callback(lambda done: self._report(token, done))

    def _report(self, token: int, done: Future[PinCheck]) -> None:
        # On the worker thread: the signal carries the answer back to the GUI thread.
        if not done.cancelled():
            self._pinChecked.emit(token, done.result())

    @Slot(int, object)
    def _pin_checked(self, token: int, check: PinCheck) -> None:
        if token != self._checking or self._chosen is None:
            if check.keys is not None:
                check.keys.forget()
            return  # staff mode closed (or locked) while the PIN was being checked
        self._checking = 0
        try:
            result = self._staff.record_attempt(self._chosen, check.matched)
        except RecordsError as exc:
            log.error("Staff mode could not record a sign-in: %s", exc)
            self._message = self._unavailable()
            self.changed.emit()
            return
        if result.outcome is Outcome.SIGNED_IN:
            self._sign_in(self._chosen, check)
        elif result.outcome is Outcome.LOCKED:
            self._locked_seconds = result.locked_seconds
            self._message = ""
            self._lockout_timer.start()
            self.changed.emit()
        else:
            self._message = (
                self.tr("That PIN is not right. 1 more try before a short lock-out.")
                if result.tries_left == 1
                else filled(
                    self.tr("That PIN is not right. %1 more tries before a short lock-out."),
                    result.tries_left,
                )
            )
            self.changed.emit()

    def _sign_in(self, member: StaffMember, check: PinCheck | None = None) -> None:
        log.info("Staff mode: %s signed in", member.name)
        self._message = ""
        try:
            opened = open_session(self._staff, self._sealing, member, check)
        except RecordsError as exc:
            log.error("Staff mode could not open the sealed check-ins: %s", exc)
            keys = check.keys if check is not None else None
        else:
            keys = opened.keys
            self._recovery_code = opened.recovery_code
            if opened.recovery_code:
                record(self._staff, member.name, Action.CLINIC_KEY_MADE)
        self._session.sign_in(member, keys)
        self._audit.refresh()
        self._set_stage(Stage.HOME)
        self._idle_timer.start()  # the wait for the PIN check was not time left alone

    @Slot()
    def _tick_lockout(self) -> None:
        try:
            self._locked_seconds = self._staff.locked_seconds(self._chosen)
        except RecordsError:
            self._locked_seconds = 0
        if self._locked_seconds:
            self._lockout_timer.start()
        else:
            self._lockout_timer.stop()
        self.changed.emit()

    # --- the first account ----------------------------------------------------------------------

    @Slot(str)
    def setNewName(self, text: str) -> None:
        if self._stage != Stage.CREATE or self._create_step != "name":
            return  # the name field emptied as its screen goes: the next screen's message stays
        self._new_name = text
        if self._message:
            self._message = ""
            self.changed.emit()

    @Slot()
    def acceptNewName(self) -> None:
        if self._create_step != "name":
            return
        try:
            self._new_name = check_name(self._new_name)
        except AccountError as exc:
            self._message = shown(exc.words)
            self.changed.emit()
            return
        self._create_step = "pin"
        self._message = ""
        self.changed.emit()

    def _submit_setup_code(self) -> None:
        typed, self._pin = self._pin, ""
        if len(typed) != CODE_DIGITS:
            self._message = filled(self.tr("The set-up code has %1 digits."), CODE_DIGITS)
            self.changed.emit()
            return
        try:
            check = self._staff.use_setup_code(typed)
        except RecordsError as exc:
            log.error("Staff mode could not check a set-up code: %s", exc)
            self._message = self._unavailable()
            self.changed.emit()
            return
        if check is CodeCheck.ACCEPTED:
            log.info("Staff mode: a set-up code was used to make the first account")
            self._create_step = "name"
            self._message = ""
        elif check is CodeCheck.WRONG:
            self._message = self.tr("That is not the set-up code. Please check it and try again.")
        else:
            self._message = self.tr(
                "No set-up code is waiting: it was used, it expired, or it was typed wrong too"
                " often. Print a new one at the kiosk's terminal."
            )
        self.changed.emit()

    def _submit_new_pin(self) -> None:
        if self._create_step == "code":
            self._submit_setup_code()
            return
        if self._create_step == "pin":
            try:
                self._first_pin = check_new_pin(self._pin, self._staff.pin_digits())
            except AccountError as exc:
                self._message = shown(exc.words)
            else:
                self._create_step = "again"
                self._message = ""
            self._pin = ""
            self.changed.emit()
            return
        pin, first = self._pin, self._first_pin
        self._pin = self._first_pin = ""
        if pin != first:
            self._create_step = "pin"
            self._message = self.tr("The two PINs were not the same. Please choose your PIN again.")
            self.changed.emit()
            return
        try:
            if self._staff.members():
                # Made at the terminal while this one was being typed: the code made a first
                # account possible, never a second.
                self._members = self._staff.members()
                self._chosen = self._members[0] if len(self._members) == 1 else None
                self._message = self.tr(
                    "A staff account was made meanwhile. Please sign in with it."
                )
                self._set_stage(Stage.SIGN_IN)
                return
            member = self._staff.add(self._new_name, pin, by=self._new_name)
            self._staff.audit.record(member.name, Action.SIGNED_IN)
        except (AccountError, RecordsError) as exc:
            log.error("Staff mode could not make the first account: %s", type(exc).__name__)
            self._message = (
                shown(exc.words) if isinstance(exc, AccountError) else self._unavailable()
            )
            self._create_step = "name"
            self.changed.emit()
            return
        self._look_for_accounts()
        self._sign_in(member)

    # --- inside ---------------------------------------------------------------------------------

    @Slot(str)
    def showPage(self, page: str) -> None:
        if self._session.signed_in and page in PAGES:
            if self._page == "slides" and page != "slides":
                self._deck.cancelEdit()
            self._page = page
            self._put_keyboard_away()
            if page == "audit":
                self._audit.refresh()
            elif page in ("slides", "today"):
                self._deck.refresh()
            elif page == "settings":
                self._accounts.refresh()
            self.changed.emit()

    def _account_still_on(self) -> bool:
        member = self._session.member
        try:
            return member is not None and bool(self._staff.pin_hash(member))
        except RecordsError:
            return True  # the store is unreadable, not the account gone: the page says so

    @staticmethod
    def _put_keyboard_away() -> None:
        """A keyboard left up by one page (or by the last person) never covers the next."""
        QGuiApplication.inputMethod().hide()

    def _set_stage(self, stage: str) -> None:
        changed = stage != self._stage
        self._stage = stage
        if changed:
            self._put_keyboard_away()
        self.changed.emit()
        if changed:
            self.stageChanged.emit()

    # --- what QML reads -------------------------------------------------------------------------

    def _stage_value(self) -> str:
        return self._stage

    def _is_open(self) -> bool:
        return self._stage != Stage.CLOSED

    def _member_names(self) -> list[str]:
        return [m.name for m in self._members]

    def _chosen_name(self) -> str:
        return self._chosen.name if self._chosen else ""

    def _pin_digits(self) -> int:
        return len(self._pin)

    def _message_text(self) -> str:
        return self._message

    def _locked(self) -> int:
        return self._locked_seconds

    def _is_checking(self) -> bool:
        return bool(self._checking)

    def _signed_in_name(self) -> str:
        return self._session.name

    def _page_value(self) -> str:
        return self._page

    def _create_step_value(self) -> str:
        return self._create_step

    def _queue_model(self) -> CheckInQueue:
        return self._queue

    def _audit_model(self) -> AuditList:
        return self._audit

    def _deck_editor(self) -> DeckEditor:
        return self._deck

    def _settings_editor(self) -> SettingsEditor:
        return self._settings

    def _staff_accounts(self) -> StaffAccounts:
        return self._accounts

    stage = Property(str, _stage_value, notify=stageChanged)

    def _takes_check_ins_value(self) -> bool:
        return self._takes_check_ins

    def _clinic_line_text(self) -> str:
        return self._clinic_line

    clinicLine = Property(str, _clinic_line_text, notify=changed)
    """On a kiosk of a clinic, whether its check-ins reached the server; empty otherwise."""

    takesCheckIns = Property(bool, _takes_check_ins_value, notify=accountsChanged)
    """False while no staff account can sign in: the kiosk is being set up."""

    def _start_problem_list(self) -> list[str]:
        return list(self._start_problems)

    isOpen = Property(bool, _is_open, notify=stageChanged)
    startProblems = Property(list, _start_problem_list, constant=True)
    """What the start-up self-check found (``kiosk.core.system.self_check``), for the staff home."""
    members = Property(list, _member_names, notify=changed)
    chosenName = Property(str, _chosen_name, notify=changed)
    pinDigits = Property(int, _pin_digits, notify=changed)
    message = Property(str, _message_text, notify=changed)
    lockedSeconds = Property(int, _locked, notify=changed)
    checking = Property(bool, _is_checking, notify=changed)
    signedInName = Property(str, _signed_in_name, notify=changed)
    page = Property(str, _page_value, notify=changed)
    createStep = Property(str, _create_step_value, notify=changed)
    queue = Property(QObject, _queue_model, constant=True)
    auditLog = Property(QObject, _audit_model, constant=True)
    deck = Property(QObject, _deck_editor, constant=True)
    settings = Property(QObject, _settings_editor, constant=True)
    accounts = Property(QObject, _staff_accounts, constant=True)
