"""The clinic's name, phone, hours and colour, as QML reads them on every slide."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Property, QObject, QUrl
from PySide6.QtGui import QColor
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.core.settings import Settings
from kiosk.ui import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME
from kiosk.ui.pictures import usable_picture

__all__ = ["QML_IMPORT_MAJOR_VERSION", "QML_IMPORT_NAME", "Branding"]

log = logging.getLogger(__name__)


@QmlElement
@QmlUncreatable("Branding comes from the clinic's settings")
class Branding(QObject):  # type: ignore[operator]  # PySide6 stubs: QmlUncreatable(reason)
    def __init__(
        self, settings: Settings, data_root: Path | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._logo = ""
        if settings.logo and data_root is not None:
            picture = data_root / settings.logo
            if not picture.is_file():
                log.warning("The logo %s was not found; the bar shows the name only", settings.logo)
            elif (usable := usable_picture(picture)) is not None:  # it logs the pictures it refuses
                self._logo = QUrl.fromLocalFile(str(usable)).toString()

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

    clinicName = Property(str, _clinic_name, constant=True)
    phone = Property(str, _phone, constant=True)
    openingHours = Property(str, _hours, constant=True)
    accentColour = Property(QColor, _accent, constant=True)
    logo = Property(str, _logo_url, constant=True)
