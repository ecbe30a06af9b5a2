"""Staff mode with a USB keyboard alone: open it, sign in, move through every page with Tab in
reading order, press with Enter or Space, type into fields, answer a question with Escape, and
leave, without a single touch."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtQuick import QQuickItem, QQuickWindow
from PySide6.QtTest import QTest
from pytestqt.exceptions import TimeoutError
from pytestqt.qtbot import QtBot

from kiosk.core.paths import ILLUSTRATION_LIBRARY, DataDir
from kiosk.core.slides.deck import load_deck_file
from kiosk.ui.app.kiosk_window import KioskWindow
from tests.conftest import add_accounts
from tests.ui.conftest import PIN, MakeKiosk
from tests.ui.qt_objects import class_name
from tests.ui.test_access import touch_controls
from tests.ui.test_staff import setup_code

ROW = 8.0  # pixels: two controls this close in height share a row


def window_of(kiosk: KioskWindow) -> QQuickWindow:
    window = kiosk.window
    assert isinstance(window, QQuickWindow)
    return window


def press(kiosk: KioskWindow, key: Qt.Key, modifier: Qt.KeyboardModifier | None = None) -> None:
    QTest.keyClick(window_of(kiosk), key, modifier or Qt.KeyboardModifier.NoModifier)


def type_keys(kiosk: KioskWindow, text: str) -> None:
    for character in text:
        # PySide6 takes a character here (as QTest::keyClick(QWindow*, char) does); stubs do not.
        QTest.keyClick(window_of(kiosk), character)  # type: ignore[call-overload]


def focused(kiosk: KioskWindow) -> QQuickItem | None:
    return window_of(kiosk).activeFocusItem()


def focused_name(kiosk: KioskWindow) -> str:
    item = focused(kiosk)
    return item.objectName() if item is not None else ""


def tab_to(kiosk: KioskWindow, name: str, qtbot: QtBot, limit: int = 200) -> None:
    for _ in range(limit):
        if focused_name(kiosk) == name:
            return
        press(kiosk, Qt.Key.Key_Tab)
        qtbot.wait(5)
    raise AssertionError(f"Tab never reached {name!r}")


def container(item: QQuickItem) -> QQuickItem | None:
    """The scrolling list an item sits in, if any: its place is measured inside it."""
    node = item.parentItem()
    while node is not None:
        if node.inherits("QQuickFlickable"):
            return node
        node = node.parentItem()
    return None


def place(item: QQuickItem) -> tuple[QQuickItem | None, QRectF]:
    box = QRectF(0, 0, item.width(), item.height())
    within = container(item)
    if within is None:
        return None, item.mapRectToScene(box)
    content = within.property("contentItem")
    assert isinstance(content, QQuickItem)
    return within, item.mapRectToItem(content, box)


def order_problems(visits: list[tuple[str, QQuickItem | None, QRectF]]) -> list[str]:
    """Reading order, column by column: within one area, the next control is lower, or further
    right on the same row, or at the top of a column to the right. Never back up or left."""
    found = []
    for (name_a, area_a, a), (name_b, area_b, b) in itertools.pairwise(visits):
        if area_a is not area_b:
            continue  # from the tab bar into the page, or into a list: a new area
        same_row = abs(b.top() - a.top()) < ROW
        if same_row and b.left() < a.left() - ROW:
            found.append(f"{name_a} -> {name_b} goes left on the same row")
        elif b.top() < a.top() - ROW and b.left() <= a.right() - ROW:
            found.append(f"{name_a} -> {name_b} goes back up")
    return found


def signed_in(kiosk: KioskWindow, qtbot: QtBot) -> None:
    """Wait for the home page after the PIN was entered. The PIN is checked on a worker thread
    (argon2id); on a loaded two-core machine that once took longer than five seconds. Where it
    fails, say what staff mode showed instead."""
    try:
        qtbot.waitUntil(lambda: kiosk.staff.property("stage") == "home", timeout=15_000)
    except TimeoutError as exc:
        stage, message = kiosk.staff.property("stage"), kiosk.staff.property("message")
        raise AssertionError(f"staff mode stayed at {stage!r}, saying {message!r}") from exc


def open_staff_mode_by_keyboard(kiosk: KioskWindow, qtbot: QtBot) -> None:
    window_of(kiosk).requestActivate()
    press(
        kiosk, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    )
    qtbot.waitUntil(lambda: kiosk.staff.property("stage") == "sign-in", timeout=3000)
    tab_to(kiosk, "staffName0", qtbot)
    press(kiosk, Qt.Key.Key_Space)
    assert kiosk.staff.property("chosenName") == "Ana Ruiz"
    type_keys(kiosk, PIN)
    press(kiosk, Qt.Key.Key_Return)
    signed_in(kiosk, qtbot)


def test_staff_do_their_work_with_a_keyboard_alone(
    qtbot: QtBot, data_dir: DataDir, staff_kiosk: KioskWindow
) -> None:
    kiosk = staff_kiosk
    open_staff_mode_by_keyboard(kiosk, qtbot)

    tab_to(kiosk, "slidesTab", qtbot)
    press(kiosk, Qt.Key.Key_Return)
    assert kiosk.staff.property("page") == "slides"
    tab_to(kiosk, "slideEdit0", qtbot)
    press(kiosk, Qt.Key.Key_Return)
    tab_to(kiosk, "titleFieldInput", qtbot)
    press(kiosk, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_keys(kiosk, "Typed at the desk")
    tab_to(kiosk, "saveSlide", qtbot)
    press(kiosk, Qt.Key.Key_Return)
    deck = load_deck_file(data_dir.deck_file, ILLUSTRATION_LIBRARY).deck
    assert deck is not None
    assert deck.slides[0].title == "Typed at the desk"

    tab_to(kiosk, "settingsTab", qtbot)
    press(kiosk, Qt.Key.Key_Space)
    assert kiosk.staff.property("page") == "settings"
    tab_to(kiosk, "accent1", qtbot)
    press(kiosk, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: kiosk.branding.property("accentColour") == "#1d4e89", timeout=3000)

    tab_to(kiosk, "queueTab", qtbot)
    press(kiosk, Qt.Key.Key_Return)
    tab_to(kiosk, "deleteAllCheckIns", qtbot)
    press(kiosk, Qt.Key.Key_Return)
    assert focused_name(kiosk) == "keepCheckIns", "the question takes the focus, on the safe answer"
    press(kiosk, Qt.Key.Key_Escape)
    confirm = kiosk.window.findChild(QQuickItem, "confirmDelete")
    assert confirm is not None
    assert not confirm.isVisible()

    tab_to(kiosk, "backToSlides", qtbot)
    press(kiosk, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not kiosk.staff.property("isOpen"), timeout=3000)


@pytest.mark.parametrize("page", ["queue", "slides", "today", "settings", "audit", "editor"])
def test_tab_reaches_every_control_of_a_page_in_reading_order(
    qtbot: QtBot, staff_kiosk: KioskWindow, page: str
) -> None:
    kiosk = staff_kiosk
    open_staff_mode_by_keyboard(kiosk, qtbot)
    if page == "editor":
        kiosk.staff.showPage("slides")
        kiosk.staff.property("deck").edit(0)
    else:
        kiosk.staff.showPage(page)
    qtbot.wait(100)
    # Every control shown at the start, whether scrolled into sight or not yet.
    wanted = {
        owner.objectName() or label
        for owner, label in touch_controls(kiosk)
        if not owner.objectName().startswith("padKey")
    }
    window_of(kiosk).contentItem().forceActiveFocus()
    visits: list[tuple[str, QQuickItem | None, QRectF]] = []
    for _ in range(300):
        press(kiosk, Qt.Key.Key_Tab)
        item = focused(kiosk)
        assert item is not None, "Tab left every control"
        name = item.objectName() or str(item.property("text"))
        if visits and name == visits[0][0]:
            break  # round to the start
        area, box = place(item)
        visits.append((name, area, box))
    reached = {name for name, _, _ in visits}
    focusable_owners = {_owner_name(kiosk, name) for name in reached}
    missing = sorted(n for n in wanted if n not in reached and n not in focusable_owners)
    assert missing == [], f"Tab never reaches: {missing}"
    assert len(visits) >= len(wanted) >= 6, (len(visits), len(wanted))  # the bar at least
    assert order_problems(visits) == []


def _owner_name(kiosk: KioskWindow, name: str) -> str:
    """A text field's input is focused where the field, its owner, is the control."""
    return name.removesuffix("Input")


def test_the_focused_control_shows_a_ring(qtbot: QtBot, staff_kiosk: KioskWindow) -> None:
    kiosk = staff_kiosk
    open_staff_mode_by_keyboard(kiosk, qtbot)
    tab_to(kiosk, "todayTab", qtbot)
    tab = focused(kiosk)
    assert tab is not None
    rings = [c for c in tab.childItems() if class_name(c).startswith("FocusRing")]
    assert len(rings) == 1
    assert rings[0].isVisible()
    press(kiosk, Qt.Key.Key_Tab)
    assert not rings[0].isVisible(), "the ring moves on with the focus"


def test_the_first_account_is_made_with_a_keyboard_alone(
    qtbot: QtBot, data_dir: DataDir, make_kiosk: MakeKiosk
) -> None:
    kiosk = make_kiosk(instant=True, staffed=False)
    window_of(kiosk).requestActivate()
    door = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    press(kiosk, Qt.Key.Key_S, door)
    qtbot.waitUntil(lambda: kiosk.staff.property("stage") == "create-account", timeout=3000)
    type_keys(kiosk, setup_code(data_dir))
    press(kiosk, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: kiosk.staff.property("createStep") == "name", timeout=3000)
    assert focused_name(kiosk) == "newStaffNameInput"
    type_keys(kiosk, "Ana Ruiz")
    press(kiosk, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: kiosk.staff.property("createStep") == "pin", timeout=3000)
    type_keys(kiosk, PIN)
    press(kiosk, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: kiosk.staff.property("createStep") == "again", timeout=3000)
    type_keys(kiosk, PIN)
    press(kiosk, Qt.Key.Key_Return)
    signed_in(kiosk, qtbot)
    assert kiosk.staff.property("signedInName") == "Ana Ruiz"


def test_with_one_account_the_keyboard_door_takes_the_pin_at_once(
    qtbot: QtBot, data_dir: DataDir, make_kiosk: MakeKiosk
) -> None:
    """Ctrl+Alt+S, the PIN, Enter: the one name is chosen already, so the typing is the PIN's;
    Enter on a name chip that is chosen already keeps what was typed; Escape goes back."""
    add_accounts(data_dir, ("Ana Ruiz", PIN))
    kiosk = make_kiosk(instant=True)
    window_of(kiosk).requestActivate()
    door = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    press(kiosk, Qt.Key.Key_S, door)
    qtbot.waitUntil(lambda: kiosk.staff.property("stage") == "sign-in", timeout=3000)
    press(kiosk, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: kiosk.staff.property("stage") == "closed", timeout=3000)
    press(kiosk, Qt.Key.Key_S, door)
    qtbot.waitUntil(lambda: kiosk.staff.property("stage") == "sign-in", timeout=3000)
    type_keys(kiosk, PIN[:3])
    assert kiosk.staff.property("pinDigits") == 3, "the digits went to the PIN at once"
    kiosk.staff.choose(0)  # Enter on the chosen name chip
    assert kiosk.staff.property("pinDigits") == 3
    type_keys(kiosk, PIN[3:])
    press(kiosk, Qt.Key.Key_Return)
    signed_in(kiosk, qtbot)


def test_wrong_pins_at_a_keyboard_are_said_and_lock_out_as_taps_do(
    qtbot: QtBot, data_dir: DataDir, make_kiosk: MakeKiosk
) -> None:
    add_accounts(data_dir, ("Ana Ruiz", PIN))
    kiosk = make_kiosk(instant=True)
    window_of(kiosk).requestActivate()
    press(
        kiosk, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    )
    qtbot.waitUntil(lambda: kiosk.staff.property("stage") == "sign-in", timeout=3000)

    def message() -> str:
        found = [
            i
            for i in kiosk.window.contentItem().findChildren(QQuickItem)
            if i.objectName() == "staffMessage"
        ]
        return str(found[0].property("text")) if found else ""

    for tries_left in (4, 3, 2, 1):
        type_keys(kiosk, "000000")
        press(kiosk, Qt.Key.Key_Return)
        wanted = f"{tries_left} more tries" if tries_left > 1 else "1 more try"
        qtbot.waitUntil(lambda: wanted in message(), timeout=5000)  # noqa: B023
    type_keys(kiosk, "000000")
    press(kiosk, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Too many wrong PINs" in message(), timeout=5000)
    type_keys(kiosk, PIN)
    press(kiosk, Qt.Key.Key_Return)
    qtbot.wait(300)
    assert kiosk.staff.property("stage") == "sign-in", "no PIN is taken while locked out"
