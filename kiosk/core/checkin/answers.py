"""What a walk-in patient enters at the kiosk, and the checks each answer must pass.

Every check returns a value or a kind message for the patient, to be shown beside the field. The
messages never repeat what was typed, so they are safe to log.
"""

from __future__ import annotations

import unicodedata
import uuid
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Generic, TypeVar

from kiosk.core.text import invisible_characters, normalise
from kiosk.core.words import Words, say

NAME_MAX_CHARS = 50
"""Letters as a reader counts them: a letter with its accents or vowel signs is one."""
NAME_MAX_CODE_POINTS = 199
"""What the stores keep of a name (the clinic's server refuses more than 200), and what an HL7
name field holds (ST, 199): 50 letters with every accent any language puts on them fit well
within it."""
MAX_MARKS_PER_LETTER = 4
"""No language stacks more accents or signs on one letter (Vietnamese uses two, Devanagari a
vowel sign and a nasal mark); a pile of them is a prank that draws over the lines around it."""
OLDEST_AGE_YEARS = 120
PHONE_MAX_DIGITS = 17  # E.164 allows 15 digits; room for a leading 00 or trunk 0

# Punctuation a name may hold besides letters, combining marks and spaces.
_NAME_PUNCTUATION = frozenset({"-", "'", "\u2019", ".", "\u2010"})


class Reason(StrEnum):
    HEEL_OR_ARCH = "heel-or-arch"
    ANKLE = "ankle"
    BACK_KNEE_HIP = "back-knee-hip"
    TOENAIL = "toenail"
    SKIN = "skin"
    DIABETIC_CHECK = "diabetic-check"
    SPORTS_INJURY = "sports-injury"
    ORTHOTICS = "orthotics"
    FOLLOW_UP = "follow-up"
    OTHER = "other"


REASON_LABELS: dict[Reason, Words] = {
    Reason.HEEL_OR_ARCH: say("Heel or arch pain"),
    Reason.ANKLE: say("Ankle pain or sprain"),
    Reason.BACK_KNEE_HIP: say("Back, knee or hip pain linked to the feet"),
    Reason.TOENAIL: say("Toenail problem"),
    Reason.SKIN: say("Skin, corn or callus"),
    Reason.DIABETIC_CHECK: say("Diabetic foot check"),
    Reason.SPORTS_INJURY: say("Sports injury"),
    Reason.ORTHOTICS: say("Orthotics or footwear advice"),
    Reason.FOLLOW_UP: say("Follow-up"),
    Reason.OTHER: say("Something else"),
}


T = TypeVar("T")


@dataclass(frozen=True)
class Checked(Generic[T]):
    """A value that passed its check, or the message to show the patient instead."""

    value: T | None = None
    message: Words | None = None

    @property
    def ok(self) -> bool:
        return self.message is None


NAME = say("name")
FIRST_NAME = say("first name")
LAST_NAME = say("last name")


def perceived_length(text: str) -> int:
    """How many characters a reader sees: a combining mark (an accent, a vowel sign) belongs
    to the letter before it. A close measure of Unicode's grapheme clusters for names."""
    return sum(1 for ch in text if not unicodedata.category(ch).startswith("M"))


def _longest_mark_stack(text: str) -> int:
    longest = run = 0
    for ch in text:
        run = run + 1 if unicodedata.category(ch).startswith("M") else 0
        longest = max(longest, run)
    return longest


def unshowable(which: Words) -> Words:
    """For a name the screen could not draw back to the patient as typed."""
    return say("Your %1 has a character we cannot show. Please type it again.", which)


def check_name(raw: str, which: Words = NAME) -> Checked[str]:
    """1 to 50 letters after NFC (a letter with its marks counts once): letters, marks,
    spaces, hyphens, apostrophes and dots."""
    too_long = say("That %1 is too long. Please use at most %2 letters.", which, NAME_MAX_CHARS)
    unshowable_here = unshowable(which)
    if len(raw) > NAME_MAX_CHARS * (MAX_MARKS_PER_LETTER + 1) * 2:  # far past any limit
        return Checked(message=too_long)
    normalised = normalise(raw)
    if invisible_characters(normalised) or _longest_mark_stack(normalised) > MAX_MARKS_PER_LETTER:
        return Checked(message=unshowable_here)
    text = " ".join(normalised.split())
    if not text:
        return Checked(message=say("Please enter your %1.", which))
    if perceived_length(text) > NAME_MAX_CHARS or len(text) > NAME_MAX_CODE_POINTS:
        return Checked(message=too_long)
    for ch in text:
        category = unicodedata.category(ch)
        if not (category.startswith(("L", "M")) or ch == " " or ch in _NAME_PUNCTUATION):
            return Checked(
                message=say(
                    "Please use only letters, spaces, hyphens and apostrophes in your %1.", which
                )
            )
    if not any(unicodedata.category(ch).startswith("L") for ch in text):
        return Checked(message=say("Please enter your %1 with letters.", which))
    return Checked(value=text)


def check_birth_date(year: int, month: int, day: int, today: date) -> Checked[date]:
    """A real calendar date, not in the future, at most 120 years ago."""
    try:
        born = date(year, month, day)
    except ValueError:
        return Checked(message=say("That date does not exist. Please check the day and month."))
    if born > today:
        return Checked(message=say("That date is in the future. Please check the year."))
    if age_on(born, today) > OLDEST_AGE_YEARS:
        return Checked(message=say("Please check the year you were born."))
    return Checked(value=born)


def age_on(born: date, today: date) -> int:
    before_birthday = (today.month, today.day) < (born.month, born.day)
    return today.year - born.year - (1 if before_birthday else 0)


def check_phone(raw: str, region: str) -> Checked[str]:
    """An optional mobile number; empty is fine. Valid numbers come back in E.164 form."""
    digits = "".join(ch for ch in raw if ch not in " ()-.")
    if not digits:
        return Checked(value="")
    if len(digits) > PHONE_MAX_DIGITS + 1 or not all(ch in "0123456789+" for ch in digits):
        return Checked(message=say("Please check the number. Use only digits."))
    # Loaded when first needed: importing it takes 16 ms, and the first slide need not wait.
    import phonenumbers

    try:
        number = phonenumbers.parse(digits, region)
    except phonenumbers.NumberParseException:
        return Checked(message=say("Please check the number. It looks too short or too long."))
    if not phonenumbers.is_valid_number(number):
        return Checked(
            message=say("Please check the number. It does not look like a phone number.")
        )
    kind = phonenumbers.number_type(number)
    if kind not in (
        phonenumbers.PhoneNumberType.MOBILE,
        phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
    ):
        return Checked(message=say("Please give a mobile number, so that we can text you."))
    return Checked(value=phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


def check_reasons(raw: list[str]) -> Checked[tuple[Reason, ...]]:
    chosen: list[Reason] = []
    for item in raw:
        try:
            reason = Reason(item)
        except ValueError:
            return Checked(message=say("Please choose from the list."))
        if reason not in chosen:
            chosen.append(reason)
    if not chosen:
        return Checked(message=say("Please choose at least one reason for your visit."))
    order = list(Reason)
    return Checked(value=tuple(sorted(chosen, key=order.index)))


def new_checkin_id() -> str:
    """Made when the form opens, so that a retried save can never store the same visit twice."""
    return str(uuid.uuid4())


@dataclass(frozen=True)
class CheckIn:
    """One walk-in's answers, each already checked."""

    id: str
    first_name: str
    last_name: str
    birth_date: date
    reasons: tuple[Reason, ...]
    urgent: bool
    mobile: str = ""
    returning: bool = False
    mobility_help: bool = False
    appointment: bool = False
    """The patient said they have an appointment today (not a walk-in)."""
    language: str = ""
    """The language the patient checked in in (an ISO 639-1 code such as "es"); empty when not
    known (a check-in kept before it was recorded)."""

    def __repr__(self) -> str:  # never print health data, even in a traceback
        return f"CheckIn(id={self.id!r}, ...)"


@dataclass(frozen=True)
class Ticket:
    """What the patient is shown once the check-in is saved."""

    code: str
    ahead: int
