"""The clinic's settings: branding, how the slideshow plays, the check-in and the display.

Typed, validated, with defaults; saved atomically, and a file broken by hand falls back to the
last good one.
"""

from __future__ import annotations

import logging
import math
import re
import tomllib
from dataclasses import dataclass, replace
from datetime import time
from enum import StrEnum
from pathlib import Path
from typing import Any

from kiosk.core.checkin.open_hours import ALWAYS_OPEN, OpenHours, parse_open_hours
from kiosk.core.colour import contrast_ratio, parse_hex
from kiosk.core.schedule import hours_text, parse_hours
from kiosk.core.storage.atomic import sweep_temporary_files, write_atomic
from kiosk.core.storage.files import RefusedFileError, read_capped
from kiosk.core.text import invisible_characters, normalise
from kiosk.core.toml_text import toml_string
from kiosk.core.words import Words, say

log = logging.getLogger(__name__)

MAX_SETTINGS_BYTES = 64 * 1024
ACCENT_TEXT_COLOUR = "#ffffff"
MIN_ACCENT_CONTRAST = 7.0
LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")


class Transition(StrEnum):
    CROSSFADE = "crossfade"
    SLIDE = "slide"


@dataclass(frozen=True)
class Settings:
    clinic_name: str = "Mid Penn Foot & Ankle Specialists"
    # No phone number is built in: a wrong number on a health kiosk is worse than none.
    phone: str = ""
    opening_hours: str = ""
    accent_colour: str = "#0b5560"
    logo: str = ""
    transition: Transition = Transition.CROSSFADE
    rotation_speed: float = 1.0
    """Multiplies every slide's time on screen: 0.5 plays twice as fast, 2.0 half as fast."""
    ask_mobile: bool = False
    languages: tuple[str, ...] = ("en", "es")
    """Offered to patients; the first is the clinic's own, which every screen returns to."""
    region: str = "US"
    """Where the clinic is: how phone numbers without a country code and dates are read."""
    idle_seconds: int = 45
    countdown_seconds: int = 15
    chime: bool = True
    chime_volume: int = 80
    """Per cent of full volume."""
    retention_days: int = 7
    """Days a check-in's personal data is kept; 0 erases it at the end of the day."""
    open_hours: OpenHours = ALWAYS_OPEN
    """When the kiosk takes check-ins; outside them it says when it opens. Always, at first."""
    sleep_hours: tuple[time, time] | None = None
    """When the screen dims to near-black (outside opening hours); ``None`` never."""
    pin_digits: int = 6
    """The fewest digits a new staff PIN may have (6 to 12): each more makes a guess at a copied
    disk ten times dearer (docs/privacy.md). PINs made before keep working."""


class SettingsOrigin(StrEnum):
    FILE = "settings file"
    LAST_GOOD = "last good settings"
    DEFAULTS = "defaults"


@dataclass(frozen=True)
class LoadedSettings:
    settings: Settings
    problems: tuple[Words, ...]
    origin: SettingsOrigin = SettingsOrigin.FILE


_TEXT_LIMITS = {"clinic_name": 60, "phone": 30, "opening_hours": 80, "logo": 200}


DEFAULTS_USED = say("the defaults are used")


def _unusable(problem: Words) -> LoadedSettings:
    """A file that cannot be read at all: every setting takes its default, and says so."""
    return LoadedSettings(Settings(), (problem, DEFAULTS_USED))


def load_settings(path: Path) -> LoadedSettings:
    """The settings in ``path``; a missing file gives the defaults, a broken field its default."""
    try:
        if path.stat().st_size > MAX_SETTINGS_BYTES:
            return _unusable(say("%1 is too large", path.name))
        data = tomllib.loads(read_capped(path, MAX_SETTINGS_BYTES).decode("utf-8-sig"))
    except FileNotFoundError:
        return LoadedSettings(Settings(), ())
    except RefusedFileError as exc:
        return _unusable(exc.words)
    except RecursionError:
        return _unusable(say("%1 nests tables or lists too deeply", path.name))
    except UnicodeDecodeError as exc:
        return _unusable(
            say("%1 is not UTF-8 text (bad byte at position %2)", path.name, exc.start)
        )
    except (OSError, tomllib.TOMLDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        return _unusable(say("%1 could not be read (%2)", path.name, reason))
    if not data:  # empty, or cut short before its first setting
        return LoadedSettings(Settings(), (say("%1 holds no settings", path.name),))
    return parse_settings(data)


def parse_settings(data: dict[str, Any]) -> LoadedSettings:
    problems: list[Words] = []
    settings = Settings()
    clinic = data.get("clinic", {})
    slideshow = data.get("slideshow", {})
    for key in data:
        if key not in ("clinic", "slideshow", "checkin", "display", "staff"):
            problems.append(say("unknown section [%1] is ignored", key))
    if not isinstance(clinic, dict):
        problems.append(say("[clinic] must be a table"))
        clinic = {}
    if not isinstance(slideshow, dict):
        problems.append(say("[slideshow] must be a table"))
        slideshow = {}

    clinic_fields = {
        "name": "clinic_name",
        "phone": "phone",
        "hours": "opening_hours",
        "logo": "logo",
    }
    for key, value in clinic.items():
        if key == "accent_colour":
            settings = _accent(settings, value, problems)
        elif key == "languages":
            settings = _languages(settings, value, problems)
        elif key in clinic_fields:
            name = clinic_fields[key]
            text = _text(value, _TEXT_LIMITS[name])
            if text is None:
                problems.append(
                    say("clinic.%1 must be text of at most %2 characters", key, _TEXT_LIMITS[name])
                )
            else:
                changed: dict[str, Any] = {name: text}
                settings = replace(settings, **changed)
        else:
            problems.append(say("unknown setting clinic.%1 is ignored", key))
    for key, value in slideshow.items():
        if key == "transition":
            try:
                settings = replace(settings, transition=Transition(value))
            except ValueError:
                problems.append(say('slideshow.transition must be "crossfade" or "slide"'))
        elif key == "rotation_speed":
            if (
                isinstance(value, bool)
                or not isinstance(value, int | float)
                or not math.isfinite(value)
                or not 0.25 <= value <= 4.0
            ):
                problems.append(say("slideshow.rotation_speed must be a number from 0.25 to 4"))
            else:
                settings = replace(settings, rotation_speed=float(value))
        else:
            problems.append(say("unknown setting slideshow.%1 is ignored", key))
    checkin = data.get("checkin", {})
    if not isinstance(checkin, dict):
        problems.append(say("[checkin] must be a table"))
        checkin = {}
    settings = _checkin(settings, checkin, problems)
    display = data.get("display", {})
    if not isinstance(display, dict):
        problems.append(say("[display] must be a table"))
        display = {}
    settings = _display(settings, display, problems)
    staff = data.get("staff", {})
    if not isinstance(staff, dict):
        problems.append(say("[staff] must be a table"))
        staff = {}
    for key, value in staff.items():
        if key != "pin_digits":
            problems.append(say("unknown setting staff.%1 is ignored", key))
        elif isinstance(value, int) and not isinstance(value, bool) and 6 <= value <= 12:
            settings = replace(settings, pin_digits=value)
        else:
            problems.append(say("staff.pin_digits must be a whole number from %1 to %2", 6, 12))
    return LoadedSettings(settings, tuple(problems))


# Whole numbers a clinic may choose, and the range each must fall in.
_CHECKIN_NUMBERS = {
    "idle_seconds": (20, 600),
    "countdown_seconds": (5, 60),
    "retention_days": (0, 3650),
    "chime_volume": (0, 100),
}


def _checkin(settings: Settings, section: dict[str, Any], problems: list[Words]) -> Settings:
    changed: dict[str, Any] = {}
    for key, value in section.items():
        if key in ("ask_mobile", "chime"):
            if isinstance(value, bool):
                changed[key] = value
            else:
                problems.append(say("checkin.%1 must be true or false", key))
        elif key == "region":
            import phonenumbers  # loaded when first needed, as in checkin.check_phone

            if isinstance(value, str) and value.upper() in phonenumbers.SUPPORTED_REGIONS:
                changed[key] = value.upper()
            else:
                problems.append(
                    say('checkin.region must be a two-letter country code such as "US"')
                )
        elif key == "open_hours":
            hours = parse_open_hours(value) if isinstance(value, str) else None
            if hours is None:
                problems.append(
                    say(
                        'checkin.open_hours must look like "mon-fri 08:00-17:00; sat 09:00-12:00",'
                        " or be empty"
                    )
                )
            else:
                changed[key] = hours
        elif key in _CHECKIN_NUMBERS:
            low, high = _CHECKIN_NUMBERS[key]
            if isinstance(value, int) and not isinstance(value, bool) and low <= value <= high:
                changed[key] = value
            else:
                problems.append(
                    say("checkin.%1 must be a whole number from %2 to %3", key, low, high)
                )
        else:
            problems.append(say("unknown setting checkin.%1 is ignored", key))
    return replace(settings, **changed)


def _display(settings: Settings, section: dict[str, Any], problems: list[Words]) -> Settings:
    for key, value in section.items():
        if key != "sleep_hours":
            problems.append(say("unknown setting display.%1 is ignored", key))
        elif value == "":
            settings = replace(settings, sleep_hours=None)
        elif (hours := parse_hours(value)) is None or hours[0] == hours[1]:
            problems.append(say('display.sleep_hours must look like "19:00-07:00", or be empty'))
        else:
            settings = replace(settings, sleep_hours=hours)
    return settings


def _text(value: Any, limit: int) -> str | None:
    if not isinstance(value, str):
        return None
    text = normalise(value).strip()
    if len(text) > limit or invisible_characters(text):
        return None
    return text


def _languages(settings: Settings, value: Any, problems: list[Words]) -> Settings:
    if (
        not isinstance(value, list)
        or not value
        or not all(isinstance(code, str) and LANGUAGE_CODE.fullmatch(code) for code in value)
        or len(set(value)) != len(value)
    ):
        problems.append(
            say('clinic.languages must list language codes, the clinic\'s own first: ["en", "es"]')
        )
        return settings
    return replace(settings, languages=tuple(value))


def _accent(settings: Settings, value: Any, problems: list[Words]) -> Settings:
    if not isinstance(value, str) or parse_hex(value) is None:
        problems.append(say('clinic.accent_colour must look like "#0b5560"'))
        return settings
    ratio = contrast_ratio(value, ACCENT_TEXT_COLOUR)
    if ratio < MIN_ACCENT_CONTRAST:
        ratio_text, least = f"{ratio:.1f}", f"{MIN_ACCENT_CONTRAST:g}"
        problems.append(
            say(
                "clinic.accent_colour %1 gives white text a contrast of only %2:1 "
                "(at least %3:1 is needed); the default colour is used",
                value,
                ratio_text,
                least,
            )
        )
        return settings
    return replace(settings, accent_colour=value.lower())


def settings_as_toml(settings: Settings) -> str:
    """The settings as a file that ``parse_settings`` reads back to the same values."""
    s = settings
    lines = [
        "# The kiosk's settings; see docs/settings.md. Staff mode writes this file.",
        "[clinic]",
        f"name = {toml_string(s.clinic_name)}",
        f"phone = {toml_string(s.phone)}",
        f"hours = {toml_string(s.opening_hours)}",
        f"logo = {toml_string(s.logo)}",
        f"accent_colour = {toml_string(s.accent_colour)}",
        f"languages = [{', '.join(toml_string(code) for code in s.languages)}]",
        "",
        "[slideshow]",
        f"transition = {toml_string(s.transition.value)}",
        f"rotation_speed = {s.rotation_speed!r}",
        "",
        "[checkin]",
        f"ask_mobile = {str(s.ask_mobile).lower()}",
        f"region = {toml_string(s.region)}",
        f"idle_seconds = {s.idle_seconds}",
        f"countdown_seconds = {s.countdown_seconds}",
        f"chime = {str(s.chime).lower()}",
        f"chime_volume = {s.chime_volume}",
        f"retention_days = {s.retention_days}",
        f"open_hours = {toml_string(s.open_hours.text())}",
        "",
        "[display]",
        f"sleep_hours = {toml_string(hours_text(s.sleep_hours) if s.sleep_hours else '')}",
        "",
        "[staff]",
        f"pin_digits = {s.pin_digits}",
    ]
    return "\n".join(lines) + "\n"


class SettingsFile:
    """``settings.toml`` and its last good copy beside it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.last_good = path.with_name(f"{path.stem}.last-good{path.suffix}")

    def load(self) -> LoadedSettings:
        """The settings to use now; problems are returned, never raised.

        A file with any problem (it cannot be read, is too large, or has a wrong, unknown or
        out-of-range value) gives way to the last good copy whole, so a half-edited file never
        mixes with the clinic's real settings. Without a good copy, each broken value gets its
        default.
        """
        if not self.path.exists():
            if self.last_good.exists():
                return self._fall_back((say("%1 is missing", self.path.name),))
            return LoadedSettings(Settings(), (), SettingsOrigin.DEFAULTS)
        loaded = load_settings(self.path)
        if not loaded.problems:
            self._keep_last_good()
            return loaded
        return self._fall_back(loaded.problems, loaded)

    def sweep(self) -> int:
        """Remove the temporary files interrupted saves left; returns how many."""
        folder = self.path.parent
        return len(
            sweep_temporary_files(folder, self.path.name)
            + sweep_temporary_files(folder, self.last_good.name)
        )

    def save(self, settings: Settings) -> None:
        """Write ``settings`` atomically; the file is checked to read back the same first."""
        text = settings_as_toml(settings)
        readback = parse_settings(tomllib.loads(text))
        if readback.problems or readback.settings != settings:
            raise ValueError(f"these settings would not read back: {readback.problems}")
        data = text.encode("utf-8")
        write_atomic(self.path, data)
        write_atomic(self.last_good, data)

    def _fall_back(
        self, problems: tuple[Words, ...], own: LoadedSettings | None = None
    ) -> LoadedSettings:
        good = load_settings(self.last_good) if self.last_good.exists() else None
        if good is not None and not good.problems:
            note = say("%1 has problems; the last good settings are used", self.path.name)
            said = tuple(p for p in problems if p != DEFAULTS_USED)  # they are not, after all
            return LoadedSettings(good.settings, (*said, note), SettingsOrigin.LAST_GOOD)
        if own is not None:
            return LoadedSettings(own.settings, problems, SettingsOrigin.FILE)
        return LoadedSettings(Settings(), problems, SettingsOrigin.DEFAULTS)

    def _keep_last_good(self) -> None:
        try:
            content = self.path.read_bytes()
            if not self.last_good.exists() or self.last_good.read_bytes() != content:
                write_atomic(self.last_good, content)
        except OSError as exc:
            log.warning("Could not keep a copy of the last good settings: %s", exc.strerror or exc)
