""" "What plays today": each slide with the reason it plays or does not."""

from __future__ import annotations

from datetime import date, datetime, time

from kiosk.core.paths import ILLUSTRATION_LIBRARY
from kiosk.core.schedule import Schedule
from kiosk.core.slides.deck import Deck, Layout, Slide
from kiosk.core.slides.playlist import Verdict, plan_for_day

# A Tuesday morning.
NOW = datetime(2026, 11, 24, 10, 30)


def plan(slide: Slide) -> tuple[Verdict, tuple[str, ...]]:
    deck = Deck((slide,), ILLUSTRATION_LIBRARY)
    (only,) = plan_for_day(deck, NOW, ILLUSTRATION_LIBRARY)
    return only.verdict, tuple(str(reason) for reason in only.reasons)


def slide(**fields: object) -> Slide:
    return Slide(id="s", layout=Layout.BESIDE, title="A slide", **fields)  # type: ignore[arg-type]


def test_a_plain_slide_plays_all_day() -> None:
    assert plan(slide()) == (Verdict.PLAYS, ("plays all day",))


def test_a_switched_off_slide_does_not_play() -> None:
    assert plan(slide(enabled=False)) == (Verdict.NOT_TODAY, ("switched off",))


def test_an_expired_slide_names_its_end_date() -> None:
    expired = slide(schedule=Schedule(end_date=date(2026, 11, 23)))
    assert plan(expired) == (Verdict.NOT_TODAY, ("expired: it ended on 2026-11-23",))


def test_a_slide_that_has_not_started_names_its_start_date() -> None:
    later = slide(schedule=Schedule(start_date=date(2026, 12, 1)))
    assert plan(later) == (Verdict.NOT_TODAY, ("starts on 2026-12-01",))


def test_a_slide_for_other_weekdays_names_them() -> None:
    weekend = slide(schedule=Schedule(weekdays=frozenset({5, 6})))
    assert plan(weekend) == (Verdict.NOT_TODAY, ("plays on Sat, Sun only",))


def test_hours_are_shown_and_outside_them_the_slide_waits() -> None:
    morning = slide(schedule=Schedule(start_time=time(8), end_time=time(12)))
    assert plan(morning) == (Verdict.PLAYS, ("plays 08:00 to 12:00",))
    afternoon = slide(schedule=Schedule(start_time=time(13), end_time=time(17)))
    assert plan(afternoon) == (Verdict.OUTSIDE_HOURS, ("outside its hours now (13:00 to 17:00)",))


def test_a_missing_illustration_still_plays_with_a_warning() -> None:
    missing = slide(illustration="illustrations/not-there.png")
    assert plan(missing) == (
        Verdict.PLAYS_WITH_WARNING,
        (
            "plays all day",
            "illustration missing (illustrations/not-there.png); it shows without it",
        ),
    )


def test_a_review_more_than_a_year_old_is_flagged() -> None:
    assert plan(slide(reviewed_on=date(2025, 11, 24)))[0] is Verdict.PLAYS
    old = slide(reviewed_on=date(2025, 11, 23))
    assert plan(old) == (
        Verdict.PLAYS_WITH_WARNING,
        ("plays all day", "review overdue: last reviewed on 2025-11-23"),
    )


def test_every_reason_is_listed_together() -> None:
    everything = slide(
        enabled=False,
        illustration="gone.svg",
        schedule=Schedule(end_date=date(2026, 1, 1)),
        reviewed_on=date(2020, 1, 1),
    )
    verdict, reasons = plan(everything)
    assert verdict is Verdict.NOT_TODAY
    assert [r.split(":")[0].split(" (")[0] for r in reasons] == [
        "switched off",
        "expired",
        "illustration missing",
        "review overdue",
    ]
