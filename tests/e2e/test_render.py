"""``kiosk render`` draws every slide of the deck to PNG files, offscreen, in either language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

from tests.core.test_cli import kiosk


def render(data: Path, out: Path, *lang: str) -> list[Path]:
    result = kiosk("render", "--data-dir", str(data), "--out", str(out), "--size", "960x540", *lang)
    assert result.returncode == 0, result.stdout + result.stderr
    files = sorted(out.glob("slide-*.png"))
    assert [str(f) for f in files] == result.stdout.split()
    return files


def test_the_spanish_deck_renders_slide_for_slide_and_differs_from_the_english(
    tmp_path: Path,
) -> None:
    english = render(tmp_path / "data", tmp_path / "en")
    spanish = render(tmp_path / "data", tmp_path / "es", "--lang", "es")
    assert len(english) == len(spanish) == 12
    for en, es in zip(english, spanish, strict=True):
        en_image, es_image = QImage(str(en)), QImage(str(es))
        assert es_image.size().width() == 960
        assert en_image != es_image, f"{es.name} looks the same in Spanish as in English"


def test_a_language_without_a_translation_renders_in_the_clinics_own(tmp_path: Path) -> None:
    result = kiosk(
        "render", "--data-dir", str(tmp_path), "--out", str(tmp_path / "x"), "--lang", "xx"
    )
    assert result.returncode == 0
    assert "There is no xx translation" in result.stderr
