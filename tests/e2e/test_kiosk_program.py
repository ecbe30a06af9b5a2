"""The real ``kiosk`` program on an Xvfb screen: shows slides, answers a tap, stops cleanly."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage

from tests.e2e.conftest import SCREEN, RunningKiosk, XScreen, wait_for

pytestmark = pytest.mark.e2e

ACCENT = QColor("#0b5560")
BACKGROUND = QColor("#faf7f2")
TOP_BAR = QRect(0, 0, SCREEN[0], 40)
# The footer's lower part, below the progress bar that runs along its top edge.
FOOTER_BELOW_PROGRESS = QRect(0, int(SCREEN[1] * 0.86), SCREEN[0], int(SCREEN[1] * 0.14))


def close_to(colour: QColor, wanted: QColor) -> bool:
    return (
        abs(colour.red() - wanted.red())
        + abs(colour.green() - wanted.green())
        + abs(colour.blue() - wanted.blue())
        <= 24
    )


def samples(image: QImage, area: QRect, step: int = 8) -> list[tuple[int, int, QColor]]:
    return [
        (x, y, image.pixelColor(x, y))
        for y in range(area.top(), area.bottom() + 1, step)
        for x in range(area.left(), area.right() + 1, step)
    ]


def share(image: QImage, area: QRect, wanted: QColor) -> float:
    points = samples(image, area)
    return sum(close_to(colour, wanted) for _, _, colour in points) / len(points)


def distinct_colours(image: QImage) -> int:
    return len({colour.rgb() for _, _, colour in samples(image, image.rect(), 16)})


def accent_button_centre(image: QImage) -> tuple[int, int]:
    """Where the "Check in" button is: the biggest accent-coloured block in the footer.

    The current slide's dot is accent-coloured too, so the points are split into blocks
    wherever there is a wide gap between them, and the biggest block wins.
    """
    points = sorted(
        (x, y)
        for x, y, colour in samples(image, FOOTER_BELOW_PROGRESS, 4)
        if close_to(colour, ACCENT)
    )
    assert points, "no accent-coloured button in the footer"
    blocks: list[list[tuple[int, int]]] = [[points[0]]]
    for point in points[1:]:
        if point[0] - blocks[-1][-1][0] > 40:
            blocks.append([])
        blocks[-1].append(point)
    button = max(blocks, key=len)
    xs = [x for x, _ in button]
    ys = [y for _, y in button]
    return (min(xs) + max(xs)) // 2, (min(ys) + max(ys)) // 2


def slides_showing(screen: XScreen) -> bool:
    shot = screen.screenshot("waiting")
    return share(shot, TOP_BAR, ACCENT) > 0.5


def test_the_kiosk_shows_slides_answers_a_tap_and_stops_cleanly(
    x_screen: XScreen, started_kiosk: RunningKiosk
) -> None:
    wait_for(lambda: slides_showing(x_screen) or started_kiosk.process.poll() is not None)
    assert started_kiosk.process.poll() is None, started_kiosk.process.communicate()[1]

    slide = x_screen.screenshot("slide")
    assert slide.size().width() == SCREEN[0]
    assert distinct_colours(slide) > 20, "the screen is nearly blank"
    stage = QRect(0, 150, SCREEN[0], 600)
    assert share(slide, stage, BACKGROUND) > 0.3, "the slide background is missing"
    assert share(slide, stage, BACKGROUND) < 0.98, "the slide has nothing on it"

    x, y = accent_button_centre(slide)
    x_screen.tap(x, y)
    wait_for(lambda: share(x_screen.screenshot("tapped"), TOP_BAR, ACCENT) < 0.05, timeout=10)
    interim = x_screen.screenshot("check-in")
    assert share(interim, TOP_BAR, BACKGROUND) > 0.9, "the check-in screen did not cover the slides"

    code, errors = started_kiosk.stop()
    assert code == 0, errors
    assert "Traceback" not in errors
    problems = [line for line in errors.splitlines() if " WARNING " in line or " CRITICAL " in line]
    assert problems == [], "the built-in deck started with warnings"
    assert "The kiosk is stopping" in errors
