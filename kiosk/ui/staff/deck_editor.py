"""Staff mode's slides: the list (switch on and off, reorder, duplicate, delete with undo, add),
the slide being edited, pictures from the library or a USB stick, "What plays today", and
restoring the built-in deck.

Every change is saved at once through the deck watcher (atomically, with the last good copy
kept), audited, and played: the watcher tells the slideshow. A change the disk refuses is not
lost: it stays on screen with a message, and the next change tries again.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Property, QObject, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.core.slides.deck import Deck, Layout, Slide
from kiosk.core.slides.deck_source import Origin
from kiosk.core.slides.deck_watcher import DeckWatcher
from kiosk.core.slides.picture_files import PictureError
from kiosk.core.slides.playlist import Verdict, plan_for_day
from kiosk.core.staff.audit import Action
from kiosk.core.staff.session import StaffSession
from kiosk.ui import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME
from kiosk.ui.platform.rows_model import RowsModel
from kiosk.ui.platform.translation import filled, shown
from kiosk.ui.slides.slide_rows import slide_as_map
from kiosk.ui.staff.picture_import import Brought, PictureImporter, picture_choices
from kiosk.ui.staff.slide_draft import SlideDraft

__all__ = ["QML_IMPORT_MAJOR_VERSION", "QML_IMPORT_NAME", "DeckEditor"]

log = logging.getLogger(__name__)

SLIDE_ROLES = (
    "slideId",
    "title",
    "switchedOn",
    "content",
    "summary",
    "verdict",
    "reasons",
    "plays",
    "missing",
)
LAYOUT_LABELS = {
    Layout.BESIDE: str(QT_TRANSLATE_NOOP("DeckEditor", "picture beside text")),
    Layout.FULL: str(QT_TRANSLATE_NOOP("DeckEditor", "large picture")),
    Layout.HEADLINE: str(QT_TRANSLATE_NOOP("DeckEditor", "headline")),
    Layout.CALL: str(QT_TRANSLATE_NOOP("DeckEditor", "call to action")),
}


def _unique_id(base: str, taken: set[str]) -> str:
    stem = re.sub(r"-copy(-\d+)?$", "", base)[:30] or "slide"
    for n in range(1, 1000):
        candidate = f"{stem}-copy" if n == 1 else f"{stem}-copy-{n}"
        if candidate not in taken:
            return candidate
    raise ValueError("no free slide id")


@QmlElement
@QmlUncreatable("The deck editor is made by the application")
class DeckEditor(QObject):  # type: ignore[operator]  # PySide6 stubs: QmlUncreatable(reason)
    changed = Signal()
    pictureChosen = Signal()
    """The picture tapped is the draft's now: the chooser may close."""

    def __init__(
        self,
        watcher: DeckWatcher,
        session: StaffSession,
        *,
        speed: Callable[[], float],
        languages: Callable[[], tuple[str, ...]],
        language_name: Callable[[str], str],
        media_roots: Sequence[Path],
        clock: Callable[[], datetime] = datetime.now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._list = RowsModel(SLIDE_ROLES, self)
        self._watcher = watcher
        self._source = watcher.source
        self._session = session
        self._speed = speed
        self._media_roots = media_roots
        self._clock = clock
        self._deck: Deck | None = None
        self._origin = Origin.BUILT_IN
        self._message = ""
        self._removed: tuple[int, Slide] | None = None
        self._editing = -1
        self._pictures: list[dict[str, str]] = []
        self._picture_message = ""
        self._importer = PictureImporter(self)
        self._languages = languages
        self._language_name = language_name
        self._draft = SlideDraft(
            self._source.library,
            speed,
            self._today,
            languages,
            language_name,
            reviewer=lambda: session.name,
            parent=self,
        )
        session.subscribe(self._read_deck)

    def _today(self) -> date:
        return self._clock().date()

    # --- signing in and out ---------------------------------------------------------------------

    def _read_deck(self) -> None:
        """Read the deck when a staff member signs in; forget it all on signing out."""
        self._message = ""
        self._removed = None
        self._editing = -1
        if self._session.signed_in:
            loaded = self._source.load()
            self._deck, self._origin = loaded.deck, loaded.origin
            if loaded.origin is Origin.LAST_GOOD and loaded.problems:
                self._message = filled(
                    self.tr(
                        "The clinic's slide file has a mistake, so its last good copy plays. "
                        "The first problem: %1. Saving here replaces the file."
                    ),
                    f"{loaded.problems[0].place}: {shown(loaded.problems[0].message)}",
                )
        else:
            self._deck = None
        self._refresh_rows()

    @Slot()
    def refresh(self) -> None:
        """Read the deck again (its file may have been changed by hand) and the day's plan."""
        if self._session.signed_in and self._editing < 0:
            self._read_deck()

    def _refresh_rows(self) -> None:
        self._list.replace_rows(self._rows_for(self._deck) if self._deck is not None else [])
        self.changed.emit()

    def _rows_for(self, deck: Deck) -> list[dict[str, Any]]:
        library = self._source.library
        plans = plan_for_day(deck, self._clock(), library)
        rows = []
        for slide, plan in zip(deck.slides, plans, strict=True):
            seconds = round(slide.seconds * self._speed())
            timing = self.tr("auto") if slide.duration is None else self.tr("fixed")
            rows.append(
                {
                    "slideId": slide.id,
                    "title": slide.title,
                    "switchedOn": slide.enabled,
                    "content": slide_as_map(slide, deck, library, self._speed()),
                    "summary": f"{self.tr(LAYOUT_LABELS[slide.layout])} · {seconds} s "
                    f"({timing}) · {shown(slide.schedule.describe())}",
                    "verdict": plan.verdict.value,
                    "reasons": "; ".join(shown(reason) for reason in plan.reasons),
                    "plays": plan.verdict in (Verdict.PLAYS, Verdict.PLAYS_WITH_WARNING),
                    "missing": ", ".join(
                        self._language_name(code)
                        for code in self._languages()
                        if code != deck.language and slide.translation(code) is None
                    ),
                }
            )
        return rows

    # --- saving ---------------------------------------------------------------------------------

    def _commit(
        self, slides: Sequence[Slide], detail: str, action: Action = Action.DECK_CHANGED
    ) -> bool:
        if self._deck is None or not self._session.signed_in:
            return False
        deck = replace(self._deck, slides=tuple(slides), folder=self._source.data.deck_dir)
        try:
            self._watcher.save(deck)
        except (OSError, ValueError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            log.error("The deck could not be saved: %s", reason)
            self._message = filled(
                self.tr(
                    "This change could not be saved (%1). It is kept on this screen; the slides "
                    "that play have not changed. Free some space or ask IT, then try again."
                ),
                reason,
            )
            self._deck = deck
            self._refresh_rows()
            return False
        self._deck, self._origin = deck, Origin.CLINIC
        self._message = ""
        self._session.audit(action, detail)
        self._refresh_rows()
        return True

    def _slides(self) -> list[Slide]:
        return list(self._deck.slides) if self._deck else []

    # --- the list -------------------------------------------------------------------------------

    @Slot(int, bool)
    def setEnabled(self, row: int, enabled: bool) -> None:
        slides = self._slides()
        if 0 <= row < len(slides) and slides[row].enabled != enabled:
            slides[row] = replace(slides[row], enabled=enabled)
            state = "switched on" if enabled else "switched off"
            self._commit(slides, f"slide '{slides[row].id}' {state}")

    @Slot(int, int)
    def move(self, row: int, to: int) -> None:
        slides = self._slides()
        if 0 <= row < len(slides) and 0 <= to < len(slides) and row != to:
            slide = slides.pop(row)
            slides.insert(to, slide)
            self._commit(slides, f"slide '{slide.id}' moved from place {row + 1} to {to + 1}")

    @Slot(int)
    def duplicate(self, row: int) -> None:
        slides = self._slides()
        if 0 <= row < len(slides):
            copy = replace(slides[row], id=_unique_id(slides[row].id, {s.id for s in slides}))
            slides.insert(row + 1, copy)
            self._commit(slides, f"slide '{slides[row].id}' copied as '{copy.id}'")

    @Slot(int)
    def remove(self, row: int) -> None:
        slides = self._slides()
        if not 0 <= row < len(slides):
            return
        if len(slides) == 1:
            self._message = self.tr(
                "The last slide cannot be deleted. Switch it off, or add another first."
            )
            self.changed.emit()
            return
        removed = slides.pop(row)
        if self._commit(slides, f"slide '{removed.id}' deleted"):
            self._removed = (row, removed)
            self._message = filled(self.tr("“%1” was deleted."), removed.title)
            self.changed.emit()

    @Slot()
    def undoRemove(self) -> None:
        if self._removed is None:
            return
        row, slide = self._removed
        slides = self._slides()
        if slide.id in {s.id for s in slides}:
            slide = replace(slide, id=_unique_id(slide.id, {s.id for s in slides}))
        slides.insert(min(row, len(slides)), slide)
        if self._commit(slides, f"slide '{slide.id}' brought back"):
            self._removed = None
            self.changed.emit()

    @Slot()
    def restoreBuiltIn(self) -> None:
        if not self._session.signed_in:
            return
        try:
            self._watcher.restore_builtin()
        except OSError as exc:
            self._message = filled(
                self.tr("The built-in slides could not be restored (%1)."), exc.strerror or exc
            )
            self.changed.emit()
            return
        self._session.audit(
            Action.DECK_RESTORED, "the clinic's deck kept as deck.before-restore.toml"
        )
        self._read_deck()
        self._message = self.tr(
            "The built-in slides play again. The clinic's slides were kept aside."
        )
        self.changed.emit()

    # --- editing one slide ----------------------------------------------------------------------

    @Slot(int)
    def edit(self, row: int) -> None:
        slides = self._slides()
        if self._deck is not None and 0 <= row < len(slides):
            self._editing = row
            self._draft.start(self._deck, slides[row], is_new=False)
            self.changed.emit()

    @Slot(str)
    def addSlide(self, layout: str) -> None:
        """Start a new slide; it joins the deck (after the others) only when it is saved."""
        if self._deck is None:
            return
        taken = {s.id for s in self._deck.slides}
        number = next(n for n in range(1, 1000) if f"new-{n}" not in taken)
        slide = Slide(f"new-{number}", Layout(layout), "", reviewed_on=self._today())
        self._editing = len(self._deck.slides)
        self._draft.start(self._deck, slide, is_new=True)
        self.changed.emit()

    @Slot()
    def saveEdit(self) -> None:
        slide = self._draft.slide()
        if slide is None or self._editing < 0:
            return
        slides = self._slides()
        if self._editing < len(slides):
            slides[self._editing] = slide
            detail = f"slide '{slide.id}' edited"
        else:
            slides.append(slide)
            detail = f"slide '{slide.id}' added"
        if self._commit(slides, detail):
            QGuiApplication.inputMethod().hide()
            self._editing = -1
            self.changed.emit()

    def stop(self) -> None:
        self._importer.stop()

    @Slot()
    def cancelEdit(self) -> None:
        QGuiApplication.inputMethod().hide()
        self._importer.forget()
        self._editing = -1
        self._picture_message = ""
        self.changed.emit()

    # --- pictures -------------------------------------------------------------------------------

    @Slot()
    def findPictures(self) -> None:
        """The built-in illustrations, the clinic's imported pictures, and any on a USB stick."""
        library = self._source.library
        self._pictures, drives = picture_choices(
            [("built-in", library, library / "illustrations")],
            self._source.data.deck_dir,
            self._media_roots,
        )
        self._picture_message = "" if drives else self.tr("No USB drive was found.")
        self.changed.emit()

    @Slot(int)
    def choosePicture(self, index: int) -> None:
        if not 0 <= index < len(self._pictures):
            return
        if self._importer.busy:
            return  # one picture at a time; the one being brought in decides
        picture = self._pictures[index]
        if not picture["name"]:
            self._picture_message = filled(self.tr("Bringing in %1…"), picture["label"])
            self.changed.emit()
        from_drive = not picture["name"]
        self._importer.bring(
            picture,
            self._source.data.deck_dir,
            lambda brought: self._picture_brought(brought, from_drive),
        )

    def _picture_brought(self, brought: Brought, from_drive: bool) -> None:
        if self._editing < 0:
            return
        if isinstance(brought, PictureError):
            self._picture_message = shown(brought.words)
            self.changed.emit()
            return
        if from_drive:  # a copy was made in the deck's folder
            self._session.audit(Action.DECK_CHANGED, f"picture imported as {brought}")
        self._draft.set_illustration(brought)
        self._picture_message = ""
        self.changed.emit()
        self.pictureChosen.emit()

    # --- what QML reads -------------------------------------------------------------------------

    def _slide_list(self) -> RowsModel:
        return self._list

    def _message_text(self) -> str:
        return self._message

    def _can_undo(self) -> bool:
        return self._removed is not None

    def _editing_row(self) -> int:
        return self._editing

    def _draft_object(self) -> SlideDraft:
        return self._draft

    def _origin_text(self) -> str:
        return self._origin.value

    def _picture_list(self) -> list[dict[str, str]]:
        return self._pictures

    def _picture_message_text(self) -> str:
        return self._picture_message

    def _playing_count(self) -> int:
        return sum(1 for row in self._list.rows() if row["plays"])

    slides = Property(QObject, _slide_list, constant=True)
    message = Property(str, _message_text, notify=changed)
    canUndo = Property(bool, _can_undo, notify=changed)
    editing = Property(int, _editing_row, notify=changed)
    draft = Property(QObject, _draft_object, constant=True)
    origin = Property(str, _origin_text, notify=changed)
    pictures = Property(list, _picture_list, notify=changed)
    pictureMessage = Property(str, _picture_message_text, notify=changed)
    playingCount = Property(int, _playing_count, notify=changed)
