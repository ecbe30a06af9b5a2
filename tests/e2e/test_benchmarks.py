"""The benchmarks run and print their figures. Never their values: speed is measured by
``scripts/bench``, not judged by tests (benchmarks/README.md)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

FIGURE = re.compile(r"(?P<name>[a-z0-9_]+): (?P<value>-?\d+(\.\d+)?) (?P<unit>[A-Za-z]+)")

ALWAYS = (
    {
        "checkin_commit_median",
        "checkin_commit_p99",
        "bare_insert_median",
        "bare_insert_p99",
        "checkin_commit_p99_ratio_to_bare",
        "checkin_commit_median_ratio_to_bare",
        "checkin_commit_outbox_median",
        "checkin_commit_outbox_p99",
        "checkin_commit_outbox_p99_ratio_to_bare",
        "checkin_commit_sealed_median",
        "checkin_commit_sealed_p99",
        "checkin_commit_sealed_p99_ratio_to_bare",
        "open_sealed_day_50_median",
        "open_sealed_day_50_p99",
        "read_clear_day_50_median",
        "read_clear_day_50_p99",
        "pin_guess_against_hash_cpu",
        "pin_guess_against_wrapping_cpu",
        "every_6_digit_pin_one_core",
        "every_8_digit_pin_one_core",
        "clinic_four_kiosks_per_second",
        "clinic_four_kiosks_lost",
        "startup_cold",
        "startup_warm",
        "startup_checkin_ready_cold",
        "startup_checkin_ready_warm",
        "memory_kiosk_peak_rss",
        "memory_kiosk_pss",
        "tap_to_screen",
        "tap_to_screen_first",
        "tap_to_screen_longest",
        # A quick run makes 20 transitions and measures after the second and the last.
        "growth_rss_after_2",
        "growth_rss_after_20",
        "growth",
        # The soak, likewise, with a check-in after every tenth transition.
        "soak_check_ins",
        "soak_rss_after_2",
        "soak_rss_after_20",
        "soak_growth",
    }
    | {
        f"{name}_{what}"
        for name in (
            "clinic_commit_to_visible",
            "bare_insert_to_visible",
            "clinic_status_to_listener",
            "bare_notify_round_trip",
            "clinic_confirm_to_desk_copy",
            "clinic_desk_call_to_kiosk_log",
            "bare_desk_notify_round_trip",
        )
        for what in ("median", "p99")
    }
    | {
        f"{name}_{what}"
        for name in ("desk_confirm_to_row", "desk_call_to_banner", "bare_data_version_round_trip")
        for what in ("median", "p99")
    }
    | {"desk_confirm_to_row_median_ratio_to_bare", "desk_call_to_banner_median_ratio_to_bare"}
    | {
        f"handoff_{name}_{what}"
        for name in ("bare_mllp", "one_pass", "service")
        for what in ("median", "p99")
    }
    | {"handoff_one_pass_ratio_to_bare"}
    | {
        f"touches_{patient}_{what}"
        for patient in ("john_smith", "maria_jose", "rosa_diaz_urgent")
        for what in ("taps", "long_presses", "other", "estimated")
    }
    | {
        "clinic_commit_to_visible_median_ratio_to_bare",
        "clinic_status_to_listener_median_ratio_to_bare",
        "clinic_confirm_to_desk_copy_median_ratio_to_bare",
        "clinic_desk_call_to_kiosk_log_median_ratio_to_bare",
    }
    | {
        f"frames_{size}_{what}"
        for size in ("1080p", "2160p")
        for what in ("median", "p99", "over_16_7ms", "per_transition", "longest", "drawing_p99")
    }
)
PEER = {
    "peer_chromium_startup_cold",
    "peer_chromium_startup_warm",
    "startup_cold_ratio_to_chromium",
    "startup_warm_ratio_to_chromium",
    "peer_chromium_peak_rss_total",
    "peer_chromium_pss_total",
    "memory_ratio_to_chromium",
    "memory_pss_ratio_to_chromium",
}


def test_every_benchmark_runs_and_prints_its_figures(tmp_path: Path) -> None:
    env = {key: value for key, value in os.environ.items() if not key.startswith("QT_")}
    env["XDG_DATA_HOME"] = str(tmp_path / "data-home")  # the scratch folder goes beside it
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--quick"],
        cwd=Path(__file__).parents[2],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    lines = [line for line in done.stdout.splitlines() if line and not line.startswith("#")]
    unreadable = [line for line in lines if not FIGURE.fullmatch(line)]
    assert not unreadable, f"not 'name: value unit': {unreadable}"
    names = [match.group("name") for match in map(FIGURE.fullmatch, lines) if match]
    assert len(names) == len(set(names)), "a figure is printed twice"
    expected = ALWAYS | (PEER if shutil.which("chromium") else set())
    assert set(names) == expected
    if not shutil.which("chromium"):
        assert "# peer: Chromium is not installed" in done.stdout
    assert not list((tmp_path / "data-home").iterdir()), "the scratch folder was left behind"


def test_a_run_of_fewer_than_five_is_refused() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--runs", "3", "--only", "checkin"],
        cwd=Path(__file__).parents[2],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert "at least 5 runs" in done.stdout
