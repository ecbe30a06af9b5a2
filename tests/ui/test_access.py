"""A kiosk everyone can read: every text colour on every background at 7:1 or more (WCAG AAA),
in the normal and the high-contrast palette, and the patient's choice of high contrast applied
to every screen and gone after them."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from kiosk.core.colour import contrast_ratio
from kiosk.ui.app import KioskWindow
from tests.ui.conftest import MakeKiosk, grab
from tests.ui.patient import Patient

# Which of the Theme's colours are drawn as text, and on which of its colours.
TEXTS_ON = {
    "text": ("background", "surface", "messageBackground"),
    "textMuted": ("background", "surface", "messageBackground"),
    "placeholder": ("background", "surface", "messageBackground"),
    "accent": ("background", "surface", "messageBackground"),
    "selected": ("background", "surface"),
    "textOnAccent": ("accent",),
    "sleepText": ("sleepBackground",),
}
# Colours never drawn as text or under it: lines and the card behind a picture.
NOT_TEXT = {"outline", "brandAccent", "pictureCard"}
WCAG_AAA = 7.0


def theme(kiosk: KioskWindow) -> QObject:
    found = kiosk.engine.singletonInstance("Kiosk", "Theme")
    assert isinstance(found, QObject)
    return found


def colour_names(singleton: QObject) -> set[str]:
    meta = singleton.metaObject()
    names = set()
    for index in range(meta.propertyOffset(), meta.propertyCount()):
        prop = meta.property(index)
        if str(prop.typeName()) == "QColor":
            names.add(str(prop.name()))
    return names


def hex_colour(singleton: QObject, name: str) -> str:
    colour = singleton.property(name)
    assert isinstance(colour, QColor), name
    assert colour.alpha() == 255, f"{name} is see-through: its contrast depends on what is behind"
    return colour.name()


def test_every_theme_colour_is_text_or_background_or_a_line(make_kiosk: MakeKiosk) -> None:
    singleton = theme(make_kiosk())
    used = set(TEXTS_ON) | {bg for bgs in TEXTS_ON.values() for bg in bgs} | NOT_TEXT
    assert colour_names(singleton) == used, "a new Theme colour needs its pairs in TEXTS_ON"


def test_every_text_reads_at_seven_to_one_in_both_palettes(make_kiosk: MakeKiosk) -> None:
    singleton = theme(make_kiosk())
    low: list[str] = []
    for high_contrast in (False, True):
        singleton.setProperty("highContrast", high_contrast)
        for foreground, backgrounds in TEXTS_ON.items():
            for background in backgrounds:
                ratio = contrast_ratio(
                    hex_colour(singleton, foreground), hex_colour(singleton, background)
                )
                if ratio < WCAG_AAA:
                    palette = "high contrast" if high_contrast else "normal"
                    low.append(f"{palette}: {foreground} on {background} is {ratio:.2f}:1")
    assert low == []


def test_the_contrast_measure_is_wcag_s() -> None:
    assert round(contrast_ratio("#000000", "#ffffff"), 1) == 21.0
    assert round(contrast_ratio("#777777", "#ffffff"), 2) == 4.48


def test_high_contrast_shows_on_the_slides_and_the_check_in_and_goes_after_the_patient(
    qtbot: QtBot, make_kiosk: MakeKiosk
) -> None:
    kiosk = make_kiosk(instant=True)
    patient = Patient(kiosk, qtbot)
    singleton = theme(kiosk)
    assert grab(kiosk).pixelColor(5, kiosk.window.height() // 2).lightness() > 200

    patient.tap("slidesHighContrast")
    assert singleton.property("highContrast") is True
    qtbot.waitUntil(
        lambda: grab(kiosk).pixelColor(5, kiosk.window.height() // 2).lightness() < 20,
        timeout=3000,
    )
    assert patient.find("slidesHighContrast").property("primary") is True

    patient.tap("checkInButton")
    qtbot.wait(100)
    image = grab(kiosk)
    assert image.pixelColor(5, kiosk.window.height() // 3).lightness() < 20, "check-in is dark"
    patient.tap("checkInHighContrast")  # and off again from the check-in
    assert singleton.property("highContrast") is False
    patient.tap("checkInHighContrast")
    assert singleton.property("highContrast") is True

    patient.tap("cancelButton")  # nothing typed: the check-in ends at once
    qtbot.waitUntil(lambda: not kiosk.check_in.property("active"), timeout=3000)
    assert singleton.property("highContrast") is False
    assert kiosk.choices.property("highContrast") is False
