"""The running kiosk shows its first slide before check-in and staff mode exist; they are laid over
the slides just after that first frame, and a patient who tapped "Check in" first is not lost."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QMetaObject, QSize, Qt
from PySide6.QtQuick import QQuickItem
from pytestqt.qtbot import QtBot

from kiosk.core.paths import DataDir
from kiosk.ui.app.desk import Desk
from kiosk.ui.app.kiosk_window import DESK_FALLBACK_MS, KioskWindow, StartupError, build_kiosk
from kiosk.ui.slides.slide_list import DISPLAY_ROLE, USER_ROLE
from tests.conftest import KIOSK_TESTER, add_accounts
from tests.ui.conftest import item


@pytest.fixture
def attached() -> list[Desk | StartupError]:
    return []


@pytest.fixture
def staffed() -> bool:
    return True


@pytest.fixture
def later_kiosk(
    data_dir: DataDir, attached: list[Desk | StartupError], staffed: bool
) -> Iterator[KioskWindow]:
    if staffed:
        add_accounts(data_dir, KIOSK_TESTER)
    kiosk = build_kiosk(
        data_dir, kiosk_mode=False, size=QSize(1920, 1080), desk_after_first_frame=attached.append
    )
    yield kiosk
    kiosk.shutdown()


def test_the_first_frame_has_the_slide_and_the_desk_comes_after_it(
    qtbot: QtBot, later_kiosk: KioskWindow, attached: list[Desk | StartupError]
) -> None:
    desk_at_first_frame: list[bool] = []

    def frame_swapped() -> None:
        if not desk_at_first_frame:
            desk_at_first_frame.append(later_kiosk.desk is not None)

    later_kiosk.window.frameSwapped.connect(frame_swapped)
    assert later_kiosk.desk is None
    with pytest.raises(RuntimeError, match="not attached yet"):
        _ = later_kiosk.check_in
    assert later_kiosk.window.findChild(QQuickItem, "checkInLoader") is None

    later_kiosk.window.show()
    qtbot.waitUntil(lambda: bool(attached), timeout=5000)

    assert desk_at_first_frame == [False]
    assert attached == [later_kiosk.desk]
    assert later_kiosk.window.property("deskAttached") is True
    assert item(later_kiosk, "checkInLoader").property("active") is False
    assert item(later_kiosk, "staffLoader").property("active") is False


def test_a_check_in_tapped_before_the_desk_opens_when_it_arrives(
    qtbot: QtBot, later_kiosk: KioskWindow, attached: list[Desk | StartupError]
) -> None:
    footer = item(later_kiosk, "footer")
    assert QMetaObject.invokeMethod(footer, "checkInRequested")
    assert later_kiosk.window.property("checkInWaiting") is True

    later_kiosk.window.show()
    qtbot.waitUntil(lambda: bool(attached), timeout=5000)

    assert later_kiosk.check_in.property("active") is True
    assert later_kiosk.window.property("checkInWaiting") is False
    qtbot.waitUntil(lambda: later_kiosk.window.property("checkInOpen") is True, timeout=2000)
    later_kiosk.check_in.cancel()


@pytest.mark.parametrize("staffed", [False])
def test_a_check_in_tapped_before_the_desk_of_a_kiosk_being_set_up_is_let_go(
    qtbot: QtBot, later_kiosk: KioskWindow, attached: list[Desk | StartupError]
) -> None:
    assert QMetaObject.invokeMethod(item(later_kiosk, "footer"), "checkInRequested")
    later_kiosk.window.show()
    qtbot.waitUntil(lambda: bool(attached), timeout=5000)
    assert later_kiosk.window.property("checkInWaiting") is False
    assert later_kiosk.check_in.property("active") is False
    assert later_kiosk.window.property("settingUp") is True


def test_a_window_that_never_draws_still_gets_its_desk(
    qtbot: QtBot, later_kiosk: KioskWindow, attached: list[Desk | StartupError]
) -> None:
    qtbot.wait(DESK_FALLBACK_MS // 2)
    assert attached == []
    qtbot.waitUntil(lambda: bool(attached), timeout=DESK_FALLBACK_MS * 2)
    assert isinstance(attached[0], Desk)


def test_the_slide_list_speaks_qt_roles_by_their_numbers() -> None:
    assert Qt.ItemDataRole.DisplayRole.value == DISPLAY_ROLE
    assert Qt.ItemDataRole.UserRole.value == USER_ROLE
