"""The slide that plays when no slide of the deck is scheduled for now."""

from __future__ import annotations

from kiosk.core.slides.deck import Layout, Slide
from kiosk.core.words import Words, say

STANDBY_ID = "standby"


def standby_words(clinic_name: str) -> tuple[Words, Words]:
    """The standby slide's title and body, for the screen to show in the patient's language."""
    return (
        say("Welcome to %1", clinic_name),
        say("Walk-ins are welcome.\nTap “Check in” below to let us know you are here."),
    )


def standby_slide(title: str, body: str) -> Slide:
    return Slide(
        id=STANDBY_ID,
        layout=Layout.CALL,
        title=title,
        body=body,
        illustration="illustrations/welcome.svg",
        duration=30.0,
    )
