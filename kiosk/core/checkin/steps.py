"""The check-in as a sequence of steps: what the patient has answered so far, and where they are.

Plain Python, so the whole flow (order, validation, corrections from the review, the wipe) is
tested without Qt. The view model in ``kiosk.ui`` only mirrors this state to the screens.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from kiosk.core.checkin.answers import (
    FIRST_NAME,
    LAST_NAME,
    PHONE_MAX_DIGITS,
    REASON_LABELS,
    CheckIn,
    Reason,
    check_birth_date,
    check_name,
    check_phone,
    check_reasons,
    new_checkin_id,
    unshowable,
)
from kiosk.core.words import Words, say


class Step(StrEnum):
    NAME = "name"
    BIRTH_DATE = "birth-date"
    REASON = "reason"
    URGENT = "urgent"
    MOBILE = "mobile"
    APPOINTMENT = "appointment"
    ABOUT = "about"
    REVIEW = "review"


class DateOrder(StrEnum):
    """The order a locale writes dates in, as the keypad fills them."""

    MONTH_DAY_YEAR = "MDY"
    DAY_MONTH_YEAR = "DMY"
    YEAR_MONTH_DAY = "YMD"


_PART_LENGTH = {"D": 2, "M": 2, "Y": 4}
_PART_LABEL = {"D": say("Day"), "M": say("Month"), "Y": say("Year")}
# The letters people write for each part, in the patient's language: "AAAA" in Spanish.
_PART_PLACEHOLDER = {"D": say("DD"), "M": say("MM"), "Y": say("YYYY")}
# A first digit above these cannot start a two-digit day or month, so it is the whole part.
_PART_FIRST_DIGIT_MAX = {"D": 3, "M": 1}


@dataclass
class BirthDateEntry:
    """Digits typed on the keypad, filling day, month and year in the locale's order."""

    order: DateOrder = DateOrder.MONTH_DAY_YEAR
    parts: dict[str, str] = field(default_factory=lambda: {"D": "", "M": "", "Y": ""})
    padded: set[str] = field(default_factory=set)
    """Parts filled from one digit ("4" as "04"): one Delete takes the whole part back."""

    def _current(self) -> str | None:
        for part in self.order.value:
            if len(self.parts[part]) < _PART_LENGTH[part]:
                return part
        return None

    def type_digit(self, digit: str) -> None:
        if len(digit) != 1 or digit not in "0123456789":
            return
        part = self._current()
        if part is None:
            return
        typed = self.parts[part]
        limit = _PART_FIRST_DIGIT_MAX.get(part)
        if not typed and limit is not None and int(digit) > limit:
            self.parts[part] = "0" + digit  # "4" for a month can only mean April
            self.padded.add(part)
        else:
            self.parts[part] = typed + digit

    def erase(self) -> None:
        for part in reversed(self.order.value):
            if self.parts[part]:
                if part in self.padded:
                    self.padded.discard(part)
                    self.parts[part] = ""
                else:
                    self.parts[part] = self.parts[part][:-1]
                return

    def clear(self) -> None:
        self.parts = {"D": "", "M": "", "Y": ""}
        self.padded.clear()

    @property
    def complete(self) -> bool:
        return self._current() is None

    @property
    def empty(self) -> bool:
        return not any(self.parts.values())

    def slots(self) -> list[dict[str, object]]:
        """For the screen: each part's label, digits so far, placeholder, and whether it is next."""
        current = self._current()
        return [
            {
                "part": part,
                "label": _PART_LABEL[part],
                "digits": self.parts[part],
                "placeholder": _PART_PLACEHOLDER[part],
                "current": part == current,
            }
            for part in self.order.value
        ]

    def ymd(self) -> tuple[int, int, int] | None:
        if not self.complete:
            return None
        return int(self.parts["Y"]), int(self.parts["M"]), int(self.parts["D"])


@dataclass(frozen=True)
class SummaryLine:
    step: Step
    label: Words
    value: tuple[Words | str, ...]
    """Shown one after another, separated by commas; typed answers are plain text."""


class Answer(StrEnum):
    UNANSWERED = ""
    YES = "yes"
    NO = "no"


class Visit(StrEnum):
    UNANSWERED = ""
    FIRST = "first"
    RETURNING = "returning"


@dataclass
class CheckInForm:
    """One patient's answers, from the moment the form opens until it is confirmed or wiped."""

    ask_mobile: bool = False
    region: str = "US"
    order: DateOrder = DateOrder.MONTH_DAY_YEAR
    today: Callable[[], date] = date.today
    date_in_words: Callable[[date], str] = lambda born: born.isoformat()
    language: str = ""
    """The language on screen (the patient's choice), kept with the check-in."""
    draws: Callable[[str], bool] = lambda _text: True
    """Whether the screen's fonts draw every character of a name (the UI knows its fonts): a
    name shown back as empty boxes is refused, since the review would not show what is kept."""

    def __post_init__(self) -> None:
        self.wipe()

    def wipe(self) -> None:
        """Forget every answer and message; a new id for the next patient."""
        self.id = new_checkin_id()
        self.step = Step.NAME
        self.from_review = False
        self.first_name = ""
        self.last_name = ""
        self.birth = BirthDateEntry(self.order)
        self.reasons: list[Reason] = []
        self.urgent = Answer.UNANSWERED
        self.mobile = ""
        self.appointment = Answer.UNANSWERED
        self.visit = Visit.UNANSWERED
        self.mobility_help = False
        self.messages: dict[str, Words] = {}

    # --- where the patient is -----------------------------------------------------------------

    @property
    def steps(self) -> list[Step]:
        return [s for s in Step if s is not Step.MOBILE or self.ask_mobile]

    @property
    def step_number(self) -> int:
        return self.steps.index(self.step) + 1

    @property
    def step_count(self) -> int:
        return len(self.steps)

    @property
    def started(self) -> bool:
        return bool(
            self.first_name
            or self.last_name
            or not self.birth.empty
            or self.reasons
            or self.urgent
            or self.mobile
            or self.appointment
            or self.visit
            or self.mobility_help
        )

    def next(self) -> bool:
        """Check this step's answers; move on (or back to the review) only when they pass."""
        if not self._check(self.step):
            return False
        if self.from_review:
            self.from_review = False
            self.step = Step.REVIEW
        elif self.step is not Step.REVIEW:
            self.step = self.steps[self.steps.index(self.step) + 1]
        return True

    def back(self) -> bool:
        """One step back; False on the first step, where Back leaves the check-in."""
        self.messages.clear()
        if self.from_review:
            self.from_review = False
            self.step = Step.REVIEW
            return True
        position = self.steps.index(self.step)
        if position == 0:
            return False
        self.step = self.steps[position - 1]
        return True

    def correct(self, step: Step) -> None:
        """From the review, open one step; its Next comes straight back to the review."""
        if self.step is Step.REVIEW and step in self.steps and step is not Step.REVIEW:
            self.messages.clear()
            self.step = step
            self.from_review = True

    # --- answers ------------------------------------------------------------------------------

    def set_name(self, which: str, text: str) -> bool:
        """``which`` is "first" or "last"; False when nothing changed."""
        if getattr(self, f"{which}_name") == text:
            return False
        setattr(self, f"{which}_name", text)
        self.messages.pop(f"{which}-name", None)
        return True

    def type_birth_digit(self, digit: str) -> None:
        self.birth.type_digit(digit)
        self.messages.pop("birth", None)

    def erase_birth_digit(self) -> None:
        self.birth.erase()
        self.messages.pop("birth", None)

    def answer_urgent(self, answer: str) -> bool:
        return self._answer_yes_no("urgent", answer)

    def answer_appointment(self, answer: str) -> bool:
        return self._answer_yes_no("appointment", answer)

    def _answer_yes_no(self, question: str, answer: str) -> bool:
        """``question`` names the answer's attribute and its message; False for neither."""
        if answer not in (Answer.YES, Answer.NO):
            return False
        setattr(self, question, Answer(answer))
        self.messages.pop(question, None)
        return True

    def answer_visit(self, answer: str) -> bool:
        if answer not in (Visit.FIRST, Visit.RETURNING):
            return False
        self.visit = Visit(answer)
        self.messages.pop("visit", None)
        return True

    def choose_reason(self, key: str) -> bool:
        """The main reason for the visit (one: the podiatrist asks about the rest); False for
        a key that names none."""
        try:
            reason = Reason(key)
        except ValueError:
            return False
        self.reasons = [reason]
        self.messages.pop("reason", None)
        return True

    def birth_date_complete(self) -> bool:
        """Every digit is in and the date can be right: the date step may move on by itself."""
        ymd = self.birth.ymd()
        return ymd is not None and check_birth_date(*ymd, today=self.today()).message is None

    def set_mobile(self, digits: str) -> None:
        kept = "".join(ch for ch in digits if ch in "0123456789+")[: PHONE_MAX_DIGITS + 1]
        self.mobile = kept
        self.messages.pop("mobile", None)

    def mobile_shown(self) -> str:
        """The number grouped as the region writes it, as it is typed."""
        import phonenumbers  # loaded when first needed, as in check_phone

        formatter = phonenumbers.AsYouTypeFormatter(self.region)
        shown = ""
        for ch in self.mobile:
            shown = formatter.input_digit(ch)
        return shown

    def birth_in_words(self) -> str:
        ymd = self.birth.ymd()
        if ymd is None:
            return ""
        checked = check_birth_date(*ymd, today=self.today())
        return self.date_in_words(checked.value) if checked.value else ""

    def birth_message_now(self) -> Words | None:
        """Shown as soon as all digits are in, before Next: a date that cannot be right."""
        ymd = self.birth.ymd()
        if ymd is None:
            return self.messages.get("birth")
        return check_birth_date(*ymd, today=self.today()).message

    def _check(self, step: Step) -> bool:
        self.messages.clear()
        if step is Step.NAME:
            for key, which, typed in (
                ("first-name", FIRST_NAME, self.first_name),
                ("last-name", LAST_NAME, self.last_name),
            ):
                checked = check_name(typed, which)
                if checked.message:
                    self.messages[key] = checked.message
                elif checked.value is not None and not self.draws(checked.value):
                    self.messages[key] = unshowable(which)
        elif step is Step.BIRTH_DATE:
            ymd = self.birth.ymd()
            if ymd is None:
                self.messages["birth"] = say("Please enter your whole date of birth.")
            else:
                born = check_birth_date(*ymd, today=self.today())
                if born.message:
                    self.messages["birth"] = born.message
        elif step is Step.REASON:
            reasons = check_reasons([r.value for r in self.reasons])
            if reasons.message:
                self.messages["reason"] = reasons.message
        elif step is Step.URGENT:
            if not self.urgent:
                self.messages["urgent"] = say("Please answer Yes or No.")
        elif step is Step.MOBILE:
            phone = check_phone(self.mobile, self.region)
            if phone.message:
                self.messages["mobile"] = phone.message
        elif step is Step.APPOINTMENT:
            if not self.appointment:
                self.messages["appointment"] = say("Please answer Yes or No.")
        elif step is Step.ABOUT:
            if not self.visit:
                self.messages["visit"] = say("Please tell us if this is your first visit.")
        elif step is Step.REVIEW:
            for earlier in self.steps[:-1]:
                if not self._check(earlier):
                    self.step = earlier
                    return False
        return not self.messages

    def check_in(self) -> CheckIn | None:
        """The finished answers, each checked again; None sends the patient to the first gap."""
        if not self._check(Step.REVIEW):
            return None
        ymd = self.birth.ymd()
        assert ymd is not None
        born = check_birth_date(*ymd, today=self.today()).value
        assert born is not None
        reasons = check_reasons([r.value for r in self.reasons]).value
        assert reasons is not None
        return CheckIn(
            id=self.id,
            first_name=check_name(self.first_name).value or "",
            last_name=check_name(self.last_name).value or "",
            birth_date=born,
            reasons=reasons,
            urgent=self.urgent is Answer.YES,
            mobile=check_phone(self.mobile, self.region).value or "" if self.ask_mobile else "",
            returning=self.visit is Visit.RETURNING,
            mobility_help=self.mobility_help,
            appointment=self.appointment is Answer.YES,
            language=self.language,
        )

    def summary(self) -> list[SummaryLine]:
        """The review's lines; each one opens its step again when tapped."""
        reasons = check_reasons([r.value for r in self.reasons]).value or ()
        yes_no: dict[Answer, tuple[Words | str, ...]] = {
            Answer.YES: (say("Yes"),),
            Answer.NO: (say("No"),),
            Answer.UNANSWERED: (),
        }
        name = " ".join(p for p in (self.first_name, self.last_name) if p)
        lines = [
            SummaryLine(Step.NAME, say("Name"), (name,) if name else ()),
            SummaryLine(Step.BIRTH_DATE, say("Date of birth"), (self.birth_in_words(),)),
            SummaryLine(
                Step.REASON, say("Reason for visit"), tuple(REASON_LABELS[r] for r in reasons)
            ),
            SummaryLine(
                Step.URGENT, say("Open wound, redness, fever or swelling"), yes_no[self.urgent]
            ),
        ]
        if self.ask_mobile:
            shown = self.mobile_shown()
            lines.append(
                SummaryLine(Step.MOBILE, say("Mobile number"), (shown or say("None given"),))
            )
        lines.append(
            SummaryLine(Step.APPOINTMENT, say("Appointment today"), yes_no[self.appointment])
        )
        visit: dict[Visit, tuple[Words | str, ...]] = {
            Visit.FIRST: (say("First visit"),),
            Visit.RETURNING: (say("I have been here before"),),
            Visit.UNANSWERED: (),
        }
        lines.append(SummaryLine(Step.ABOUT, say("Visit"), visit[self.visit]))
        lines.append(
            SummaryLine(
                Step.ABOUT,
                say("Help moving around"),
                yes_no[Answer.YES if self.mobility_help else Answer.NO],
            )
        )
        return lines
