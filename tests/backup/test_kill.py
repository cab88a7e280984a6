"""``lao-desktop backup`` and ``restore`` killed (SIGKILL) at random moments: nothing is lost.

Each trial kills one command-line run at a moment drawn in its own slice of a whole run's
measured length (so that every part is hit: opening, snapshot, writing, reading back, naming,
noting the time, exit), timed from the start of the step it falls in; half the trials fall
from the step that changes the files or the data on. The demo office has two 12 MB scanned
agreements here, so that those steps last. After each:

- backup: the earlier backup on the stick is byte-identical and verifies; every ``.laobackup``
  file there verifies (a half-written file never carries that name); the live database passes
  integrity_check and holds every row it held, unchanged.
- restore: the live database holds the old data or the backup's, every row of one of them and
  nothing of the other, never a mix; integrity_check ok.

The last test: the whole copies of the data a killed run leaves in its temporary folder are
removed by the next run.

``LAO_TEST_FULL=1`` runs more trials.
"""

from __future__ import annotations

import collections
import os
import shutil
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from lao_desktop.backup.local import backups_in, rotate, safety_folder
from lao_desktop.backup.make import back_up
from lao_desktop.backup.restore import verify_backup
from lao_desktop.db.database import open_database
from lao_desktop.paths import database_target
from lao_desktop.services import Services
from tests.backup.faults_processes import Kill, Run, Timeline, Zygote
from tests.backup.faults_support import (
    PART_GLOB,
    Rows,
    assert_records_kept,
    big_demo_copy,
    integrity,
    records,
    row_counts,
    sha256_file,
    spread,
)
from tests.factories import thai_partner
from tests.support.demo import demo_copy

FULL_RUN = os.environ.get("LAO_TEST_FULL") == "1"
BACKUP_TRIALS = 50 if FULL_RUN else 25
RESTORE_TRIALS = 40 if FULL_RUN else 20
# Slices cover more than the longest of three whole runs: the last kills come after the end.
OVERSHOOT = 1.25


@pytest.fixture(scope="module")
def zygote(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Zygote]:
    """Backup, verify and restore run once in it, so that the killed runs are all alike."""
    process = Zygote(tmp_path_factory.mktemp("zygote-home"))
    warm = tmp_path_factory.mktemp("warm-up")
    small = demo_copy(tmp_path_factory, warm / "demo.db")
    assert process.warm(["backup", "--db", str(small), "--to", str(warm)]) == 0
    (made,) = warm.glob("*.laobackup")
    assert process.warm(["verify", str(made)]) == 0
    assert process.warm(["restore", str(made), "--db", str(warm / "new.db"), "--yes"]) == 0
    shutil.rmtree(warm)
    yield process
    process.close()


def _clear_temporary(tmp_path: Path) -> None:
    """Delete what killed runs left in their temporary folder (up to 29 MB each): the last
    test of this module shows that nothing else does."""
    for leftover in (tmp_path / "temporary").glob("lao-*"):
        shutil.rmtree(leftover)


def _new_backups(stick: Path, known: set[Path]) -> list[Path]:
    return [p for p in backups_in(stick) if p not in known]


def test_a_killed_backup_leaves_earlier_backups_and_the_live_data_intact(
    zygote: Zygote, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    live = big_demo_copy(tmp_path_factory, tmp_path / "live.db")
    stick = tmp_path / "stick"
    stick.mkdir()
    db = open_database(live)
    earlier = back_up(Services(db), stick).path
    db.dispose()
    earlier_digest = sha256_file(earlier)
    verify_backup(earlier)
    argv = ["--lang", "en", "backup", "--db", str(live), "--to", str(stick)]

    wholes: list[Run] = []
    for n in range(3):  # whole runs: how long each step takes; they too leave all intact
        before = records(live)
        wholes.append(zygote.run(argv, tmp_path / f"whole-{n}.log"))
        assert wholes[-1].exit_code == 0, wholes[-1].log
        (finished,) = _new_backups(stick, {earlier})
        verify_backup(finished)
        assert_records_kept(before, live, may_note_backup=True)
        finished.unlink()
    timeline = Timeline(max(wholes, key=lambda run: run.seconds))
    before = records(live)

    seen: collections.Counter[str] = collections.Counter()
    kept_parts: list[Path] = []
    for trial, moment in enumerate(_moments(timeline, BACKUP_TRIALS, "Writing the backup")):
        kill = timeline.kill_at(moment)
        run = zygote.run(argv, tmp_path / f"trial-{trial}.log", kill)
        where = f"trial {trial}, killed {kill}"
        assert run.killed or run.exit_code == 0, f"{where}: {run.log}"

        # Byte-identical to the file verified below: it verifies as well as it did.
        assert sha256_file(earlier) == earlier_digest, where
        made = _new_backups(stick, {earlier})
        assert len(made) <= 1, where
        for path in made:
            verify_backup(path)  # raises if a half-written file carries a backup's name
        assert integrity(live) == ["ok"], where
        now = assert_records_kept(before, live, may_note_backup=bool(made))

        parts = [p for p in stick.glob(PART_GLOB) if p not in kept_parts]
        seen[_outcome(run.killed, bool(parts), bool(made))] += 1
        for path in made:
            path.unlink()
        for part in parts:  # keep a few for rotate below; each is up to 29 MB
            if len(kept_parts) < 3:
                kept_parts.append(part)
            else:
                part.unlink()
        before = now
        _clear_temporary(tmp_path)

    print(dict(seen), _steps(timeline))
    # The moments did reach the write itself and its end, not only the start-up.
    assert seen["killed while writing"] >= 1, seen
    assert seen["killed after naming"] + seen["finished"] >= 1, seen

    # What was left behind is not taken for a backup, and rotation clears it once stale.
    assert backups_in(stick) == [earlier]
    rotate(stick)
    assert sorted(stick.glob(PART_GLOB)) == sorted(kept_parts), "a fresh part file was deleted"
    stale = time.time() - 2 * 86400
    for part in kept_parts:
        os.utime(part, (stale, stale))
    rotate(stick)
    assert list(stick.glob(PART_GLOB)) == []
    assert backups_in(stick) == [earlier]
    verify_backup(earlier)


def _moments(timeline: Timeline, trials: int, step: str) -> list[float]:
    """Half the moments over the whole run and a little past its end; the other half from the
    start of ``step`` on, where the files or the data change."""
    whole = spread(trials // 2, 0.0, timeline.end * OVERSHOOT, step)
    begun, end = timeline.span_from(step)
    late = spread(trials - trials // 2, begun, end + (end - begun) * (OVERSHOOT - 1), step)
    return whole + late


def _steps(timeline: Timeline) -> str:
    steps = ", ".join(f"{what} {at:.3f}" for what, at in timeline.steps[1:])
    return f"steps begin at (s): {steps}; end {timeline.end:.3f}"


def _outcome(killed: bool, part_left: bool, published: bool) -> str:
    if not killed:
        return "finished"
    if published:
        return "killed after naming"
    return "killed while writing" if part_left else "killed before writing"


# -- restore ---------------------------------------------------------------------------------


IN_BACKUP = "กลุ่มที่มีเฉพาะในข้อมูลสำรอง"
TODAY = "กลุ่มที่มีเฉพาะในข้อมูลวันนี้"


def _markers(path: Path) -> set[str]:
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute(
            "SELECT name FROM partners WHERE name IN (?, ?)", (IN_BACKUP, TODAY)
        ).fetchall()
        return {row[0] for row in rows}
    finally:
        connection.close()


def _add_partners(path: Path, *names: str) -> None:
    db = open_database(path)
    services = Services(db)
    for name in names:
        services.partners.create(thai_partner(name=name))
    db.dispose()


def _state(live: Path, old: Rows, new: Rows) -> str:
    """ "old" or "new" when the live database is wholly one of them; else an AssertionError."""
    now = records(live)
    # The old data, possibly with one more audit entry: the administrator's login.
    logged_in = now["audit_log"][: len(old["audit_log"])] == old["audit_log"] and (
        len(now["audit_log"]) - len(old["audit_log"]) in (0, 1)
    )
    if logged_in and all(now[t] == old[t] for t in old if t != "audit_log"):
        return "old"
    # The restored data, and possibly one more audit entry: who restored it, and from what.
    trail = now["audit_log"]
    assert trail[: len(new["audit_log"])] == new["audit_log"] and (
        len(trail) - len(new["audit_log"]) in (0, 1)
    ), "the audit trail is neither the old one nor the backup's"
    mixed = [t for t in new if t != "audit_log" and now[t] != new[t]]
    assert not mixed, f"neither the old data nor the backup's: {mixed} differ"
    return "new"


def test_a_killed_restore_leaves_the_old_data_or_the_new_never_a_mix(
    zygote: Zygote, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    # The backup holds one marker partner; today's live data another and two more partners.
    backed_up = big_demo_copy(tmp_path_factory, tmp_path / "backed-up.db")
    _add_partners(backed_up, IN_BACKUP)
    stick = tmp_path / "stick"
    stick.mkdir()
    db = open_database(backed_up)
    backup = back_up(Services(db), stick, record=False).path
    db.dispose()
    new = records(backed_up)
    backup_digest = sha256_file(backup)
    old_template = big_demo_copy(tmp_path_factory, tmp_path / "today.db")
    _add_partners(old_template, TODAY, "กลุ่มใหม่ ๑", "กลุ่มใหม่ ๒")
    old = records(old_template)
    old_partners, new_partners = (
        row_counts(old_template)["partners"],
        row_counts(backed_up)["partners"],
    )
    assert old_partners == new_partners + 2

    live = tmp_path / "office" / "lao-network.db"
    live.parent.mkdir()
    argv = ["--lang", "en", "restore", str(backup), "--db", str(live), "--yes"]
    safety = safety_folder(database_target(str(live)))

    def fresh_live() -> None:
        for leftover in live.parent.iterdir():
            if leftover.is_dir():
                shutil.rmtree(leftover)  # a killed restore's temporary folder
            else:
                leftover.unlink()
        shutil.rmtree(safety, ignore_errors=True)
        _clear_temporary(tmp_path)
        shutil.copyfile(old_template, live)

    wholes: list[Run] = []
    for n in range(2):
        fresh_live()
        wholes.append(zygote.run(argv, tmp_path / f"whole-{n}.log"))
        assert wholes[-1].exit_code == 0, wholes[-1].log
        assert _state(live, old, new) == "new"
    timeline = Timeline(max(wholes, key=lambda run: run.seconds))

    seen: collections.Counter[str] = collections.Counter()
    for trial, moment in enumerate(_moments(timeline, RESTORE_TRIALS, "Restoring the data")):
        fresh_live()
        kill = timeline.kill_at(moment)
        run = zygote.run(argv, tmp_path / f"trial-{trial}.log", kill)
        where = f"trial {trial}, killed {kill}"
        assert run.killed or run.exit_code == 0, f"{where}: {run.log}"
        assert integrity(live) == ["ok"], where
        state = _state(live, old, new)
        assert _markers(live) == ({TODAY} if state == "old" else {IN_BACKUP}), where
        assert row_counts(live)["partners"] == (old_partners if state == "old" else new_partners)
        assert sha256_file(backup) == backup_digest, where
        seen[f"{state} data{' (finished)' if not run.killed else ''}"] += 1

    print(dict(seen), _steps(timeline))
    verify_backup(backup)
    # Kills fell on both sides of the moment the data changes.
    assert seen["old data"] >= 1 and seen["new data"] >= 1, seen


# -- what a killed run leaves behind ------------------------------------------------------


def test_copies_left_by_a_killed_backup_or_restore_are_removed_by_the_next_run(
    zygote: Zygote, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    (tmp_path / "office").mkdir()
    live = demo_copy(tmp_path_factory, tmp_path / "office" / "lao-network.db")
    stick = tmp_path / "stick"
    stick.mkdir()
    temporary = tmp_path / "temporary"  # the runs' TMPDIR (see Zygote.run)
    backup = ["--lang", "en", "backup", "--db", str(live), "--to", str(stick)]

    def copies(folder: Path, prefix: str) -> list[Path]:
        return [p for p in folder.glob(prefix + "*") if any(p.rglob("*.sqlite"))]

    killed = zygote.run(backup, tmp_path / "killed-backup.log", Kill("Checking the copy", 0))
    assert killed.killed, killed.log
    assert len(copies(temporary, "lao-backup-")) == 1, "the kill left its snapshot"
    first = zygote.run(backup, tmp_path / "backup.log")
    assert first.exit_code == 0, first.log
    assert copies(temporary, "lao-backup-") == [], "the next backup removed it"

    (made,) = backups_in(stick)
    restore = ["--lang", "en", "restore", str(made), "--db", str(live), "--yes"]
    step = "Checking the data inside the backup"
    killed = zygote.run(restore, tmp_path / "killed-restore.log", Kill(step, 0))
    assert killed.killed, killed.log
    assert len(copies(live.parent, "lao-restore-")) == 1, "the kill left the data taken out"
    again = zygote.run(restore, tmp_path / "restore.log")
    assert again.exit_code == 0, again.log
    assert copies(live.parent, "lao-restore-") == [], "the next restore removed it"
