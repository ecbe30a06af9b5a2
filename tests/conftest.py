"""Test-wide set-up. Qt reads these variables once, so they are set before anything imports Qt."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["QT_QUICK_BACKEND"] = "software"
os.environ.setdefault("QT_IM_MODULE", "qtvirtualkeyboard")
os.environ.pop("QT_SCALE_FACTOR", None)
# As the kiosk sets them (kiosk.ui.app.QUIET_QT_CATEGORIES), before Qt reads them.
os.environ["QT_LOGGING_RULES"] = (
    "qt.multimedia.symbolsresolver.warning=false;qt.qml.propertyCache.append.warning=false"
)

from pathlib import Path

import pytest
from hypothesis import settings

from kiosk.core.paths import DataDir

settings.register_profile("kiosk", deadline=None, max_examples=150)
settings.load_profile("kiosk")


@pytest.fixture
def data_dir(tmp_path: Path) -> DataDir:
    data = DataDir(tmp_path / "data")
    data.root.mkdir()
    return data
