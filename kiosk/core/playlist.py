"""Which slides of a deck play at a given moment."""

from __future__ import annotations

from datetime import datetime

from kiosk.core.deck import Deck, Slide


def playing_now(deck: Deck, moment: datetime) -> tuple[Slide, ...]:
    return tuple(s for s in deck.slides if s.enabled and s.schedule.plays_at(moment))
