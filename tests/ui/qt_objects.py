"""Reading a QML object's class without leaving a stale wrapper behind.

``obj.metaObject()`` makes shiboken keep the returned ``QMetaObject`` wrapper alive for as long
as ``obj``'s wrapper lives, and a QML item's wrapper can outlive the item. A QML item's meta
object is its own (freed with it), so the kept wrapper stays registered at a freed address; the
next item Qt allocates there comes back to Python as that ``QMetaObject`` ("'QMetaObject' object
has no attribute 'childItems'"). These helpers drop the wrapper as soon as they have read it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import shiboken6
from PySide6.QtCore import QMetaObject, QObject


def _is_a_class_attribute(meta: QMetaObject, obj: QObject) -> bool:
    """The meta object a Python class holds as ``staticMetaObject``, which must stay valid."""
    address = shiboken6.getCppPointer(meta)[0]
    for cls in type(obj).__mro__:
        static = cls.__dict__.get("staticMetaObject")
        if isinstance(static, QMetaObject) and shiboken6.getCppPointer(static)[0] == address:
            return True
    return False


@contextmanager
def meta_object(obj: QObject) -> Iterator[QMetaObject]:
    meta = obj.metaObject()
    try:
        yield meta
    finally:
        if not _is_a_class_attribute(meta, obj):
            shiboken6.invalidate(meta)


def class_name(obj: QObject) -> str:
    """``QQuickText``, or ``KioskButton_QMLTYPE_12`` for a component of ours."""
    with meta_object(obj) as meta:
        return str(meta.className())
