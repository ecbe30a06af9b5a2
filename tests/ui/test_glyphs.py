"""Which names the screen can draw, asked of the real fonts through Qt."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from kiosk.ui.app.kiosk_window import load_fonts
from kiosk.ui.checkin.glyphs import GlyphCoverage

SHIPPED = ["Atkinson Hyperlegible", "Lohit Devanagari"]


@pytest.mark.parametrize(
    ("name", "drawn"),
    [
        ("Mary-Jane O\u2019Neil", True),
        ("Mar\u00eda Jos\u00e9 N\u00fa\u00f1ez", True),
        ("\u0905\u0928\u0941\u0937\u094d\u0915\u093e", True),  # Devanagari: Lohit
        ("\uff21\uff4e\uff4e", False),  # full-width Latin
        ("\u738b\u82b3", False),  # Chinese
        ("Ann \U00013000", False),
    ],
)
def test_the_kiosks_own_fonts_draw_latin_and_devanagari_and_nothing_they_lack(
    qtbot: QtBot, name: str, drawn: bool
) -> None:
    load_fonts()
    assert GlyphCoverage(SHIPPED).draws(name) is drawn


def test_the_systems_fonts_draw_what_the_kiosks_own_lack(qtbot: QtBot) -> None:
    """Greek and Cyrillic names are drawn by DejaVu (scripts/kiosk installs it), as Qt
    falls back to it."""
    load_fonts()
    for name in ("\u0396\u03c9\u03ae", "\u0416\u0430\u043d\u043d\u0430"):
        assert not GlyphCoverage(SHIPPED).draws(name)
        assert GlyphCoverage().draws(name)
    assert not GlyphCoverage().draws("\U00013000")
