"""Text clean-up shared by every validator: Unicode NFC, no control or invisible characters."""

from __future__ import annotations

import unicodedata

# Categories a person cannot see or that change how text around them is shown: controls, format
# characters (zero-width joiners, bidi overrides), surrogates, private use and unassigned points.
_REFUSED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn"})


def normalise(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def invisible_characters(text: str, allow_newlines: bool = False) -> list[str]:
    """The refused characters in ``text``, as U+XXXX names for messages."""
    found = []
    for ch in text:
        if allow_newlines and ch == "\n":
            continue
        if unicodedata.category(ch) in _REFUSED_CATEGORIES:
            found.append(f"U+{ord(ch):04X}")
    return found


def scripts_of(text: str) -> set[str]:
    """The alphabets the letters of ``text`` come from (LATIN, CYRILLIC, GREEK, ...), by the
    first word of each letter's Unicode name."""
    found = set()
    for ch in text:
        if ch.isalpha():
            found.add(unicodedata.name(ch, "UNKNOWN").split(" ", 1)[0])
    return found
