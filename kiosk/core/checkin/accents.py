"""The accented forms of a letter, offered on the name step right after the letter is typed, so
that a patient who does not know the keyboard's long press still finds "í" in "María": type the
plain letter, then tap its accented form. The same letters as the name keyboards' long presses
(``kiosk/qml/NameKeyboard``), Spanish's own first."""

from __future__ import annotations

ACCENTED_FORMS: dict[str, str] = {
    "a": "áàâäãå",
    "c": "çč",
    "e": "éèêë",
    "i": "íïìî",
    "l": "ł",
    "n": "ñ",
    "o": "óòôöø",
    "s": "šß",
    "u": "úüùû",
    "y": "ý",
    "z": "ž",
}
"""Each plain small letter, and its accented forms in the order they are offered."""

_BASE_OF = {form: base for base, forms in ACCENTED_FORMS.items() for form in forms}


def accent_choices(letter: str) -> list[str]:
    """What the letter just typed may become: its plain form first, then its accented forms,
    in the letter's own case; nothing for a letter without accents (or not a single letter).
    An accented letter offers the same choices, so a patient can change their mind."""
    if len(letter) != 1:
        return []
    small = letter.lower()
    base = _BASE_OF.get(small, small)
    forms = ACCENTED_FORMS.get(base)
    if forms is None:
        return []
    choices = [base, *forms]
    if letter.isupper():
        # a capital with no single-letter capital form of its own is left out, not spelled out
        choices = [c.upper() for c in choices if len(c.upper()) == 1 and c.upper() != c]
    return choices
