"""The built-in deck reads easily from across a room, in English and in Spanish: grade 7 or below
(Fernández-Huerta 70 or more in Spanish), about 35 words a slide."""

from __future__ import annotations

import re

import pytest
import textstat

from kiosk.core.paths import ILLUSTRATION_LIBRARY, builtin_deck_file
from kiosk.core.slides.deck import Deck, load_deck_file
from kiosk.core.slides.reading import LEAST_SPANISH_EASE, count_words, reading_level

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
    "exercises": "ask us which exercises suit you. stop if it hurts",
    "podiatrist": "podiatrist",
    "walk-in": "check in",
}


def builtin_deck() -> Deck:
    deck = load_deck_file(builtin_deck_file(), ILLUSTRATION_LIBRARY).deck
    assert deck is not None
    return deck


@pytest.mark.parametrize("slide", builtin_deck().slides, ids=lambda s: s.id)
def test_each_slide_reads_at_grade_seven_or_below(slide: object) -> None:
    from kiosk.core.slides.deck import Slide

    assert isinstance(slide, Slide)
    textstat.set_lang("en")
    grade = textstat.flesch_kincaid_grade(slide.body)
    assert grade <= 7.0, f"{slide.id}: grade {grade}"
    assert count_words(slide.body) <= 35


@pytest.mark.parametrize("slide", builtin_deck().slides, ids=lambda s: s.id)
def test_each_slide_reads_easily_in_spanish_too(slide: object) -> None:
    from kiosk.core.slides.deck import Slide

    assert isinstance(slide, Slide)
    spanish = slide.translation("es")
    assert spanish is not None, f"{slide.id} has no Spanish"
    level = reading_level(spanish.body, "es")
    assert level is not None
    assert level.measure == "Fernández-Huerta"
    assert level.score >= LEAST_SPANISH_EASE, f"{slide.id}: Fernández-Huerta {level.score}"
    assert level.easy
    assert count_words(spanish.body) <= 35


def test_the_spanish_measure_tells_hard_text_from_plain() -> None:
    plain = reading_level("Lávese los pies y séquelos bien. Use zapatos cómodos.", "es")
    hard = reading_level(
        "La biomecánica podológica contemporánea demuestra inequívocamente que las alteraciones "
        "estructurales del retropié condicionan compensaciones articulares proximales.",
        "es",
    )
    assert plain is not None
    assert hard is not None
    assert plain.easy
    assert not hard.easy
    assert reading_level("Hola", "es") is None
    assert reading_level("Bonjour à tous les patients", "fr") is None


def test_every_topic_of_the_article_has_a_slide() -> None:
    deck = builtin_deck()
    by_id = {s.id: (s.title + " " + s.body).lower() for s in deck.slides}
    for slide_id, phrase in SEED_TOPICS.items():
        assert phrase in by_id[slide_id], slide_id


SEED_TOPICS_ES = {
    "foundation": "base de todo el cuerpo",
    "rolling": "pronación",
    "chain": "caderas",
    "shoe-fit": "zapatos",
    "high-heels": "tacones altos",
    "support": "arco",
    "posture": "sentarse",
    "core": "músculos",
    "foot-care": "peso sano",
    "exercises": "pregúntenos qué ejercicios le convienen. pare si le duele",
    "podiatrist": "podiatra",
    "walk-in": "registrarse",
}


def test_the_spanish_slides_say_the_same_things() -> None:
    for slide in builtin_deck().slides:
        spanish = slide.translation("es")
        assert spanish is not None
        text = f"{spanish.title} {spanish.body}".lower()
        assert SEED_TOPICS_ES[slide.id] in text, slide.id


def test_pictures_with_words_have_them_in_spanish_too() -> None:
    deck = builtin_deck()
    for slide in deck.slides:
        own = deck.illustration_path(slide, ILLUSTRATION_LIBRARY)
        assert own is not None
        labels = re.findall(r"<text[^>]*>([^<]+)</text>", own.read_text("utf-8"))
        spanish = slide.in_language("es")
        picture = deck.illustration_path(spanish, ILLUSTRATION_LIBRARY)
        assert picture is not None, f"{slide.id}: the Spanish picture is missing"
        if not labels:
            assert picture == own
            continue
        assert picture != own, f"{slide.id}: its picture's words {labels} are English"
        spanish_labels = re.findall(r"<text[^>]*>([^<]+)</text>", picture.read_text("utf-8"))
        assert len(spanish_labels) == len(labels)
        assert not set(spanish_labels) & set(labels) - {"1", "2", "3", "4"}, slide.id
