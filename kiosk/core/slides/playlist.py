"""Which slides of a deck play at a given moment, and why each one plays today or not."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from pathlib import Path

from kiosk.core.schedule import weekday_list
from kiosk.core.slides.deck import Deck, Slide
from kiosk.core.words import Words, say

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
    reasons: tuple[Words, ...]

    @property
    def plays_today(self) -> bool:
        return self.verdict is not Verdict.NOT_TODAY


def plan_for_day(deck: Deck, moment: datetime, library: Path | None = None) -> tuple[DayPlan, ...]:
    """Every slide of ``deck`` with whether it plays on ``moment``'s day, and why."""
    return tuple(_plan(deck, slide, moment, library) for slide in deck.slides)


def _plan(deck: Deck, slide: Slide, moment: datetime, library: Path | None) -> DayPlan:
    today = moment.date()
    schedule = slide.schedule
    stops: list[Words] = []
    if not slide.enabled:
        stops.append(say("switched off"))
    if schedule.start_date is not None and today < schedule.start_date:
        stops.append(say("starts on %1", _day(schedule.start_date)))
    if schedule.has_expired(today):
        stops.append(say("expired: it ended on %1", _day(schedule.end_date)))
    if moment.weekday() not in schedule.weekdays:
        stops.append(say("plays on %1 only", weekday_list(schedule.weekdays)))

    warnings: list[Words] = []
    if slide.illustration and deck.illustration_path(slide, library) is None:
        warnings.append(say("illustration missing (%1); it shows without it", slide.illustration))
    if slide.reviewed_on is not None and today - slide.reviewed_on > timedelta(
        days=REVIEW_EVERY_DAYS
    ):
        warnings.append(say("review overdue: last reviewed on %1", _day(slide.reviewed_on)))

    if stops:
        return DayPlan(slide, Verdict.NOT_TODAY, (*stops, *warnings))
    hours = _hours(slide)
    if hours and not schedule.plays_at(moment):
        outside = say("outside its hours now (%1)", hours)
        return DayPlan(slide, Verdict.OUTSIDE_HOURS, (outside, *warnings))
    verdict = Verdict.PLAYS_WITH_WARNING if warnings else Verdict.PLAYS
    when = say("plays %1", hours) if hours else say("plays all day")
    return DayPlan(slide, verdict, (when, *warnings))


def _hours(slide: Slide) -> Words | None:
    start, end = slide.schedule.start_time, slide.schedule.end_time
    if start is None and end is None:
        return None
    start_text, end_text = f"{(start or time(0)):%H:%M}", f"{(end or time(0)):%H:%M}"
    return say("%1 to %2", start_text, end_text)


def _day(day: date | None) -> str:
    return day.isoformat() if day else ""
