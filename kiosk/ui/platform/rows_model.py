"""A list model over rows of plain dicts, one role a key: what staff mode's lists show."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

ModelIndex = QModelIndex | QPersistentModelIndex


def role_names(names: Sequence[str]) -> dict[int, QByteArray]:
    first = int(Qt.ItemDataRole.UserRole) + 1
    return {first + i: QByteArray(name.encode()) for i, name in enumerate(names)}


class RowsModel(QAbstractListModel):
    """A list model over rows of plain dicts, one role a key."""

    def __init__(self, roles: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []
        self._roles = role_names(roles)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def roleNames(self) -> dict[int, QByteArray]:
        return self._roles

    def data(self, index: ModelIndex, role: int = int(Qt.ItemDataRole.DisplayRole)) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        name = self._roles.get(role)
        return self._rows[index.row()].get(bytes(name.data()).decode()) if name else None

    def rows(self) -> list[dict[str, Any]]:
        return list(self._rows)

    def replace_rows(self, rows: list[dict[str, Any]], key: str = "") -> None:
        """Show ``rows``. When ``key`` lists the same rows in the same order, they are updated
        in place, so a view keeps its scroll position (the queue's minutes tick every 30 s)."""
        if key and rows and [r[key] for r in rows] == [r[key] for r in self._rows]:
            self._rows = rows
            self.dataChanged.emit(self.index(0), self.index(len(rows) - 1))
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()
