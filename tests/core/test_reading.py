from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kiosk.core.slides.reading import MAX_SECONDS, MIN_SECONDS, count_words, reading_seconds


def test_counts_words_with_hyphens_and_apostrophes_as_one() -> None:
    assert count_words("Over-pronation isn't rare, it's common.") == 5


def test_longer_text_stays_longer_until_the_cap() -> None:
    short = reading_seconds("Feet.", "Ten words " * 2)
    longer = reading_seconds("Feet.", "Ten words " * 20)
    assert MIN_SECONDS <= short < longer <= MAX_SECONDS


def test_thirty_words_give_about_eighteen_seconds() -> None:
    assert reading_seconds("word " * 30) == 17.8


@given(st.text(max_size=2000), st.text(max_size=200))
def test_duration_is_always_within_bounds(body: str, title: str) -> None:
    assert MIN_SECONDS <= reading_seconds(title, body) <= MAX_SECONDS
