"""The interface's translations are in step with the code, complete, compiled, and found from
their files alone."""

from __future__ import annotations

import ast
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kiosk.core.languages import (
    SOURCE_LANGUAGE,
    available_languages,
    keyboard_layouts,
    keyboard_locale,
    offered_languages,
)
from kiosk.core.paths import KEYBOARD_LAYOUTS_DIR, TRANSLATIONS_DIR
from kiosk.core.words import fill_in, say
from kiosk.tools.translations import release, ts_files, update

TS_FILES = ts_files()


def messages(ts: Path) -> list[tuple[str, str, str, str | None]]:
    """(context, source, translation, type) of every message."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found.append(
                (
                    name,
                    message.findtext("source") or "",
                    translation.text or "",
                    translation.get("type"),
                )
            )
    return found


def test_there_is_a_spanish_translation() -> None:
    assert TRANSLATIONS_DIR / "kiosk_es.ts" in TS_FILES
    assert available_languages() == ("en", "es")


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.stem)
def test_each_translation_holds_every_string_of_the_code_and_no_other(
    ts: Path, tmp_path: Path
) -> None:
    copy = tmp_path / ts.name
    shutil.copy(ts, copy)
    update([copy])
    assert copy.read_text("utf-8") == ts.read_text("utf-8"), (
        f"{ts.name} is behind the code: run python -m kiosk.tools.translations and translate "
        "what it adds"
    )


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.stem)
def test_each_translation_is_finished_and_keeps_the_placeholders(ts: Path) -> None:
    found = messages(ts)
    assert len(found) > 200
    for context, source, translation, kind in found:
        where = f"{ts.name}, {context or 'core'}: {source!r}"
        assert kind is None, f"{where} is {kind}"
        assert translation.strip(), f"{where} has no translation"
        assert sorted(re.findall(r"%\d", translation)) == sorted(re.findall(r"%\d", source)), (
            f"{where}: the translation {translation!r} lost or gained a %1-style placeholder"
        )


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.stem)
def test_each_compiled_translation_is_the_one_its_source_compiles_to(
    ts: Path, tmp_path: Path
) -> None:
    compiled = tmp_path / ts.with_suffix(".qm").name
    release(ts, compiled)
    assert compiled.read_bytes() == ts.with_suffix(".qm").read_bytes(), (
        f"{ts.with_suffix('.qm').name} is stale: run python -m kiosk.tools.translations"
    )


def test_a_third_language_needs_only_files(tmp_path: Path) -> None:
    translations = tmp_path / "i18n"
    shutil.copytree(TRANSLATIONS_DIR, translations)
    shutil.copy(translations / "kiosk_es.qm", translations / "kiosk_fr.qm")
    assert available_languages(translations) == ("en", "es", "fr")

    layouts = tmp_path / "layouts"
    shutil.copytree(KEYBOARD_LAYOUTS_DIR, layouts)
    assert keyboard_locale("fr", "US", keyboard_layouts(layouts)) == "en_US"
    (layouts / "fr_FR").mkdir()
    (layouts / "fr_FR" / "main.qml").write_text("// a French layout", "utf-8")
    assert keyboard_locale("fr", "US", keyboard_layouts(layouts)) == "fr_FR"
    (layouts / "fr_CA").mkdir()
    (layouts / "fr_CA" / "main.qml").write_text("// a Canadian one", "utf-8")
    assert keyboard_locale("fr", "CA", keyboard_layouts(layouts)) == "fr_CA"


def test_the_spanish_keyboard_is_found_for_a_us_clinic() -> None:
    assert keyboard_locale("es", "US", keyboard_layouts()) == "es_US"
    assert keyboard_locale("es", "MX", keyboard_layouts()) == "es_US"
    assert keyboard_locale("en", "US", keyboard_layouts()) == "en_US"


def test_offered_languages_keep_the_clinics_order_and_drop_what_cannot_be_spoken(
    caplog: pytest.LogCaptureFixture,
) -> None:
    assert offered_languages(("es", "en"), ("en", "es")) == ("es", "en")
    assert offered_languages(("en", "de", "es"), ("en", "es")) == ("en", "es")
    assert "de" in caplog.text
    assert offered_languages(("de",), ("en", "es")) == (SOURCE_LANGUAGE,)


def test_words_fill_in_once_and_read_in_english() -> None:
    assert str(say("Please enter your %1.", say("first name"))) == "Please enter your first name."
    assert str(say("%1 of %2", 3, 12)) == "3 of 12"
    assert fill_in("%1 and %2", ["%2", "x"]) == "%2 and x"
    assert fill_in("100% sure, %3", ["a"]) == "100% sure, %3"


def test_every_sentence_for_the_screen_reaches_lupdate_whole() -> None:
    """A text written straight into a ``say()`` fill is read by lupdate as the message's comment
    (or plural count), and the messages after it run together; each fill is named first."""
    package = Path(__file__).parents[2] / "kiosk"
    found = []
    for path in sorted(package.rglob("*.py")):
        source = path.read_text("utf-8")
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "say":
                if not node.args or not isinstance(node.args[0], ast.Constant):
                    found.append(f"{path.name}:{node.lineno}: the sentence is not a literal")
                for fill in node.args[1:]:
                    if any(_written_text(n) for n in ast.walk(fill)):
                        found.append(f"{path.name}:{node.lineno}: a fill holds written text")
    assert found == [], "\n".join(found)
    for ts in TS_FILES:
        sources = [source for _, source, _, _ in messages(ts)]
        assert not any("\n\t" in source for source in sources), f"{ts.name}: messages ran together"


def _written_text(node: ast.AST) -> bool:
    return isinstance(node, ast.JoinedStr) or (
        isinstance(node, ast.Constant) and isinstance(node.value, str)
    )
