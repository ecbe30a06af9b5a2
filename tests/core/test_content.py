"""The built-in deck reads easily from across a room: grade 7 or below, about 35 words a slide."""

from __future__ import annotations

import pytest
import textstat

from kiosk.core.deck import Deck, load_deck_file
from kiosk.core.paths import ILLUSTRATION_LIBRARY, builtin_deck_file
from kiosk.core.reading import count_words

SEED_TOPICS = {
    "foundation": "base of your whole body",
    "rolling": "over-pronation",
    "chain": "hips",
    "shoe-fit": "shoes",
    "high-heels": "high heels",
    "support": "arch",
    "posture": "sit",
    "core": "muscles",
    "foot-care": "healthy weight",
    "exercises": "heel raise",
    "podiatrist": "podiatrist",
    "walk-in": "check in",
}


def builtin_deck() -> Deck:
    deck = load_deck_file(builtin_deck_file(), ILLUSTRATION_LIBRARY).deck
    assert deck is not None
    return deck


@pytest.mark.parametrize("slide", builtin_deck().slides, ids=lambda s: s.id)
def test_each_slide_reads_at_grade_seven_or_below(slide: object) -> None:
    from kiosk.core.deck import Slide

    assert isinstance(slide, Slide)
    textstat.set_lang("en")
    grade = textstat.flesch_kincaid_grade(slide.body)
    assert grade <= 7.0, f"{slide.id}: grade {grade}"
    assert count_words(slide.body) <= 35


def test_every_topic_of_the_article_has_a_slide() -> None:
    deck = builtin_deck()
    by_id = {s.id: (s.title + " " + s.body).lower() for s in deck.slides}
    for slide_id, phrase in SEED_TOPICS.items():
        assert phrase in by_id[slide_id], slide_id
