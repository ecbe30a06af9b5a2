"""Whether the screen can draw a name: every character in one of the fonts Qt may draw it with
(the kiosk's own, then the system's, as Qt falls back), or the patient would see empty boxes
on the review and the staff queue would show them too."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QFont, QFontDatabase, QRawFont

_NEVER_DRAWN = frozenset(" ")


class GlyphCoverage:
    """The fonts of ``families`` (all Qt knows when first asked, by default: the kiosk's own
    are added at start-up), asked once per character."""

    def __init__(self, families: Sequence[str] | None = None) -> None:
        self._families = families
        self._fonts: list[QRawFont] | None = None
        self._known: dict[str, bool] = {}

    def draws(self, text: str) -> bool:
        return all(self._draws(ch) for ch in text if ch not in _NEVER_DRAWN)

    def _draws(self, ch: str) -> bool:
        known = self._known.get(ch)
        if known is None:
            known = any(font.supportsCharacter(ord(ch)) for font in self._each_font())
            self._known[ch] = known
        return known

    def _each_font(self) -> list[QRawFont]:
        if self._fonts is None:
            families = QFontDatabase.families() if self._families is None else self._families
            raw = (QRawFont.fromFont(QFont(family)) for family in families)
            self._fonts = [font for font in raw if font.isValid()]
        return self._fonts
