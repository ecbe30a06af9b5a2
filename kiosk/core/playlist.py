"""Which slides of a deck play at a given moment, and why each one plays today or not."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from pathlib import Path

from kiosk.core.deck import Deck, Slide
from kiosk.core.schedule import WEEKDAY_NAMES

REVIEW_EVERY_DAYS = 365
"""Health content is read again at least once a year; older slides are flagged, not stopped."""


def playing_now(deck: Deck, moment: datetime) -> tuple[Slide, ...]:
    return tuple(s for s in deck.slides if s.enabled and s.schedule.plays_at(moment))


class Verdict(StrEnum):
    PLAYS = "plays"
    PLAYS_WITH_WARNING = "plays, with a warning"
    OUTSIDE_HOURS = "not at this hour"
    NOT_TODAY = "not today"


@dataclass(frozen=True)
class DayPlan:
    slide: Slide
    verdict: Verdict
    reasons: tuple[str, ...]

    @property
    def plays_today(self) -> bool:
        return self.verdict is not Verdict.NOT_TODAY


def plan_for_day(deck: Deck, moment: datetime, library: Path | None = None) -> tuple[DayPlan, ...]:
    """Every slide of ``deck`` with whether it plays on ``moment``'s day, and why."""
    return tuple(_plan(deck, slide, moment, library) for slide in deck.slides)


def _plan(deck: Deck, slide: Slide, moment: datetime, library: Path | None) -> DayPlan:
    today = moment.date()
    schedule = slide.schedule
    stops: list[str] = []
    if not slide.enabled:
        stops.append("switched off")
    if schedule.start_date is not None and today < schedule.start_date:
        stops.append(f"starts on {_day(schedule.start_date)}")
    if schedule.has_expired(today):
        stops.append(f"expired: it ended on {_day(schedule.end_date)}")
    if moment.weekday() not in schedule.weekdays:
        days = ", ".join(WEEKDAY_NAMES[d].capitalize() for d in sorted(schedule.weekdays))
        stops.append(f"plays on {days} only")

    warnings: list[str] = []
    if slide.illustration and deck.illustration_path(slide, library) is None:
        warnings.append(f"illustration missing ({slide.illustration}); it shows without it")
    if slide.reviewed_on is not None and today - slide.reviewed_on > timedelta(
        days=REVIEW_EVERY_DAYS
    ):
        warnings.append(f"review overdue: last reviewed on {_day(slide.reviewed_on)}")

    if stops:
        return DayPlan(slide, Verdict.NOT_TODAY, (*stops, *warnings))
    hours = _hours(slide)
    if hours and not schedule.plays_at(moment):
        outside = f"outside its hours now ({hours})"
        return DayPlan(slide, Verdict.OUTSIDE_HOURS, (outside, *warnings))
    verdict = Verdict.PLAYS_WITH_WARNING if warnings else Verdict.PLAYS
    when = f"plays {hours}" if hours else "plays all day"
    return DayPlan(slide, verdict, (when, *warnings))


def _hours(slide: Slide) -> str:
    start, end = slide.schedule.start_time, slide.schedule.end_time
    if start is None and end is None:
        return ""
    return f"{(start or time(0)):%H:%M} to {(end or time(0)):%H:%M}"


def _day(day: date | None) -> str:
    return day.isoformat() if day else ""
