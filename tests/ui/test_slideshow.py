"""The real slideshow QML, offscreen: rotation, transitions, swipe, fallback and hot reload."""

from __future__ import annotations

import logging
import os
from datetime import datetime
from pathlib import Path

import pytest
import zxingcpp
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtQml import QQmlProperty
from PySide6.QtQuick import QQuickItem
from pytestqt.qtbot import QtBot

from kiosk.core.paths import DataDir
from kiosk.core.slides.standby import STANDBY_ID
from kiosk.ui.app.housekeeping import MemoryHousekeeping
from kiosk.ui.app.kiosk_window import KioskWindow
from kiosk.ui.slides.slideshow import MANUAL_PAUSE_MS
from tests.ui.conftest import (
    MakeKiosk,
    front_view,
    grab,
    item,
    shown_title,
    swipe,
    write_deck,
    write_settings,
)
from tests.ui.test_access import theme

THREE_SLIDES = """version = 1
[[slides]]
id = "first"
title = "First slide"
body = "One."
duration = 3
[[slides]]
id = "second"
title = "Second slide"
body = "Two."
duration = 3
[[slides]]
id = "third"
title = "Third slide"
body = "Three."
duration = 3
"""


@pytest.fixture
def fast_deck(data_dir: DataDir) -> DataDir:
    write_deck(data_dir, THREE_SLIDES)
    write_settings(data_dir, "[slideshow]\nrotation_speed = 0.25\n")
    return data_dir


def test_the_first_slide_shows_with_the_clinic_name(make_kiosk: MakeKiosk) -> None:
    kiosk = make_kiosk()
    assert shown_title(kiosk) == "Your feet hold you up"
    assert item(kiosk, "clinicName").property("text") == "Mid Penn Foot & Ankle Specialists"
    assert item(kiosk, "checkInButton").property("visible")


def test_rotation_advances_by_itself(
    qtbot: QtBot, fast_deck: DataDir, make_kiosk: MakeKiosk
) -> None:
    kiosk = make_kiosk()
    assert shown_title(kiosk) == "First slide"
    assert kiosk.slideshow.property("durationMs") == 750
    qtbot.waitUntil(lambda: shown_title(kiosk) == "Second slide", timeout=3000)
    qtbot.waitUntil(lambda: shown_title(kiosk) == "Third slide", timeout=3000)
    qtbot.waitUntil(lambda: shown_title(kiosk) == "First slide", timeout=3000)


INKED = 0.003
"""Less than this share of a frame differs from its commonest colour: the frame is blank."""


def stage_rect(kiosk: KioskWindow) -> QRect:
    stage = item(kiosk, "slideStage")
    return stage.mapRectToScene(stage.boundingRect()).toRect()


def _distance(a: QColor, b: QColor) -> int:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue())


def ink_share(image: QImage, area: QRect) -> float:
    """The share of pixels in ``area`` that differ clearly from the frame's commonest colour:
    a frame of one colour (all cream, all black, all white) has none, whatever the theme."""
    small = image.copy(area).scaled(160, 90, Qt.AspectRatioMode.IgnoreAspectRatio)
    colours = [
        QColor(small.pixel(x, y)) for y in range(small.height()) for x in range(small.width())
    ]
    counts: dict[tuple[int, int, int], int] = {}
    for colour in colours:
        key = (colour.red() // 16, colour.green() // 16, colour.blue() // 16)
        counts[key] = counts.get(key, 0) + 1
    commonest = max(counts, key=lambda key: counts[key])
    ground = QColor(*(part * 16 + 8 for part in commonest))
    inked = sum(1 for colour in colours if _distance(colour, ground) > 60)
    return inked / len(colours)


def dark_share(image: QImage, area: QRect) -> float:
    """The share of pixels in ``area`` that are near black (a frame lost on a light theme)."""
    small = image.copy(area).scaled(160, 90, Qt.AspectRatioMode.IgnoreAspectRatio)
    dark = sum(
        1
        for y in range(small.height())
        for x in range(small.width())
        if _distance(QColor(small.pixel(x, y)), QColor("black")) < 90
    )
    return dark / (small.width() * small.height())


def test_the_blank_frame_measure_catches_a_black_frame_and_a_cream_one() -> None:
    area = QRect(0, 0, 320, 180)
    for fill in ("black", "#faf7f2", "white"):
        frame = QImage(area.size(), QImage.Format.Format_RGB32)
        frame.fill(QColor(fill))
        assert ink_share(frame, area) < INKED, f"a frame all {fill} counts as blank"
        frame.fill(QColor(fill))
        painter = QPainter(frame)
        painter.fillRect(
            QRect(20, 20, 200, 30), QColor("#1f2933" if fill != "black" else "#ffd400")
        )
        painter.end()
        assert ink_share(frame, area) > INKED, "a line of words on it is ink"
    black = QImage(area.size(), QImage.Format.Format_RGB32)
    black.fill(QColor("black"))
    assert dark_share(black, area) == 1


def frames_during_next(qtbot: QtBot, kiosk: KioskWindow) -> list[tuple[float, float]]:
    """Step to the next slide and measure every frame grabbed until the transition has settled:
    its share of ink and its share of near-black."""
    qtbot.wait(300)  # the first grab after showing can precede the first rendered frame
    area = stage_rect(kiosk)
    assert area.height() > 500
    assert ink_share(grab(kiosk), area) > INKED
    kiosk.slideshow.next()
    frames = []
    while not kiosk.window.property("settled"):
        frame = grab(kiosk)
        frames.append((ink_share(frame, area), dark_share(frame, area)))
        qtbot.wait(40)
    return frames


def assert_no_frame_blank(frames: list[tuple[float, float]], high_contrast: bool) -> None:
    assert len(frames) >= 3, "the transition was too quick to sample"
    inks = [ink for ink, _ in frames]
    assert min(inks) > INKED, f"a frame had almost nothing on it: {inks}"
    if not high_contrast:  # on cream, a frame mostly black is a lost frame
        darks = [dark for _, dark in frames]
        assert max(darks) < 0.3, f"a frame went dark: {darks}"


@pytest.mark.parametrize("high_contrast", [False, True])
def test_no_frame_is_blank_during_a_crossfade(
    qtbot: QtBot, fast_deck: DataDir, make_kiosk: MakeKiosk, high_contrast: bool
) -> None:
    kiosk = make_kiosk()
    kiosk.slideshow.stop()
    theme(kiosk).setProperty("highContrast", high_contrast)
    assert_no_frame_blank(frames_during_next(qtbot, kiosk), high_contrast)
    assert shown_title(kiosk) == "Second slide"


@pytest.mark.parametrize("high_contrast", [False, True])
def test_no_frame_is_blank_during_a_slide_transition(
    qtbot: QtBot, data_dir: DataDir, make_kiosk: MakeKiosk, high_contrast: bool
) -> None:
    write_deck(data_dir, THREE_SLIDES)
    write_settings(data_dir, '[slideshow]\ntransition = "slide"\n')
    kiosk = make_kiosk()
    kiosk.slideshow.stop()
    theme(kiosk).setProperty("highContrast", high_contrast)
    assert kiosk.slideshow.property("transition") == "slide"
    assert_no_frame_blank(frames_during_next(qtbot, kiosk), high_contrast)
    assert shown_title(kiosk) == "Second slide"


def layered(view: QQuickItem) -> bool:
    return bool(QQmlProperty.read(view, "layer.enabled"))


def test_a_crossfade_only_blends_two_slides_drawn_before_it_starts(
    qtbot: QtBot, fast_deck: DataDir, make_kiosk: MakeKiosk
) -> None:
    """Drawing the slides' large text takes the software renderer longer than a frame, so each
    slide is drawn once into a layer, the next one behind the one on screen, and the crossfade
    fades the old layer out over the new one (benchmarks/README.md has the figures)."""
    kiosk = make_kiosk()
    kiosk.slideshow.stop()
    qtbot.waitUntil(lambda: bool(kiosk.window.property("settled")))
    stage = item(kiosk, "slideStage")
    old, new = item(kiosk, "slideViewA"), item(kiosk, "slideViewB")
    assert layered(old)
    assert not layered(new), "at rest only the slide on screen keeps a layer"

    kiosk.slideshow.next()
    assert new.isVisible()
    assert new.z() < old.z()
    assert new.opacity() == 1
    assert layered(old)
    assert layered(new)
    assert old.opacity() == 1, "nothing moves until the next slide has been drawn"

    qtbot.waitUntil(lambda: old.opacity() < 1, timeout=3000)
    assert stage.property("moving")
    assert new.opacity() == 1
    assert new.z() < old.z()
    assert layered(old)
    assert layered(new)

    qtbot.waitUntil(lambda: bool(kiosk.window.property("settled")), timeout=3000)
    assert shown_title(kiosk) == "Second slide"
    assert layered(new)
    assert not new.property("opacity") < 1
    assert not old.isVisible()
    assert not layered(old)


def test_a_picture_that_arrives_after_the_slide_is_laid_out_is_in_its_layer(
    qtbot: QtBot, make_kiosk: MakeKiosk
) -> None:
    """At 3840x2160 an illustration takes longer to draw than the next slide takes to lay out; the
    software renderer does not draw a layer again when a picture arrives in it, so the picture
    must be there before the layer is made (it once went missing until the next slide)."""
    kiosk = make_kiosk((3840, 2160))  # the built-in deck: every slide has an illustration
    kiosk.slideshow.stop()
    qtbot.waitUntil(lambda: bool(kiosk.window.property("settled")))
    kiosk.slideshow.next()
    qtbot.waitUntil(lambda: not kiosk.window.property("settled"))
    qtbot.waitUntil(lambda: bool(kiosk.window.property("settled")), timeout=5000)
    qtbot.wait(100)
    box = front_view(kiosk).findChild(QQuickItem, "pictureBox")
    assert isinstance(box, QQuickItem)
    area = box.mapRectToScene(box.boundingRect()).toRect()
    assert ink_share(grab(kiosk), area) > 0.05, "the new slide's illustration is not drawn"


def test_rendered_slides_use_no_layers(fast_deck: DataDir, make_kiosk: MakeKiosk) -> None:
    kiosk = make_kiosk(instant=True)
    assert not layered(item(kiosk, "slideViewA"))
    assert not layered(item(kiosk, "slideViewB"))


def test_memory_is_tidied_once_per_pass_through_the_slides(
    qtbot: QtBot, fast_deck: DataDir, make_kiosk: MakeKiosk
) -> None:
    kiosk = make_kiosk()
    housekeeping = kiosk.engine.findChild(MemoryHousekeeping)
    assert isinstance(housekeeping, MemoryHousekeeping)
    kiosk.slideshow.stop()
    before = housekeeping.passes
    kiosk.slideshow.next()
    kiosk.slideshow.next()
    assert housekeeping.passes == before, "only the first slide coming round starts a tidy"
    kiosk.slideshow.next()
    assert shown_title(kiosk) == "First slide"
    assert housekeeping.passes == before + 1


def test_swiping_moves_by_hand_and_the_rotation_resumes_after_a_pause(
    fast_deck: DataDir, make_kiosk: MakeKiosk
) -> None:
    kiosk = make_kiosk(instant=True)
    assert shown_title(kiosk) == "First slide"
    swipe(kiosk, -600)
    assert shown_title(kiosk) == "Second slide"
    assert kiosk.slideshow.property("durationMs") == MANUAL_PAUSE_MS
    assert kiosk.slideshow.property("running")
    swipe(kiosk, +600)
    assert shown_title(kiosk) == "First slide"
    swipe(kiosk, +600)
    assert shown_title(kiosk) == "Third slide", "swiping back from the first slide wraps around"


def test_a_short_drag_is_not_a_swipe(fast_deck: DataDir, make_kiosk: MakeKiosk) -> None:
    kiosk = make_kiosk(instant=True)
    kiosk.slideshow.stop()
    swipe(kiosk, -40)
    assert shown_title(kiosk) == "First slide"


def test_a_broken_deck_falls_back_and_says_why(
    data_dir: DataDir, make_kiosk: MakeKiosk, caplog: pytest.LogCaptureFixture
) -> None:
    write_deck(data_dir, "version = 1\n[[slides]]\nid = 'x'\ntitle = 42\n")
    with caplog.at_level(logging.WARNING):
        kiosk = make_kiosk()
    assert kiosk.slideshow.property("deckOrigin") == "built-in"
    assert shown_title(kiosk) == "Your feet hold you up"
    assert "slide 'x', field 'title': must be text" in caplog.text


def test_editing_the_deck_file_changes_the_rotation_within_two_seconds(
    qtbot: QtBot, data_dir: DataDir, make_kiosk: MakeKiosk
) -> None:
    write_deck(data_dir, THREE_SLIDES)
    kiosk = make_kiosk()
    assert shown_title(kiosk) == "First slide"
    write_deck(data_dir, THREE_SLIDES.replace("First slide", "Edited on disk"))
    qtbot.waitUntil(lambda: shown_title(kiosk) == "Edited on disk", timeout=2000)
    assert kiosk.slideshow.property("deckOrigin") == "clinic"


def test_a_bad_edit_keeps_the_slides_that_were_playing(
    qtbot: QtBot, data_dir: DataDir, make_kiosk: MakeKiosk, caplog: pytest.LogCaptureFixture
) -> None:
    write_deck(data_dir, THREE_SLIDES)
    kiosk = make_kiosk()
    with caplog.at_level(logging.WARNING):
        data_dir.deck_file.write_bytes(b"version = 1\n[[slides]\n")
        os.utime(data_dir.deck_file, ns=(1, 1))
        qtbot.waitUntil(lambda: "has problems" in caplog.text, timeout=2500)
    assert shown_title(kiosk) == "First slide"
    assert kiosk.slideshow.slide_list().ids() == ["first", "second", "third"]


def test_a_missing_or_broken_picture_leaves_the_slide_without_it(
    data_dir: DataDir, make_kiosk: MakeKiosk, caplog: pytest.LogCaptureFixture
) -> None:
    data_dir.deck_dir.mkdir()
    (data_dir.deck_dir / "broken.svg").write_bytes(b"<svg this is not")
    write_deck(
        data_dir,
        'version = 1\n[[slides]]\nid = "a"\ntitle = "Missing picture"\nillustration = "gone.svg"\n'
        '[[slides]]\nid = "b"\ntitle = "Broken picture"\nillustration = "broken.svg"\n',
    )
    with caplog.at_level(logging.WARNING):
        kiosk = make_kiosk(instant=True)
    assert shown_title(kiosk) == "Missing picture"
    assert "gone.svg" in caplog.text
    picture = front_view(kiosk).findChild(QQuickItem, "illustration")
    assert picture is not None
    assert picture.property("source").isEmpty()
    with caplog.at_level(logging.WARNING):
        kiosk.slideshow.next()
    assert "broken.svg cannot be shown" in caplog.text
    assert kiosk.slideshow.property("current")["illustration"] == ""


@pytest.mark.parametrize("layout", ["beside", "full", "headline", "call"])
@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)], ids=["landscape", "portrait"])
def test_a_qr_code_shows_on_every_layout_and_a_phone_can_read_it(
    qtbot: QtBot, data_dir: DataDir, make_kiosk: MakeKiosk, layout: str, size: tuple[int, int]
) -> None:
    url = "https://example.org/book?clinic=mid-penn"
    write_deck(
        data_dir,
        f'version = 1\n[[slides]]\nid = "qr"\nlayout = "{layout}"\ntitle = "Book online"\n'
        'body = "Scan the code with your phone to book a visit."\n'
        'illustration = "illustrations/welcome.svg"\n'
        f'qr = {{ url = "{url}", caption = "Scan to book" }}\n',
    )
    kiosk = make_kiosk(size)
    view = front_view(kiosk)
    qtbot.waitUntil(lambda: bool(view.property("qrReady")), timeout=3000)
    qr = view.findChild(QQuickItem, "qrCode")
    assert qr is not None
    assert qr.isVisible()
    assert qr.width() >= 200, "big enough for a phone a step away"
    picture = view.findChild(QQuickItem, "illustration")
    assert picture is not None
    assert picture.isVisible() is (layout != "call"), "the picture stays, but for a call to act"
    shot = kiosk.window.grabWindow()
    assert [code.text for code in zxingcpp.read_barcodes(shot)] == [url]


def test_only_scheduled_slides_play_and_otherwise_the_standby_slide(
    data_dir: DataDir, make_kiosk: MakeKiosk
) -> None:
    write_deck(
        data_dir,
        'version = 1\n[[slides]]\nid = "weekend"\ntitle = "Saturday clinic"\n'
        'schedule = { weekdays = ["sat"] }\n',
    )
    monday = datetime(2026, 11, 23, 10, 0)
    kiosk = make_kiosk(clock=lambda: monday)
    assert kiosk.slideshow.slide_list().ids() == [STANDBY_ID]
    assert "Welcome to Mid Penn" in shown_title(kiosk)


def test_the_window_refuses_to_close_in_kiosk_mode(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    kiosk = make_kiosk()
    kiosk.window.setProperty("kioskMode", True)
    kiosk.window.close()
    qtbot.wait(50)
    assert kiosk.window.isVisible()


def test_the_clinic_logo_shows_in_the_bar(
    qtbot: QtBot, data_dir: DataDir, make_kiosk: MakeKiosk
) -> None:
    logo = (
        '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100">'
        '<rect width="200" height="100" fill="#ffffff"/></svg>'
    )
    (data_dir.root / "logo.svg").write_text(logo, encoding="utf-8")
    write_settings(data_dir, '[clinic]\nlogo = "logo.svg"\n')
    kiosk = make_kiosk()
    shown = item(kiosk, "clinicLogo")
    qtbot.waitUntil(lambda: bool(shown.property("visible")), timeout=2000)
    assert shown.width() == pytest.approx(2 * shown.height(), rel=0.05)
    name = item(kiosk, "clinicName")
    assert name.x() >= shown.x() + shown.width(), "the name sits after the logo"


def test_a_broken_logo_leaves_the_name_alone(
    data_dir: DataDir, make_kiosk: MakeKiosk, caplog: pytest.LogCaptureFixture
) -> None:
    (data_dir.root / "logo.png").write_bytes(b"not a picture")
    write_settings(data_dir, '[clinic]\nlogo = "logo.png"\n')
    with caplog.at_level(logging.WARNING):
        kiosk = make_kiosk()
    assert "logo.png cannot be shown" in caplog.text
    assert not item(kiosk, "clinicLogo").property("visible")
    assert item(kiosk, "clinicName").property("text") == "Mid Penn Foot & Ankle Specialists"


def test_a_missing_logo_is_reported_once_as_not_found(
    data_dir: DataDir, make_kiosk: MakeKiosk, caplog: pytest.LogCaptureFixture
) -> None:
    write_settings(data_dir, '[clinic]\nlogo = "gone.svg"\n')
    with caplog.at_level(logging.WARNING):
        kiosk = make_kiosk()
    assert [r.getMessage() for r in caplog.records if "gone.svg" in r.getMessage()] == [
        "The logo gone.svg was not found; the bar shows the name only"
    ]
    assert not item(kiosk, "clinicLogo").property("visible")


@pytest.mark.parametrize("where", ["absolute", "up and out", "a link out"])
def test_a_logo_outside_the_data_folder_is_never_shown(
    data_dir: DataDir,
    make_kiosk: MakeKiosk,
    caplog: pytest.LogCaptureFixture,
    tmp_path: Path,
    where: str,
) -> None:
    secret = tmp_path / "elsewhere" / "logo.svg"
    secret.parent.mkdir()
    secret.write_text(
        "<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'><rect width='10' "
        "height='10'/></svg>",
        encoding="utf-8",
    )
    name = {
        "absolute": str(secret),
        "up and out": "../elsewhere/logo.svg",
        "a link out": "logo.svg",
    }
    if where == "a link out":
        (data_dir.root / "logo.svg").symlink_to(secret)
    write_settings(data_dir, f'[clinic]\nlogo = "{name[where]}"\n')
    with caplog.at_level(logging.WARNING):
        kiosk = make_kiosk()
    assert "is outside the data folder" in caplog.text
    assert not item(kiosk, "clinicLogo").property("visible")


@pytest.mark.parametrize("kind", ["fifo", "device", "link out"])
def test_a_picture_that_is_not_a_file_leaves_the_slide_without_it_and_never_waits(
    data_dir: DataDir,
    make_kiosk: MakeKiosk,
    caplog: pytest.LogCaptureFixture,
    tmp_path: Path,
    kind: str,
) -> None:
    data_dir.deck_dir.mkdir()
    trap = data_dir.deck_dir / "trap.png"
    if kind == "fifo":
        os.mkfifo(trap)
    elif kind == "device":
        trap.symlink_to("/dev/zero")
    else:
        secret = tmp_path / "elsewhere.png"
        secret.write_bytes(b"\x89PNG not for the kiosk")
        trap.symlink_to(secret)
    write_deck(
        data_dir,
        'version = 1\n[[slides]]\nid = "a"\ntitle = "A trap for a picture"\n'
        'illustration = "trap.png"\n',
    )
    with caplog.at_level(logging.WARNING):
        kiosk = make_kiosk(instant=True)
    assert shown_title(kiosk) == "A trap for a picture"
    assert kiosk.slideshow.property("current")["illustration"] == ""
    assert "trap.png is left out" in caplog.text
