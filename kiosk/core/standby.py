"""The slide that plays when no slide of the deck is scheduled for now."""

from __future__ import annotations

from kiosk.core.deck import Layout, Slide

STANDBY_ID = "standby"


def standby_slide(clinic_name: str) -> Slide:
    return Slide(
        id=STANDBY_ID,
        layout=Layout.CALL,
        title=f"Welcome to {clinic_name}",
        body="Walk-ins are welcome.\nTap “Check in” below to let us know you are here.",
        illustration="illustrations/welcome.svg",
        duration=30.0,
    )
