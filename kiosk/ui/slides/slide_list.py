"""The slides playing now, as a list model QML can bind to."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import (
    Property,
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Signal,
)
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.ui import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME

__all__ = ["QML_IMPORT_MAJOR_VERSION", "QML_IMPORT_NAME", "SlideListModel"]

_Index = QModelIndex | QPersistentModelIndex

# Qt.ItemDataRole.DisplayRole and UserRole, whose values Qt's API fixes (a test checks them).
# Spelled as numbers because PySide6 builds all 105 enums of the ``Qt`` namespace on its first
# use, about 18 ms, and this model is made before the first slide is drawn.
DISPLAY_ROLE = 0
USER_ROLE = 0x0100


@QmlElement
@QmlUncreatable("The slide list belongs to the slideshow")
class SlideListModel(QAbstractListModel):  # type: ignore[operator]  # PySide6 stubs: QmlUncreatable(reason)
    ROLE_KEYS: ClassVar[tuple[str, ...]] = (
        "slideId",
        "layout",
        "title",
        "body",
        "illustration",
        "qrSource",
        "qrCaption",
        "durationMs",
    )
    _ROLES: ClassVar[dict[int, str]] = {USER_ROLE + 1 + n: key for n, key in enumerate(ROLE_KEYS)}

    countChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = DISPLAY_ROLE) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == DISPLAY_ROLE:
            return row["title"]
        key = self._ROLES.get(role)
        return row[key] if key else None

    def roleNames(self) -> dict[int, QByteArray]:
        names = {role: QByteArray(key.encode()) for role, key in self._ROLES.items()}
        names[DISPLAY_ROLE] = QByteArray(b"display")
        return names

    def row(self, position: int) -> dict[str, Any]:
        return dict(self._rows[position])

    def ids(self) -> list[str]:
        return [r["slideId"] for r in self._rows]

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        if rows == self._rows:
            return
        old_count = len(self._rows)
        self.beginResetModel()
        self._rows = [dict(r) for r in rows]
        self.endResetModel()
        if old_count != len(self._rows):
            self.countChanged.emit()

    def _count(self) -> int:
        return len(self._rows)

    count = Property(int, _count, notify=countChanged)
