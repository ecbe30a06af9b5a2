"""The kiosk's log files: bounded on disk however much is written, bursts folded, a full disk
said once and survived."""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.core.system.log_files import (
    LOG_FILE_NAME,
    FoldingHandler,
    RotatingFile,
    file_handler,
    log_to_files,
)


@pytest.fixture
def logger() -> Iterator[logging.Logger]:
    made = logging.getLogger("test.log_files")
    made.propagate = False
    made.setLevel(logging.INFO)
    yield made
    for handler in list(made.handlers):
        made.removeHandler(handler)
        handler.close()


def lines_of(folder: Path) -> list[str]:
    return [
        line for path in sorted(folder.iterdir()) for line in path.read_text("utf-8").splitlines()
    ]


def test_the_files_stay_within_their_bound_however_much_is_written(
    tmp_path: Path, logger: logging.Logger
) -> None:
    max_bytes, kept = 10_000, 3
    logger.addHandler(RotatingFile(tmp_path / "kiosk.log", max_bytes, kept))
    for n in range(20_000):
        logger.info("slide %d shown", n)

    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["kiosk.log", "kiosk.log.1", "kiosk.log.2", "kiosk.log.3"]
    longest_line = max(len(line) + 1 for line in lines_of(tmp_path))
    assert all(p.stat().st_size <= max_bytes + longest_line for p in tmp_path.iterdir())
    newest = (tmp_path / "kiosk.log").read_text("utf-8").splitlines()[-1]
    assert newest == "slide 19999 shown"
    oldest_kept = (tmp_path / "kiosk.log.3").read_text("utf-8").splitlines()[0]
    assert int(oldest_kept.split()[1]) > 15_000, "older files were not dropped in order"


def test_a_burst_of_one_message_folds_into_one_line_and_a_count(
    tmp_path: Path, logger: logging.Logger
) -> None:
    logger.addHandler(file_handler(tmp_path))
    for _ in range(5000):
        logger.warning("The picture %s could not be loaded", "heel.svg")
    logger.info("The kiosk is stopping")
    logger.handlers[0].flush()

    lines = lines_of(tmp_path)
    assert len(lines) == 3, lines
    assert lines[0].endswith("WARNING test.log_files: The picture heel.svg could not be loaded")
    assert lines[1].endswith("WARNING test.log_files: (the message above came 4,999 more times)")
    assert lines[2].endswith("The kiosk is stopping")


def test_a_fault_that_keeps_repeating_still_shows_up_each_fold_period(
    tmp_path: Path, logger: logging.Logger
) -> None:
    target = RotatingFile(tmp_path / "kiosk.log", 1_000_000, 2)
    folding = FoldingHandler(target, fold_seconds=60)
    logger.addHandler(folding)
    for second in range(0, 300, 2):  # one message every 2 s for 5 minutes
        record = logger.makeRecord(logger.name, logging.ERROR, "", 0, "Disk full", (), None)
        record.created = 1_000_000.0 + second
        logger.handle(record)
    folding.flush()

    lines = lines_of(tmp_path)
    assert lines.count("Disk full") == 5  # at 0, 60, 120, 180 and 240 s
    assert lines.count("(the message above came 29 more times)") == 5


def test_a_full_disk_is_said_once_and_the_kiosk_logs_on(
    tmp_path: Path, logger: logging.Logger, capsys: pytest.CaptureFixture[str]
) -> None:
    logger.addHandler(RotatingFile(Path("/dev/full"), 1_000_000, 2))
    for n in range(100):
        logger.error("message %d", n)

    said = capsys.readouterr().err
    assert said.count("could not be written") == 1, said
    assert "No space left on device" in said
    assert "Traceback" not in said


@pytest.mark.parametrize("kind", ["fifo", "link"])
def test_a_log_file_that_is_not_a_file_is_said_and_the_kiosk_runs_on_without_it(
    tmp_path: Path, kind: str, caplog: pytest.LogCaptureFixture
) -> None:
    log_dir = tmp_path / "logs"
    log_dir.mkdir()
    victim = tmp_path / "victim.txt"
    victim.write_text("untouched\n", encoding="utf-8")
    if kind == "fifo":
        os.mkfifo(log_dir / LOG_FILE_NAME)
    else:
        (log_dir / LOG_FILE_NAME).symlink_to(victim)
    done: list[object] = []
    worker = threading.Thread(target=lambda: done.append(log_to_files(log_dir)), daemon=True)
    with caplog.at_level(logging.ERROR):
        worker.start()
        worker.join(5)
    assert not worker.is_alive(), "opening the log waited for ever"
    assert done == [None]
    assert "is not a regular file; remove it to have a log again" in caplog.text
    assert victim.read_text(encoding="utf-8") == "untouched\n"
