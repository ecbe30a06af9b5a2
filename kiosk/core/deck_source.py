"""Which deck plays: the clinic's own, else its last good copy, else the built-in one."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from kiosk.core.atomic import sweep_temporary_files, write_atomic
from kiosk.core.deck import Deck, Problem, load_deck_file
from kiosk.core.paths import ILLUSTRATION_LIBRARY, DataDir, builtin_deck_file

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
    def __init__(self, data: DataDir, language: str = "en", library: Path = ILLUSTRATION_LIBRARY):
        self.data = data
        self.language = language
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
        last_good = load_deck_file(self.data.last_good_deck_file, self.library)
        if problems and last_good.deck is not None:
            return LoadedDeck(last_good.deck, Origin.LAST_GOOD, problems)
        return LoadedDeck(self.load_builtin(), Origin.BUILT_IN, problems)

    def load_clinic(self) -> LoadedDeck | None:
        """The clinic's own deck when it validates; a failed result (origin built-in) when it
        does not; ``None`` when the clinic has not saved a deck."""
        path = self.data.deck_file
        if not path.exists():
            return None
        result = load_deck_file(path, self.library)
        if result.deck is None:
            return LoadedDeck(self.load_builtin(), Origin.BUILT_IN, result.problems)
        self._keep_last_good(path)
        return LoadedDeck(result.deck, Origin.CLINIC, result.problems)

    def load_builtin(self) -> Deck:
        path = builtin_deck_file(self.language)
        if not path.exists():
            path = builtin_deck_file("en")
        result = load_deck_file(path, self.library)
        if result.deck is None:
            raise BuiltInDeckError("; ".join(str(p) for p in result.errors))
        return result.deck

    def _keep_last_good(self, path: Path) -> None:
        try:
            content = path.read_bytes()
            copy = self.data.last_good_deck_file
            if not copy.exists() or copy.read_bytes() != content:
                write_atomic(copy, content)
        except OSError as exc:
            log.warning("Could not keep a copy of the last good deck: %s", exc.strerror or exc)
