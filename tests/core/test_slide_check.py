"""Problems placed as values (slide, language, section, field), and one slide checked alone by
the deck's own rules, as the slide editor asks."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.core.paths import ILLUSTRATION_LIBRARY
from kiosk.core.schedule import Schedule
from kiosk.core.slides.deck import Deck, Layout, Place, QrLink, Slide, SlideText, parse_deck
from kiosk.core.slides.slide_check import check_slide


@pytest.fixture
def deck(tmp_path: Path) -> Deck:
    return Deck((), tmp_path, "en")


def places(slide: Slide, deck: Deck) -> list[Place]:
    return [p.place for p in check_slide(slide, deck, ILLUSTRATION_LIBRARY).problems]


def test_a_good_slide_comes_back_as_it_would_be_saved(deck: Deck) -> None:
    slide = Slide(
        "heel",
        Layout.BESIDE,
        "Your heels",
        "Soft soles help.",
        qr=QrLink("https://example.org/feet", "Read more"),
        translations=(("es", SlideText("Sus talones", "Las suelas blandas ayudan.")),),
    )
    result = check_slide(slide, deck, ILLUSTRATION_LIBRARY)
    assert result.problems == ()
    assert result.deck is not None
    assert result.deck.slides == (slide,)


def test_each_problem_names_its_slide_language_section_and_field(deck: Deck) -> None:
    slide = Slide(
        "heel",
        Layout.BESIDE,
        "",
        qr=QrLink("ftp://nowhere", "x" * 81),
        schedule=Schedule(weekdays=frozenset()),
        translations=(("es", SlideText("")),),
    )
    assert set(places(slide, deck)) == {
        Place(slide="heel", field="title"),
        Place(slide="heel", section="qr", field="url"),
        Place(slide="heel", section="schedule", field="weekdays"),
        Place(slide="heel", language="es", field="title"),
    }
    assert check_slide(slide, deck).deck is None


def test_a_translation_into_the_decks_own_language_is_placed_in_that_language(
    tmp_path: Path,
) -> None:
    spanish_deck = Deck((), tmp_path, "es")
    slide = Slide("heel", Layout.BESIDE, "Talones", translations=(("es", SlideText("Talones")),))
    assert places(slide, spanish_deck) == [Place(slide="heel", language="es")]


@pytest.mark.parametrize(
    ("place", "words"),
    [
        (Place(), "deck"),
        (Place(field="version"), "deck, field 'version'"),
        (Place(file="deck.toml"), "deck.toml"),
        (Place(number=3), "slide 3"),
        (Place(number=3, field="id"), "slide 3, field 'id'"),
        (Place(slide="heel", section="translations"), "slide 'heel', translations"),
        (
            Place(slide="heel", language="es", field="body"),
            "slide 'heel', translation 'es', field 'body'",
        ),
        (
            Place(slide="heel", section="schedule", field="hours"),
            "slide 'heel', schedule, field 'hours'",
        ),
        (Place(slide="heel", section="qr", field="caption"), "slide 'heel', qr, field 'caption'"),
    ],
)
def test_a_place_reads_as_the_words_people_saw_before(place: Place, words: str) -> None:
    assert str(place) == words


def test_the_file_parser_places_problems_the_same_way(tmp_path: Path) -> None:
    result = parse_deck(
        {"version": 1, "slides": [{"id": "heel", "title": "T", "schedule": {"hours": "late"}}]},
        tmp_path,
    )
    assert [p.place for p in result.problems] == [
        Place(slide="heel", section="schedule", field="hours")
    ]
