"""The clinic's name, phone, hours and colour, as QML reads them on every slide."""

from __future__ import annotations

from PySide6.QtCore import Property, QObject
from PySide6.QtGui import QColor
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.core.settings import Settings
from kiosk.ui import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME

__all__ = ["QML_IMPORT_MAJOR_VERSION", "QML_IMPORT_NAME", "Branding"]


@QmlElement
@QmlUncreatable("Branding comes from the clinic's settings")
class Branding(QObject):  # type: ignore[operator]  # PySide6 stubs: QmlUncreatable(reason)
    def __init__(self, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings

    def _clinic_name(self) -> str:
        return self._settings.clinic_name

    def _phone(self) -> str:
        return self._settings.phone

    def _hours(self) -> str:
        return self._settings.opening_hours

    def _accent(self) -> QColor:
        return QColor(self._settings.accent_colour)

    clinicName = Property(str, _clinic_name, constant=True)
    phone = Property(str, _phone, constant=True)
    openingHours = Property(str, _hours, constant=True)
    accentColour = Property(QColor, _accent, constant=True)
