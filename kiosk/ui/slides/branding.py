"""The clinic's name, phone, hours and colour, as QML reads them on every slide."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Property, QObject, QUrl, Signal
from PySide6.QtGui import QColor
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.core.settings import Settings
from kiosk.core.storage.files import RefusedFileError, inside
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
            self._logo = self._logo_in(self._data_root, settings.logo)
        self.changed.emit()

    @staticmethod
    def _logo_in(data_root: Path, name: str) -> str:
        """The logo's URL when it is a picture inside the data folder; empty, and said once in
        the log, when it is missing, cannot be drawn, or lies (or links) outside the folder."""
        picture = data_root / name
        try:
            inside(picture, data_root)
        except FileNotFoundError:
            log.warning("The logo %s was not found; the bar shows the name only", name)
            return ""
        except (RefusedFileError, OSError):
            log.warning("The logo %s is outside the data folder; the bar shows the name only", name)
            return ""
        usable = usable_picture(picture)  # it logs the pictures it refuses
        return QUrl.fromLocalFile(str(usable)).toString() if usable is not None else ""

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
