"""One slide as the plain values QML reads: what the slideshow plays and what staff mode's
previews show, the same way. Not a view model: every room that shows a slide may use it."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import quote

from PySide6.QtCore import QUrl

from kiosk.core.slides.deck import Deck, Slide


def qr_image_url(url: str) -> str:
    return "image://qr/" + quote(url, safe="") if url else ""


def slide_as_map(
    slide: Slide, deck: Deck | None, library: Path | None, speed: float
) -> dict[str, Any]:
    """What one slide shows, in plain values QML reads as a JavaScript object."""
    picture = deck.illustration_path(slide, library) if deck else None
    if picture is None and library is not None and slide.illustration:
        fallback = library / slide.illustration
        picture = fallback if fallback.is_file() else None
    return {
        "slideId": slide.id,
        "layout": slide.layout.value,
        "title": slide.title,
        "body": slide.body,
        "illustration": QUrl.fromLocalFile(str(picture)).toString() if picture else "",
        "qrSource": qr_image_url(slide.qr.url) if slide.qr else "",
        "qrCaption": slide.qr.caption if slide.qr else "",
        "durationMs": round(slide.seconds * speed * 1000),
    }
