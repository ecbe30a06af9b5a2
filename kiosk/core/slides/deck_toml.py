"""The deck as a TOML file: what staff mode saves and ``kiosk deck export`` writes.

The file is the same format people write by hand (docs/deck-format.md), and every file written
here reads back to the same slides; ``deck_as_toml`` is checked against ``parse_deck`` before a
save.
"""

from __future__ import annotations

from kiosk.core.schedule import WEEKDAY_NAMES, Schedule, hours_text
from kiosk.core.slides.deck import DECK_FORMAT_VERSION, Deck, Slide
from kiosk.core.toml_text import toml_number, toml_string

HEADER = (
    "# The clinic's slides, saved by the kiosk's staff mode. The format is described in\n"
    "# docs/deck-format.md; a file with mistakes never plays (the last good copy does).\n"
)


def deck_as_toml(deck: Deck) -> str:
    lines = [
        HEADER.rstrip("\n"),
        f"version = {DECK_FORMAT_VERSION}",
        f"language = {toml_string(deck.language)}",
    ]
    for slide in deck.slides:
        lines.append("")
        lines.extend(_slide_lines(slide))
    return "\n".join(lines) + "\n"


def _slide_lines(slide: Slide) -> list[str]:
    lines = [
        "[[slides]]",
        f"id = {toml_string(slide.id)}",
        f"layout = {toml_string(slide.layout.value)}",
        f"title = {toml_string(slide.title)}",
    ]
    if slide.body:
        lines.append(f"body = {toml_string(slide.body)}")
    if slide.illustration:
        lines.append(f"illustration = {toml_string(slide.illustration)}")
    if slide.duration is not None:
        lines.append(f"duration = {toml_number(slide.duration)}")
    if not slide.enabled:
        lines.append("enabled = false")
    schedule = _schedule_table(slide.schedule)
    if schedule:
        lines.append(f"schedule = {{ {schedule} }}")
    if slide.qr is not None:
        url, caption = toml_string(slide.qr.url), toml_string(slide.qr.caption)
        lines.append(f"qr = {{ url = {url}, caption = {caption} }}")
    if slide.source:
        lines.append(f"source = {toml_string(slide.source)}")
    if slide.reviewed_on is not None:
        lines.append(f"reviewed_on = {slide.reviewed_on.isoformat()}")
    if slide.reviewed_by:
        lines.append(f"reviewed_by = {toml_string(slide.reviewed_by)}")
    for code, text in slide.translations:
        lines.append(f"[slides.translations.{code}]")
        lines.append(f"title = {toml_string(text.title)}")
        if text.body:
            lines.append(f"body = {toml_string(text.body)}")
        if text.caption:
            lines.append(f"caption = {toml_string(text.caption)}")
        if text.illustration:
            lines.append(f"illustration = {toml_string(text.illustration)}")
    return lines


def _schedule_table(schedule: Schedule) -> str:
    parts: list[str] = []
    if schedule.weekdays != frozenset(range(7)):
        days = ", ".join(toml_string(WEEKDAY_NAMES[d]) for d in sorted(schedule.weekdays))
        parts.append(f"weekdays = [{days}]")
    if schedule.start_time is not None and schedule.end_time is not None:
        parts.append(f"hours = {toml_string(hours_text((schedule.start_time, schedule.end_time)))}")
    if schedule.start_date is not None:
        parts.append(f"start = {schedule.start_date.isoformat()}")
    if schedule.end_date is not None:
        parts.append(f"end = {schedule.end_date.isoformat()}")
    return ", ".join(parts)
