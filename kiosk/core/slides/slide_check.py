"""One slide as staff typed it, checked by the deck's own rules before it is saved."""

from __future__ import annotations

from pathlib import Path

from kiosk.core.slides.deck import Deck, DeckResult, Slide, parse_deck_bytes
from kiosk.core.slides.deck_toml import deck_as_toml


def check_slide(slide: Slide, deck: Deck, library: Path | None = None) -> DeckResult:
    """``slide`` as ``deck``'s file would hold it, read back: the slide that would be saved
    (``None`` when it has errors) and every problem, each with its ``Place``.

    Going through the file's own text means that what passes here saves and plays exactly so.
    """
    text = deck_as_toml(Deck((slide,), deck.folder, deck.language))
    return parse_deck_bytes(text.encode("utf-8"), deck.folder, library)
