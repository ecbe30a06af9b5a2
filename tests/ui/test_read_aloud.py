"""Read aloud: a button that speaks the slide or the check-in's question, there exactly when a
voice speaks the patient's language."""

from __future__ import annotations

import shutil

import pytest
from pytestqt.qtbot import QtBot

from kiosk.ui.platform.speech import ENGINE_VARIABLE, voice_locale
from tests.ui.conftest import MakeKiosk, drawn, item, shown_title
from tests.ui.patient import Patient

SPANISH_FIRST_TITLE = "Sus pies son su base"


def test_with_an_english_voice_only_the_button_is_there_in_english_and_gone_in_spanish(
    qtbot: QtBot, make_kiosk: MakeKiosk, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENGINE_VARIABLE, "mock")  # Qt's own test voice: English, no Spanish
    kiosk = make_kiosk(instant=True)
    patient = Patient(kiosk, qtbot)
    qtbot.waitUntil(lambda: bool(kiosk.speech.property("available")), timeout=5000)
    drawn(kiosk, qtbot)  # the button on screen where the row placed it, as a patient sees it

    patient.tap("slidesReadAloud")
    said = kiosk.speech.last_spoken
    assert said.startswith(shown_title(kiosk))
    assert "base of your whole body" in said

    patient.tap("checkInButton")
    patient.type_name("firstName", "Ana")
    patient.type_name("lastName", "Lee")
    qtbot.waitUntil(lambda: not kiosk.speech.property("speaking"), timeout=3000)
    patient.tap("checkInReadAloud")
    assert kiosk.speech.last_spoken == "What is your name?", "the question, never the answers"
    patient.tap("nextButton")
    qtbot.waitUntil(lambda: not kiosk.speech.property("speaking"), timeout=3000)
    patient.tap("checkInReadAloud")
    assert kiosk.speech.last_spoken == "What is your date of birth?"

    patient.tap("checkInLanguage-es")
    qtbot.waitUntil(lambda: not patient.shown("checkInReadAloud"), timeout=3000)
    assert kiosk.speech.property("available") is False


def test_without_a_speech_engine_there_is_no_button(
    qtbot: QtBot, make_kiosk: MakeKiosk, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENGINE_VARIABLE, "nosuch")  # an engine Qt does not have
    kiosk = make_kiosk(instant=True)
    patient = Patient(kiosk, qtbot)
    qtbot.wait(500)
    assert not patient.shown("slidesReadAloud")
    patient.tap("checkInButton")
    assert not patient.shown("checkInReadAloud")


def test_speech_dispatcher_reads_both_languages_offline(
    qtbot: QtBot, make_kiosk: MakeKiosk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The real voice of a kiosk: speech-dispatcher with espeak-ng, both from Debian, which
    scripts/kiosk and scripts/test install. Nothing is spoken: a machine with no sound card
    leaves speech-dispatcher stuck after its first sentence (the mock voice above checks what
    is said)."""
    assert shutil.which("speech-dispatcher"), "scripts/test installs speech-dispatcher"
    monkeypatch.setenv(ENGINE_VARIABLE, "speechd")
    kiosk = make_kiosk(instant=True)
    patient = Patient(kiosk, qtbot)
    qtbot.waitUntil(lambda: bool(kiosk.speech.property("available")), timeout=15000)
    assert patient.shown("slidesReadAloud")
    patient.tap("slidesLanguage-es")
    qtbot.waitUntil(lambda: shown_title(kiosk) == SPANISH_FIRST_TITLE, timeout=3000)
    assert patient.shown("slidesReadAloud"), "espeak-ng speaks Spanish"
    assert kiosk.speech.property("available") is True
    drawn(kiosk, qtbot)
    footer = item(kiosk, "footer")
    assert footer.property("stacked") is False, "Spanish keeps one row at 1920x1080, as English"
    check_in = item(kiosk, "checkInButton")
    assert check_in.width() >= check_in.implicitWidth()


def test_the_voice_is_the_clinics_region_s_or_the_first_of_the_language() -> None:
    locales = ["en_GB", "en_US", "es_419", "es_ES", "fi_FI"]
    assert voice_locale("en", "US", locales) == "en_US"
    assert voice_locale("es", "US", locales) == "es_419"
    assert voice_locale("es", "ES", locales) == "es_ES"
    assert voice_locale("vi", "US", locales) == ""
