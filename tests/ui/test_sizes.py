"""Every slide at every supported size and orientation: no text clipped or overflowing its box."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtQuick import QQuickItem, QQuickWindow
from pytestqt.qtbot import QtBot

from kiosk.core.paths import DataDir
from kiosk.core.slides.deck import BODY_MAX_CHARS, BODY_MAX_WORDS, TITLE_MAX_CHARS
from kiosk.ui.app.kiosk_window import KioskWindow
from tests.ui.conftest import MakeKiosk, front_view, item, write_deck, write_settings
from tests.ui.qt_objects import class_name

SIZES = [(1280, 720), (1920, 1080), (3840, 2160), (1080, 1920), (720, 1280)]
SLACK = 1.0  # pixels of rounding


def longest_slides() -> str:
    """One slide per layout with the longest title and body the deck format allows."""
    title = ("Wide-fitting walking shoes " * 4)[:TITLE_MAX_CHARS].strip()
    sentence = (
        "Comfortable, supportive footwear spreads everybody's weight evenly, protecting "
        "ankles, knees, hips and backbones throughout demanding working days."
    )
    words = sentence.split(" ")
    body = ""
    for n in range(BODY_MAX_WORDS):
        longer = f"{body} {words[n % len(words)]}".strip()
        if len(longer) > BODY_MAX_CHARS:
            break
        body = longer
    slides = [
        f'[[slides]]\nid = "{layout}"\nlayout = "{layout}"\ntitle = "{title}"\nbody = "{body}"\n'
        f'illustration = "illustrations/shoe-fit.svg"\n'
        for layout in ("beside", "full", "headline", "call")
    ]
    slides.append(
        '[[slides]]\nid = "qr"\nlayout = "call"\n'
        f'title = "{title}"\nbody = "{body}"\n'
        f'qr = {{ url = "https://example.org/{"x" * 200}", caption = "{"Scan to book " * 6}" }}\n'
    )
    return "version = 1\n" + "".join(slides)


def text_items(root: QQuickItem) -> list[QQuickItem]:
    return [
        child
        for child in root.findChildren(QQuickItem)
        if class_name(child) == "QQuickText" and child.isVisible() and str(child.property("text"))
    ]


def scene_rect(target: QQuickItem) -> QRectF:
    return target.mapRectToScene(QRectF(0, 0, target.width(), target.height()))


def overflows(kiosk: KioskWindow, view: QQuickItem) -> list[str]:
    """Every visible text in the bar, the footer and the slide on show that does not fit its box."""
    window = QRectF(0, 0, kiosk.window.width(), kiosk.window.height())
    view_rect = scene_rect(view)
    found = []
    boxes = [(view, view_rect), (item(kiosk, "brandBar"), window), (item(kiosk, "footer"), window)]
    for root, bounds in boxes:
        for text in text_items(root):
            name = text.objectName() or repr(str(text.property("text"))[:30])
            box = scene_rect(text)
            content_w = float(text.property("contentWidth"))
            content_h = float(text.property("contentHeight"))
            if text.property("truncated"):
                found.append(f"{name} is cut short")
            if content_w > text.width() + SLACK or content_h > text.height() + SLACK:
                found.append(
                    f"{name} needs {content_w:.0f}x{content_h:.0f} "
                    f"in a {text.width():.0f}x{text.height():.0f} box"
                )
            if not bounds.adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(box):
                found.append(f"{name} at {box.getRect()} leaves its area {bounds.getRect()}")
    return found


def check_every_slide(qtbot: QtBot, kiosk: KioskWindow) -> list[str]:
    kiosk.slideshow.stop()
    window = kiosk.window
    assert isinstance(window, QQuickWindow)
    problems = []
    model = kiosk.slideshow.slide_list()
    for position in range(model.rowCount()):
        with qtbot.waitSignal(window.frameSwapped, timeout=3000):
            kiosk.slideshow.showPosition(position)
        qtbot.waitUntil(lambda: bool(kiosk.window.property("settled")), timeout=3000)
        slide_id = model.ids()[position]
        problems += [f"{slide_id}: {problem}" for problem in overflows(kiosk, front_view(kiosk))]
    return problems


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_built_in_deck_fits_at_every_size(
    qtbot: QtBot, make_kiosk: MakeKiosk, size: tuple[int, int]
) -> None:
    kiosk = make_kiosk(size, instant=True)
    assert check_every_slide(qtbot, kiosk) == []


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_longest_allowed_text_fits_at_every_size(
    qtbot: QtBot, data_dir: DataDir, make_kiosk: MakeKiosk, size: tuple[int, int]
) -> None:
    write_deck(data_dir, longest_slides())
    write_settings(
        data_dir,
        '[clinic]\nname = "Mid Penn Foot & Ankle Specialists, Greater Harrisburg Area"\n'
        'phone = "(717) 555-0142"\nhours = "Mon to Fri 8:00 to 17:30, Sat 9:00 to 12:00"\n',
    )
    kiosk = make_kiosk(size, instant=True)
    assert kiosk.slideshow.property("deckOrigin") == "clinic"
    assert check_every_slide(qtbot, kiosk) == []


def test_a_wide_picture_on_a_tall_screen_sits_with_its_words_not_between_empty_bands(
    qtbot: QtBot, make_kiosk: MakeKiosk
) -> None:
    kiosk = make_kiosk((1080, 1920), instant=True)
    kiosk.slideshow.stop()
    position = kiosk.slideshow.slide_list().ids().index("exercises")  # "full", a wide picture
    window = kiosk.window
    assert isinstance(window, QQuickWindow)
    with qtbot.waitSignal(window.frameSwapped, timeout=3000):
        kiosk.slideshow.showPosition(position)
    qtbot.waitUntil(lambda: bool(kiosk.window.property("settled")), timeout=3000)
    view = front_view(kiosk)
    box, picture, title = (
        view.findChild(QQuickItem, name) for name in ("pictureBox", "illustration", "slideTitle")
    )
    assert box is not None
    assert picture is not None
    assert title is not None
    painted = float(picture.property("paintedHeight"))
    assert painted > 300, "the picture is drawn"
    assert box.height() <= painted + 2, "its box is no taller than the picture"
    gap = title.mapToItem(view, QPointF(0, 0)).y() - (box.y() + box.height())
    assert gap < view.height() * 0.05, "the words follow the picture"
    body = view.findChild(QQuickItem, "slideBody")
    assert body is not None
    words_end = body.mapToItem(view, QPointF(0, float(body.property("contentHeight")))).y()
    above, below = box.y(), view.height() - words_end
    assert above > view.height() * 0.05, "the room left over is shared above and below"
    assert abs(above - below) < view.height() * 0.1, (above, below)
