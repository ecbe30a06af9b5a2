"""The clinic's deck, its pictures and its settings, kept once in the server and copied into each
kiosk's data folder, which stays the kiosk's last good copy.

A thread of its own (a ``ClinicListener`` on ``clinic_files``) brings each new version in as soon
as the server tells of it, and sends what staff changed on this kiosk (it is woken when they
save, and looks at the files every two seconds for hand edits). The slides already follow the
deck's file (``DeckWatcher``), so a version written here plays within a second; the settings are
re-read when told (``on_settings``). A kiosk's own settings (its sleep hours) are never shared,
and the server away changes nothing: the kiosk plays what its folder holds.

Which copy wins is written in docs/decisions/0011: a kiosk that never synced takes the clinic's
files; a file changed here and in the clinic at once takes the clinic's, and the log says so.
Everything from the server is checked as a file from a USB drive would be.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import logging
import os
import re
import threading
import time
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from kiosk.core.paths import ILLUSTRATION_LIBRARY, DataDir
from kiosk.core.settings import SettingsFile, load_settings, parse_settings, settings_as_toml
from kiosk.core.slides.deck import IMAGE_SUFFIXES, load_deck_file, parse_deck_bytes
from kiosk.core.slides.deck_source import BEFORE_RESTORE_NAME, DeckSource
from kiosk.core.slides.picture_files import IMPORTED_FOLDER, MAX_PICTURE_BYTES, content_problem
from kiosk.core.storage.atomic import TEMP_MARK, write_atomic
from kiosk.core.storage.clinic_files_schema import FILES_CHANNEL
from kiosk.core.storage.clinic_link import ClinicLink
from kiosk.core.storage.clinic_listen import (
    FIRST_WAIT_S,
    LONGEST_WAIT_S,
    ClinicListener,
    Connection,
)
from kiosk.core.storage.files import RefusedFileError, read_capped

log = logging.getLogger(__name__)

SETTINGS = "settings.toml"
DECK = "deck/"
DECK_TOML = "deck/deck.toml"
STATE_FILE = "clinic-files.json"
LOOK_EVERY_S = 2.0
_PICTURE_NAME = re.compile(
    rf"^deck/(?:{IMPORTED_FOLDER}/)?[^/\\\x00.][^/\\\x00]{{0,199}}$", re.IGNORECASE
)
RESERVED = {"deck/deck.last-good.toml", f"deck/{BEFORE_RESTORE_NAME}"}


def shared_name(name: str) -> bool:
    """The settings, the deck, or a picture of the deck's folder (or of its imported pictures'
    folder): the only names a kiosk sends or takes."""
    if name in (SETTINGS, DECK_TOML):
        return True
    return (
        name not in RESERVED
        and _PICTURE_NAME.match(name) is not None
        and not Path(name).name.startswith(TEMP_MARK)
        and Path(name).suffix.lower() in IMAGE_SUFFIXES
    )


NEWER = "SELECT name, version, sha256 FROM clinic_files WHERE version > %s ORDER BY version"
BODY = "SELECT body FROM clinic_files WHERE name = %s AND version = %s"
PUT = "SELECT put_clinic_files(%s, %s, %s)"
WRITTEN, REFUSED, FAILED = "written", "refused", "failed"


def digest(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


@dataclass
class SyncState:
    """The newest version this kiosk has taken, and the digest of each file as last synced
    (``""`` for one the clinic removed)."""

    version: int = 0
    files: dict[str, str] = field(default_factory=dict)

    @property
    def never_synced(self) -> bool:
        return self.version == 0 and not self.files


def load_state(path: Path) -> SyncState:
    """A state file that cannot be read is a kiosk that never synced: it takes the clinic's."""
    try:
        found = json.loads(read_capped(path, 1024 * 1024, folder=path.parent))
        files = {str(k): str(v) for k, v in dict(found["files"]).items()}
        return SyncState(int(found["version"]), files)
    except FileNotFoundError:
        return SyncState()
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        log.warning("The record of the clinic's files could not be read (%s); made anew", exc)
        return SyncState()


def save_state(path: Path, state: SyncState) -> None:
    text = json.dumps({"version": state.version, "files": state.files}, sort_keys=True)
    write_atomic(path, text.encode("utf-8"))


def shared_settings(path: Path) -> bytes | None:
    """The clinic's part of this kiosk's settings as a file, or ``None`` when it has problems."""
    loaded = load_settings(path)
    if loaded.problems:
        return None
    return settings_as_toml(replace(loaded.settings, sleep_hours=None)).encode("utf-8")


class LocalFiles:
    """The shared files in the data folder, each read and hashed only when it changed."""

    def __init__(self, data: DataDir) -> None:
        self._data = data
        self._known: dict[str, tuple[tuple[int, int, int], str | None]] = {}

    def paths(self) -> dict[str, Path]:
        """Every shared file there is, good or not."""
        found: dict[str, Path] = {}
        if self._data.settings_file.is_file():
            found[SETTINGS] = self._data.settings_file
        folder = self._data.deck_dir
        imported = (folder / IMPORTED_FOLDER, f"{DECK}{IMPORTED_FOLDER}/")
        for where, prefix in ((folder, DECK), imported):
            if not where.is_dir() or where.is_symlink() or folder.is_symlink():
                continue
            with os.scandir(where) as entries:
                for entry in entries:
                    name = prefix + entry.name
                    if shared_name(name) and entry.is_file(follow_symlinks=False):
                        found[name] = Path(entry.path)
        return found

    def digests(self, paths: dict[str, Path]) -> dict[str, str]:
        """The digest of each file fit to share: a deck that validates, settings without
        problems, a picture that is what its name says."""
        good: dict[str, str] = {}
        for name, path in paths.items():
            try:
                st = path.stat()
            except OSError:
                continue
            signature = (st.st_mtime_ns, st.st_size, st.st_ino)
            known = self._known.get(name)
            if known is None or known[0] != signature:
                known = (signature, self._digest(name, path))
                self._known[name] = known
            if known[1] is not None:
                good[name] = known[1]
        return good

    def body(self, name: str, path: Path) -> bytes | None:
        if name == SETTINGS:
            return shared_settings(path)
        try:
            return read_capped(path, MAX_PICTURE_BYTES, folder=path.parent)
        except (OSError, RefusedFileError):
            return None

    def _digest(self, name: str, path: Path) -> str | None:
        if name == DECK_TOML:
            checked = load_deck_file(path, within=self._data.root)
            if checked.deck is None:
                log.warning("The deck file has problems; it is not sent to the clinic")
                return None
        body = self.body(name, path)
        if body is None or (name != SETTINGS and name != DECK_TOML and content_problem(name, body)):
            return None
        return digest(body)


class ClinicFiles:
    def __init__(
        self,
        data: DataDir,
        link: ClinicLink,
        *,
        on_settings: Callable[[], None],
        look_every_s: float = LOOK_EVERY_S,
        first_wait_s: float = FIRST_WAIT_S,
        longest_wait_s: float = LONGEST_WAIT_S,
    ) -> None:
        """``on_settings`` is called on this thread after the clinic's settings were written
        into ``settings.toml``."""
        self._data = data
        self._by = f"kiosk {link.letter}"
        self._on_settings = on_settings
        self._look_every_s = look_every_s
        self._state_path = data.root / STATE_FILE
        self._state = load_state(self._state_path)
        self._local = LocalFiles(data)
        self._changed_here = threading.Event()
        self._looked_at = 0.0
        self._said: set[tuple[str, int]] = set()
        self.rounds = 0
        """How many times this kiosk has compared its files with the clinic's."""
        self._listener = ClinicListener(
            link.conninfo,
            self._heard,
            channels=(FILES_CHANNEL,),
            idle=self._idle,
            name="clinic-files",
            first_wait_s=first_wait_s,
            longest_wait_s=longest_wait_s,
        )

    def start(self) -> None:
        self._listener.start()

    def stop(self) -> None:
        self._listener.stop()

    def wake(self, *_: object) -> None:
        """Staff saved something here: send it now."""
        self._changed_here.set()

    # --- the listener's thread ----------------------------------------------------------------

    def _heard(self, db: Connection, versions: list[str] | None) -> None:
        self._sync(db)

    def _idle(self, db: Connection) -> None:
        if self._changed_here.is_set() or time.monotonic() - self._looked_at >= self._look_every_s:
            self._sync(db)

    def _sync(self, db: Connection) -> None:
        self._changed_here.clear()
        self._looked_at = time.monotonic()
        state = self._state
        before = SyncState(state.version, dict(state.files))
        taken, settings_taken = self._take(db, state, self._local.digests(self._local.paths()))
        if not (before.never_synced and taken):
            paths = self._local.paths()
            self._send(db, state, paths, self._local.digests(paths), taken)
        if state != before:
            try:
                save_state(self._state_path, state)
            except OSError as exc:  # kept in memory; written at the next change it can be
                log.warning("The record of the clinic's files could not be saved: %s", exc)
        self.rounds += 1
        if settings_taken:
            self._on_settings()

    def _take(
        self, db: Connection, state: SyncState, local: dict[str, str]
    ) -> tuple[set[str], bool]:
        """Bring in every file changed in the clinic since the version this kiosk has: pictures
        first, then the deck that names them, then the settings. A file refused (not what its
        name says) is passed over at that version; one the disk could not take keeps the
        version this kiosk has below it, so it is tried again."""
        newer: dict[str, tuple[int, str]] = {
            str(name): (int(str(version)), str(sha))
            for name, version, sha in db.execute(NEWER, (state.version,)).fetchall()
        }
        taken: set[str] = set()
        settings_taken = False
        newest, not_yet = state.version, []
        for name in sorted(newer, key=lambda n: (n == SETTINGS, n == DECK_TOML, n)):
            version, sha = newer[name]
            newest = max(newest, version)
            if local.get(name, "") != sha:
                if name in local and name in state.files and local[name] != state.files[name]:
                    log.warning(
                        "%s was changed on this kiosk and in the clinic at once; the clinic's "
                        "version is kept",
                        name,
                    )
                row = db.execute(BODY, (name, version)).fetchone() if sha else (None,)
                outcome = FAILED if row is None else self._write(name, row[0], version)
                if outcome == FAILED:
                    not_yet.append(version)
                    continue
                if outcome == REFUSED:
                    taken.add(name)  # passed over; a good copy here is sent back at the next look
                    state.files.pop(name, None)
                    continue
                settings_taken = settings_taken or name == SETTINGS
            state.files[name] = sha
            taken.add(name)
        state.version = max(state.version, min(not_yet) - 1 if not_yet else newest)
        return taken, settings_taken

    def _send(
        self,
        db: Connection,
        state: SyncState,
        paths: dict[str, Path],
        local: dict[str, str],
        taken: set[str],
    ) -> None:
        names: list[str] = []
        bodies: list[bytes | None] = []
        for name, sha in local.items():
            if name in taken or state.files.get(name) == sha:
                continue
            body = self._local.body(name, paths[name])
            if body is not None and digest(body) == sha:
                names.append(name)
                bodies.append(body)
        for name, sha in state.files.items():
            if sha and name not in paths and name not in taken:
                names.append(name)
                bodies.append(None)  # removed here (the deck put back to the built-in one)
        if not names:
            return
        db.execute(PUT, (self._by, names, bodies))
        for name, body in zip(names, bodies, strict=True):
            state.files[name] = "" if body is None else digest(body)
        log.info("Sent to the clinic: %s", ", ".join(names))

    def _write(self, name: str, body: object, version: int) -> str:
        """Put one file from the server into the data folder: ``WRITTEN``, ``REFUSED`` (not a
        file this kiosk takes) or ``FAILED`` (the disk refused it); each said once."""
        try:
            if body is None:
                self._remove(name)
            elif not isinstance(body, bytes):
                raise ValueError("the server sent something that is not a file")
            elif name == SETTINGS:
                self._write_settings(body)
            else:
                self._write_deck_file(name, body)
        except (ValueError, RefusedFileError, RecursionError) as exc:
            if (name, version) not in self._said:
                self._said.add((name, version))
                log.warning("The clinic's %s was not taken: %s", name, exc)
            return REFUSED
        except OSError as exc:
            if (name, version) not in self._said:
                self._said.add((name, version))
                log.warning("The clinic's %s could not be written yet: %s", name, exc)
            return FAILED
        return WRITTEN

    def _write_settings(self, body: bytes) -> None:
        if len(body) > 64 * 1024:
            raise ValueError("the settings are larger than a settings file can be")
        parsed = parse_settings(tomllib.loads(body.decode("utf-8")))
        if parsed.problems:
            raise ValueError(f"the settings have problems: {parsed.problems[0]}")
        settings_file = SettingsFile(self._data.settings_file)
        own = settings_file.load().settings
        settings_file.save(replace(parsed.settings, sleep_hours=own.sleep_hours))

    def _write_deck_file(self, name: str, body: bytes) -> None:
        if not shared_name(name):
            raise ValueError("its name is not one a deck file can have")
        folder = self._data.deck_dir
        target = folder / name.removeprefix(DECK)
        for part in (folder, target.parent):
            if part.is_symlink():
                raise OSError(errno.ELOOP, "the deck folder is a link; it is not written to")
        if name == DECK_TOML:
            checked = parse_deck_bytes(body, folder, ILLUSTRATION_LIBRARY)
            if checked.deck is None:
                raise ValueError(f"the deck has problems: {checked.errors[0]}")
        else:
            problem = content_problem(name, body)
            if problem is not None:
                raise ValueError(str(problem))
        write_atomic(target, body)

    def _remove(self, name: str) -> None:
        if name == DECK_TOML:
            DeckSource(self._data).restore_builtin()
        elif name != SETTINGS and shared_name(name) and not self._data.deck_dir.is_symlink():
            with contextlib.suppress(FileNotFoundError):
                (self._data.deck_dir / name.removeprefix(DECK)).unlink()
