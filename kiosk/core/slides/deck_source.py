"""Which deck plays: the clinic's own, else its last good copy, else the built-in one."""

from __future__ import annotations

import errno
import logging
import os
import tomllib
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path

from kiosk.core.paths import ILLUSTRATION_LIBRARY, DataDir, builtin_deck_file
from kiosk.core.slides.deck import (
    Deck,
    DeckResult,
    Place,
    Problem,
    Severity,
    load_deck_file,
    parse_deck,
)
from kiosk.core.slides.deck_toml import deck_as_toml
from kiosk.core.slides.picture_files import MAX_PICTURE_BYTES, content_problem
from kiosk.core.storage.atomic import sweep_temporary_files, write_atomic
from kiosk.core.storage.files import RefusedFileError, read_capped
from kiosk.core.words import say

log = logging.getLogger(__name__)


class Origin(StrEnum):
    CLINIC = "clinic"
    LAST_GOOD = "last good copy"
    BUILT_IN = "built-in"


@dataclass(frozen=True)
class LoadedDeck:
    deck: Deck
    origin: Origin
    problems: tuple[Problem, ...]


BEFORE_RESTORE_NAME = "deck.before-restore.toml"


class BuiltInDeckError(RuntimeError):
    """The deck shipped with the program does not validate: a packaging fault, not a clinic's."""


@dataclass(frozen=True)
class FileSignature:
    mtime_ns: int
    size: int
    inode: int


def file_signature(path: Path) -> FileSignature | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return FileSignature(st.st_mtime_ns, st.st_size, st.st_ino)


class DeckSource:
    def __init__(self, data: DataDir, library: Path = ILLUSTRATION_LIBRARY):
        self.data = data
        self.library = library

    def sweep(self) -> None:
        for stray in sweep_temporary_files(self.data.deck_dir):
            log.info("Removed a temporary file left by an interrupted save: %s", stray.name)

    def load(self) -> LoadedDeck:
        """The deck to play now. Problems with the clinic's file are returned, never raised."""
        clinic = self.load_clinic()
        if clinic is not None and clinic.origin is Origin.CLINIC:
            return clinic
        problems = clinic.problems if clinic else ()
        last_good = load_deck_file(self.data.last_good_deck_file, self.library, self.data.root)
        if problems and last_good.deck is not None:
            return LoadedDeck(last_good.deck, Origin.LAST_GOOD, problems)
        return LoadedDeck(self.load_builtin(), Origin.BUILT_IN, problems)

    def load_clinic(self) -> LoadedDeck | None:
        """The clinic's own deck when it validates; a failed result (origin built-in) when it
        does not; ``None`` when the clinic has not saved a deck."""
        path = self.data.deck_file
        if not path.exists():
            return None
        result = load_deck_file(path, self.library, self.data.root)
        if result.deck is None:
            return LoadedDeck(self.load_builtin(), Origin.BUILT_IN, result.problems)
        self._keep_last_good(path)
        return LoadedDeck(result.deck, Origin.CLINIC, result.problems)

    def load_builtin(self) -> Deck:
        result = load_deck_file(builtin_deck_file(), self.library)
        if result.deck is None:
            raise BuiltInDeckError("; ".join(str(p) for p in result.errors))
        return result.deck

    def _own_folder(self) -> None:
        """Nothing is written through a deck folder that is a link (it could lead anywhere)."""
        if self.data.deck_dir.is_symlink():
            raise OSError(errno.ELOOP, "the deck folder is a link; it is not written to")

    def _keep_last_good(self, path: Path) -> None:
        try:
            self._own_folder()
            content = path.read_bytes()
            copy = self.data.last_good_deck_file
            if not copy.exists() or copy.read_bytes() != content:
                write_atomic(copy, content)
        except OSError as exc:
            log.warning("Could not keep a copy of the last good deck: %s", exc.strerror or exc)

    # --- saving -----------------------------------------------------------------------------

    def save(self, deck: Deck) -> None:
        """Make ``deck`` the clinic's deck: written atomically, with the last good copy beside it.

        The text is read back before it is written, so a deck that would not play the same is
        never saved. Raises ``OSError`` when the disk refuses; the old file is then untouched.
        """
        text = deck_as_toml(deck)
        readback = parse_deck(tomllib.loads(text), self.data.deck_dir, self.library)
        if readback.deck is None or readback.deck.slides != deck.slides:
            raise ValueError(f"this deck would not read back: {readback.errors}")
        data = text.encode("utf-8")
        self._own_folder()
        write_atomic(self.data.deck_file, data)
        write_atomic(self.data.last_good_deck_file, data)

    def restore_builtin(self) -> None:
        """Play the built-in deck again. The clinic's deck is kept aside, not deleted; its last
        good copy goes, so a broken deck file written later falls back to the built-in slides,
        never to the ones staff put away."""
        path = self.data.deck_file
        if path.exists():
            os.replace(path, self.data.deck_dir / BEFORE_RESTORE_NAME)
        self.data.last_good_deck_file.unlink(missing_ok=True)

    def import_file(self, path: Path) -> DeckResult:
        """Validate the deck at ``path`` and, when it has no errors, make it the clinic's deck,
        with the pictures found beside it copied in. A deck with errors changes nothing."""
        result = load_deck_file(path, self.library)
        if result.deck is None:
            return result
        problems = list(result.problems)
        slides = []
        for slide in result.deck.slides:
            if slide.illustration and (path.parent / slide.illustration).exists():
                try:
                    _copy_picture(path.parent, slide.illustration, self.data.deck_dir)
                except RefusedFileError as exc:
                    where = Place(slide=slide.id, field="illustration")
                    said = say("not copied: %1", exc.words)
                    problems.append(Problem(where, said, Severity.WARNING))
                    slide = replace(slide, illustration="")  # it plays without the picture
            slides.append(slide)
        deck = replace(result.deck, slides=tuple(slides), folder=self.data.deck_dir)
        self.save(deck)
        return DeckResult(deck, tuple(problems))

    def export_file(self, deck: Deck, target: Path) -> None:
        """Write ``deck`` to ``target`` (for a backup or to edit by hand), with the pictures it
        took from the clinic's folder beside it; pictures of the built-in library stay out."""
        for slide in deck.slides:
            picture = deck.illustration_path(slide, self.library)
            if picture is not None and picture.is_relative_to(self.data.deck_dir):
                try:
                    _copy_picture(self.data.deck_dir, slide.illustration, target.parent)
                except RefusedFileError as exc:
                    log.warning("A picture was left out of the exported deck: %s", exc)
        write_atomic(target, deck_as_toml(deck).encode("utf-8"))


def _copy_picture(source: Path, name: str, target: Path) -> None:
    """Copy the picture ``name`` from folder ``source`` to folder ``target``: only a regular
    file inside ``source``, never what a link there points to outside it (``RefusedFileError``)."""
    content = read_capped(source / name, MAX_PICTURE_BYTES, folder=source)
    problem = content_problem(name, content)
    if problem is not None:
        raise RefusedFileError(problem)
    copy = target / name
    copy.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(copy, content)
