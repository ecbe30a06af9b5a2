"""How a kiosk that joined a clinic reaches the clinic's shared store: ``clinic.toml`` in the
data folder (the server's address, this kiosk's letter and name) and ``clinic.password`` beside
it, both the kiosk user's alone. No file: a kiosk on its own, exactly as before."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.core.paths import DataDir
from kiosk.core.storage.atomic import write_atomic
from kiosk.core.storage.files import RefusedFileError, read_capped
from kiosk.core.toml_text import toml_string

MAX_LINK_BYTES = 16 * 1024
KEEPALIVE = {
    # A silent network (a cable pulled, a switch gone) is noticed in about 25 s, not hours.
    "keepalives": "1",
    "keepalives_idle": "10",
    "keepalives_interval": "5",
    "keepalives_count": "3",
    "connect_timeout": "5",
}


class ClinicLinkError(ValueError):
    """``clinic.toml`` cannot be used; the message names the file and what is wrong."""


@dataclass(frozen=True)
class ClinicLink:
    url: str
    """The server and database, as the kiosk role: no password in it."""
    letter: str
    name: str
    password_file: Path
    token: str = ""
    """This kiosk's own, given at ``join``: the server tells it from another kiosk by it."""

    def conninfo(self, **limits: str) -> str:
        return conninfo_of(self.url, self.password_file, **limits)


def conninfo_of(url: str, password_file: Path, **limits: str) -> str:
    """What ``psycopg.connect`` takes: the password read now, from its file."""
    from psycopg.conninfo import make_conninfo

    try:
        password = read_capped(password_file, 1024).decode("utf-8").strip()
    except (RefusedFileError, UnicodeDecodeError) as exc:  # a link, a pipe, not text
        raise OSError(f"{password_file.name} cannot be read: {exc}") from exc
    return make_conninfo(url, password=password, **(KEEPALIVE | limits))


def check_letter(letter: str) -> str:
    letter = letter.strip().upper()
    if len(letter) != 1 or not ("A" <= letter <= "Z"):
        raise ClinicLinkError(f"a kiosk's letter is one letter from A to Z, not {letter!r}")
    return letter


def load_link(data: DataDir) -> ClinicLink | None:
    """This kiosk's link to its clinic, or ``None`` for a kiosk on its own."""
    path = data.clinic_file
    if not path.exists() and not path.is_symlink():
        return None
    with _read_as_link(path) as table:
        clinic = table["clinic"]
        url, letter, name = str(clinic["url"]), str(clinic["letter"]), str(clinic["name"])
        token = str(clinic.get("token", ""))
    _refuse_a_password_in(url, path)
    return ClinicLink(url, check_letter(letter), name, data.clinic_password_file, token)


@contextmanager
def _read_as_link(path: Path) -> Iterator[dict[str, Any]]:
    """The TOML table of ``path``, and what is read of it, refused as ``ClinicLinkError``."""
    try:
        yield tomllib.loads(read_capped(path, MAX_LINK_BYTES).decode("utf-8-sig"))
    except RefusedFileError as exc:
        raise ClinicLinkError(f"{path.name} cannot be used: {exc}") from exc
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, KeyError, TypeError) as exc:
        raise ClinicLinkError(f"{path.name} cannot be used: {type(exc).__name__}") from exc
    except RecursionError as exc:
        raise ClinicLinkError(f"{path.name} is nested too deeply to read") from exc


def _refuse_a_password_in(url: str, path: Path) -> None:
    import psycopg  # only for a kiosk or a desk of a clinic
    from psycopg.conninfo import conninfo_to_dict

    try:
        parts = conninfo_to_dict(url)
    except psycopg.ProgrammingError as exc:  # its message quotes the address, password and all
        raise ClinicLinkError(f"{path.name}: the server's address cannot be read") from exc
    if "password" in parts:
        password_file = path.with_suffix(".password").name
        raise ClinicLinkError(f"{path.name} holds a password; keep it in {password_file} only")


def save_link(data: DataDir, link: ClinicLink, password: str) -> None:
    write_atomic(data.clinic_password_file, (password.strip() + "\n").encode("utf-8"))
    text = (
        "# How this kiosk reaches its clinic's shared store (kiosk clinic join).\n"
        "[clinic]\n"
        f"url = {toml_string(link.url)}\n"
        f"letter = {toml_string(link.letter)}\n"
        f"name = {toml_string(link.name)}\n"
        f"token = {toml_string(link.token)}\n"
    )
    write_atomic(data.clinic_file, text.encode("utf-8"))


@dataclass(frozen=True)
class DeskLink:
    """How a front desk reaches the clinic's store: ``clinic-desk.toml`` (the server, as the
    desk's role) and ``clinic-desk.password`` beside it."""

    url: str
    password_file: Path

    def conninfo(self, **limits: str) -> str:
        return conninfo_of(self.url, self.password_file, **limits)


def load_desk_link(data: DataDir) -> DeskLink | None:
    """The desk's link to its clinic, or ``None`` for a desk on a kiosk's own data folder."""
    path = data.desk_file
    if not path.exists() and not path.is_symlink():
        return None
    with _read_as_link(path) as table:
        url = str(table["desk"]["url"])
    _refuse_a_password_in(url, path)
    return DeskLink(url, data.desk_password_file)


def save_desk_link(data: DataDir, link: DeskLink, password: str) -> None:
    write_atomic(data.desk_password_file, (password.strip() + "\n").encode("utf-8"))
    text = (
        "# How this front desk reaches its clinic's shared store (kiosk clinic desk).\n"
        "[desk]\n"
        f"url = {toml_string(link.url)}\n"
    )
    write_atomic(data.desk_file, text.encode("utf-8"))
