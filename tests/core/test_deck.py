from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.core.paths import ILLUSTRATION_LIBRARY, builtin_deck_file
from kiosk.core.slides.deck import (
    MAX_DECK_BYTES,
    Layout,
    Severity,
    load_deck_file,
    parse_deck,
    parse_deck_bytes,
)

GOOD_SLIDE = """
[[slides]]
id = "one"
layout = "beside"
title = "Feet first"
body = "Your feet hold you up."
"""


def deck_text(*slides: str) -> bytes:
    return ("version = 1\n" + "\n".join(slides)).encode()


def messages(raw: bytes, folder: Path = Path(".")) -> list[str]:
    return [str(p) for p in parse_deck_bytes(raw, folder).problems]


def test_the_built_in_deck_is_valid_and_complete() -> None:
    result = load_deck_file(builtin_deck_file(), ILLUSTRATION_LIBRARY)
    assert result.problems == ()
    assert result.deck is not None
    assert len(result.deck.slides) >= 10
    for slide in result.deck.slides:
        assert result.deck.illustration_path(slide, ILLUSTRATION_LIBRARY) is not None, slide.id
        assert slide.illustration.endswith(".svg")
        assert slide.reviewed_on is not None
        assert slide.reviewed_by, f"{slide.id}: who checked it against the article"
        assert slide.source


def test_a_minimal_deck_parses_with_defaults(tmp_path: Path) -> None:
    result = parse_deck_bytes(deck_text(GOOD_SLIDE), tmp_path)
    assert result.problems == ()
    assert result.deck is not None
    slide = result.deck.slides[0]
    assert slide.layout is Layout.BESIDE
    assert slide.enabled
    assert slide.duration is None
    assert slide.seconds >= 8


def test_every_field_is_read(tmp_path: Path) -> None:
    (tmp_path / "pic.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>")
    raw = deck_text(
        """
[[slides]]
id = "full-one"
layout = "call"
title = "Walk-ins"
body = "Come in."
illustration = "pic.svg"
duration = 12.5
enabled = false
source = "The article"
reviewed_on = 2026-11-01
reviewed_by = "Dr. Ann Lee, DPM"
schedule = { weekdays = ["mon", "fri"], hours = "08:00-17:30", start = 2026-01-01, \
end = "2026-12-31" }
qr = { url = "https://example.org/book", caption = "Book online" }
"""
    )
    result = parse_deck_bytes(raw, tmp_path)
    assert result.problems == ()
    assert result.deck is not None
    slide = result.deck.slides[0]
    assert slide.layout is Layout.CALL
    assert slide.seconds == 12.5
    assert not slide.enabled
    assert slide.schedule.weekdays == frozenset({0, 4})
    assert slide.schedule.end_date == date(2026, 12, 31)
    assert slide.qr is not None
    assert slide.qr.caption == "Book online"
    assert slide.reviewed_on == date(2026, 11, 1)
    assert slide.reviewed_by == "Dr. Ann Lee, DPM"


@pytest.mark.parametrize(
    ("slide", "expected"),
    [
        ('[[slides]]\nid = "Bad Id"\ntitle = "x"', "slide 1, field 'id'"),
        ('[[slides]]\nid = "a"\ntitle = ""', "slide 'a', field 'title': must not be empty"),
        ('[[slides]]\nid = "a"\ntitle = 5', "slide 'a', field 'title': must be text"),
        ('[[slides]]\nid = "a"\ntitle = "x"\nlayout = "grid"', "field 'layout': must be one of"),
        ('[[slides]]\nid = "a"\ntitle = "x"\nduration = nan', "field 'duration'"),
        ('[[slides]]\nid = "a"\ntitle = "x"\nduration = true', "field 'duration'"),
        ('[[slides]]\nid = "a"\ntitle = "x"\nduration = 1', "between 3 and 300 seconds"),
        ('[[slides]]\nid = "a"\ntitle = "x"\nenabled = "yes"', "field 'enabled'"),
        ('[[slides]]\nid = "a"\ntitle = "x"\ntitel = "y"', "unknown field 'titel'"),
        (
            '[[slides]]\nid = "a"\ntitle = "x"\nillustration = "../etc/passwd.svg"',
            "inside the deck",
        ),
        ('[[slides]]\nid = "a"\ntitle = "x"\nillustration = "a.gif"', "picture types"),
        ('[[slides]]\nid = "a"\ntitle = "x"\nschedule = { hours = "9-5" }', "field 'hours'"),
        ('[[slides]]\nid = "a"\ntitle = "x"\nschedule = { weekdays = ["funday"] }', "'weekdays'"),
        (
            '[[slides]]\nid = "a"\ntitle = "x"\n'
            "schedule = { start = 2026-02-01, end = 2026-01-01 }",
            "start date is after the end date",
        ),
        (
            '[[slides]]\nid = "a"\ntitle = "x"\nqr = { url = "javascript:alert(1)" }',
            "qr, field 'url'",
        ),
        ('[[slides]]\nid = "a"\ntitle = "Zero\u200bwidth"', "invisible or control characters"),
        ('[[slides]]\nid = "a"\ntitle = "' + "x" * 81 + '"', "at most 80 fit"),
        (
            '[[slides]]\nid = "a"\ntitle = "x"\n[slides.translations.en]\ntitle = "y"',
            "translation 'en': is the deck's own language",
        ),
        (
            '[[slides]]\nid = "a"\ntitle = "x"\n[slides.translations.spanish]\ntitle = "y"',
            "short language code",
        ),
        (
            '[[slides]]\nid = "a"\ntitle = "x"\n[slides.translations.es]\nbody = "y"',
            "translation 'es', field 'title'",
        ),
        (
            '[[slides]]\nid = "a"\ntitle = "x"\n[slides.translations.es]\ntitle = "y"\ntitel = "z"',
            "translation 'es': unknown field 'titel'",
        ),
        ('[[slides]]\nid = "a"\ntitle = "x"\ntranslations = "es"', "translations: must be"),
    ],
)
def test_each_problem_names_its_place(slide: str, expected: str) -> None:
    result = parse_deck_bytes(deck_text(slide), Path("."))
    assert result.deck is None
    assert any(expected in str(p) for p in result.problems), result.problems


def test_duplicate_ids_are_refused() -> None:
    found = messages(deck_text(GOOD_SLIDE, GOOD_SLIDE))
    assert any("another slide already uses this id" in m for m in found)


def test_a_missing_picture_is_a_warning_not_an_error(tmp_path: Path) -> None:
    raw = deck_text(GOOD_SLIDE + 'illustration = "gone.svg"\n')
    result = parse_deck_bytes(raw, tmp_path)
    assert result.deck is not None
    assert [p.severity for p in result.problems] == [Severity.WARNING]
    assert "gone.svg" in str(result.problems[0].message)


def test_too_many_words_warn_then_fail() -> None:
    long_body = " ".join(["word"] * 40)
    result = parse_deck_bytes(
        deck_text(GOOD_SLIDE.replace("Your feet hold you up.", long_body)), Path(".")
    )
    assert result.deck is not None
    assert "about 35" in str(result.problems[0])
    too_long = " ".join(["word"] * 61)
    result = parse_deck_bytes(
        deck_text(GOOD_SLIDE.replace("Your feet hold you up.", too_long)), Path(".")
    )
    assert result.deck is None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"", "needs at least one [[slides]]"),
        (b"version = 1\n", "needs at least one [[slides]]"),
        (b"version = 2\n" + GOOD_SLIDE.encode(), "field 'version'"),
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        (b"version = 1\n[[slides]\n", "not valid TOML"),
        (b'version = 1\nslides = "many"\n', "needs at least one [[slides]]"),
        (b"version = 1\x00", "NUL"),
        (b"x" * (MAX_DECK_BYTES + 1), "larger than"),
    ],
)
def test_broken_files_are_refused_with_a_reason(raw: bytes, expected: str) -> None:
    result = parse_deck_bytes(raw, Path("."))
    assert result.deck is None
    assert any(expected in str(p) for p in result.problems), result.problems


def test_a_byte_order_mark_is_accepted() -> None:
    assert parse_deck_bytes(b"\xef\xbb\xbf" + deck_text(GOOD_SLIDE), Path(".")).deck is not None


def test_a_missing_file_is_a_problem_not_an_exception(tmp_path: Path) -> None:
    result = load_deck_file(tmp_path / "nope.toml")
    assert result.deck is None
    assert "does not exist" in str(result.problems[0])


def test_a_huge_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "deck.toml"
    path.write_bytes(b"#" * (MAX_DECK_BYTES + 10))
    result = load_deck_file(path)
    assert result.deck is None
    assert "at most" in str(result.problems[0])


def test_text_is_normalised_to_nfc() -> None:
    raw = deck_text('[[slides]]\nid = "a"\ntitle = "Nu\u0301n\u0303ez"')
    result = parse_deck_bytes(raw, Path("."))
    assert result.deck is not None
    assert result.deck.slides[0].title == "Núñez"


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30) | st.dates(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=5)
    ),
    max_leaves=25,
)
slide_keys = st.sampled_from(
    ["id", "layout", "title", "body", "illustration", "duration", "enabled", "schedule", "qr", "x"]
)


@given(
    st.dictionaries(
        st.sampled_from(["version", "language", "slides", "other"]),
        json_values | st.lists(st.dictionaries(slide_keys, json_values, max_size=8), max_size=4),
        max_size=4,
    )
)
def test_the_loader_never_raises_and_never_returns_a_deck_with_errors(
    data: dict[str, object],
) -> None:
    result = parse_deck(data, Path("."))
    if result.deck is not None:
        assert result.errors == ()
        assert result.deck.slides
    else:
        assert result.errors


@given(st.binary(max_size=400))
def test_arbitrary_bytes_never_raise(raw: bytes) -> None:
    result = parse_deck_bytes(raw, Path("."))
    assert result.deck is not None or result.problems


@given(
    title=st.text(min_size=1, max_size=80),
    body=st.text(max_size=200),
    duration=st.one_of(st.just("auto"), st.floats(min_value=3, max_value=300)),
)
def test_valid_text_round_trips_through_toml(title: str, body: str, duration: object) -> None:
    document = {
        "version": 1,
        "slides": [{"id": "s", "title": title, "body": body, "duration": duration}],
    }
    result = parse_deck(json.loads(json.dumps(document)), Path("."))
    if result.deck is not None:
        slide = result.deck.slides[0]
        assert 0 < len(slide.title) <= 80
        assert slide.seconds >= 3


def test_a_slide_shows_in_a_language_it_has_and_in_its_own_otherwise() -> None:
    raw = deck_text(
        '[[slides]]\nid = "a"\ntitle = "Walk-ins welcome"\nbody = "Tap below."\n'
        'qr = { url = "https://example.org", caption = "Scan" }\n'
        '[slides.translations.es]\ntitle = "Atendemos sin cita"\nbody = "Toque abajo."\n'
        'caption = "Escanee"'
    )
    deck = parse_deck_bytes(raw, Path(".")).deck
    assert deck is not None
    slide = deck.slides[0]
    spanish = slide.in_language("es")
    assert (spanish.title, spanish.body) == ("Atendemos sin cita", "Toque abajo.")
    assert spanish.qr is not None
    assert spanish.qr.caption == "Escanee"
    assert spanish.qr.url == "https://example.org"
    assert slide.in_language("fr") is slide
    assert slide.in_language("en") is slide
    assert slide.with_translation("es", None).translations == ()
