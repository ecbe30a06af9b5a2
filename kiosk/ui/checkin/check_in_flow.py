"""The check-in screens' view model: mirrors the core form to QML, saves, and watches for idling.

Nothing of a patient outlives their check-in: confirm, cancel and the idle timeout all end in
``_end``, which wipes the form and tells QML to drop its screens (and with them every field).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from datetime import date, datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    Property,
    QDate,
    QEnum,
    QEvent,
    QLocale,
    QObject,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.core.checkin.accents import accent_choices
from kiosk.core.checkin.answers import REASON_LABELS, Reason
from kiosk.core.checkin.steps import CheckInForm, DateOrder, Step
from kiosk.core.settings import Settings
from kiosk.core.storage.records import CheckInRecords, StoreError
from kiosk.core.words import Words
from kiosk.ui import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME
from kiosk.ui.checkin.glyphs import GlyphCoverage
from kiosk.ui.platform.chime import Chime, Sound
from kiosk.ui.platform.timers import stop_timers
from kiosk.ui.platform.translation import shown, shown_list

__all__ = ["QML_IMPORT_MAJOR_VERSION", "QML_IMPORT_NAME", "ActivityWatcher", "CheckInFlow"]

log = logging.getLogger(__name__)

DONE_SECONDS = 8
DONE_SETTLING_MS = 2000
FAILED_SECONDS = 30
HELP_REPEAT_SECONDS = 30
CHOSEN_MOVES_ON_MS = 500
"""A question with one answer (the reason, Yes or No, first visit or not) moves on by itself once
answered, after long enough for the patient to see the answer chosen; Back brings it again."""
DATE_MOVES_ON_MS = 1500
"""The date of birth moves on by itself once its last digit makes a date that can be right,
after long enough to read it back in words (a Delete before then keeps the patient there)."""
STEP_SETTLING_MS = 600
"""A step that has just come takes no tap for this long: the second tap of a double tap, a
Next tapped as the step moved on by itself, or a late digit would answer it unread."""
REVIEW_GLIDE_MS = 300
"""How long the review takes to bring the answers out of sight into view (ReviewStep.qml)."""


def date_order(locale: QLocale) -> DateOrder:
    """The order of day, month and year in the locale's short date format."""
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    positions = {part: pattern.find(part) for part in "dMy"}
    ordered = "".join(sorted(positions, key=lambda part: positions[part])).upper()
    try:
        return DateOrder(ordered)
    except ValueError:
        return DateOrder.MONTH_DAY_YEAR


def date_in_words(locale: QLocale) -> Callable[[date], str]:
    """The locale's long date without the weekday: "March 12, 1956", "12 de marzo de 1956"."""
    long_format = locale.dateFormat(QLocale.FormatType.LongFormat)
    pattern = re.sub(r"d{4}[,\s]*", "", long_format).strip(" ,")

    def words(born: date) -> str:
        return locale.toString(QDate(born.year, born.month, born.day), pattern)

    return words


@QmlElement
@QmlUncreatable("The check-in is made by the application")
class CheckInFlow(QObject):  # type: ignore[operator]  # PySide6 stubs: QmlUncreatable(reason)
    @QEnum
    class Screen(IntEnum):
        """The core's ``Step``, one for one, as QML compares it (``CheckInFlow.Review``)."""

        Name = 0
        BirthDate = 1
        Reason = 2
        Urgent = 3
        Mobile = 4
        About = 5
        Review = 6
        Appointment = 7

    changed = Signal()
    """Any answer, message or outcome changed."""
    stepChanged = Signal()
    """The patient moved to another step (the screens swap only on this one)."""
    opened = Signal()
    ended = Signal()
    """The patient is done (or gone): QML drops the check-in screens and the slides return."""
    helpCalled = Signal()
    saved = Signal()
    """A check-in was stored (the front desk's queue reads it again)."""
    wiping = Signal()
    """About to forget everything: screens that hold typed text clear it while they still can."""
    restOfReviewAsked = Signal()
    """Confirm was tapped with answers still out of sight: the review shows them first."""

    def __init__(
        self,
        store: CheckInRecords,
        settings: Settings,
        chime: Chime,
        *,
        language: str = "en",
        clock: Callable[[], datetime] = datetime.now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._settings = settings
        self._chime = chime
        self._form = CheckInForm(
            ask_mobile=settings.ask_mobile,
            region=settings.region,
            today=lambda: clock().date(),
            draws=GlyphCoverage().draws,
        )
        self._clock = clock
        self._ahead_elsewhere: Callable[[datetime], int | None] = lambda _moment: None
        self._with_clinic = False
        self._speak(language)
        self._active = False
        self._outcome = ""
        self._ticket = ""
        self._ahead = 0
        self._saved_urgent = False
        self._saved_appointment = False
        self._still_there = False
        self._countdown = 0
        self._help_called_recently = False
        self._done_ms = DONE_SECONDS * 1000
        self._shown_step = self._form.step
        self._question = ""
        self._review_seen = True
        self._review_end_reached = False
        self._corrected_screen = -1

        self._idle_timer = QTimer(self, singleShot=True, interval=settings.idle_seconds * 1000)
        self._idle_timer.timeout.connect(self._ask_still_there)
        self._countdown_timer = QTimer(self, interval=1000)
        self._countdown_timer.timeout.connect(self._count_down)
        self._leave_timer = QTimer(self, singleShot=True)
        self._leave_timer.timeout.connect(self.finish)
        # The done screen takes no tap at first: the second tap of a double tap on Confirm (or
        # a third, where "Check in" will be) must not take the ticket away unseen.
        self._settling_timer = QTimer(self, singleShot=True, interval=DONE_SETTLING_MS)
        self._settling_timer.timeout.connect(self._settled)
        self._step_settling_timer = QTimer(self, singleShot=True, interval=STEP_SETTLING_MS)
        self._step_settling_timer.timeout.connect(self.stepSettlingChanged)
        self._chosen_timer = QTimer(self, singleShot=True)
        self._chosen_timer.timeout.connect(self._move_on_after_answer)
        self._answered_step = self._form.step
        self._moves_on = True
        self._help_timer = QTimer(self, singleShot=True, interval=HELP_REPEAT_SECONDS * 1000)
        self._help_timer.timeout.connect(self._help_can_repeat)

    def _speak(self, language: str) -> None:
        self._form.language = language
        locale = QLocale(f"{language}_{self._settings.region}")
        # The keypad fills day, month and year in the order the language writes them where the
        # clinic is (es_US: day first), its boxes labelled. Once a digit is typed the order
        # stays, so switching language part way through the date keeps what was typed.
        if self._form.birth.empty:
            self._form.order = date_order(locale)
            self._form.birth.order = self._form.order
        self._form.date_in_words = date_in_words(locale)

    def set_language(self, language: str) -> None:
        """The patient chose another language: every sentence and the date read back follow."""
        self._speak(language)
        self.changed.emit()

    def _notify(self) -> None:
        self.changed.emit()
        if self._form.step is not self._shown_step:
            self._shown_step = self._form.step
            self._settle(STEP_SETTLING_MS)
            self.stepChanged.emit()

    def _settle(self, ms: int) -> None:
        self._step_settling_timer.start(ms)
        self.stepSettlingChanged.emit()

    # --- opening and ending ---------------------------------------------------------------------

    @Slot()
    def open(self) -> None:
        self._form.wipe()
        self._outcome = ""
        self._set_review_end_reached(False)
        self._corrected_screen = -1
        self._active = True
        self._idle_timer.start()
        self._notify()
        self.opened.emit()

    @Slot()
    def cancel(self) -> None:
        self._end()

    @Slot()
    def finish(self) -> None:
        """The done screen was tapped or timed out."""
        self._end()

    def _end(self) -> None:
        for timer in (
            self._idle_timer,
            self._countdown_timer,
            self._leave_timer,
            self._chosen_timer,
        ):
            timer.stop()
        self.wiping.emit()
        self._form.wipe()
        # The keyboard keeps no half-typed word or shift state for the next person.
        input_method = QGuiApplication.inputMethod()
        input_method.reset()
        input_method.hide()
        self._active = False
        self._outcome = ""
        self._ticket = ""
        self._ahead = 0
        self._saved_urgent = False
        self._saved_appointment = False
        self._still_there = False
        self._countdown = 0
        self._set_review_seen(True)
        self._set_review_end_reached(False)
        self._corrected_screen = -1
        self._notify()
        self.ended.emit()

    def set_timing(self, idle_ms: int, tick_ms: int, done_ms: int | None = None) -> None:
        """Shorter waits than the clinic's settings, so tests and demos need not sit idle."""
        self._idle_timer.setInterval(idle_ms)
        self._countdown_timer.setInterval(tick_ms)
        self._done_ms = done_ms if done_ms is not None else self._done_ms

    def wait_for_next(self) -> None:
        """Answered questions stay until Next, so a test can look at each answered screen
        however slowly it is drawn (the patient's kiosk always moves on)."""
        self._moves_on = False

    def stop(self) -> None:
        stop_timers(self)

    # --- idle -----------------------------------------------------------------------------------

    @Slot()
    def touched(self) -> None:
        """A finger (or a key) anywhere on the check-in: the patient is still here."""
        if not self._active or self._outcome or self._still_there:
            return  # the "Still there?" overlay takes its own tap, so it cannot fall through
        self._idle_timer.start()

    @Slot()
    def stillHere(self) -> None:
        """The patient answered "Still there?": the countdown stops and the form is as it was."""
        if self._still_there:
            self._still_there = False
            self._countdown_timer.stop()
            self._idle_timer.start()
            self._notify()

    def count_ahead_elsewhere(self, count: Callable[[datetime], int | None]) -> None:
        """On a kiosk of a clinic: the patients of its other kiosks waiting since before a
        moment, or ``None`` while the server does not answer (this kiosk's own queue counts).
        Its patients are told that their answers go to the clinic's server too."""
        self._ahead_elsewhere = count
        self._with_clinic = True
        self.changed.emit()

    def apply_settings(self, settings: Settings) -> None:
        """Staff changed the settings: the next check-in follows them (none is under way, as
        staff mode cannot open during one)."""
        self._settings = settings
        self._form.ask_mobile = settings.ask_mobile
        self._idle_timer.setInterval(settings.idle_seconds * 1000)
        self._chime.enabled = settings.chime
        self._chime.volume = settings.chime_volume
        self.changed.emit()

    @Slot()
    def _ask_still_there(self) -> None:
        self._still_there = True
        self._countdown = self._settings.countdown_seconds
        self._countdown_timer.start()
        self._notify()

    @Slot()
    def _count_down(self) -> None:
        self._countdown -= 1
        if self._countdown <= 0:
            log.info("A check-in was left unfinished; it was wiped")
            self._end()
        else:
            self._notify()

    # --- moving between steps -------------------------------------------------------------------

    @Slot()
    def next(self) -> None:
        self._chosen_timer.stop()
        self._form.next()
        self._notify()

    def _move_on_soon(self, wait_ms: int = CHOSEN_MOVES_ON_MS) -> None:
        if self._moves_on:
            self._answered_step = self._form.step
            self._chosen_timer.start(wait_ms)

    @Slot()
    def _move_on_after_answer(self) -> None:
        if self._active and not self._still_there and self._form.step is self._answered_step:
            self.next()

    @Slot()
    def holdStill(self) -> None:
        """The patient asked to stop: an answer just given does not move on behind the
        question "Stop checking in?"."""
        self._chosen_timer.stop()

    @Slot()
    def back(self) -> None:
        self._chosen_timer.stop()
        if not self._form.back():
            self._end()
            return
        self._notify()

    @Slot(int)
    def correct(self, screen: int) -> None:
        step = step_of(screen)
        self._chosen_timer.stop()
        if step is not None:
            self._corrected_screen = screen
            self._form.correct(step)
            self._notify()

    # --- answers --------------------------------------------------------------------------------

    @Slot(str)
    def setFirstName(self, text: str) -> None:
        if self._form.set_name("first", text):
            self._notify()

    @Slot(str)
    def setLastName(self, text: str) -> None:
        if self._form.set_name("last", text):
            self._notify()

    @Slot(str, result=list)
    def accentChoices(self, letter: str) -> list[str]:
        return accent_choices(letter)

    @Slot(str)
    def typeBirthDigit(self, digit: str) -> None:
        was_complete = self._form.birth_date_complete()
        self._form.type_birth_digit(digit)
        self._notify()
        if not was_complete and self._form.birth_date_complete():
            self._move_on_soon(DATE_MOVES_ON_MS)

    @Slot()
    def eraseBirthDigit(self) -> None:
        self._chosen_timer.stop()
        self._form.erase_birth_digit()
        self._notify()

    @Slot(str)
    def chooseReason(self, key: str) -> None:
        if self._form.choose_reason(key):
            self._notify()
            self._move_on_soon()

    @Slot(str)
    def answerUrgent(self, answer: str) -> None:
        if self._form.answer_urgent(answer):
            self._notify()
            self._move_on_soon()

    @Slot(str)
    def typeMobileDigit(self, digit: str) -> None:
        self._form.set_mobile(self._form.mobile + digit)
        self._notify()

    @Slot()
    def eraseMobileDigit(self) -> None:
        self._form.set_mobile(self._form.mobile[:-1])
        self._notify()

    @Slot(str)
    def answerAppointment(self, answer: str) -> None:
        if self._form.answer_appointment(answer):
            self._notify()
            self._move_on_soon()

    @Slot(str)
    def answerVisit(self, answer: str) -> None:
        if self._form.answer_visit(answer):
            self._notify()
            self._move_on_soon()

    @Slot(bool)
    def setMobilityHelp(self, needed: bool) -> None:
        self._form.mobility_help = needed
        self._notify()

    # --- confirming -----------------------------------------------------------------------------

    @Slot()
    def confirm(self) -> None:
        if self._outcome:
            return  # a second tap on Confirm while the first is being saved
        if not self._review_seen:
            self.restOfReviewAsked.emit()  # every answer is seen before it is kept
            self._settle(REVIEW_GLIDE_MS + STEP_SETTLING_MS)  # and seen, not glimpsed
            return
        visit = self._form.check_in()
        if visit is None:
            self._notify()
            return
        self._idle_timer.stop()
        self._countdown_timer.stop()
        self._still_there = False
        try:
            ticket = self._store.save(visit)
        except StoreError as exc:
            log.error("A check-in could not be saved: %s", exc)  # the error holds no answers
            self._form.wipe()
            self._outcome = "failed"
            self._chime.ring(Sound.HELP)
            self._leave_timer.start(FAILED_SECONDS * 1000)
            self._settling_timer.start()
            self._notify()
            return
        log.info("Check-in %s saved", ticket.code)
        self.saved.emit()
        self._chime.ring(Sound.URGENT if visit.urgent else Sound.CHECK_IN)
        self._form.wipe()
        self._outcome = "saved"
        self._ticket = ticket.code
        self._saved_urgent = visit.urgent
        self._saved_appointment = visit.appointment
        self._ahead = ticket.ahead + (self._ahead_elsewhere(self._clock()) or 0)
        self._leave_timer.start(self._done_ms)
        self._settling_timer.start()
        self._notify()

    @Slot()
    def _settled(self) -> None:
        self.changed.emit()

    @Slot()
    def callForHelp(self) -> None:
        """The "Need help?" button: the desk hears it once, however often it is tapped."""
        if not self._help_called_recently:
            self._help_called_recently = True
            self._help_timer.start()
            self._chime.ring(Sound.HELP)
            log.info("A patient asked for help at the kiosk")
        self.helpCalled.emit()

    @Slot()
    def _help_can_repeat(self) -> None:
        self._help_called_recently = False

    # --- what QML reads -------------------------------------------------------------------------

    def _is_active(self) -> bool:
        return self._active

    def _started(self) -> bool:
        return self._form.started

    def current_step(self) -> Step:
        return self._form.step

    def _step(self) -> int:
        return screen_of(self._form.step)

    def _step_number(self) -> int:
        return self._form.step_number

    def _step_count(self) -> int:
        return self._form.step_count

    def _from_review(self) -> bool:
        return self._form.from_review

    def _first_name(self) -> str:
        return self._form.first_name

    def _last_name(self) -> str:
        return self._form.last_name

    def _messages(self) -> dict[str, str]:
        messages = {key: shown(words) for key, words in self._form.messages.items()}
        if self._form.step is Step.BIRTH_DATE and (now := self._form.birth_message_now()):
            messages["birth"] = shown(now)
        return messages

    def _birth_slots(self) -> list[dict[str, object]]:
        return [
            {
                key: shown(value) if isinstance(value, Words) else value
                for key, value in slot.items()
            }
            for slot in self._form.birth.slots()
        ]

    def _birth_in_words(self) -> str:
        return self._form.birth_in_words()

    def _reason_choices(self) -> list[dict[str, object]]:
        return [
            {"key": r.value, "label": shown(REASON_LABELS[r]), "chosen": r in self._form.reasons}
            for r in Reason
        ]

    def _urgent(self) -> str:
        return self._form.urgent.value

    def _ask_mobile(self) -> bool:
        return self._form.ask_mobile

    def _mobile_shown(self) -> str:
        return self._form.mobile_shown()

    def _appointment(self) -> str:
        return self._form.appointment.value

    def _visit(self) -> str:
        return self._form.visit.value

    def _mobility_help(self) -> bool:
        return self._form.mobility_help

    def _summary(self) -> list[dict[str, Any]]:
        return [
            {
                "step": screen_of(line.step),
                "label": shown(line.label),
                "value": shown_list(line.value),
            }
            for line in self._form.summary()
        ]

    def _privacy_notice(self) -> str:
        days = self._settings.retention_days
        if days == 0:
            when = self.tr("They are deleted at the end of today.")
        elif days == 1:
            when = self.tr("They are deleted after 1 day.")
        else:
            when = self.tr("They are deleted after %1 days.").replace("%1", str(days))
        if self._with_clinic and self._form.ask_mobile:
            kept = self.tr(
                "We keep your name, date of birth, mobile number, reasons for your visit and "
                "your other answers on this kiosk and the clinic's server so that the front desk "
                "can see you in."
            )
        elif self._with_clinic:
            kept = self.tr(
                "We keep your name, date of birth, reasons for your visit and your other answers "
                "on this kiosk and the clinic's server so that the front desk can see you in."
            )
        elif self._form.ask_mobile:
            kept = self.tr(
                "We keep your name, date of birth, mobile number, reasons for your visit and "
                "your other answers on this kiosk so that the front desk can see you in."
            )
        else:
            kept = self.tr(
                "We keep your name, date of birth, reasons for your visit and your other answers "
                "on this kiosk so that the front desk can see you in."
            )
        who = self.tr("Only the clinic staff can see them.")
        return f"{kept} {who} {when}"

    def _get_question(self) -> str:
        return self._question

    def _set_question(self, question: str) -> None:
        if question != self._question:
            self._question = question
            self.questionChanged.emit()

    def _get_review_seen(self) -> bool:
        return self._review_seen

    def _set_review_seen(self, seen: bool) -> None:
        if seen != self._review_seen:
            self._review_seen = seen
            self.reviewSeenChanged.emit()

    def _get_review_end_reached(self) -> bool:
        return self._review_end_reached

    def _set_review_end_reached(self, reached: bool) -> None:
        if reached != self._review_end_reached:
            self._review_end_reached = reached
            self.reviewEndReachedChanged.emit()

    def _corrected_line(self) -> int:
        return self._corrected_screen

    def _done_settling(self) -> bool:
        return self._settling_timer.isActive()

    def _step_settling(self) -> bool:
        return self._step_settling_timer.isActive()

    def _outcome_value(self) -> str:
        return self._outcome

    def _ticket_code(self) -> str:
        return self._ticket

    def _people_ahead(self) -> int:
        return self._ahead

    def _was_urgent(self) -> bool:
        """The check-in just saved answered the urgent question yes."""
        return self._saved_urgent

    def _had_appointment(self) -> bool:
        """The patient just checked in said they have an appointment: not told the walk-ins'
        count of people ahead."""
        return self._saved_appointment

    def _save_failed_message(self) -> str:
        return self.tr("We could not save your check-in. Please see the front desk.")

    def _is_still_there(self) -> bool:
        return self._still_there

    def _seconds_left(self) -> int:
        return self._countdown

    active = Property(bool, _is_active, notify=changed)
    started = Property(bool, _started, notify=changed)
    step = Property(int, _step, notify=stepChanged)
    stepNumber = Property(int, _step_number, notify=stepChanged)
    stepCount = Property(int, _step_count, notify=changed)
    fromReview = Property(bool, _from_review, notify=changed)
    firstName = Property(str, _first_name, notify=changed)
    lastName = Property(str, _last_name, notify=changed)
    messages = Property(dict, _messages, notify=changed)
    birthSlots = Property(list, _birth_slots, notify=changed)
    birthInWords = Property(str, _birth_in_words, notify=changed)
    reasonChoices = Property(list, _reason_choices, notify=changed)
    urgent = Property(str, _urgent, notify=changed)
    askMobile = Property(bool, _ask_mobile, constant=True)
    mobileShown = Property(str, _mobile_shown, notify=changed)
    appointment = Property(str, _appointment, notify=changed)
    visit = Property(str, _visit, notify=changed)
    mobilityHelp = Property(bool, _mobility_help, notify=changed)
    summary = Property(list, _summary, notify=changed)
    privacyNotice = Property(str, _privacy_notice, notify=changed)
    outcome = Property(str, _outcome_value, notify=changed)
    doneSettling = Property(bool, _done_settling, notify=changed)
    stepSettlingChanged = Signal()
    stepSettling = Property(bool, _step_settling, notify=stepSettlingChanged)
    """A step has just come (or the review just moved): the screen takes no tap yet."""
    ticket = Property(str, _ticket_code, notify=changed)
    ahead = Property(int, _people_ahead, notify=changed)
    savedUrgent = Property(bool, _was_urgent, notify=changed)
    savedAppointment = Property(bool, _had_appointment, notify=changed)
    saveFailedMessage = Property(str, _save_failed_message, notify=changed)
    stillThere = Property(bool, _is_still_there, notify=changed)
    secondsLeft = Property(int, _seconds_left, notify=changed)
    questionChanged = Signal()
    question = Property(str, _get_question, _set_question, notify=questionChanged)
    """The step's question, as its screen words it (what "Read aloud" says on it)."""
    reviewSeenChanged = Signal()
    reviewSeen = Property(bool, _get_review_seen, _set_review_seen, notify=reviewSeenChanged)
    """Every line of the review has been in sight (set by its screen; Confirm waits for it)."""
    reviewEndReachedChanged = Signal()
    reviewEndReached = Property(
        bool, _get_review_end_reached, _set_review_end_reached, notify=reviewEndReachedChanged
    )
    """The review's last line was in sight once in this check-in: a correction made after it
    does not send the patient down the list again."""
    correctedLine = Property(int, _corrected_line, notify=changed)
    """The screen of the answer last corrected from the review (-1: none), which the review
    brings into sight when it comes back."""

    # --- for tests and the activity watcher -----------------------------------------------------

    def held_values(self) -> dict[str, object]:
        """Every answer the view model holds, for checking that a wipe left nothing."""
        form = self._form
        return {
            "first_name": form.first_name,
            "last_name": form.last_name,
            "birth": dict(form.birth.parts),
            "reasons": list(form.reasons),
            "urgent": form.urgent.value,
            "mobile": form.mobile,
            "appointment": form.appointment.value,
            "visit": form.visit.value,
            "mobility_help": form.mobility_help,
            "messages": dict(form.messages),
            "ticket": self._ticket,
        }


def _screen_name(step: Step) -> str:
    return "".join(part.title() for part in step.name.split("_"))


def screen_of(step: Step) -> int:
    """The QML enum value of the core's ``step``."""
    return int(CheckInFlow.Screen[_screen_name(step)])


def step_of(screen: int) -> Step | None:
    """The core's step for a QML enum value; ``None`` for a value that names none."""
    names = {int(s): s.name for s in CheckInFlow.Screen}
    return next((s for s in Step if _screen_name(s) == names.get(screen)), None)


class ActivityWatcher(QObject):
    """Every press, touch or key on the window tells the check-in the patient is still there,
    and staff mode that staff are."""

    _ACTIVITY = frozenset(
        {
            QEvent.Type.MouseButtonPress,
            QEvent.Type.TouchBegin,
            QEvent.Type.TouchUpdate,
            QEvent.Type.KeyPress,
        }
    )

    def __init__(self, *listeners: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._listeners = listeners

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self._ACTIVITY:
            for listener in self._listeners:
                listener()
        return False
