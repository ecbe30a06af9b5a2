"""The clinic's name, phone, hours and colour, as QML reads them on every slide."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Property, QObject, QUrl, Signal
from PySide6.QtGui import QColor
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.core.settings import Settings
from kiosk.ui import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME
from kiosk.ui.slides.picture_check import usable_picture

__all__ = ["QML_IMPORT_MAJOR_VERSION", "QML_IMPORT_NAME", "Branding"]

log = logging.getLogger(__name__)


@QmlElement
@QmlUncreatable("Branding comes from the clinic's settings")
class Branding(QObject):  # type: ignore[operator]  # PySide6 stubs: QmlUncreatable(reason)
    changed = Signal()

    def __init__(
        self, settings: Settings, data_root: Path | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._data_root = data_root
        self._settings = settings
        self._logo = ""
        self.apply_settings(settings)

    def apply_settings(self, settings: Settings) -> None:
        self._settings = settings
        self._logo = ""
        if settings.logo and self._data_root is not None:
            picture = self._data_root / settings.logo
            if not picture.is_file():
                log.warning("The logo %s was not found; the bar shows the name only", settings.logo)
            elif (usable := usable_picture(picture)) is not None:  # it logs the pictures it refuses
                self._logo = QUrl.fromLocalFile(str(usable)).toString()
        self.changed.emit()

    def _clinic_name(self) -> str:
        return self._settings.clinic_name

    def _phone(self) -> str:
        return self._settings.phone

    def _hours(self) -> str:
        return self._settings.opening_hours

    def _logo_url(self) -> str:
        return self._logo

    def _accent(self) -> QColor:
        return QColor(self._settings.accent_colour)

    clinicName = Property(str, _clinic_name, notify=changed)
    phone = Property(str, _phone, notify=changed)
    openingHours = Property(str, _hours, notify=changed)
    accentColour = Property(QColor, _accent, notify=changed)
    logo = Property(str, _logo_url, notify=changed)
