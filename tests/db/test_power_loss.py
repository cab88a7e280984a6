"""Simulated power cuts: the program's SQLite settings lose no acknowledged commit.

Each trial commits one row per transaction (sequence numbers 1, 2, …) through the crash VFS of
``tests/support/crashvfs.py`` and cuts the power at a random I/O event: synced data survives,
each unsynced 512-byte sector survives or not at random. Plain SQLite then opens what the disk
holds. With ``SQLITE_PRAGMAS`` (WAL + synchronous=FULL) every acknowledged row must be there and
``integrity_check`` must say ok after every cut. The same run with synchronous=NORMAL must lose
commits and with synchronous=OFF must corrupt the file: the controls that show the test can fail.

60 trials per setting by default; ``LAO_TEST_FULL=1`` runs 300 (about a minute in all).
"""

from __future__ import annotations

import os
import random
import re
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from lao_desktop.db.sqlite_settings import SQLITE_PRAGMAS
from tests.support.crashvfs import CrashVFS, TrialResult, power_cut_trial

FULL_RUN = os.environ.get("LAO_TEST_FULL") == "1"
TRIALS = 300 if FULL_RUN else 60
RUN_MARKS = [pytest.mark.slow] if FULL_RUN else []
# The cut falls at a uniformly random I/O event among those of this many commits: about 1,000
# commits per trial, so that most trials pass an automatic checkpoint (every 1,000 WAL pages).
COMMITS_SPAN = 2000


@dataclass
class Tally:
    setting: str
    trials: int = 0
    acknowledged: int = 0
    lost: int = 0
    trials_with_loss: int = 0
    worst_loss: int = 0
    corrupt: int = 0
    checkpointed: int = 0

    def add(self, result: TrialResult) -> None:
        self.trials += 1
        self.acknowledged += result.acknowledged
        self.lost += result.lost
        self.trials_with_loss += result.lost > 0
        self.worst_loss = max(self.worst_loss, result.lost)
        self.corrupt += result.corrupt is not None
        self.checkpointed += result.checkpointed

    def __str__(self) -> str:
        return (
            f"{self.setting}: {self.trials} trials, {self.acknowledged} acknowledged commits, "
            f"{self.lost} lost in {self.trials_with_loss} trials (worst {self.worst_loss}), "
            f"{self.corrupt} corrupt, {self.checkpointed} cut after a checkpoint"
        )


@pytest.fixture(scope="module")
def crash_vfs() -> Iterator[CrashVFS]:
    vfs = CrashVFS()
    yield vfs
    vfs.unregister()


def with_synchronous(level: str | None) -> list[str]:
    """The program's pragmas, or the same with another synchronous level (the controls)."""
    if level is None:
        return list(SQLITE_PRAGMAS)
    others = [p for p in SQLITE_PRAGMAS if not re.match(r"(?i)pragma\s+synchronous\b", p)]
    return [*others, f"PRAGMA synchronous={level}"]


def run_trials(
    vfs: CrashVFS, work: Path, level: str | None, trials: int
) -> tuple[Tally, list[str]]:
    """`trials` seeded power cuts; the tally and a description of every bad outcome.

    The files of a trial are deleted after it (about 7 MB each), except those of the first five
    bad outcomes with the program's settings, which stay under `work` for a look.
    """
    pragmas = with_synchronous(level)
    name = level or "program"
    calibration = power_cut_trial(
        vfs, work / "calibration", pragmas, random.Random(name), None, COMMITS_SPAN
    )
    shutil.rmtree(work / "calibration")
    tally = Tally(calibration.settings)
    problems: list[str] = []
    for trial in range(trials):
        rng = random.Random(f"power-cut {name} {trial}")
        cut_at = rng.randint(1, calibration.events)
        trial_dir = work / f"trial-{trial}"
        result = power_cut_trial(vfs, trial_dir, pragmas, rng, cut_at, COMMITS_SPAN * 10)
        tally.add(result)
        bad = bool(result.lost or result.corrupt)
        if bad:
            problems.append(
                f"{trial_dir.name} (cut at I/O event {cut_at}): acknowledged "
                f"{result.acknowledged}, survived {result.survived}, corrupt: {result.corrupt}"
            )
        if not (bad and level is None and len(problems) <= 5):
            shutil.rmtree(trial_dir)
    print(tally)
    return tally, problems


@pytest.mark.parametrize("trials", [pytest.param(TRIALS, marks=RUN_MARKS)])
def test_program_settings_survive_power_cuts(
    crash_vfs: CrashVFS, tmp_path: Path, trials: int, record_property: Callable[[str, object], None]
) -> None:
    tally, problems = run_trials(crash_vfs, tmp_path, None, trials)
    record_property("tally", str(tally))
    assert not problems, f"{tally}\n" + "\n".join(problems[:10])
    # The trials did exercise what matters: many commits, and cuts around checkpoints.
    assert tally.acknowledged > trials * 300, tally
    assert tally.checkpointed > trials // 4, tally


@pytest.mark.parametrize("trials", [pytest.param(TRIALS, marks=RUN_MARKS)])
def test_synchronous_normal_loses_commits(
    crash_vfs: CrashVFS, tmp_path: Path, trials: int, record_property: Callable[[str, object], None]
) -> None:
    tally, _ = run_trials(crash_vfs, tmp_path, "NORMAL", trials)
    record_property("tally", str(tally))
    assert tally.trials_with_loss > 0, f"the power-cut test cannot see lost commits: {tally}"


@pytest.mark.parametrize("trials", [pytest.param(TRIALS, marks=RUN_MARKS)])
def test_synchronous_off_corrupts(
    crash_vfs: CrashVFS, tmp_path: Path, trials: int, record_property: Callable[[str, object], None]
) -> None:
    tally, _ = run_trials(crash_vfs, tmp_path, "OFF", trials)
    record_property("tally", str(tally))
    assert tally.corrupt > 0, f"the power-cut test cannot see corruption: {tally}"
