"""Every check-in screen at every size: no text cut short, spilling out of its box or the window,
and no control pushed out of sight."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtQml import QQmlExpression, qmlContext
from PySide6.QtQuick import QQuickItem
from pytestqt.qtbot import QtBot

from kiosk.core.paths import DataDir
from kiosk.ui.app.kiosk_window import KioskWindow
from kiosk.ui.checkin.check_in_flow import CheckInFlow
from tests.ui.conftest import MakeKiosk, drawn, write_settings
from tests.ui.patient import Patient, check_in_urgent_by_taps, shown_all_the_way_up, visual_items
from tests.ui.test_sizes import SIZES, SLACK, scene_rect

CONTROLS = ("backButton", "cancelButton", "nextButton", "checkInHelpButton", "stepLabel")


def line_starts(text: QQuickItem) -> list[int]:
    """Where each line of a wrapped text starts, as Qt breaks it for the item's font and width."""
    layout = QTextLayout(str(text.property("text")), text.property("font"))
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    starts = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(text.width())
        starts.append(line.textStart())
    layout.endLayout()
    return starts


def last_line(text: QQuickItem) -> str:
    return str(text.property("text"))[line_starts(text)[-1] :]


def broken_inside_a_word(text: QQuickItem) -> bool:
    content = str(text.property("text"))
    return any(content[start - 1] not in " -/" for start in line_starts(text)[1:])


def shrinks_to_fit(text: QQuickItem) -> bool:
    # (fontSizeMode is an enum that PySide6 cannot convert; QML reads it as a number)
    context = qmlContext(text)
    assert context is not None
    mode = QQmlExpression(context, text, "fontSizeMode").evaluate()[0]
    return int(mode) != 0


def problems_on_screen(kiosk: KioskWindow, step: str) -> list[str]:
    window = QRectF(0, 0, kiosk.window.width(), kiosk.window.height())
    area = window.adjusted(-SLACK, -SLACK, SLACK, SLACK)
    loaders = [i for i in visual_items(kiosk) if i.objectName() == "stepLoader" and i.isVisible()]
    step_area = scene_rect(loaders[0]).adjusted(-SLACK, -SLACK, SLACK, SLACK) if loaders else area
    # A list that scrolls shows a bar saying so; what it holds may be out of sight.
    bars = [i for i in visual_items(kiosk) if i.objectName() == "scrollBar" and i.isVisible()]
    scrolling = [
        i
        for i in visual_items(kiosk)
        if i.inherits("QQuickFlickable")
        and i.property("interactive")
        and any(bar.parentItem() == i for bar in bars)
    ]
    found = []
    for text in visual_items(kiosk):
        if not text.inherits("QQuickText") or not text.isVisible():
            continue
        if not str(text.property("text")) or not shown_all_the_way_up(text):
            continue
        name = text.objectName() or repr(str(text.property("text"))[:30])
        if text.property("truncated"):
            found.append(f"{step}: {name} is cut short")
        content_w = float(text.property("contentWidth"))
        content_h = float(text.property("contentHeight"))
        if content_w > text.width() + SLACK or content_h > text.height() + SLACK:
            found.append(
                f"{step}: {name} needs {content_w:.0f}x{content_h:.0f} "
                f"in a {text.width():.0f}x{text.height():.0f} box"
            )
        # a sentence (not a name or a list of reasons) keeps no word alone on its last line
        # (measured at the item's own size: a text that shrinks to fit is left to the slide tests)
        sentence = str(text.property("text")).rstrip().endswith((".", "?", "!", ")"))
        sentence = sentence and not shrinks_to_fit(text)
        if sentence and int(text.property("lineCount")) > 1 and len(last_line(text).split()) == 1:
            found.append(f"{step}: {name} leaves {last_line(text)!r} alone on its last line")
        typed = name.startswith("summaryValue-")  # a name as long as the line may break anywhere
        if not typed and not shrinks_to_fit(text) and broken_inside_a_word(text):
            found.append(f"{step}: {name} breaks a line inside a word: {last_line(text)!r}")
        if _inside(text, scrolling):
            continue
        if not area.contains(scene_rect(text)):
            found.append(f"{step}: {name} at {scene_rect(text).getRect()} is off the screen")
        elif _inside(text, loaders) and not step_area.contains(scene_rect(text)):
            found.append(f"{step}: {name} is hidden below the step's area (needs scrolling)")
    for item in visual_items(kiosk):
        if item.objectName() in CONTROLS and not area.contains(scene_rect(item)):
            found.append(f"{step}: {item.objectName()} is off the screen")
    return found


def _inside(item: QQuickItem, ancestors: list[QQuickItem]) -> bool:
    current = item.parentItem()
    while current is not None:
        if current in ancestors:
            return True
        current = current.parentItem()
    return False


def type_date(flow: CheckInFlow, month: str, day: str, year: str) -> None:
    """A date's digits in the order the screen's language writes it (the day first in Spanish)."""
    parts = {"M": month, "D": day, "Y": year}
    for slot in flow.property("birthSlots"):
        for digit in parts[str(slot["part"])]:
            flow.typeBirthDigit(digit)


def walk_every_check_in_screen(flow: CheckInFlow, look: Callable[[str], None]) -> None:
    """Through every check-in screen, with and without its messages, naming each to ``look``
    (a clinic that asks for a mobile number shows them all). Each look first checks that the
    screen is the one it names, so a walk that stalls fails rather than looking at one screen
    again and again."""

    def look_at(step: str, name: str) -> None:
        on_screen = "done" if flow.property("outcome") else flow.current_step().value
        assert on_screen == step, f"{name!r}: the walk is on {on_screen!r}, not {step!r}"
        look(name)

    flow.wait_for_next()
    flow.open()
    flow.next()  # every message on the name step
    look_at("name", "name with messages")
    flow.setFirstName("Ann1")
    flow.setLastName("Vandenberghe" * 5)
    flow.next()
    look_at("name", "name with its longest messages")
    flow.setFirstName("Bartholomew-Maximilian")
    flow.setLastName("Vandenberghe-Oyelaran-Núñez")
    flow.next()
    flow.next()
    look_at("birth-date", "date of birth with a message")
    type_date(flow, "02", "30", "1956")
    look_at("birth-date", "date of birth that does not exist")
    for _ in range(8):
        flow.eraseBirthDigit()
    type_date(flow, "09", "28", "1956")
    look_at("birth-date", "date of birth in words")
    flow.next()
    flow.next()
    look_at("reason", "reasons with messages")
    flow.chooseReason("back-knee-hip")  # the longest
    look_at("reason", "reason chosen")
    flow.next()
    flow.next()
    look_at("urgent", "urgent question with a message")
    flow.answerUrgent("yes")
    look_at("urgent", "urgent question answered")
    flow.next()
    for digit in "12345":
        flow.typeMobileDigit(digit)
    flow.next()
    look_at("mobile", "mobile with a message")
    for _ in range(5):
        flow.eraseMobileDigit()
    for digit in "2015550123":
        flow.typeMobileDigit(digit)
    flow.next()
    flow.next()
    look_at("appointment", "appointment question with a message")
    flow.answerAppointment("no")
    flow.next()
    flow.next()
    look_at("about", "about with a message")
    flow.answerVisit("returning")
    flow.setMobilityHelp(True)
    flow.next()
    look_at("review", "review")
    flow._ask_still_there()
    look_at("review", "still there")
    flow.stillHere()
    flow.setProperty("reviewSeen", True)  # as after a scroll to the last answer
    flow.confirm()
    look_at("done", "done")


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("larger_text", [False, True], ids=["text", "larger-text"])
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_check_in_screen_fits_at_every_size(
    qtbot: QtBot,
    data_dir: DataDir,
    make_kiosk: MakeKiosk,
    size: tuple[int, int],
    larger_text: bool,
    language: str,
) -> None:
    other = "en" if language == "es" else "es"
    write_settings(
        data_dir,
        f'[clinic]\nlanguages = ["{language}", "{other}"]\n[checkin]\nask_mobile = true\n',
    )
    kiosk = make_kiosk(size, instant=True)
    if larger_text:
        kiosk.choices.toggleLargerText()
    flow = kiosk.check_in
    problems: list[str] = []

    def look(step: str) -> None:
        drawn(kiosk, qtbot)
        problems.extend(problems_on_screen(kiosk, step))

    walk_every_check_in_screen(flow, look)
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)])
def test_the_urgent_done_screen_fits_in_spanish_with_larger_text(
    qtbot: QtBot, make_kiosk: MakeKiosk, size: tuple[int, int]
) -> None:
    kiosk = make_kiosk(size, instant=True)
    kiosk.choices.chooseLanguage("es")
    kiosk.choices.toggleLargerText()
    patient = Patient(kiosk, qtbot)
    check_in_urgent_by_taps(patient)
    column = patient.find("doneColumn")
    top = column.mapToScene(QPointF(0, 0)).y()
    assert top >= 0
    assert top + column.height() <= size[1]
    assert patient.shown("urgentToldDesk")


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_done_screen_on_a_tall_screen_leaves_no_word_alone_on_a_line(
    qtbot: QtBot, make_kiosk: MakeKiosk, language: str
) -> None:
    kiosk = make_kiosk((1080, 1920), instant=True)
    kiosk.choices.chooseLanguage(language)
    patient = Patient(kiosk, qtbot)
    check_in_urgent_by_taps(patient)
    line = patient.find("checkedInLine")
    sentences = str(line.property("text")).split("\n")
    assert len(sentences) == 2, "one sentence a line"
    assert all(len(sentence.split()) >= 2 for sentence in sentences)
    assert line.property("lineCount") == 2, "neither sentence wraps, leaving a word alone"


@pytest.mark.parametrize("size", [(1920, 1080), (1366, 768)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_a_yes_or_no_answer_is_as_tall_as_the_buttons_under_it_on_a_wide_screen(
    qtbot: QtBot, make_kiosk: MakeKiosk, size: tuple[int, int]
) -> None:
    kiosk = make_kiosk(size, instant=True)
    patient = Patient(kiosk, qtbot)
    patient.tap("checkInButton")
    patient.type_names("Jo", "Li")
    patient.type_birth_date("03121956")
    patient.answer("reason-toenail")
    tall = patient.find("nextButton").height()
    for step, answers in (
        ("urgent", ("urgentYes", "urgentNo")),
        ("appointment", ("appointmentYes", "appointmentNo")),
        ("about", ("visitFirst", "visitReturning")),
    ):
        assert patient.step() == step
        drawn(kiosk, qtbot)
        for answer in answers:
            assert patient.find(answer).height() >= tall - 1, f"{answer} is a smaller target"
        patient.answer(answers[1])


ANSWER_NAMES = (
    "reason-",
    "urgentYes",
    "urgentNo",
    "appointmentYes",
    "appointmentNo",
    "visitFirst",
    "visitReturning",
    "mobilityHelp",
    "padKey",
)


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("size", [(1080, 1920), (720, 1280)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_a_tall_screen_uses_its_height_with_every_answer_in_reach(
    qtbot: QtBot, data_dir: DataDir, make_kiosk: MakeKiosk, size: tuple[int, int], language: str
) -> None:
    """On a portrait kiosk each answer step fills more than half the step's height, and its
    answers grow to share what lies below the top third (out of reach from a wheelchair)."""
    write_settings(data_dir, f'[clinic]\nlanguages = ["{language}", "en", "es"]\n')
    kiosk = make_kiosk(size, instant=True)
    flow = kiosk.check_in
    flow.wait_for_next()
    flow.open()
    flow.setFirstName("Jo")
    flow.setLastName("Li")
    flow.next()
    reach_top = size[1] / 3
    steps: list[tuple[str, Callable[[], None]]] = [
        ("birth-date", lambda: type_date(flow, "03", "12", "1956")),
        ("reason", lambda: flow.chooseReason("toenail")),
        ("urgent", lambda: flow.answerUrgent("no")),
        ("appointment", lambda: flow.answerAppointment("no")),
        ("about", lambda: flow.answerVisit("first")),
    ]
    for step, answer in steps:
        assert flow.current_step().value == step
        drawn(kiosk, qtbot)
        loader = next(i for i in visual_items(kiosk) if i.objectName() == "stepLoader")
        area = scene_rect(loader)
        shown = [
            scene_rect(i)
            for i in visual_items(kiosk)
            if _inside(i, [loader])
            and i.isVisible()
            and i.width() > 0
            and shown_all_the_way_up(i)
            and (i.inherits("QQuickText") or i.objectName().startswith(ANSWER_NAMES))
        ]
        answers = [
            scene_rect(i)
            for i in visual_items(kiosk)
            if _inside(i, [loader]) and i.isVisible() and i.objectName().startswith(ANSWER_NAMES)
        ]
        top = min(r.top() for r in shown)
        assert (top - area.top()) / area.height() < 0.5, f"{step}: the step's top half is empty"
        assert min(r.top() for r in answers) >= reach_top - SLACK, (
            f"{step}: an answer is out of reach"
        )
        assert max(r.bottom() for r in answers) >= area.bottom() - area.height() / 4, step
        answer()
        flow.next()
