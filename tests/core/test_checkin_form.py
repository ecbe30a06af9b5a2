"""The check-in's steps and answers, without Qt."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.core.checkin.answers import Reason
from kiosk.core.checkin.steps import (
    Answer,
    BirthDateEntry,
    CheckInForm,
    DateOrder,
    Step,
    Visit,
)
from kiosk.core.settings import parse_settings
from kiosk.core.words import say

TODAY = date(2026, 11, 24)


def form(ask_mobile: bool = False, order: DateOrder = DateOrder.MONTH_DAY_YEAR) -> CheckInForm:
    return CheckInForm(ask_mobile=ask_mobile, order=order, today=lambda: TODAY)


def typed(entry: BirthDateEntry, digits: str) -> BirthDateEntry:
    for digit in digits:
        entry.type_digit(digit)
    return entry


def fill(f: CheckInForm) -> None:
    f.first_name, f.last_name = "María José", "O'Neil-Núñez"
    assert f.next()
    typed(f.birth, "03121956")
    assert f.next()
    f.choose_reason("heel-or-arch")
    assert f.next()
    f.urgent = Answer.NO
    assert f.next()
    if f.ask_mobile:
        assert f.next()
    f.appointment = Answer.YES
    assert f.next()
    f.visit = Visit.FIRST
    assert f.next()
    assert f.step is Step.REVIEW


@pytest.mark.parametrize(
    ("order", "digits", "expected"),
    [
        (DateOrder.MONTH_DAY_YEAR, "03121956", (1956, 3, 12)),
        (DateOrder.DAY_MONTH_YEAR, "12031956", (1956, 3, 12)),
        (DateOrder.YEAR_MONTH_DAY, "19560312", (1956, 3, 12)),
        # A first digit that cannot start a two-digit month or day stands for the whole part.
        (DateOrder.MONTH_DAY_YEAR, "341956", (1956, 3, 4)),
        (DateOrder.DAY_MONTH_YEAR, "591956", (1956, 9, 5)),
    ],
)
def test_the_keypad_fills_the_date_in_the_locale_order(
    order: DateOrder, digits: str, expected: tuple[int, int, int]
) -> None:
    entry = typed(BirthDateEntry(order), digits)
    assert entry.complete
    assert entry.ymd() == expected
    assert [s["part"] for s in entry.slots()] == list(order.value)


def test_one_delete_takes_back_a_part_filled_from_one_digit() -> None:
    entry = typed(BirthDateEntry(), "5")
    assert entry.parts["M"] == "05"
    entry.erase()
    assert entry.empty
    typed(entry, "05")
    entry.erase()
    assert entry.parts["M"] == "0", "two digits typed, one taken back"


def test_delete_takes_back_the_last_digit_and_extra_digits_are_ignored() -> None:
    entry = typed(BirthDateEntry(), "0312195")
    entry.erase()
    assert entry.parts == {"M": "03", "D": "12", "Y": "19"}
    typed(entry, "56789x")
    assert entry.parts["Y"] == "1956"
    assert entry.slots()[0]["current"] is False


@given(st.text(alphabet="0123456789x", max_size=30))
def test_any_keypad_taps_leave_parts_no_longer_than_they_may_be(taps: str) -> None:
    entry = BirthDateEntry()
    for tap in taps:
        if tap == "x":
            entry.erase()
        else:
            entry.type_digit(tap)
    assert len(entry.parts["M"]) <= 2
    assert len(entry.parts["D"]) <= 2
    assert len(entry.parts["Y"]) <= 4


def test_a_whole_check_in_gives_the_checked_answers() -> None:
    f = form()
    f.first_name = "  María   José "
    fill(f)
    visit = f.check_in()
    assert visit is not None
    assert visit.first_name == "María José"
    assert visit.last_name == "O'Neil-Núñez"
    assert visit.birth_date == date(1956, 3, 12)
    assert visit.reasons == (Reason.HEEL_OR_ARCH,)
    assert not visit.urgent
    assert visit.mobile == ""
    assert not visit.returning
    assert visit.appointment
    assert visit.id == f.id


def test_next_stays_on_a_step_with_a_message_until_it_is_answered() -> None:
    f = form()
    assert not f.next()
    assert set(f.messages) == {"first-name", "last-name"}
    f.first_name, f.last_name = "Ann", "Lee"
    assert f.next()
    assert f.messages == {}
    typed(f.birth, "0230199")
    assert not f.next()
    assert str(f.messages["birth"]) == "Please enter your whole date of birth."
    typed(f.birth, "0")
    assert not f.next()
    assert "does not exist" in str(f.messages["birth"])
    f.birth.clear()
    typed(f.birth, "01012030")
    assert not f.next()
    assert "future" in str(f.messages["birth"])
    f.birth.clear()
    typed(f.birth, "01011890")
    assert not f.next()
    assert str(f.messages["birth"]) == "Please check the year you were born."
    f.birth.clear()
    typed(f.birth, "01011990")
    assert f.next()
    assert not f.next()
    assert set(f.messages) == {"reason"}
    f.choose_reason("ankle")
    assert f.next()
    assert f.step.value == "urgent"  # (mypy would hold f.step to URGENT from here)
    assert not f.next()
    assert set(f.messages) == {"urgent"}
    f.urgent = Answer.YES
    assert f.next()
    assert f.step is Step.APPOINTMENT
    assert not f.next()
    assert set(f.messages) == {"appointment"}
    assert str(f.messages["appointment"]) == "Please answer Yes or No."
    f.appointment = Answer.NO
    assert f.next()
    assert f.step.value == "about"
    assert not f.next()
    assert set(f.messages) == {"visit"}


def test_the_mobile_step_shows_only_when_the_clinic_asks_and_checks_the_number() -> None:
    assert Step.MOBILE not in form().steps
    f = form(ask_mobile=True)
    assert f.step_count == 8
    f.first_name, f.last_name = "Ann", "Lee"
    f.next()
    typed(f.birth, "01011990")
    f.next()
    f.choose_reason("ankle")
    f.next()
    f.urgent = Answer.NO
    f.next()
    assert f.step is Step.MOBILE
    f.set_mobile("12345")
    assert not f.next()
    assert f.messages["mobile"]
    f.set_mobile("2015550123")
    assert f.mobile_shown() == "(201) 555-0123"
    assert f.next()
    assert f.step.value == "appointment"
    f.appointment = Answer.NO
    f.next()
    f.visit = Visit.RETURNING
    f.next()
    visit = f.check_in()
    assert visit is not None
    assert visit.mobile == "+12015550123"
    assert visit.returning
    assert not visit.appointment


def test_a_line_tapped_on_the_review_opens_its_step_and_next_comes_back() -> None:
    f = form()
    fill(f)
    f.correct(Step.BIRTH_DATE)
    assert f.step == Step.BIRTH_DATE
    assert f.from_review
    f.birth.erase()
    assert not f.next()
    typed(f.birth, "7")
    assert f.next()
    assert f.steps.index(f.step) == len(f.steps) - 1, "back on the review"
    assert f.summary()[1].value == ("1957-03-12",)  # the form's default words; the UI uses Qt's


def test_back_walks_the_steps_and_leaves_from_the_first() -> None:
    f = form()
    fill(f)
    walked = []
    while f.back():
        walked.append(f.step)
    assert walked == [
        Step.ABOUT,
        Step.APPOINTMENT,
        Step.URGENT,
        Step.REASON,
        Step.BIRTH_DATE,
        Step.NAME,
    ]
    assert f.first_name == "María José", "going back keeps the answers"


def test_a_wipe_forgets_every_answer_and_makes_a_new_id() -> None:
    f = form(ask_mobile=True)
    old_id = f.id
    f.first_name = "Ann"
    f.set_mobile("2015550123")
    f.mobility_help = True
    f.appointment = Answer.YES
    assert f.started
    f.wipe()
    assert not f.started
    assert f.appointment is Answer.UNANSWERED
    assert f.id != old_id
    assert (f.first_name, f.last_name, f.mobile, f.reasons, f.messages) == ("", "", "", [], {})
    assert f.birth.empty
    assert f.step is Step.NAME


def test_a_review_with_a_gap_sends_the_patient_back_to_it() -> None:
    f = form()
    fill(f)
    f.reasons.clear()
    assert f.check_in() is None
    assert f.step is Step.REASON
    assert f.messages["reason"]


def test_check_in_settings_are_read_and_bad_ones_fall_back() -> None:
    loaded = parse_settings(
        {
            "checkin": {
                "ask_mobile": True,
                "region": "gb",
                "idle_seconds": 60,
                "chime": False,
                "retention_days": -1,
                "countdown_seconds": "ten",
            }
        }
    )
    s = loaded.settings
    assert (s.ask_mobile, s.region, s.idle_seconds, s.chime) == (True, "GB", 60, False)
    assert (s.retention_days, s.countdown_seconds) == (7, 15)
    assert tuple(str(p) for p in loaded.problems) == (
        "checkin.retention_days must be a whole number from 0 to 3650",
        "checkin.countdown_seconds must be a whole number from 5 to 60",
    )


def test_answering_a_question_takes_its_message_away_and_nothing_else() -> None:
    f = form()
    f.next()
    assert f.set_name("first", "Ann")
    assert set(f.messages) == {"last-name"}
    assert not f.set_name("first", "Ann"), "the same text changes nothing"
    f.set_name("last", "Lee")
    f.next()
    f.next()
    f.type_birth_digit("5")
    assert f.messages == {}
    f.messages["birth"] = say("x")
    f.erase_birth_digit()
    assert f.birth.empty
    assert f.messages == {}
    typed(f.birth, "01011990")
    f.next()
    f.next()
    assert set(f.messages) == {"reason"}
    f.choose_reason("ankle")
    assert f.messages == {}
    f.next()
    f.next()
    assert not f.answer_urgent("maybe")
    assert f.answer_urgent("yes")
    assert f.messages == {}
    f.next()
    f.next()
    assert not f.answer_appointment("perhaps")
    assert f.answer_appointment("no")
    assert f.messages == {}
    f.next()
    f.next()
    assert not f.answer_visit("sometimes")
    assert f.answer_visit("first")
    assert f.messages == {}
