"""The fonts the kiosk ships draw the names patients type: Latin with its accents in Atkinson
Hyperlegible, and Devanagari (Hindi, Marathi, Nepali) in Lohit Devanagari, which no Debian
kiosk has by itself; without it such a name shows as empty boxes on the review and the desk."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

from tests.ui.test_desk_sizes import DEVANAGARI


def test_the_shipped_fonts_draw_latin_accents_and_devanagari(fonts: None) -> None:
    devanagari = QFontDatabase.families(QFontDatabase.WritingSystem.Devanagari)
    assert "Lohit Devanagari" in devanagari
    drawn = QFontMetrics(QFont("Lohit Devanagari"))
    assert all(drawn.inFontUcs4(ord(letter)) for letter in DEVANAGARI + "हिन्दी")
    latin = QFontMetrics(QFont("Atkinson Hyperlegible"))
    assert all(latin.inFontUcs4(ord(letter)) for letter in "María José O'Neil-Núñez Zoë Çelik")
