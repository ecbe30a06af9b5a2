"""Staff mode's settings: every change is checked by ``kiosk.core.settings``, saved atomically,
audited with its old and new value, and applied at once to the slides, the check-in, the chime
and the branding."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.core.colour import contrast_ratio
from kiosk.core.languages import available_languages
from kiosk.core.schedule import hours_text, shift_clock
from kiosk.core.settings import (
    ACCENT_TEXT_COLOUR,
    MIN_ACCENT_CONTRAST,
    LoadedSettings,
    Settings,
    SettingsFile,
    SettingsOrigin,
    Transition,
)
from kiosk.core.slides.picture_files import PictureError
from kiosk.core.staff.audit import Action
from kiosk.core.staff.session import StaffSession
from kiosk.ui import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME
from kiosk.ui.platform.translation import filled, shown
from kiosk.ui.staff.picture_import import Brought, PictureImporter, picture_choices

__all__ = ["QML_IMPORT_MAJOR_VERSION", "QML_IMPORT_NAME", "SettingsEditor"]

log = logging.getLogger(__name__)

# Accent colours offered on the kiosk: a few that carry white text well, and two that do not, so
# the contrast check is seen to work. Any other colour can be set in settings.toml.
ACCENT_CHOICES = (
    "#0b5560",
    "#1d4e89",
    "#5b2a86",
    "#8a1c1c",
    "#2f5d2f",
    "#3d3d3d",
    "#e07a1f",
    "#3aa0a0",
)
DEFAULT_SLEEP_HOURS = (time(19, 0), time(7, 0))


def _whole(value: float, low: int, high: int) -> int:
    return int(min(high, max(low, round(value))))


@QmlElement
@QmlUncreatable("The settings editor is made by the application")
class SettingsEditor(QObject):  # type: ignore[operator]  # PySide6 stubs: QmlUncreatable(reason)
    changed = Signal()

    def __init__(
        self,
        settings_file: SettingsFile,
        loaded: LoadedSettings,
        session: StaffSession,
        *,
        deck_folder: Path,
        media_roots: Sequence[Path],
        language_name: Callable[[str], str],
        followers: Sequence[Callable[[Settings], None]] = (),
        parent: QObject | None = None,
    ) -> None:
        """``followers`` are called with the new settings after each save. They are plain calls,
        not signal connections: connecting a signal to an undecorated method makes PySide add a
        slot to that class's meta-object at run time, and QML's cached view of the class then
        loses its properties (seen as "undefined" bindings in roughly one run in three)."""
        super().__init__(parent)
        self._followers = list(followers)
        self._file = settings_file
        self._settings = loaded.settings
        self._session = session
        self._deck_folder = deck_folder
        self._media_roots = media_roots
        self._message = ""
        self._warning = ""
        self._importer = PictureImporter(self)
        if loaded.problems:
            problem = filled(
                self.tr("The settings file has a problem: %1."), shown(loaded.problems[0])
            )
            fallback = (
                self.tr("The last good settings are used.")
                if loaded.origin is not (SettingsOrigin.FILE)
                else ""
            )
            saves = self.tr("Any change made here saves a whole new file.")
            self._warning = " ".join(part for part in (problem, fallback, saves) if part)
        self._accent_warning = ""
        self._logos: list[dict[str, str]] = []
        self._language_name = language_name
        session.subscribe(self._session_changed)

    @property
    def settings(self) -> Settings:
        return self._settings

    def _session_changed(self) -> None:
        self._message = ""
        self._accent_warning = ""
        self.changed.emit()

    def _save(self, label: str, before: Any, after: Any, **fields: Any) -> bool:
        if not self._session.signed_in:
            return False
        updated = replace(self._settings, **fields)
        if updated == self._settings:
            return True
        try:
            self._file.save(updated)
        except (OSError, ValueError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            log.error("The settings could not be saved: %s", reason)
            self._message = filled(
                self.tr(
                    "The settings could not be saved (%1). Nothing was changed; please try again."
                ),
                reason,
            )
            self.changed.emit()
            return False
        self._settings = updated
        self._message = ""
        self._warning = ""
        self._session.audit(Action.SETTINGS_CHANGED, f"{label}: {before} → {after}")
        for follow in self._followers:
            follow(updated)
        self.changed.emit()
        return True

    def follow(self, follower: Callable[[Settings], None]) -> None:
        """Call ``follower`` too with the new settings after each change."""
        self._followers.append(follower)

    def reload(self) -> None:
        """The settings file was changed for this kiosk (the clinic's settings arrived): use
        what it now holds, as a save here would have."""
        loaded = self._file.load()
        if loaded.problems or loaded.settings == self._settings:
            return
        self._settings = loaded.settings
        for follow in self._followers:
            follow(loaded.settings)
        self.changed.emit()

    def _text(self, label: str, field: str, text: str) -> None:
        before = getattr(self._settings, field)
        cleaned = " ".join(text.split())
        if cleaned == before:
            return
        self._save(label, before or "(none)", cleaned or "(none)", **{field: cleaned})

    # --- the clinic -----------------------------------------------------------------------------

    @Slot(str)
    def setClinicName(self, text: str) -> None:
        if not text.strip():
            self._message = self.tr("The clinic's name cannot be empty.")
            self.changed.emit()
            return
        self._text("clinic name", "clinic_name", text)

    @Slot(str)
    def setPhone(self, text: str) -> None:
        self._text("phone", "phone", text)

    @Slot(str)
    def setOpeningHours(self, text: str) -> None:
        self._text("opening hours", "opening_hours", text)

    @Slot(str)
    def chooseAccent(self, colour: str) -> None:
        ratio = contrast_ratio(colour, ACCENT_TEXT_COLOUR)
        if ratio < MIN_ACCENT_CONTRAST:
            self._accent_warning = filled(
                self.tr(
                    "White words on %1 have a contrast of only %2 to 1; at least %3 to 1 is "
                    "needed to read them across the room. Please choose a darker colour."
                ),
                colour,
                f"{ratio:.1f}",
                f"{MIN_ACCENT_CONTRAST:g}",
            )
            self.changed.emit()
            return
        self._accent_warning = ""
        self._save("accent colour", self._settings.accent_colour, colour, accent_colour=colour)

    @Slot()
    def findLogos(self) -> None:
        self._logos, drives = picture_choices([], self._deck_folder, self._media_roots)
        self._message = (
            "" if drives else self.tr("No USB drive was found; pictures already imported show.")
        )
        self.changed.emit()

    @Slot(int)
    def chooseLogo(self, index: int) -> None:
        if not 0 <= index < len(self._logos) or self._importer.busy:
            return
        choice = self._logos[index]
        if not choice["name"]:
            self._message = filled(self.tr("Bringing in %1…"), choice["label"])
            self.changed.emit()
        self._importer.bring(choice, self._deck_folder, self._logo_brought)

    def stop(self) -> None:
        self._importer.stop()

    def _logo_brought(self, brought: Brought) -> None:
        if not self._session.signed_in:
            return
        if isinstance(brought, PictureError):
            self._message = shown(brought.words)
            self.changed.emit()
            return
        self._message = ""
        logo = f"{self._deck_folder.name}/{brought}"
        self._save("logo", self._settings.logo or "(none)", logo, logo=logo)

    @Slot()
    def clearLogo(self) -> None:
        self._save("logo", self._settings.logo or "(none)", "(none)", logo="")

    # --- the slides -----------------------------------------------------------------------------

    @Slot(int)
    def changeSpeed(self, steps: int) -> None:
        before = self._settings.rotation_speed
        after = min(2.0, max(0.5, before + steps * 0.25))
        self._save("time on screen", f"{before:.0%}", f"{after:.0%}", rotation_speed=after)

    @Slot(str)
    def setTransition(self, name: str) -> None:
        before = self._settings.transition
        self._save("transition", before.value, name, transition=Transition(name))

    # --- the check-in ---------------------------------------------------------------------------

    @Slot(int)
    def changeIdle(self, seconds: int) -> None:
        before = self._settings.idle_seconds
        after = _whole(before + seconds, 20, 600)
        self._save("idle timeout", f"{before} s", f"{after} s", idle_seconds=after)

    @Slot(str)
    def toggleLanguage(self, code: str) -> None:
        """Offer ``code`` to patients, or stop offering it; one language always stays."""
        before = self._settings.languages
        if code in before:
            after = tuple(c for c in before if c != code)
        elif code in available_languages():
            after = (*before, code)
        else:
            return
        if after:
            self._save("languages", ", ".join(before), ", ".join(after), languages=after)

    @Slot(str)
    def putLanguageFirst(self, code: str) -> None:
        """The clinic's own language: the screens start in it and return to it, and staff mode
        shows in it."""
        before = self._settings.languages
        if code in available_languages():
            after = (code, *(c for c in before if c != code))
            self._save("languages", ", ".join(before), ", ".join(after), languages=after)

    @Slot()
    def toggleAskMobile(self) -> None:
        before = self._settings.ask_mobile
        self._save("ask for a mobile number", before, not before, ask_mobile=not before)

    @Slot()
    def toggleChime(self) -> None:
        before = self._settings.chime
        self._save("chime", "on" if before else "off", "off" if before else "on", chime=not before)

    @Slot(int)
    def changeVolume(self, step: int) -> None:
        before = self._settings.chime_volume
        after = _whole(before + step, 0, 100)
        self._save("chime volume", f"{before}%", f"{after}%", chime_volume=after)

    @Slot(int)
    def changeRetention(self, days: int) -> None:
        before = self._settings.retention_days
        after = _whole(before + days, 0, 3650)
        self._save("check-ins kept", f"{before} days", f"{after} days", retention_days=after)

    # --- the display ----------------------------------------------------------------------------

    @Slot()
    def toggleSleep(self) -> None:
        before = self._settings.sleep_hours
        after = None if before else DEFAULT_SLEEP_HOURS
        self._save("display sleep", self._hours(before), self._hours(after), sleep_hours=after)

    @Slot(str, int)
    def changeSleep(self, which: str, minutes: int) -> None:
        before = self._settings.sleep_hours
        if before is None:
            return
        start, end = before
        if which == "from":
            start = shift_clock(start, minutes)
        else:
            end = shift_clock(end, minutes)
        if start == end:
            return
        after = (start, end)
        self._save("display sleep", self._hours(before), self._hours(after), sleep_hours=after)

    @staticmethod
    def _hours(hours: tuple[time, time] | None) -> str:
        return hours_text(hours) if hours else "never"

    # --- what QML reads -------------------------------------------------------------------------

    def _clinic_name(self) -> str:
        return self._settings.clinic_name

    def _phone(self) -> str:
        return self._settings.phone

    def _opening_hours(self) -> str:
        return self._settings.opening_hours

    def _accent(self) -> str:
        return self._settings.accent_colour

    def _accents(self) -> list[dict[str, str]]:
        return [
            {"colour": c, "ratio": f"{contrast_ratio(c, ACCENT_TEXT_COLOUR):.1f}:1"}
            for c in ACCENT_CHOICES
        ]

    def _logo(self) -> str:
        return self._settings.logo

    def _logo_list(self) -> list[dict[str, str]]:
        return self._logos

    def _speed(self) -> str:
        return f"{self._settings.rotation_speed:.0%}"

    def _transition(self) -> str:
        return self._settings.transition.value

    def _idle(self) -> str:
        return f"{self._settings.idle_seconds} s"

    def _ask_mobile(self) -> bool:
        return self._settings.ask_mobile

    def _languages(self) -> list[dict[str, object]]:
        offered = self._settings.languages
        return [
            {
                "code": code,
                "name": self._language_name(code),
                "offered": code in offered,
                "first": bool(offered) and offered[0] == code,
            }
            for code in available_languages()
        ]

    def _chime(self) -> bool:
        return self._settings.chime

    def _volume(self) -> str:
        return f"{self._settings.chime_volume}%"

    def _retention(self) -> str:
        days = self._settings.retention_days
        return "end of day" if days == 0 else f"{days} day{'s' if days != 1 else ''}"

    def _sleeps(self) -> bool:
        return self._settings.sleep_hours is not None

    def _sleep_part(self, index: int) -> str:
        hours = self._settings.sleep_hours
        return f"{hours[index]:%H:%M}" if hours else ""

    def _sleep_from(self) -> str:
        return self._sleep_part(0)

    def _sleep_to(self) -> str:
        return self._sleep_part(1)

    def _message_text(self) -> str:
        return self._message

    def _warning_text(self) -> str:
        return self._warning

    def _accent_warning_text(self) -> str:
        return self._accent_warning

    clinicName = Property(str, _clinic_name, notify=changed)
    phone = Property(str, _phone, notify=changed)
    openingHours = Property(str, _opening_hours, notify=changed)
    accent = Property(str, _accent, notify=changed)
    accents = Property(list, _accents, constant=True)
    logo = Property(str, _logo, notify=changed)
    logos = Property(list, _logo_list, notify=changed)
    speed = Property(str, _speed, notify=changed)
    transition = Property(str, _transition, notify=changed)
    idle = Property(str, _idle, notify=changed)
    languages = Property(list, _languages, notify=changed)
    askMobile = Property(bool, _ask_mobile, notify=changed)
    chime = Property(bool, _chime, notify=changed)
    volume = Property(str, _volume, notify=changed)
    retention = Property(str, _retention, notify=changed)
    sleeps = Property(bool, _sleeps, notify=changed)
    sleepFrom = Property(str, _sleep_from, notify=changed)
    sleepTo = Property(str, _sleep_to, notify=changed)
    message = Property(str, _message_text, notify=changed)
    warning = Property(str, _warning_text, notify=changed)
    accentWarning = Property(str, _accent_warning_text, notify=changed)
