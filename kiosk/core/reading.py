"""How long a slide stays on screen when its duration is "auto"."""

from __future__ import annotations

import re

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


def reading_grade(text: str) -> float | None:
    """The Flesch-Kincaid school grade of ``text`` (US grades; 7 or below suits a waiting room),
    or ``None`` when there are too few words to judge."""
    if count_words(text) < 3:
        return None
    import textstat  # about 40 ms to import: only staff mode's editor needs it

    textstat.set_lang("en")
    return max(0.0, round(float(textstat.flesch_kincaid_grade(text)), 1))
