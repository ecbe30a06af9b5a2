"""One slide being edited in staff mode: every field, checked live by the deck's own rules, with
its word count, reading level and a preview of how it plays.

Its words are edited in one language at a time: the deck's own, or any language patients are
offered. Picture, timing and schedule are shared by every language; a translation may bring its
own picture (one with labels in that language), which the deck file holds and this keeps."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, time, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Property, QCoreApplication, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.core.schedule import shift_clock
from kiosk.core.slides.deck import (
    MAX_DURATION_SECONDS,
    MIN_DURATION_SECONDS,
    Deck,
    Layout,
    Place,
    QrLink,
    Slide,
    SlideText,
)
from kiosk.core.slides.reading import count_words, reading_level, reading_seconds
from kiosk.core.slides.slide_check import check_slide
from kiosk.ui import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME
from kiosk.ui.platform.translation import shown
from kiosk.ui.slides.slide_rows import slide_as_map

__all__ = ["QML_IMPORT_MAJOR_VERSION", "QML_IMPORT_NAME", "SlideDraft"]

FIELD_LABELS = {
    "title": str(QT_TRANSLATE_NOOP("SlideDraft", "Title")),
    "body": str(QT_TRANSLATE_NOOP("SlideDraft", "Text")),
    "illustration": str(QT_TRANSLATE_NOOP("SlideDraft", "Picture")),
    "duration": str(QT_TRANSLATE_NOOP("SlideDraft", "Time on screen")),
    "weekdays": str(QT_TRANSLATE_NOOP("SlideDraft", "Days")),
    "hours": str(QT_TRANSLATE_NOOP("SlideDraft", "Hours")),
    "start": str(QT_TRANSLATE_NOOP("SlideDraft", "First day")),
    "end": str(QT_TRANSLATE_NOOP("SlideDraft", "Last day")),
    "qr url": str(QT_TRANSLATE_NOOP("SlideDraft", "QR code link")),
    "qr caption": str(QT_TRANSLATE_NOOP("SlideDraft", "Words under the QR code")),
    "source": str(QT_TRANSLATE_NOOP("SlideDraft", "Source of the facts")),
}
DEFAULT_HOURS = (time(8, 0), time(17, 0))


@QmlElement
@QmlUncreatable("The slide being edited belongs to the deck editor")
class SlideDraft(QObject):  # type: ignore[operator]  # PySide6 stubs: QmlUncreatable(reason)
    changed = Signal()

    def __init__(
        self,
        library: Path,
        speed: Callable[[], float],
        today: Callable[[], date],
        languages: Callable[[], tuple[str, ...]],
        language_name: Callable[[str], str],
        reviewer: Callable[[], str] = lambda: "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._reviewer = reviewer
        """The signed-in member, who marks a slide reviewed."""
        self._library = library
        self._speed = speed
        self._today = today
        self._languages = languages
        self._language_name = language_name
        self._language = ""
        """The language whose words are edited; the deck's own when empty."""
        self._deck: Deck | None = None
        self._slide = Slide("new", Layout.BESIDE, "")
        self._is_new = False
        self._check: tuple[Slide | None, list[str]] | None = None
        """The deck rules' verdict on the slide as typed; worked out once per change."""

    def start(self, deck: Deck, slide: Slide, *, is_new: bool) -> None:
        self._deck = deck
        self._slide = slide
        self._is_new = is_new
        self._check = None
        self._language = deck.language
        self.changed.emit()

    def slide(self) -> Slide | None:
        """The slide as typed, when the deck's rules accept it."""
        return self._checked()[0]

    def problems(self) -> list[str]:
        return self._checked()[1]

    def _checked(self) -> tuple[Slide | None, list[str]]:
        if self._check is None:
            deck = self._deck or Deck((), self._library)
            result = check_slide(self._as_saved(), deck, self._library)
            problems = [self._problem_line(p.place, shown(p.message)) for p in result.problems]
            self._check = (result.deck.slides[0] if result.deck else None, problems)
        return self._check

    def _problem_line(self, place: Place, message: str) -> str:
        label = self._label(place)
        if place.language:
            label = f"{label} ({self._language_name(place.language)})"
        return f"{label}: {message}."

    @staticmethod
    def _label(place: Place) -> str:
        """The name the editor shows for the field a problem is in."""
        field = f"qr {place.field}" if place.field in ("url", "caption") else place.field
        label = FIELD_LABELS.get(field) or str(QT_TRANSLATE_NOOP("SlideDraft", "This slide"))
        return QCoreApplication.translate("SlideDraft", label)

    def _as_saved(self) -> Slide:
        """The slide as typed, as it would be saved: a QR code whose link and words were both
        emptied is no QR code."""
        qr = self._slide.qr
        if qr is not None and not (qr.url or qr.caption):
            return replace(self._slide, qr=None)
        return self._slide

    def _change(self, **fields: Any) -> None:
        self._slide = replace(self._slide, **fields)
        self._check = None
        self.changed.emit()

    # --- what QML calls -------------------------------------------------------------------------

    @Slot(str)
    def editLanguage(self, code: str) -> None:
        """Edit the words in ``code`` from now on."""
        if code != self._language and code in self._language_codes():
            self._language = code
            self.changed.emit()

    @Slot(str)
    def setTitle(self, text: str) -> None:
        if text == self._shown().title:
            return
        if self._in_own_language():
            self._change(title=text)
        else:
            self._change_translation(title=text)

    @Slot(str)
    def setBody(self, text: str) -> None:
        if text == self._shown().body:
            return
        if self._in_own_language():
            self._change(body=text)
        else:
            self._change_translation(body=text)

    def _change_translation(self, **fields: str) -> None:
        """The words in the language being edited; with none left, the translation goes."""
        words = replace(self._slide.translation(self._language) or SlideText(""), **fields)
        empty = not (words.title or words.body or words.caption or words.illustration)
        self._slide = self._slide.with_translation(self._language, None if empty else words)
        self._check = None
        self.changed.emit()

    @Slot(str)
    def setLayout(self, name: str) -> None:
        self._change(layout=Layout(name))

    def set_illustration(self, name: str) -> None:
        self._change(illustration=name)

    @Slot()
    def clearIllustration(self) -> None:
        self._change(illustration="")

    @Slot(bool)
    def setAutoDuration(self, auto: bool) -> None:
        self._change(duration=None if auto else round(self._auto_seconds()))

    @Slot(int)
    def changeDuration(self, seconds: int) -> None:
        current = self._slide.duration if self._slide.duration is not None else self._auto_seconds()
        moved = min(MAX_DURATION_SECONDS, max(MIN_DURATION_SECONDS, round(current) + seconds))
        self._change(duration=float(moved))

    @Slot(int)
    def toggleWeekday(self, day: int) -> None:
        days = set(self._slide.schedule.weekdays) ^ {day}
        self._change(schedule=replace(self._slide.schedule, weekdays=frozenset(days)))

    @Slot(bool)
    def setAllDay(self, all_day: bool) -> None:
        start, end = (None, None) if all_day else DEFAULT_HOURS
        self._change(schedule=replace(self._slide.schedule, start_time=start, end_time=end))

    @Slot(str, int)
    def changeHour(self, which: str, minutes: int) -> None:
        schedule = self._slide.schedule
        start, end = schedule.start_time, schedule.end_time
        if start is None or end is None:
            return
        if which == "from":
            start = shift_clock(start, minutes)
        else:
            end = shift_clock(end, minutes)
        self._change(schedule=replace(schedule, start_time=start, end_time=end))

    @Slot(str, int)
    def changeDate(self, which: str, days: int) -> None:
        schedule = self._slide.schedule
        today = self._today()
        if which == "start":
            moved = (schedule.start_date or today) + timedelta(days=days)
            schedule = replace(schedule, start_date=moved)
        else:
            moved = (schedule.end_date or schedule.start_date or today) + timedelta(days=days)
            schedule = replace(schedule, end_date=moved)
        self._change(schedule=schedule)

    @Slot(str)
    def clearDate(self, which: str) -> None:
        schedule = self._slide.schedule
        if which == "start":
            self._change(schedule=replace(schedule, start_date=None))
        else:
            self._change(schedule=replace(schedule, end_date=None))

    @Slot(str)
    def setQrUrl(self, url: str) -> None:
        caption = self._slide.qr.caption if self._slide.qr else ""
        self._change(qr=QrLink(url.strip(), caption) if url.strip() or caption else None)

    @Slot(str)
    def setQrCaption(self, caption: str) -> None:
        if not self._in_own_language():
            self._change_translation(caption=caption)
            return
        url = self._slide.qr.url if self._slide.qr else ""
        self._change(qr=QrLink(url, caption) if url or caption else None)

    @Slot(str)
    def setSource(self, text: str) -> None:
        if text != self._slide.source:
            self._change(source=text)

    @Slot()
    def markReviewedToday(self) -> None:
        self._change(reviewed_on=self._today(), reviewed_by=self._reviewer())

    # --- what QML reads -------------------------------------------------------------------------

    def _deck_language(self) -> str:
        return self._deck.language if self._deck else "en"

    def _in_own_language(self) -> bool:
        return self._language in ("", self._deck_language())

    def _language_codes(self) -> list[str]:
        """The deck's own language, then each offered to patients, then any other the slide
        has words in."""
        codes = [self._deck_language()]
        for code in (*self._languages(), *(c for c, _ in self._slide.translations)):
            if code not in codes:
                codes.append(code)
        return codes

    def _shown(self) -> Slide:
        """The slide in the language being edited."""
        return self._slide if self._in_own_language() else self._slide.in_language(self._language)

    def _auto_seconds(self) -> float:
        s = self._slide
        return reading_seconds(s.title, s.body, s.qr.caption if s.qr else "")

    def _title(self) -> str:
        return self._translated("title", self._slide.title)

    def _body(self) -> str:
        return self._translated("body", self._slide.body)

    def _translated(self, field: str, own: str) -> str:
        """A field's words in the language being edited: empty, not the deck's own, when they are
        not written yet."""
        if self._in_own_language():
            return own
        words = self._slide.translation(self._language)
        return str(getattr(words, field)) if words else ""

    def _editing_language(self) -> str:
        return self._language or self._deck_language()

    def _language_choices(self) -> list[dict[str, Any]]:
        own = self._deck_language()
        return [
            {
                "code": code,
                "name": self._language_name(code),
                "missing": code != own and self._slide.translation(code) is None,
            }
            for code in self._language_codes()
        ]

    def _layout(self) -> str:
        return self._slide.layout.value

    def _illustration(self) -> str:
        return self._slide.illustration

    def _auto(self) -> bool:
        return self._slide.duration is None

    def _seconds(self) -> int:
        seconds = self._slide.duration if self._slide.duration is not None else self._auto_seconds()
        return round(seconds * self._speed())

    def _weekdays(self) -> list[bool]:
        return [d in self._slide.schedule.weekdays for d in range(7)]

    def _all_day(self) -> bool:
        return self._slide.schedule.start_time is None

    def _hour(self, which: str) -> str:
        schedule = self._slide.schedule
        clock = schedule.start_time if which == "from" else schedule.end_time
        return f"{clock:%H:%M}" if clock is not None else ""

    def _from_hour(self) -> str:
        return self._hour("from")

    def _to_hour(self) -> str:
        return self._hour("to")

    def _start_date(self) -> str:
        day = self._slide.schedule.start_date
        return day.isoformat() if day else ""

    def _end_date(self) -> str:
        day = self._slide.schedule.end_date
        return day.isoformat() if day else ""

    def _qr_url(self) -> str:
        return self._slide.qr.url if self._slide.qr else ""

    def _qr_caption(self) -> str:
        return self._translated("caption", self._slide.qr.caption if self._slide.qr else "")

    def _source(self) -> str:
        return self._slide.source

    def _reviewed_on(self) -> str:
        return self._slide.reviewed_on.isoformat() if self._slide.reviewed_on else ""

    def _reviewed_by(self) -> str:
        return self._slide.reviewed_by

    def _word_count(self) -> int:
        return count_words(self._title()) + count_words(self._body())

    def _reading(self) -> str:
        """How easily the words read, measured as their language is, and the bar to meet."""
        level = reading_level(f"{self._title()}. {self._body()}", self._editing_language())
        if level is None:
            return ""
        if self._editing_language() == "es":
            return self.tr("reading ease %1 (Fernández-Huerta; 70 or more reads well)").replace(
                "%1", f"{level.score:.0f}"
            )
        return self.tr("reading grade %1 (7 or below reads well)").replace(
            "%1", f"{level.score:.0f}"
        )

    def _problem_text(self) -> str:
        return "\n".join(self.problems())

    def _can_save(self) -> bool:
        return self.slide() is not None

    def _preview(self) -> dict[str, Any]:
        return slide_as_map(self._shown(), self._deck, self._library, self._speed())

    def _is_new_slide(self) -> bool:
        return self._is_new

    title = Property(str, _title, notify=changed)
    body = Property(str, _body, notify=changed)
    layout = Property(str, _layout, notify=changed)
    illustration = Property(str, _illustration, notify=changed)
    autoDuration = Property(bool, _auto, notify=changed)
    seconds = Property(int, _seconds, notify=changed)
    weekdays = Property(list, _weekdays, notify=changed)
    allDay = Property(bool, _all_day, notify=changed)
    fromHour = Property(str, _from_hour, notify=changed)
    toHour = Property(str, _to_hour, notify=changed)
    startDate = Property(str, _start_date, notify=changed)
    endDate = Property(str, _end_date, notify=changed)
    qrUrl = Property(str, _qr_url, notify=changed)
    qrCaption = Property(str, _qr_caption, notify=changed)
    source = Property(str, _source, notify=changed)
    reviewedOn = Property(str, _reviewed_on, notify=changed)
    reviewedBy = Property(str, _reviewed_by, notify=changed)
    wordCount = Property(int, _word_count, notify=changed)
    reading = Property(str, _reading, notify=changed)
    editingLanguage = Property(str, _editing_language, notify=changed)
    languageChoices = Property(list, _language_choices, notify=changed)
    problemText = Property(str, _problem_text, notify=changed)
    canSave = Property(bool, _can_save, notify=changed)
    preview = Property(dict, _preview, notify=changed)
    isNew = Property(bool, _is_new_slide, notify=changed)
