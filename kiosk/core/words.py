"""Words for the screen, written in English here and translated where they are shown.

The core never imports Qt, so it cannot translate. It hands the interface ``Words``: the English
sentence, marked for Qt's translation tools by ``say`` (lupdate reads it as ``QT_TR_NOOP``; see
``kiosk/tools/translations.py``), and the values for its ``%1``, ``%2``... The interface looks the
sentence up in the patient's language and fills it in (``kiosk/ui/platform/translation.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Words:
    text: str
    fill: tuple[Words | str | int, ...] = ()

    def __str__(self) -> str:
        return fill_in(self.text, [str(part) for part in self.fill])


def say(text: str, *fill: Words | str | int) -> Words:
    """A sentence for the screen. ``text`` must be a literal, for lupdate to find it, and no
    ``fill`` may hold one (lupdate would read it as the message's comment): name it first."""
    return Words(text, fill)


def joined(parts: Sequence[Words | str], separator: str) -> Words:
    """``parts`` shown one after another with ``separator`` between them, each in the language
    of the screen (at most nine parts: a fill is one digit)."""
    assert len(parts) <= 9
    return Words(separator.join(f"%{n}" for n in range(1, len(parts) + 1)), tuple(parts))


def fill_in(text: str, values: list[str]) -> str:
    """``%1``, ``%2``... replaced by ``values`` in one pass: a value holding "%2" stays as it is."""
    out: list[str] = []
    position = 0
    while position < len(text):
        char = text[position]
        following = text[position + 1 : position + 2]
        if char == "%" and following.isdigit() and 1 <= int(following) <= len(values):
            out.append(values[int(following) - 1])
            position += 2
        else:
            out.append(char)
            position += 1
    return "".join(out)


class KindError(ValueError):
    """Something a person did that cannot be done, told kindly: ``words`` are shown in their
    language; ``str()`` is the English, for logs."""

    def __init__(self, words: Words) -> None:
        super().__init__(str(words))
        self.words = words
