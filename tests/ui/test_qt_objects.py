"""The tests' class-name reader leaves no wrapper behind to stand in for a later item."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QByteArray, QMetaObject, QUrl
from PySide6.QtQml import QQmlComponent, QQmlEngine
from PySide6.QtQuick import QQuickItem
from pytestqt.qtbot import QtBot

from tests.ui.qt_objects import class_name

AN_ITEM_WITH_A_PROPERTY = b"import QtQuick\nItem { property int count: 1 }\n"


def kept_meta_objects() -> set[int]:
    return {
        shiboken6.getCppPointer(wrapper)[0]
        for wrapper in shiboken6.getAllValidWrappers()
        if isinstance(wrapper, QMetaObject)
    }


def test_reading_a_qml_items_class_keeps_no_wrapper_of_its_meta_object(qtbot: QtBot) -> None:
    engine = QQmlEngine()
    component = QQmlComponent(engine)
    component.setData(
        QByteArray(AN_ITEM_WITH_A_PROPERTY), QUrl.fromLocalFile("/nowhere/Counted.qml")
    )
    item = component.create()
    assert isinstance(item, QQuickItem), component.errorString()
    before = kept_meta_objects()

    assert class_name(item).startswith("Counted")
    assert kept_meta_objects() == before

    item.metaObject()  # what the helper avoids: shiboken keeps this wrapper while item's lives
    assert kept_meta_objects() - before
    item.deleteLater()
    engine.deleteLater()
