"""The interface in the patient's language: Qt's translators, and the core's ``Words`` in it."""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTranslator

from kiosk.core.languages import SOURCE_LANGUAGE, translation_file
from kiosk.core.words import Words, fill_in

log = logging.getLogger(__name__)

CORE_CONTEXT = ""
"""lupdate files the core's ``say`` sentences under no context (they are not in a class)."""


def shown(words: Words | str | None) -> str:
    """``words`` in the language the interface speaks now; typed text is shown as it is."""
    if words is None:
        return ""
    if isinstance(words, str):
        return words
    text = QCoreApplication.translate(CORE_CONTEXT, words.text)
    return fill_in(
        text, [shown(part) if not isinstance(part, int) else str(part) for part in words.fill]
    )


def shown_list(parts: tuple[Words | str, ...]) -> str:
    return ", ".join(shown(part) for part in parts)


def filled(text: str, *values: object) -> str:
    """A translated ``text`` (``self.tr(...)``) with its ``%1``, ``%2``... filled in."""
    return fill_in(text, [str(value) for value in values])


LANGUAGE_NAME_CONTEXT = "LanguageName"
OWN_NAME = str(QT_TRANSLATE_NOOP("LanguageName", "English"))
"""Each translation gives here its language's name as its speakers write it: "Español"."""


class InterfaceLanguage:
    """Qt translators for the offered languages, one installed at a time; none for English,
    the language the code is written in."""

    def __init__(self) -> None:
        self._translators: dict[str, QTranslator] = {}
        self._installed: QTranslator | None = None
        self.code = SOURCE_LANGUAGE

    def _translator(self, code: str) -> QTranslator | None:
        if code not in self._translators:
            translator = QTranslator()
            path = translation_file(code)
            if not translator.load(str(path)):
                log.error("The %s translation (%s) could not be read", code, path)
                return None
            self._translators[code] = translator
        return self._translators[code]

    def readable(self, code: str) -> bool:
        return code == SOURCE_LANGUAGE or self._translator(code) is not None

    def own_name(self, code: str) -> str:
        """ "Español" for Spanish: the name each translation gives its language."""
        translator = None if code == SOURCE_LANGUAGE else self._translator(code)
        name = translator.translate(LANGUAGE_NAME_CONTEXT, OWN_NAME) if translator else ""
        return name or ("English" if code == SOURCE_LANGUAGE else code)

    def translated(self, code: str, context: str, text: str) -> str:
        """``text`` in ``code``, whichever language the screen speaks now (English, or a line
        the translation lacks, as written)."""
        translator = None if code == SOURCE_LANGUAGE else self._translator(code)
        return (translator.translate(context, text) if translator else "") or text

    def use(self, code: str) -> bool:
        """Speak ``code`` from now on; False (and English) when its translation cannot be read."""
        app = QCoreApplication.instance()
        if app is None:
            return False
        if self._installed is not None:
            app.removeTranslator(self._installed)
            self._installed = None
        self.code = SOURCE_LANGUAGE
        if code == SOURCE_LANGUAGE:
            return True
        translator = self._translator(code)
        if translator is None:
            return False
        app.installTranslator(translator)
        self._installed = translator
        self.code = code
        return True
