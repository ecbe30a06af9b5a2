"""The deck: a TOML file of slides plus a folder of illustrations, parsed and validated.

A deck that fails validation never reaches the screen. ``parse_deck`` returns the deck together with
every problem found, each with its place: a ``Place`` (the slide, its translation's language,
the section and the field), which reads as plain words for the command line and the log.
"""

from __future__ import annotations

import math
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from enum import StrEnum
from pathlib import Path
from typing import Any

from kiosk.core.schedule import WEEKDAY_NAMES, Schedule, parse_hours
from kiosk.core.slides.reading import count_words, reading_seconds
from kiosk.core.storage.files import RefusedFileError, check_regular, read_capped
from kiosk.core.text import invisible_characters, normalise
from kiosk.core.words import Words, say

DECK_FORMAT_VERSION = 1
MAX_DECK_BYTES = 1024 * 1024
MAX_SLIDES = 200
TITLE_MAX_CHARS = 80
BODY_MAX_CHARS = 400
BODY_MAX_WORDS = 60
BODY_ADVISED_WORDS = 35
CAPTION_MAX_CHARS = 80
SOURCE_MAX_CHARS = 200
REVIEWER_MAX_CHARS = 80
URL_MAX_CHARS = 300
MIN_DURATION_SECONDS = 3.0
MAX_DURATION_SECONDS = 300.0
IMAGE_SUFFIXES = (".svg", ".png", ".jpg", ".jpeg")

_ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")
_LANGUAGE_PATTERN = re.compile(r"[a-z]{2,3}")


class Layout(StrEnum):
    BESIDE = "beside"
    FULL = "full"
    HEADLINE = "headline"
    CALL = "call"


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


# Filled into messages below. Kept apart: a text written into a ``say()`` call would be read by
# lupdate as the message's comment.
_LARGEST_DECK = f"{MAX_DECK_BYTES:,}"
_PICTURE_TYPES = ", ".join(IMAGE_SUFFIXES)
_SHORTEST = f"{MIN_DURATION_SECONDS:g}"
_LONGEST = f"{MAX_DURATION_SECONDS:g}"
_DAY_KEYS = ", ".join(WEEKDAY_NAMES)


@dataclass(frozen=True)
class Place:
    """Where a problem is. ``str()`` gives the words the command line and the log show, such as
    "slide 'heel', translation 'es', field 'title'"."""

    file: str = ""
    slide: str = ""
    """The slide's id; empty when the problem is the deck's, or the id itself is unusable."""
    number: int = 0
    """The slide's place in the file (from 1), for a slide whose id cannot be used."""
    language: str = ""
    """The translation the problem is in; empty for the slide's own words."""
    section: str = ""
    """``translations``, ``schedule`` or ``qr``; empty for a field of the slide itself."""
    field: str = ""

    def at(self, **parts: Any) -> Place:
        return replace(self, **parts)

    def __str__(self) -> str:
        if self.file:
            words = [self.file]
        elif self.slide:
            words = [f"slide '{self.slide}'"]
        elif self.number:
            words = [f"slide {self.number}"]
        else:
            words = ["deck"]
        if self.section == "translations":
            words.append("translations")
        if self.language:
            words.append(f"translation '{self.language}'")
        if self.section in ("schedule", "qr"):
            words.append(self.section)
        if self.field:
            words.append(f"field '{self.field}'")
        return ", ".join(words)


DECK = Place()


@dataclass(frozen=True)
class Problem:
    place: Place
    message: Words
    """For staff: the English here, translated where it is shown."""
    severity: Severity = Severity.ERROR

    def __str__(self) -> str:
        label = "Error" if self.severity is Severity.ERROR else "Warning"
        return f"{label}: {self.place}: {self.message}"


@dataclass(frozen=True)
class QrLink:
    url: str
    caption: str


@dataclass(frozen=True)
class SlideText:
    """A slide's words in one more language; its picture, timing and schedule are shared."""

    title: str
    body: str = ""
    caption: str = ""
    """The QR link's caption."""
    illustration: str = ""
    """A picture with its labels in this language; empty: the slide's own picture."""


@dataclass(frozen=True)
class Slide:
    id: str
    layout: Layout
    title: str
    body: str = ""
    illustration: str = ""
    duration: float | None = None
    enabled: bool = True
    schedule: Schedule = field(default_factory=Schedule)
    qr: QrLink | None = None
    source: str = ""
    reviewed_on: date | None = None
    reviewed_by: str = ""
    """Who checked the slide against its source last, on ``reviewed_on``."""
    translations: tuple[tuple[str, SlideText], ...] = ()
    """(language code, text) in the deck's order; never the deck's own language."""

    def translation(self, language: str) -> SlideText | None:
        return next((text for code, text in self.translations if code == language), None)

    def in_language(self, language: str) -> Slide:
        """The slide as it shows in ``language``; in the deck's own words if it has no
        translation to it."""
        text = self.translation(language)
        if text is None:
            return self
        qr = self.qr
        if qr is not None and text.caption:
            qr = QrLink(qr.url, text.caption)
        return replace(
            self,
            title=text.title,
            body=text.body,
            qr=qr,
            illustration=text.illustration or self.illustration,
            translations=(),
        )

    def with_translation(self, language: str, text: SlideText | None) -> Slide:
        """This slide with its ``language`` text set, or removed when ``text`` is None."""
        kept = [(code, t) for code, t in self.translations if code != language]
        if text is not None:
            position = next(
                (n for n, (code, _) in enumerate(self.translations) if code == language),
                len(kept),
            )
            kept.insert(position, (language, text))
        return replace(self, translations=tuple(kept))

    @property
    def seconds(self) -> float:
        """How long the slide shows: its own duration, or the reading time of its text."""
        if self.duration is not None:
            return self.duration
        return reading_seconds(self.title, self.body, self.qr.caption if self.qr else "")


@dataclass(frozen=True)
class Deck:
    slides: tuple[Slide, ...]
    folder: Path
    language: str = "en"

    def illustration_path(self, slide: Slide, library: Path | None = None) -> Path | None:
        """Where the slide's picture is on disk: the deck's folder, else the built-in library."""
        if not slide.illustration:
            return None
        for base in (self.folder, library):
            if base is None:
                continue
            candidate = base / slide.illustration
            if candidate.is_file():
                return candidate
        return None


@dataclass(frozen=True)
class DeckResult:
    deck: Deck | None
    problems: tuple[Problem, ...]

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity is Severity.ERROR)


class _Collector:
    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def error(self, place: Place, message: Words) -> None:
        self.problems.append(Problem(place, message, Severity.ERROR))

    def warn(self, place: Place, message: Words) -> None:
        self.problems.append(Problem(place, message, Severity.WARNING))


def load_deck_file(
    path: Path, library: Path | None = None, within: Path | None = None
) -> DeckResult:
    """Read and validate the deck at ``path``; never raises for a bad or missing file. With
    ``within``, a deck that is really elsewhere (its file or its folder a link out of
    ``within``) is refused, not read."""
    place = Place(file=path.name)
    try:
        size = path.stat().st_size
        if size > MAX_DECK_BYTES:
            size_text = f"{size:,}"
            return _fail(
                place,
                say("the file is %1 bytes; a deck may be at most %2", size_text, _LARGEST_DECK),
            )
        raw = read_capped(path, MAX_DECK_BYTES, folder=within)
    except FileNotFoundError:
        return _fail(place, say("the file does not exist"))
    except RefusedFileError as exc:
        return _fail(place, exc.words)
    except OSError as exc:
        return _fail(place, say("the file could not be read (%1)", exc.strerror or str(exc)))
    return parse_deck_bytes(raw, path.parent, library, place)


def parse_deck_bytes(
    raw: bytes, folder: Path, library: Path | None = None, place: Place = DECK
) -> DeckResult:
    if len(raw) > MAX_DECK_BYTES:
        return _fail(place, say("the file is larger than %1 bytes", _LARGEST_DECK))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return _fail(place, say("the file is not UTF-8 text (bad byte at position %1)", exc.start))
    if "\x00" in text:
        return _fail(place, say("the file contains a NUL character; it is not a text file"))
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        return _fail(place, say("the file is not valid TOML: %1", str(exc)))
    except RecursionError:
        return _fail(place, say("the file nests tables or lists too deeply to be read"))
    return parse_deck(data, folder, library)


def parse_deck(data: Mapping[str, Any], folder: Path, library: Path | None = None) -> DeckResult:
    out = _Collector()
    _check_keys(out, DECK, data, {"version", "language", "slides"})
    version = data.get("version")
    if version != DECK_FORMAT_VERSION or isinstance(version, bool):
        out.error(DECK.at(field="version"), say("must be %1", DECK_FORMAT_VERSION))
    language = data.get("language", "en")
    if not isinstance(language, str) or not re.fullmatch(r"[a-z]{2,3}", language):
        out.error(
            DECK.at(field="language"), say("must be a short language code such as 'en' or 'es'")
        )
        language = "en"
    raw_slides = data.get("slides")
    if not isinstance(raw_slides, list) or not raw_slides:
        out.error(DECK, say("needs at least one [[slides]] entry"))
        return DeckResult(None, tuple(out.problems))
    if len(raw_slides) > MAX_SLIDES:
        out.error(DECK, say("has %1 slides; at most %2 are allowed", len(raw_slides), MAX_SLIDES))
        return DeckResult(None, tuple(out.problems))

    slides: list[Slide] = []
    seen: set[str] = set()
    for number, raw in enumerate(raw_slides, start=1):
        slide = _parse_slide(out, number, raw, language)
        if slide is None:
            continue
        if slide.id in seen:
            out.error(Place(slide=slide.id), say("another slide already uses this id"))
            continue
        seen.add(slide.id)
        slides.append(slide)
    deck = Deck(tuple(slides), folder, language)
    for slide in deck.slides:
        shown = [(Place(slide=slide.id), slide)] + [
            (Place(slide=slide.id, language=code), slide.in_language(code))
            for code, text in slide.translations
            if text.illustration
        ]
        for place, version in shown:
            if version.illustration and (refused := _refused_picture(folder, version)):
                out.warn(
                    place.at(field="illustration"),
                    say("the picture '%1' is left out: %2", version.illustration, refused),
                )
            elif version.illustration and deck.illustration_path(version, library) is None:
                out.warn(
                    place.at(field="illustration"),
                    say(
                        "the picture '%1' was not found; the slide shows without it",
                        version.illustration,
                    ),
                )
    if any(p.severity is Severity.ERROR for p in out.problems):
        return DeckResult(None, tuple(out.problems))
    return DeckResult(deck, tuple(out.problems))


def _refused_picture(folder: Path, slide: Slide) -> Words | None:
    """Why the picture in the deck's folder will not be shown, when something is there that is
    not a picture file the kiosk may read (a pipe, a device, a link out of the folder)."""
    try:
        check_regular(folder / slide.illustration, folder)
    except RefusedFileError as exc:
        return exc.words
    except OSError:  # nothing there: the library may have it, else "not found" is said
        pass
    return None


def _fail(place: Place, message: Words) -> DeckResult:
    return DeckResult(None, (Problem(place, message),))


def _check_keys(out: _Collector, place: Place, data: Mapping[str, Any], allowed: set[str]) -> None:
    for key in data:
        if key not in allowed:
            names = ", ".join(sorted(allowed))
            out.error(place, say("unknown field '%1' (known fields: %2)", key, names))


_SLIDE_KEYS = {
    "id",
    "layout",
    "title",
    "body",
    "illustration",
    "duration",
    "enabled",
    "schedule",
    "qr",
    "source",
    "reviewed_on",
    "reviewed_by",
    "translations",
}


def _parse_slide(out: _Collector, number: int, raw: Any, deck_language: str) -> Slide | None:
    if not isinstance(raw, dict):
        out.error(Place(number=number), say("must be a table of fields"))
        return None
    slide_id = raw.get("id")
    if not isinstance(slide_id, str) or not _ID_PATTERN.fullmatch(slide_id):
        out.error(
            Place(number=number, field="id"),
            say(
                "must be 1 to 40 lower-case letters, digits or hyphens, "
                "starting with a letter or digit"
            ),
        )
        return None
    place = Place(slide=slide_id)
    before = len(out.problems)
    _check_keys(out, place, raw, _SLIDE_KEYS)

    layout_name = raw.get("layout", Layout.BESIDE.value)
    try:
        layout = Layout(layout_name)
    except ValueError:
        names = ", ".join(v.value for v in Layout)
        out.error(place.at(field="layout"), say("must be one of: %1", names))
        layout = Layout.BESIDE
    title = _text(out, place, "title", raw.get("title"), TITLE_MAX_CHARS, required=True)
    body = _body(out, place, raw.get("body", ""))
    translations = _translations(out, place, raw.get("translations", {}), deck_language)
    illustration = _illustration(out, place, raw.get("illustration", ""))
    duration = _duration(out, place, raw.get("duration", "auto"))
    enabled = raw.get("enabled", True)
    if not isinstance(enabled, bool):
        out.error(place.at(field="enabled"), say("must be true or false"))
        enabled = True
    schedule = _schedule(out, place, raw.get("schedule", {}))
    qr = _qr(out, place, raw.get("qr"))
    source = _text(out, place, "source", raw.get("source", ""), SOURCE_MAX_CHARS)
    reviewed_on = _date(out, place.at(field="reviewed_on"), raw.get("reviewed_on"))
    reviewed_by = _text(out, place, "reviewed_by", raw.get("reviewed_by", ""), REVIEWER_MAX_CHARS)

    if len(out.problems) > before and any(
        p.severity is Severity.ERROR for p in out.problems[before:]
    ):
        return None
    return Slide(
        id=slide_id,
        layout=layout,
        title=title,
        body=body,
        illustration=illustration,
        duration=duration,
        enabled=enabled,
        schedule=schedule,
        qr=qr,
        source=source,
        reviewed_on=reviewed_on,
        reviewed_by=reviewed_by,
        translations=translations,
    )


def _body(out: _Collector, place: Place, value: Any) -> str:
    body = _text(out, place, "body", value, BODY_MAX_CHARS, multiline=True)
    words = count_words(body)
    if words > BODY_MAX_WORDS:
        out.error(
            place.at(field="body"), say("has %1 words; at most %2 fit", words, BODY_MAX_WORDS)
        )
    elif words > BODY_ADVISED_WORDS:
        out.warn(
            place.at(field="body"),
            say("has %1 words; about %2 read well from across a room", words, BODY_ADVISED_WORDS),
        )
    return body


def _translations(
    out: _Collector, place: Place, raw: Any, deck_language: str
) -> tuple[tuple[str, SlideText], ...]:
    where = place.at(section="translations")
    if not isinstance(raw, dict):
        out.error(where, say('must be tables such as [slides.translations.es] with title = "..."'))
        return ()
    found: list[tuple[str, SlideText]] = []
    for code, fields in raw.items():
        here = place.at(language=str(code))
        if not _LANGUAGE_PATTERN.fullmatch(code):
            out.error(here, say("must be named by a short language code such as 'es'"))
            continue
        if code == deck_language:
            out.error(here, say("is the deck's own language; its text is the slide's own fields"))
            continue
        if not isinstance(fields, dict):
            out.error(here, say('must be a table with title = "..." and body = "..."'))
            continue
        _check_keys(out, here, fields, {"title", "body", "caption", "illustration"})
        title = _text(out, here, "title", fields.get("title"), TITLE_MAX_CHARS, required=True)
        body = _body(out, here, fields.get("body", ""))
        caption = _text(out, here, "caption", fields.get("caption", ""), CAPTION_MAX_CHARS)
        illustration = _illustration(out, here, fields.get("illustration", ""))
        found.append((code, SlideText(title, body, caption, illustration)))
    return tuple(found)


def _text(
    out: _Collector,
    place: Place,
    name: str,
    value: Any,
    limit: int,
    *,
    required: bool = False,
    multiline: bool = False,
) -> str:
    where = place.at(field=name)
    if value is None and not required:
        return ""
    if not isinstance(value, str):
        out.error(where, say("must be text in quotes"))
        return ""
    text = normalise(value).strip()
    if multiline:
        text = "\n".join(line.strip() for line in text.splitlines())
    if required and not text:
        out.error(where, say("must not be empty"))
    hidden = invisible_characters(text, allow_newlines=multiline)
    if hidden:
        first_few = ", ".join(hidden[:3])
        out.error(where, say("contains invisible or control characters (%1)", first_few))
    if len(text) > limit:
        out.error(where, say("is %1 characters long; at most %2 fit", len(text), limit))
    return text


def _illustration(out: _Collector, place: Place, value: Any) -> str:
    where = place.at(field="illustration")
    if value in (None, ""):
        return ""
    if not isinstance(value, str):
        out.error(where, say("must be a file name in quotes"))
        return ""
    path = Path(value)
    if path.is_absolute() or ".." in path.parts or "\\" in value:
        out.error(
            where, say("must be a file inside the deck's folder, such as 'illustrations/heel.svg'")
        )
        return ""
    if path.suffix.lower() not in IMAGE_SUFFIXES:
        out.error(where, say("must be one of these picture types: %1", _PICTURE_TYPES))
        return ""
    return value


def _duration(out: _Collector, place: Place, value: Any) -> float | None:
    where = place.at(field="duration")
    if value == "auto":
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        out.error(where, say('must be "auto" or a number of seconds'))
        return None
    if not MIN_DURATION_SECONDS <= value <= MAX_DURATION_SECONDS:
        out.error(
            where,
            say("must be between %1 and %2 seconds", _SHORTEST, _LONGEST),
        )
        return None
    return float(value)


def _schedule(out: _Collector, place: Place, raw: Any) -> Schedule:
    where = place.at(section="schedule")
    if not isinstance(raw, dict):
        out.error(where, say('must be a table such as schedule = { weekdays = ["mon"] }'))
        return Schedule()
    _check_keys(out, where, raw, {"weekdays", "hours", "start", "end"})
    weekdays = frozenset(range(7))
    if "weekdays" in raw:
        days = raw["weekdays"]
        if (
            not isinstance(days, list)
            or not days
            or not all(isinstance(d, str) and d.lower() in WEEKDAY_NAMES for d in days)
        ):
            out.error(
                where.at(field="weekdays"),
                say("must list days from: %1", _DAY_KEYS),
            )
        else:
            weekdays = frozenset(WEEKDAY_NAMES.index(d.lower()) for d in days)
    start_time = end_time = None
    if "hours" in raw:
        hours = parse_hours(raw["hours"])
        if hours is None:
            out.error(where.at(field="hours"), say('must look like "08:00-17:30"'))
        else:
            start_time, end_time = hours
    start = _date(out, where.at(field="start"), raw.get("start"))
    end = _date(out, where.at(field="end"), raw.get("end"))
    if start and end and start > end:
        out.error(where, say("the start date is after the end date"))
    return Schedule(weekdays, start_time, end_time, start, end)


def _date(out: _Collector, where: Place, value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        out.error(where, say("must be a date such as 2026-03-09, without a time"))
        return None
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    out.error(where, say("must be a date such as 2026-03-09"))
    return None


def _qr(out: _Collector, place: Place, raw: Any) -> QrLink | None:
    if raw is None:
        return None
    where = place.at(section="qr")
    if not isinstance(raw, dict):
        out.error(
            where, say('must be a table such as qr = { url = "https://...", caption = "..." }')
        )
        return None
    _check_keys(out, where, raw, {"url", "caption"})
    url = raw.get("url")
    if (
        not isinstance(url, str)
        or not re.fullmatch(r"https?://[^\s]+", url)
        or len(url) > URL_MAX_CHARS
    ):
        out.error(
            where.at(field="url"),
            say(
                "must be a web address starting with https:// (at most %1 characters)",
                URL_MAX_CHARS,
            ),
        )
        return None
    caption = _text(out, where, "caption", raw.get("caption", ""), CAPTION_MAX_CHARS)
    return QrLink(url, caption)


def deck_as_json(deck: Deck) -> dict[str, Any]:
    """A JSON-ready description of the deck, with each slide's effective duration."""
    return {
        "version": DECK_FORMAT_VERSION,
        "language": deck.language,
        "folder": str(deck.folder),
        "slides": [_slide_as_json(s) for s in deck.slides],
    }


def _slide_as_json(slide: Slide) -> dict[str, Any]:
    sched = slide.schedule
    return {
        "id": slide.id,
        "layout": slide.layout.value,
        "title": slide.title,
        "body": slide.body,
        "illustration": slide.illustration,
        "duration": "auto" if slide.duration is None else slide.duration,
        "seconds": slide.seconds,
        "enabled": slide.enabled,
        "schedule": {
            "weekdays": [WEEKDAY_NAMES[d] for d in sorted(sched.weekdays)],
            "hours": _hours_text(sched),
            "start": sched.start_date.isoformat() if sched.start_date else None,
            "end": sched.end_date.isoformat() if sched.end_date else None,
        },
        "qr": {"url": slide.qr.url, "caption": slide.qr.caption} if slide.qr else None,
        "source": slide.source,
        "reviewed_on": slide.reviewed_on.isoformat() if slide.reviewed_on else None,
        "reviewed_by": slide.reviewed_by,
        "translations": {
            code: {
                "title": text.title,
                "body": text.body,
                "caption": text.caption,
                "illustration": text.illustration,
            }
            for code, text in slide.translations
        },
    }


def _hours_text(sched: Schedule) -> str | None:
    if sched.start_time is None and sched.end_time is None:
        return None
    start = (sched.start_time or time(0, 0)).strftime("%H:%M")
    end = (sched.end_time or time(0, 0)).strftime("%H:%M")
    return f"{start}-{end}"
