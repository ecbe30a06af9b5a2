"""Pictures staff bring in: which files are offered, which are refused and why, and their names."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.core.slides.picture_files import (
    MAX_PICTURE_BYTES,
    PictureError,
    check_picture_file,
    find_pictures,
    imported_name,
)


def test_a_file_too_large_or_not_a_picture_type_is_refused_in_plain_words(
    tmp_path: Path,
) -> None:
    huge = tmp_path / "scan.png"
    with huge.open("wb") as handle:
        handle.truncate(MAX_PICTURE_BYTES + 1)  # sparse: no 25 MB written
    with pytest.raises(PictureError, match=r"scan.png is 25 MB; pictures of up to 25 MB"):
        check_picture_file(huge)
    gif = tmp_path / "party.gif"
    gif.write_bytes(b"GIF89a")
    with pytest.raises(PictureError, match="choose a PNG, JPEG or SVG file"):
        check_picture_file(gif)
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    with pytest.raises(PictureError, match="empty"):
        check_picture_file(empty)


def test_imported_names_are_safe_and_never_collide() -> None:
    first = imported_name("Dr. Smith's Photo (1).JPG", b"one", ".jpg")
    assert first.startswith("illustrations/dr-smith-s-photo-1-")
    assert first.endswith(".jpg")
    assert imported_name("Dr. Smith's Photo (1).JPG", b"two", ".jpg") != first
    assert imported_name("../../etc.png", b"x", ".png").startswith("illustrations/etc-")


def test_pictures_are_found_two_folders_deep_hidden_ones_left_out(tmp_path: Path) -> None:
    for name in ("a.png", "b.txt", ".hidden.png", "one/c.svg", "one/two/d.jpeg", "one/two/3/e.png"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(b"x")
    found = [p.relative_to(tmp_path).as_posix() for p in find_pictures([tmp_path])]
    assert found == ["a.png", "one/c.svg", "one/two/d.jpeg"]
