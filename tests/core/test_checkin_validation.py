"""Each check-in answer's check: kind messages, hostile input refused, limits after normalising."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.core.checkin.answers import (
    FIRST_NAME,
    MAX_MARKS_PER_LETTER,
    NAME_MAX_CHARS,
    NAME_MAX_CODE_POINTS,
    CheckIn,
    Reason,
    age_on,
    check_birth_date,
    check_name,
    check_phone,
    check_reasons,
    perceived_length,
)
from kiosk.core.checkin.csv_export import neutralise

TODAY = date(2026, 11, 23)

HOSTILE = [
    "x" * 10_000,
    "A" + "\u0301" * 60,  # one letter carrying sixty stacked accents
    "Jo\u200bhn",  # zero-width space
    "Jo\u200dhn",  # zero-width joiner
    "\u202eenoJ",  # right-to-left override
    "Ann\u2066a",  # bidi isolate
    "Bob\x00",  # NUL
    "Tab\there",
    "Robert'); DROP TABLE checkins;--",
    '=HYPERLINK("http://x")',
    "+1+1",
    "@SUM(A1)",
    "👩‍👩‍👧",  # an emoji family sequence
    "Jane 🙂",
    "<script>",
    "12345",
    "---",
    "\ud800",  # a lone surrogate
    "\ue000",  # private use
]


@pytest.mark.parametrize(
    "typed",
    [
        "María José",
        "O'Neil-Núñez",
        "Zoë",
        "Jean-Luc",
        "D\u2019Angelo",
        "St. John",
        "محمد",  # right-to-left script, written properly
        "李小龙",
        "Nguyễn",
        "Ólafur",
    ],
)
def test_real_names_are_accepted(typed: str) -> None:
    checked = check_name(typed)
    assert checked.ok, checked.message
    assert checked.value == unicodedata.normalize("NFC", typed)


def test_decomposed_accents_are_joined_before_counting() -> None:
    decomposed = unicodedata.normalize("NFD", "Núñez" * 10)  # 50 letters, 52 code points decomposed
    assert len(decomposed) > NAME_MAX_CHARS
    checked = check_name(decomposed)
    assert checked.ok
    assert checked.value is not None
    assert len(checked.value) == 50


def test_a_name_is_as_long_as_the_letters_a_reader_counts() -> None:
    # Forty Devanagari letters carry twenty vowel signs and viramas: sixty code points.
    long_indian_name = "कृष्णमूर्ति श्रीनिवासन रामानुजन वेंकटरमण अयंगर सुब्रह्मण्यम्"
    assert len(long_indian_name) == 60
    assert perceived_length(long_indian_name) == 40
    assert check_name(long_indian_name).ok
    assert check_name("Nguyễn Thị Ánh").ok  # two marks on one letter, decomposed or not
    assert check_name(unicodedata.normalize("NFD", "Nguyễn Thị Ánh")).ok
    too_long = check_name("कृष्णमूर्ति " * 9)  # 54 letters and 8 spaces
    assert not too_long.ok
    assert "at most 50 letters" in str(too_long.message)


def test_a_pile_of_accents_on_one_letter_is_refused_as_a_character_we_cannot_show() -> None:
    assert check_name("A" + "\u0301\u0300\u0302\u0303").ok  # four: still a name
    piled = check_name("Ann" + "\u0301" * (MAX_MARKS_PER_LETTER + 2), FIRST_NAME)
    assert str(piled.message) == (
        "Your first name has a character we cannot show. Please type it again."
    )


@pytest.mark.parametrize("typed", HOSTILE)
def test_hostile_names_are_refused_kindly(typed: str) -> None:
    checked = check_name(typed, FIRST_NAME)
    assert not checked.ok
    assert checked.value is None
    message = str(checked.message)
    assert "first name" in message or "letters" in message
    assert typed not in message


def test_spaces_are_tidied_and_an_empty_name_is_asked_for() -> None:
    assert check_name("  Mary   Ann  ").value == "Mary Ann"
    assert str(check_name("   ").message) == "Please enter your name."


@given(st.text(max_size=300))
def test_an_accepted_name_always_fits_its_limit_and_is_clean(typed: str) -> None:
    checked = check_name(typed)
    if checked.ok:
        assert checked.value is not None
        assert 1 <= perceived_length(checked.value) <= NAME_MAX_CHARS
        assert len(checked.value) <= NAME_MAX_CODE_POINTS
        assert checked.value == unicodedata.normalize("NFC", checked.value)
        assert all(
            unicodedata.category(ch) not in {"Cc", "Cf", "Cs", "Co", "Cn"} for ch in checked.value
        )
    else:
        assert checked.message


def test_birth_dates() -> None:
    assert check_birth_date(1956, 3, 12, TODAY).value == date(1956, 3, 12)
    assert "does not exist" in str(check_birth_date(2023, 2, 29, TODAY).message)
    assert "does not exist" in str(check_birth_date(1980, 13, 1, TODAY).message)
    assert "future" in str(check_birth_date(2026, 11, 24, TODAY).message)
    assert check_birth_date(1905, 11, 24, TODAY).ok  # 120, turning 121 tomorrow
    assert "year" in str(check_birth_date(1905, 11, 23, TODAY).message)  # 121 today


@given(st.integers(-10, 10_000), st.integers(-5, 20), st.integers(-5, 40))
def test_any_typed_date_gives_a_date_or_a_message(year: int, month: int, day: int) -> None:
    checked = check_birth_date(year, month, day, TODAY)
    assert checked.ok != (checked.value is None)
    if checked.value is not None:
        assert checked.value <= TODAY
        assert age_on(checked.value, TODAY) <= 120


def test_phone_numbers_use_the_library_and_may_be_left_out() -> None:
    assert check_phone("", "US").value == ""
    assert check_phone("(201) 555-0123", "US").value == "+12015550123"
    assert check_phone("+44 7400 123456", "GB").value == "+447400123456"
    assert check_phone("07400 123456", "GB").value == "+447400123456"
    assert not check_phone("12", "US").ok
    assert not check_phone("=1+2", "US").ok
    assert not check_phone("9" * 40, "US").ok
    assert "mobile" in str(check_phone("0121 234 5678", "GB").message)


@given(st.text(max_size=40))
def test_any_typed_phone_gives_a_number_or_a_message(typed: str) -> None:
    checked = check_phone(typed, "US")
    assert checked.ok != (checked.value is None)
    if checked.value:
        assert checked.value.startswith("+")
        assert checked.value[1:].isdigit()


def test_reasons_are_chosen_from_the_list_in_a_fixed_order() -> None:
    assert check_reasons(["toenail", "heel-or-arch", "toenail"]).value == (
        Reason.HEEL_OR_ARCH,
        Reason.TOENAIL,
    )
    assert "at least one" in str(check_reasons([]).message)
    assert not check_reasons(["'; DROP TABLE"]).ok


def test_a_check_in_never_prints_its_health_data() -> None:
    visit = CheckIn("id-1", "María", "Núñez", date(1956, 3, 12), (Reason.SKIN,), urgent=True)
    assert "María" not in repr(visit)
    assert "1956" not in str(visit)


LOOK_ALIKES = ["\uff1d", "\uff0b", "\uff0d", "\uff20", "\ufe66", "\ufe62", "\ufe63", "\u2212"]
SKIPPED = ["", " ", "   ", "\u00a0", "\u200b", "\u2060", "\ufeff", " \u200b"]


@pytest.mark.parametrize("sign", ["=", "+", "-", "@", *LOOK_ALIKES])
@pytest.mark.parametrize("before", SKIPPED)
def test_every_formula_start_is_neutralised_whatever_stands_before_it(
    sign: str, before: str
) -> None:
    cell = f'{before}{sign}HYPERLINK("http://x")'
    assert neutralise(cell) == "'" + cell


@pytest.mark.parametrize("cell", ["\tx", "\rx", "\nx"])
def test_a_cell_that_starts_with_a_control_is_neutralised(cell: str) -> None:
    assert neutralise(cell) == "'" + cell


@pytest.mark.parametrize("cell", ["María", "O'Neil", " Ana", "A-12", "1956-03-12", "heel pain"])
def test_ordinary_cells_stay_as_they_are(cell: str) -> None:
    assert neutralise(cell) == cell
