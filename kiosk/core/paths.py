"""Where the kiosk finds its built-in assets and keeps the clinic's own files."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

PACKAGE_DIR = Path(__file__).resolve().parent.parent
ASSETS_DIR = PACKAGE_DIR.parent / "assets"
REPOSITORY_DIR = PACKAGE_DIR.parent
SERVICE_UNIT_TEMPLATE = PACKAGE_DIR / "deploy" / "clinic-kiosk.service"
HANDOFF_UNIT_TEMPLATE = PACKAGE_DIR / "deploy" / "clinic-handoff.service"
BUILTIN_DECK_DIR = ASSETS_DIR / "deck"
# Pictures a clinic deck names are looked up in its own folder, then in the built-in deck's folder.
ILLUSTRATION_LIBRARY = BUILTIN_DECK_DIR
FONTS_DIR = ASSETS_DIR / "fonts"
SOUNDS_DIR = ASSETS_DIR / "sounds"
QML_DIR = PACKAGE_DIR / "qml"
KEYBOARD_LAYOUTS_DIR = QML_DIR / "NameKeyboard"
TRANSLATIONS_DIR = PACKAGE_DIR / "i18n"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("clinic-kiosk", appauthor=False))


WITNESS_VARIABLE = "KIOSK_AUDIT_WITNESS_DIR"


def audit_witness_file(data_root: Path) -> Path:
    """Where the audit log's witness is kept for the data folder ``data_root``: outside it, in
    the user's state folder (``KIOSK_AUDIT_WITNESS_DIR`` when set), named by that folder."""
    folder = os.environ.get(WITNESS_VARIABLE) or platformdirs.user_state_dir(
        "clinic-kiosk", appauthor=False
    )
    key = hashlib.sha256(str(data_root.resolve()).encode("utf-8")).hexdigest()[:16]
    return Path(folder) / f"audit-{key}.witness"


@dataclass(frozen=True)
class DataDir:
    """The clinic's own files, under one folder (``--data-dir``)."""

    root: Path

    @property
    def deck_dir(self) -> Path:
        return self.root / "deck"

    @property
    def deck_file(self) -> Path:
        return self.deck_dir / "deck.toml"

    @property
    def last_good_deck_file(self) -> Path:
        return self.deck_dir / "deck.last-good.toml"

    @property
    def checkin_store(self) -> Path:
        return self.root / "checkins.sqlite"

    @property
    def staff_store(self) -> Path:
        """Staff accounts, the sign-in lock-out and the audit log."""
        return self.root / "staff.sqlite"

    @property
    def export_dir(self) -> Path:
        """Where staff mode writes check-in exports when no USB drive is chosen."""
        return self.root / "exports"

    @property
    def settings_file(self) -> Path:
        return self.root / "settings.toml"

    @property
    def clinic_file(self) -> Path:
        """How this kiosk reaches the clinic's shared store; absent on a kiosk on its own."""
        return self.root / "clinic.toml"

    @property
    def clinic_password_file(self) -> Path:
        """The kiosk role's password, in a file of its own (never in ``clinic.toml``)."""
        return self.root / "clinic.password"

    @property
    def clinic_keys_file(self) -> Path:
        """The public halves of the clinic's keys, as its server last gave them (clinic_calls)."""
        return self.root / "clinic-keys.json"

    @property
    def clinic_erased_file(self) -> Path:
        """The clinic's last "delete all now" this kiosk has followed (clinic_calls)."""
        return self.root / "clinic-erased.json"

    @property
    def desk_file(self) -> Path:
        """How a front desk reaches the clinic's shared store; absent on a desk of one PC."""
        return self.root / "clinic-desk.toml"

    @property
    def desk_password_file(self) -> Path:
        """The desk role's password, in a file of its own."""
        return self.root / "clinic-desk.password"

    @property
    def handoff_file(self) -> Path:
        """Where check-ins are handed on to the practice's software (``kiosk handoff``)."""
        return self.root / "handoff.toml"

    @property
    def handoff_key_file(self) -> Path:
        """The hand-off machine's key (``kiosk handoff enrol``), unless handoff.toml names one."""
        return self.root / "handoff.key"

    @property
    def handoff_lock_file(self) -> Path:
        """Held by the one hand-off service that sends for these check-ins."""
        return self.root / "handoff.lock"

    @property
    def log_dir(self) -> Path:
        """The kiosk's rotating log files (``kiosk.core.system.log_files``)."""
        return self.root / "logs"


def builtin_deck_file() -> Path:
    """The slides every kiosk starts with, in English and Spanish."""
    return BUILTIN_DECK_DIR / "deck.toml"
