"""The one owner of the deck that plays: it loads it, notices when its file changes, and saves
what staff change, telling every listener once per change.

The slideshow listens to it; staff mode's slide editor saves through it. A deck saved here is
handed to the listeners as it was saved (it was read back before writing), so nothing parses
the file again, and the next poll sees the file's new signature as already known. A changed
file with problems is logged and ignored: the slides that were playing go on.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from kiosk.core.slides.deck import Deck
from kiosk.core.slides.deck_source import (
    DeckSource,
    FileSignature,
    LoadedDeck,
    Origin,
    file_signature,
)

log = logging.getLogger(__name__)

POLL_MS = 1000
"""How often the application asks the watcher to look at the file."""

Listener = Callable[[LoadedDeck], None]


class DeckWatcher:
    def __init__(self, source: DeckSource) -> None:
        self.source = source
        self._signature: FileSignature | None = None
        self._loaded: LoadedDeck | None = None
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> None:
        """Call ``listener`` with the new deck after every change of the deck that plays."""
        self._listeners.append(listener)

    @property
    def loaded(self) -> LoadedDeck:
        """The deck that plays now (loaded on first use)."""
        if self._loaded is None:
            return self.load()
        return self._loaded

    def load(self) -> LoadedDeck:
        """Read the deck from its files: the clinic's, else its last good copy, else the
        built-in one. Every problem is logged; listeners are not told (nothing played before)."""
        self.source.sweep()
        self._signature = self._read_signature()
        loaded = self.source.load()
        for problem in loaded.problems:
            log.warning("Deck: %s", problem)
        if loaded.origin is not Origin.CLINIC and loaded.problems:
            log.warning("The clinic's deck was not used; playing the %s deck", loaded.origin.value)
        self._loaded = loaded
        return loaded

    def poll(self) -> None:
        """Look at the clinic's file; when it changed, play what it now holds if it is good."""
        signature = self._read_signature()
        if signature == self._signature:
            return
        self._signature = signature
        found = self.source.load_clinic()
        if found is None:
            log.info("The clinic's deck file is gone; playing the built-in deck")
            self._play(LoadedDeck(self.source.load_builtin(), Origin.BUILT_IN, ()))
        elif found.origin is Origin.CLINIC:
            log.info("The clinic's deck changed; playing the new version")
            self._play(found)
        else:
            for problem in found.problems:
                log.warning("Deck: %s", problem)
            log.warning("The changed deck file has problems; the slides that were playing go on")

    def save(self, deck: Deck) -> None:
        """Make ``deck`` the clinic's deck and play it. Raises ``OSError`` or ``ValueError``
        (see ``DeckSource.save``) with nothing changed."""
        self.source.save(deck)
        self._signature = self._read_signature()
        self._play(LoadedDeck(deck, Origin.CLINIC, ()))

    def restore_builtin(self) -> None:
        """Play the built-in deck again; the clinic's file is kept aside. Raises ``OSError``."""
        self.source.restore_builtin()
        self._signature = self._read_signature()
        self._play(LoadedDeck(self.source.load_builtin(), Origin.BUILT_IN, ()))

    def _read_signature(self) -> FileSignature | None:
        return file_signature(self.source.data.deck_file)

    def _play(self, loaded: LoadedDeck) -> None:
        self._loaded = loaded
        for listener in list(self._listeners):
            listener(loaded)
