"""The accented forms offered under the name boxes: the keyboards' own long-press letters."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kiosk.core.checkin.accents import ACCENTED_FORMS, accent_choices

KEYBOARDS = Path(__file__).parents[2] / "kiosk" / "qml" / "NameKeyboard"


def long_press_letters(layout: Path) -> dict[str, set[str]]:
    text = layout.read_text(encoding="utf-8")
    found: dict[str, set[str]] = {}
    for key, more in re.findall(r'text: "(.)"\s+alternativeKeys: "([^"]+)"', text):
        if key.isalpha():
            found[key] = set(more) - {key}
    return found


@pytest.mark.parametrize("language", ["en_US", "es_US"])
def test_every_long_press_letter_is_offered_and_no_other(language: str) -> None:
    keyboard = long_press_letters(KEYBOARDS / language / "main.qml")
    assert {base: set(forms) for base, forms in ACCENTED_FORMS.items()} == keyboard


def test_a_letter_offers_its_plain_form_then_its_accents_in_its_own_case() -> None:
    assert accent_choices("i") == ["i", "í", "ï", "ì", "î"]
    assert accent_choices("I") == ["I", "Í", "Ï", "Ì", "Î"]
    assert accent_choices("n") == ["n", "ñ"]


def test_an_accented_letter_offers_the_same_so_the_patient_can_change_their_mind() -> None:
    assert accent_choices("í") == accent_choices("i")
    assert accent_choices("Ñ") == ["N", "Ñ"]


def test_a_capital_without_a_capital_form_is_left_out_not_spelled_out() -> None:
    assert accent_choices("S") == ["S", "Š"]  # not "SS" for ß


@pytest.mark.parametrize("letter", ["b", "'", "-", " ", "", "ab", "\ud83d", "क"])
def test_nothing_is_offered_for_what_has_no_accents(letter: str) -> None:
    assert accent_choices(letter) == []
