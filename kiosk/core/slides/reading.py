"""How long a slide stays on screen when its duration is "auto", and how easily its words read."""

from __future__ import annotations

import re
from dataclasses import dataclass

# People read a screen across a room more slowly than a page in the hand; 130 words a minute leaves
# time for older readers and for a second look at the picture.
WORDS_PER_MINUTE = 130
LEAD_IN_SECONDS = 4.0
MIN_SECONDS = 8.0
MAX_SECONDS = 30.0

_WORD = re.compile(r"[^\W_]+(?:['\u2019-][^\W_]+)*", re.UNICODE)


def count_words(text: str) -> int:
    return len(_WORD.findall(text))


def reading_seconds(*texts: str) -> float:
    """Seconds to show a slide whose visible text is ``texts``, clamped to a sensible range."""
    words = sum(count_words(t) for t in texts)
    seconds = LEAD_IN_SECONDS + words * 60.0 / WORDS_PER_MINUTE
    return round(min(MAX_SECONDS, max(MIN_SECONDS, seconds)), 1)


@dataclass(frozen=True)
class ReadingLevel:
    """One language's measure of how easily a text reads, and whether it suits a waiting room."""

    measure: str
    score: float
    easy: bool


EASIEST_GRADE = 7.0
"""English: Flesch-Kincaid school grade 7 or below."""
LEAST_SPANISH_EASE = 70.0
"""Spanish: Fernández-Huerta 70 or more, "bastante fácil", which its scale puts at grade 7."""


def reading_level(text: str, language: str) -> ReadingLevel | None:
    """How easily ``text`` reads, measured as its language is measured; ``None`` when there are
    too few words to judge or the language has no measure here."""
    if count_words(text) < 3 or language not in ("en", "es"):
        return None
    import textstat  # about 40 ms to import: only staff mode's editor needs it

    textstat.set_lang(language)
    if language == "es":
        ease = round(float(textstat.fernandez_huerta(text)), 1)
        return ReadingLevel("Fernández-Huerta", ease, ease >= LEAST_SPANISH_EASE)
    grade = max(0.0, round(float(textstat.flesch_kincaid_grade(text)), 1))
    return ReadingLevel("Flesch-Kincaid grade", grade, grade <= EASIEST_GRADE)
