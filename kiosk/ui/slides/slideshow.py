"""The attract loop's view model: which slide shows and for how long. The deck comes from the
deck watcher, which tells this view model when it changes; this only reflects it."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.core.settings import Settings
from kiosk.core.slides.deck import Deck, Slide
from kiosk.core.slides.deck_source import LoadedDeck, Origin
from kiosk.core.slides.deck_watcher import DeckWatcher
from kiosk.core.slides.playlist import playing_now
from kiosk.core.slides.standby import standby_slide, standby_words
from kiosk.ui import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME
from kiosk.ui.platform.translation import shown
from kiosk.ui.slides.picture_check import light_picture, usable_picture
from kiosk.ui.slides.slide_list import SlideListModel
from kiosk.ui.slides.slide_rows import slide_as_map

__all__ = ["QML_IMPORT_MAJOR_VERSION", "QML_IMPORT_NAME", "Slideshow"]

log = logging.getLogger(__name__)

SCHEDULE_CHECK_MS = 1000
"""How often the slides scheduled for now are worked out again (a slide's hours may begin)."""
MANUAL_PAUSE_MS = 20_000


@QmlElement
@QmlUncreatable("The slideshow is made by the application")
class Slideshow(QObject):  # type: ignore[operator]  # PySide6 stubs: QmlUncreatable(reason)
    currentChanged = Signal()
    deckChanged = Signal()
    runningChanged = Signal()

    def __init__(
        self,
        watcher: DeckWatcher,
        settings: Settings,
        clock: Callable[[], datetime] = datetime.now,
        follow_schedule: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._watcher = watcher
        self._source = watcher.source
        self._follow_schedule = follow_schedule
        self._settings = settings
        self._clock = clock
        self._model = SlideListModel(self)
        self._deck: Deck | None = None
        self._origin = Origin.BUILT_IN
        self._current: dict[str, Any] = {}
        self._position = 0
        self._direction = 1
        self._duration_ms = 0
        self._running = False
        self._language = ""
        self._advance_timer = QTimer(self, singleShot=True)
        self._advance_timer.timeout.connect(self.next)
        self._schedule_timer = QTimer(self, interval=SCHEDULE_CHECK_MS)
        self._schedule_timer.timeout.connect(self._check_schedule)
        watcher.subscribe(self._deck_changed)

    # --- start and stop -------------------------------------------------------------------------

    def load(self) -> None:
        """Show the first slide of the deck that plays, without starting the rotation."""
        loaded = self._watcher.loaded
        self._apply(loaded.deck, loaded.origin)
        self._show(0, direction=1)

    def start(self) -> None:
        self.load()
        self._set_running(True)
        self._advance_timer.start(self._duration_ms)
        self._schedule_timer.start()

    def stop(self) -> None:
        self._advance_timer.stop()
        self._schedule_timer.stop()
        self._set_running(False)

    # --- what QML calls -----------------------------------------------------------------------

    @Slot()
    def next(self) -> None:
        self._step(+1)

    @Slot()
    def previous(self) -> None:
        self._step(-1)

    @Slot()
    def swipedNext(self) -> None:
        self._step(+1, manual=True)

    @Slot()
    def swipedPrevious(self) -> None:
        self._step(-1, manual=True)

    @Slot(bool)
    def setPaused(self, paused: bool) -> None:
        """Hold the rotation while another screen covers the slides."""
        if paused:
            self._advance_timer.stop()
            self._set_running(False)
        elif not self._running:
            self._set_running(True)
            self._show(self._position, direction=1)

    @Slot(int)
    def showPosition(self, position: int) -> None:
        """Show one slide now and hold it (used by ``kiosk render``)."""
        self._advance_timer.stop()
        self._show(position, direction=1, hold=True)

    # --- internals ----------------------------------------------------------------------------

    def _step(self, step: int, manual: bool = False) -> None:
        self._refresh_playlist()
        count = self._model.rowCount()
        current_id = self._current.get("slideId")
        ids = self._model.ids()
        here = ids.index(current_id) if current_id in ids else (-1 if step > 0 else 0)
        self._show((here + step) % count, direction=step, manual=manual)

    def _show(
        self, position: int, direction: int, manual: bool = False, hold: bool = False
    ) -> None:
        position = max(0, min(position, self._model.rowCount() - 1))
        row = self._model.row(position)
        self._position = position
        self._direction = direction
        self._duration_ms = max(row["durationMs"], MANUAL_PAUSE_MS) if manual else row["durationMs"]
        self._current = row
        self.currentChanged.emit()
        if self._running and not hold:
            self._advance_timer.start(self._duration_ms)

    def _apply(self, deck: Deck, origin: Origin) -> None:
        self._deck = deck
        self._origin = origin
        self._refresh_playlist()
        self.deckChanged.emit()

    def _refresh_playlist(self) -> None:
        if self._deck is None:
            return
        if self._follow_schedule:
            slides: tuple[Slide, ...] = playing_now(self._deck, self._clock())
        else:
            slides = tuple(s for s in self._deck.slides if s.enabled)
        if not slides:
            title, body = standby_words(self._settings.clinic_name)
            slides = (standby_slide(shown(title), shown(body)),)
        rows = [self._row(s.in_language(self._language)) for s in slides]
        self._model.set_rows(rows)

    def _row(self, slide: Slide) -> dict[str, Any]:
        library = self._source.library
        row = slide_as_map(slide, self._deck, library, self._settings.rotation_speed)
        if row["illustration"]:
            assert self._deck is not None
            picture = self._deck.illustration_path(slide, library) or library / slide.illustration
            if usable_picture(picture) is None:
                row["illustration"] = ""
            else:
                row["lightPicture"] = light_picture(picture)
        elif slide.illustration:
            usable_picture(self._source.data.deck_dir / slide.illustration)  # says it is missing
        return row

    @Slot()
    def _check_schedule(self) -> None:
        self._refresh_playlist()

    def _deck_changed(self, loaded: LoadedDeck) -> None:
        self._apply(loaded.deck, loaded.origin)
        self._refresh_current()

    def _refresh_current(self) -> None:
        ids = self._model.ids()
        current_id = self._current.get("slideId")
        if current_id in ids:
            position = ids.index(current_id)
            row = self._model.row(position)
            self._position = position
            if row != self._current:
                self._current = row
                self.currentChanged.emit()
        else:
            self._show(0, direction=1)

    def set_language(self, language: str) -> None:
        """Every slide in ``language`` from now on, the one on screen too; a slide with no
        translation to it shows in the deck's own words."""
        if language != self._language:
            self._language = language
            if self._deck is not None:
                self._refresh_playlist()
                self._refresh_current()

    def apply_settings(self, settings: Settings) -> None:
        """Staff changed the settings: speed, transition and the standby slide follow at once."""
        self._settings = settings
        self._refresh_playlist()
        self.deckChanged.emit()
        self._refresh_current()

    def _set_running(self, running: bool) -> None:
        if running != self._running:
            self._running = running
            self.runningChanged.emit()

    def slide_list(self) -> SlideListModel:
        """The slides playing now (for Python callers; QML reads ``model``)."""
        return self._model

    # --- properties ---------------------------------------------------------------------------

    def _get_model(self) -> SlideListModel:
        return self._model

    def _get_current(self) -> dict[str, Any]:
        return self._current

    def _get_position(self) -> int:
        return self._position

    def _get_direction(self) -> int:
        return self._direction

    def _get_duration(self) -> int:
        return self._duration_ms

    def _get_running(self) -> bool:
        return self._running

    def _get_transition(self) -> str:
        return self._settings.transition.value

    def _get_origin(self) -> str:
        return self._origin.value

    model = Property(SlideListModel, _get_model, constant=True)
    current = Property(dict, _get_current, notify=currentChanged)
    position = Property(int, _get_position, notify=currentChanged)
    direction = Property(int, _get_direction, notify=currentChanged)
    durationMs = Property(int, _get_duration, notify=currentChanged)
    running = Property(bool, _get_running, notify=runningChanged)
    transition = Property(str, _get_transition, notify=deckChanged)
    deckOrigin = Property(str, _get_origin, notify=deckChanged)
