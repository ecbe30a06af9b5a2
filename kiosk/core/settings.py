"""The clinic's settings: branding and how the slideshow plays. Typed, validated, with defaults."""

from __future__ import annotations

import logging
import math
import tomllib
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

import phonenumbers

from kiosk.core.colour import contrast_ratio, parse_hex
from kiosk.core.text import invisible_characters, normalise

log = logging.getLogger(__name__)

MAX_SETTINGS_BYTES = 64 * 1024
ACCENT_TEXT_COLOUR = "#ffffff"
MIN_ACCENT_CONTRAST = 7.0


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
    region: str = "US"
    """Where the clinic is: how phone numbers without a country code and dates are read."""
    idle_seconds: int = 45
    countdown_seconds: int = 15
    chime: bool = True
    retention_days: int = 30


@dataclass(frozen=True)
class LoadedSettings:
    settings: Settings
    problems: tuple[str, ...]


_TEXT_LIMITS = {"clinic_name": 60, "phone": 30, "opening_hours": 80, "logo": 200}


def load_settings(path: Path) -> LoadedSettings:
    """The settings in ``path``; a missing file gives the defaults, a broken field its default."""
    try:
        if path.stat().st_size > MAX_SETTINGS_BYTES:
            return LoadedSettings(Settings(), (f"{path.name} is too large; the defaults are used",))
        data = tomllib.loads(path.read_bytes().decode("utf-8-sig"))
    except FileNotFoundError:
        return LoadedSettings(Settings(), ())
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        return LoadedSettings(
            Settings(), (f"{path.name} could not be read ({exc}); the defaults are used",)
        )
    return parse_settings(data)


def parse_settings(data: dict[str, Any]) -> LoadedSettings:
    problems: list[str] = []
    settings = Settings()
    clinic = data.get("clinic", {})
    slideshow = data.get("slideshow", {})
    for key in data:
        if key not in ("clinic", "slideshow", "checkin"):
            problems.append(f"unknown section [{key}] is ignored")
    if not isinstance(clinic, dict):
        problems.append("[clinic] must be a table")
        clinic = {}
    if not isinstance(slideshow, dict):
        problems.append("[slideshow] must be a table")
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
        elif key in clinic_fields:
            name = clinic_fields[key]
            text = _text(value, _TEXT_LIMITS[name])
            if text is None:
                problems.append(
                    f"clinic.{key} must be text of at most {_TEXT_LIMITS[name]} characters"
                )
            else:
                changed: dict[str, Any] = {name: text}
                settings = replace(settings, **changed)
        else:
            problems.append(f"unknown setting clinic.{key} is ignored")
    for key, value in slideshow.items():
        if key == "transition":
            try:
                settings = replace(settings, transition=Transition(value))
            except ValueError:
                problems.append('slideshow.transition must be "crossfade" or "slide"')
        elif key == "rotation_speed":
            if (
                isinstance(value, bool)
                or not isinstance(value, int | float)
                or not math.isfinite(value)
                or not 0.25 <= value <= 4.0
            ):
                problems.append("slideshow.rotation_speed must be a number from 0.25 to 4")
            else:
                settings = replace(settings, rotation_speed=float(value))
        else:
            problems.append(f"unknown setting slideshow.{key} is ignored")
    checkin = data.get("checkin", {})
    if not isinstance(checkin, dict):
        problems.append("[checkin] must be a table")
        checkin = {}
    settings = _checkin(settings, checkin, problems)
    return LoadedSettings(settings, tuple(problems))


# Whole numbers a clinic may choose, and the range each must fall in.
_CHECKIN_NUMBERS = {
    "idle_seconds": (20, 600),
    "countdown_seconds": (5, 60),
    "retention_days": (1, 3650),
}


def _checkin(settings: Settings, section: dict[str, Any], problems: list[str]) -> Settings:
    changed: dict[str, Any] = {}
    for key, value in section.items():
        if key in ("ask_mobile", "chime"):
            if isinstance(value, bool):
                changed[key] = value
            else:
                problems.append(f"checkin.{key} must be true or false")
        elif key == "region":
            if isinstance(value, str) and value.upper() in phonenumbers.SUPPORTED_REGIONS:
                changed[key] = value.upper()
            else:
                problems.append('checkin.region must be a two-letter country code such as "US"')
        elif key in _CHECKIN_NUMBERS:
            low, high = _CHECKIN_NUMBERS[key]
            if isinstance(value, int) and not isinstance(value, bool) and low <= value <= high:
                changed[key] = value
            else:
                problems.append(f"checkin.{key} must be a whole number from {low} to {high}")
        else:
            problems.append(f"unknown setting checkin.{key} is ignored")
    return replace(settings, **changed)


def _text(value: Any, limit: int) -> str | None:
    if not isinstance(value, str):
        return None
    text = normalise(value).strip()
    if len(text) > limit or invisible_characters(text):
        return None
    return text


def _accent(settings: Settings, value: Any, problems: list[str]) -> Settings:
    if not isinstance(value, str) or parse_hex(value) is None:
        problems.append('clinic.accent_colour must look like "#0b5560"')
        return settings
    ratio = contrast_ratio(value, ACCENT_TEXT_COLOUR)
    if ratio < MIN_ACCENT_CONTRAST:
        problems.append(
            f"clinic.accent_colour {value} gives white text a contrast of only {ratio:.1f}:1 "
            f"(at least {MIN_ACCENT_CONTRAST:g}:1 is needed); the default colour is used"
        )
        return settings
    return replace(settings, accent_colour=value.lower())
