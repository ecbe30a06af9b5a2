"""Whatever sits where a file should be, every reader of the kiosk says so and goes on: a pipe, a
device, a socket, a folder, or a link to a file outside its folder, at each place a file is
read; and TOML nested many thousand deep. Each read runs on a thread of its own with a time
limit, so a reader that would wait for ever fails the test instead of hanging it."""

from __future__ import annotations

import os
import socket
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar, cast

import pytest

from kiosk.core.paths import DataDir
from kiosk.core.settings import SettingsFile, SettingsOrigin, load_settings
from kiosk.core.slides.deck import MAX_DECK_BYTES, load_deck_file, parse_deck_bytes
from kiosk.core.slides.deck_source import DeckSource
from kiosk.core.slides.picture_files import PictureError, check_picture_file, find_pictures
from kiosk.core.storage.files import RefusedFileError, read_capped

T = TypeVar("T")
LIMIT_S = 5.0
DECK = b'version = 1\n[[slides]]\nid = "a"\ntitle = "Feet"\nillustration = "pic.svg"\n'
SECRET = b"<svg xmlns='http://www.w3.org/2000/svg'><!-- not for the kiosk --></svg>"


def within_limit(read: Callable[[], T]) -> T:
    """``read()``'s result, or a failed test when it has not returned in ``LIMIT_S``."""
    box: dict[str, object] = {}

    def run() -> None:
        try:
            box["value"] = read()
        except BaseException as exc:  # handed back to the test below
            box["error"] = exc

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(LIMIT_S)
    assert not worker.is_alive(), "the read waited for ever"
    error = box.get("error")
    if isinstance(error, BaseException):
        raise error
    return cast(T, box["value"])


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    secret = tmp_path / "elsewhere" / "secret.svg"
    secret.parent.mkdir()
    secret.write_bytes(SECRET)
    return secret


SpecialFile = Callable[[Path, Path], None]


def make_fifo(path: Path, _outside: Path) -> None:
    os.mkfifo(path)


def link_to_device(path: Path, _outside: Path) -> None:
    path.symlink_to("/dev/zero")


def make_folder(path: Path, _outside: Path) -> None:
    path.mkdir()


def link_out_of_folder(path: Path, outside: Path) -> None:
    path.symlink_to(outside)


def link_to_fifo(path: Path, _outside: Path) -> None:
    os.mkfifo(path.with_name("the-pipe"))
    path.symlink_to(path.with_name("the-pipe"))


@pytest.fixture
def make_socket() -> Iterator[SpecialFile]:
    made: list[socket.socket] = []

    def bind(path: Path, _outside: Path) -> None:
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        listener.bind(str(path))
        made.append(listener)

    yield bind
    for listener in made:
        listener.close()


KINDS = {
    "fifo": make_fifo,
    "device": link_to_device,
    "folder": make_folder,
    "link out": link_out_of_folder,
    "link to a fifo": link_to_fifo,
}


@pytest.fixture(params=[*KINDS, "socket"])
def special(request: pytest.FixtureRequest, make_socket: SpecialFile) -> SpecialFile:
    name: str = request.param
    return make_socket if name == "socket" else KINDS[name]


def test_the_deck_file(tmp_path: Path, special: SpecialFile, outside: Path) -> None:
    deck = tmp_path / "deck" / "deck.toml"
    deck.parent.mkdir()
    special(deck, outside)
    result = within_limit(lambda: load_deck_file(deck))
    assert result.deck is None
    assert "deck.toml" in str(result.problems[0])


def test_the_settings_file_falls_back_to_its_last_good_copy(
    tmp_path: Path, special: SpecialFile, outside: Path
) -> None:
    settings = SettingsFile(tmp_path / "settings.toml")
    settings.path.write_text('[clinic]\nname = "Good Feet Clinic"\n', encoding="utf-8")
    assert settings.load().settings.clinic_name == "Good Feet Clinic"  # keeps a last good copy
    settings.path.unlink()
    special(settings.path, outside)
    loaded = within_limit(settings.load)
    assert loaded.origin is SettingsOrigin.LAST_GOOD
    assert loaded.settings.clinic_name == "Good Feet Clinic"
    said = [str(p) for p in loaded.problems]
    assert "settings.toml has problems; the last good settings are used" in said
    assert not any("defaults are used" in p for p in said), "one story, not two"


def test_a_picture_being_imported(tmp_path: Path, special: SpecialFile, outside: Path) -> None:
    picture = tmp_path / "usb" / "photo.svg"
    picture.parent.mkdir()
    special(picture, outside)
    with pytest.raises(PictureError):
        within_limit(lambda: check_picture_file(picture))


def test_the_picture_chooser_lists_none_of_them(
    tmp_path: Path, special: SpecialFile, outside: Path
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    (usb / "real.svg").write_bytes(SECRET)
    special(usb / "trap.svg", outside)
    assert within_limit(lambda: find_pictures([usb])) == [usb / "real.svg"]


def test_a_deck_import_copies_no_picture_from_outside_its_folder(
    tmp_path: Path, special: SpecialFile, outside: Path
) -> None:
    source = tmp_path / "from-usb"
    source.mkdir()
    (source / "deck.toml").write_bytes(DECK)
    special(source / "pic.svg", outside)
    data = DataDir(tmp_path / "data")
    data.root.mkdir()
    result = within_limit(lambda: DeckSource(data).import_file(source / "deck.toml"))
    assert result.deck is not None, result.problems
    copied = data.deck_dir / "pic.svg"
    assert not copied.exists() or copied.read_bytes() != SECRET
    assert not any(SECRET in p.read_bytes() for p in data.root.rglob("*") if p.is_file())


def test_a_deck_export_copies_no_picture_linked_from_outside(tmp_path: Path, outside: Path) -> None:
    data = DataDir(tmp_path / "data")
    data.root.mkdir()
    data.deck_dir.mkdir()
    data.deck_file.write_bytes(DECK)
    (data.deck_dir / "pic.svg").symlink_to(outside)
    source = DeckSource(data)
    deck = source.load().deck
    target = tmp_path / "backup" / "deck.toml"
    target.parent.mkdir()
    source.export_file(deck, target)
    assert target.is_file()
    assert not (target.parent / "pic.svg").exists()


def test_a_link_inside_its_folder_is_read(tmp_path: Path) -> None:
    (tmp_path / "real.toml").write_bytes(b"x")
    (tmp_path / "alias.toml").symlink_to(tmp_path / "real.toml")
    assert read_capped(tmp_path / "alias.toml", 10) == b"x"


def test_no_more_than_the_cap_is_read(tmp_path: Path) -> None:
    path = tmp_path / "big.toml"
    path.write_bytes(b"#" * (MAX_DECK_BYTES + 1))
    with pytest.raises(RefusedFileError, match="larger than"):
        read_capped(path, MAX_DECK_BYTES)
    assert read_capped(path, MAX_DECK_BYTES + 1) == b"#" * (MAX_DECK_BYTES + 1)


@pytest.mark.parametrize("depth", [10, 400, 5_000, 200_000])
def test_deep_nesting_in_a_deck_is_a_problem_not_a_crash(depth: int) -> None:
    raw = b"version = 1\nx = " + b"[" * depth + b"]" * depth + b"\n"
    result = parse_deck_bytes(raw, Path("."))
    assert result.deck is None
    assert result.problems


@pytest.mark.parametrize("depth", [10, 400, 5_000, 200_000])
def test_deep_nesting_in_the_settings_gives_the_defaults_and_says_so(
    tmp_path: Path, depth: int
) -> None:
    path = tmp_path / "settings.toml"
    path.write_bytes(b"x = " + b"{ a = " * depth + b"1" + b" }" * depth + b"\n")
    loaded = load_settings(path)
    assert loaded.problems


def test_settings_that_are_not_utf8_are_named_so(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_bytes(b'[clinic]\nname = "Caf\xe9"\n')
    said = [str(p) for p in load_settings(path).problems]
    assert said == [
        "settings.toml is not UTF-8 text (bad byte at position 20)",
        "the defaults are used",
    ]


def test_deck_check_names_why_a_picture_is_left_out(
    tmp_path: Path, special: SpecialFile, outside: Path
) -> None:
    deck = tmp_path / "deck" / "deck.toml"
    deck.parent.mkdir()
    deck.write_bytes(DECK)
    special(deck.parent / "pic.svg", outside)
    result = within_limit(lambda: load_deck_file(deck))
    assert result.deck is not None
    [warning] = [str(p) for p in result.problems]
    assert "the picture 'pic.svg' is left out: pic.svg is" in warning


def test_a_deck_folder_that_is_a_link_out_of_the_data_folder_is_neither_read_nor_written(
    tmp_path: Path,
) -> None:
    elsewhere = tmp_path / "someone-elses"
    elsewhere.mkdir()
    (elsewhere / "deck.toml").write_text(
        'version = 1\n[[slides]]\nid = "theirs"\ntitle = "Not ours"\n', encoding="utf-8"
    )
    data = DataDir(tmp_path / "data")
    data.root.mkdir()
    data.deck_dir.symlink_to(elsewhere)
    loaded = DeckSource(data).load()
    assert loaded.origin.value == "built-in"
    assert "outside its folder" in str(loaded.problems[0])
    with pytest.raises(OSError, match="link"):
        DeckSource(data).save(loaded.deck)
    assert sorted(p.name for p in elsewhere.iterdir()) == ["deck.toml"], "nothing written there"


def test_a_deck_import_leaves_out_a_picture_that_is_not_what_its_name_says(
    tmp_path: Path,
) -> None:
    source = tmp_path / "usb"
    (source / "illustrations").mkdir(parents=True)
    (source / "illustrations" / "fake.png").write_bytes(b"# /etc/services\nssh 22/tcp\n" * 50)
    (source / "illustrations" / "fake.svg").write_bytes(b"<html><body>not a drawing</body></html>")
    (source / "deck.toml").write_text(
        'version = 1\n[[slides]]\nid = "a"\ntitle = "A"\nillustration = "illustrations/fake.png"\n'
        '[[slides]]\nid = "b"\ntitle = "B"\nillustration = "illustrations/fake.svg"\n',
        encoding="utf-8",
    )
    data = DataDir(tmp_path / "data")
    result = DeckSource(data).import_file(source / "deck.toml")
    said = " ".join(str(p) for p in result.problems)
    assert "fake.png is not a PNG picture inside" in said
    assert "fake.svg is not an SVG drawing inside" in said
    assert not (data.deck_dir / "illustrations" / "fake.png").exists()
    assert not (data.deck_dir / "illustrations" / "fake.svg").exists()
    saved = load_deck_file(data.deck_file)
    assert saved.deck is not None
    assert [slide.illustration for slide in saved.deck.slides] == ["", ""], "no dangling names"
