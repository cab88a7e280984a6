"""A tiny drive that fills up: a tmpfs that holds one backup but not two, one that another
program fills while the backup is being written (after the free-space check passed), and the
computer's own disk too full for the snapshot taken before anything is written to the stick, or
for the backup's database that a restore takes out and checks before anything changes.

Each time: a BackupError that says the drive is full, the first backup still verifies and is
byte-identical, no temporary file is left, the live database file is byte-identical.

Mounting needs root (as here and in CI). Otherwise the scenario runs in a user and mount
namespace of its own (``unshare --user --map-root-user --mount``); if neither can mount, the
test fails and says so: it is never skipped.
"""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from lao_desktop import i18n
from lao_desktop.backup.local import backups_in
from lao_desktop.backup.make import back_up
from lao_desktop.backup.reading import CHUNK
from lao_desktop.backup.restore import restore_backup, verify_backup
from lao_desktop.db.database import Database, open_database, resolve_url
from lao_desktop.errors import BackupError
from lao_desktop.services import Services
from tests.backup.conftest import administrator
from tests.backup.faults_support import PART_GLOB, sha256_file
from tests.support.demo import demo_copy


def mount_problem() -> str | None:
    """Why this process cannot mount a tmpfs, or None."""
    probe = Path(os.environ.get("TMPDIR", "/tmp")) / f"lao-mount-probe-{os.getpid()}"
    probe.mkdir(exist_ok=True)
    try:
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(probe)],
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            return done.stderr.strip() or f"mount exited with {done.returncode}"
        subprocess.run(["umount", str(probe)], check=True)
        return None
    except FileNotFoundError as error:
        return str(error)
    finally:
        probe.rmdir()


@contextlib.contextmanager
def tiny_drive(folder: Path, size: int) -> Iterator[Path]:
    """A tmpfs of ``size`` bytes on ``folder`` (created), unmounted when the block ends."""
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
        check=True,
        capture_output=True,
    )
    try:
        yield folder
    finally:
        if subprocess.run(["umount", str(folder)], capture_output=True).returncode != 0:
            subprocess.run(["umount", "-l", str(folder)], check=True)


FILLS = 6  # moments at which the other program's file leaves the backup without room
PAGE = 4096


def _back_up(live: Path, stick: Path) -> Path:
    db = open_database(live)
    try:
        return back_up(Services(db), stick).path
    finally:
        db.dispose()


def _fails_full(live: Path, stick: Path, earlier: Path) -> None:
    """A backup fails saying the drive is full, and nothing is lost."""
    earlier_digest, live_digest = sha256_file(earlier), sha256_file(live)
    with pytest.raises(BackupError) as failure:
        _back_up(live, stick)
    assert "is full" in str(failure.value), failure.value
    assert sha256_file(earlier) == earlier_digest
    assert backups_in(stick) == [earlier]
    assert list(stick.glob(PART_GLOB)) == [], "a temporary file was left behind"
    assert sha256_file(live) == live_digest, "the live database changed"


def room_for_one(live: Path) -> int:
    """A drive size that holds one backup of ``live`` and the free-space margin, not two."""
    size = live.stat().st_size
    return (size + CHUNK + size // 2) // PAGE * PAGE


def second_backup_does_not_fit(live: Path, stick: Path) -> None:
    first = _back_up(live, stick)
    verify_backup(first)
    _fails_full(live, stick, first)
    verify_backup(first)


def room_for_two(live: Path) -> int:
    return (2 * live.stat().st_size + 4 * CHUNK) // PAGE * PAGE


def drive_fills_up_while_writing(live: Path, stick: Path) -> None:
    first = _back_up(live, stick)
    filler = stick / "another program's file.bin"
    real_open = Path.open

    def fill_then_open(path: Path, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if path.name.endswith(".laobackup-part") and "x" in mode:
            _fill(filler, shutil.disk_usage(stick).free - room)
            filled.append(room)
        return real_open(path, mode, *args, **kwargs)

    size = live.stat().st_size
    rng = random.Random("fills up")
    filled: list[int] = []
    for n in range(FILLS):
        room = int(size * (n + rng.random()) / FILLS)  # bytes left for the backup
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(Path, "open", fill_then_open)
            _fails_full(live, stick, first)
        filler.unlink()
    assert len(filled) == FILLS, "the free-space check refused: the write was never reached"
    second = _back_up(live, stick)  # once there is room again, the drive works
    assert sorted(backups_in(stick)) == sorted([first, second])
    verify_backup(first)
    verify_backup(second)


def _fill(path: Path, size: int) -> None:
    block = bytes(CHUNK)
    with path.open("wb") as file:
        while size > 0:
            size -= file.write(block[: min(size, CHUNK)])


def room_for_less_than_a_copy(live: Path) -> int:
    return live.stat().st_size // 2 // PAGE * PAGE


def computer_disk_full(live: Path, temporary: Path) -> None:
    """The snapshot is taken in the computer's temporary folder: that disk is full here."""
    stick = temporary.parent / "stick-with-room"
    stick.mkdir()
    live_digest = sha256_file(live)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(tempfile, "tempdir", str(temporary))
        with pytest.raises(BackupError) as failure:
            _back_up(live, stick)
    message = str(failure.value)
    assert "full" in message and "damaged" not in message, message
    assert list(stick.iterdir()) == []
    assert list(temporary.iterdir()) == [], "the snapshot was left behind"
    assert sha256_file(live) == live_digest, "the live database changed"


def room_for_half_a_copy_more(live: Path) -> int:
    return live.stat().st_size * 3 // 2 // PAGE * PAGE


def computer_disk_full_on_restore(live: Path, folder: Path) -> None:
    """The live database is on a disk with no room for the backup's database taken out of
    the backup (a restore checks it there before anything changes)."""
    stick = folder.parent / "stick-with-room"
    stick.mkdir()
    made = _back_up(live, stick)
    source = Database(resolve_url(live))
    admin = administrator(source)  # read off the full disk
    source.dispose()
    office = folder / live.name
    shutil.copyfile(live, office)
    office_digest = sha256_file(office)
    db = Database(resolve_url(office))
    with pytest.raises(BackupError) as failure:
        restore_backup(made, db, admin, safety_folder=folder.parent / "safety")
    db.dispose()
    message = str(failure.value)
    assert "full" in message, message
    assert sha256_file(office) == office_digest, "the live database changed"
    assert sorted(p.name for p in folder.iterdir()) == [office.name], "left behind"


SCENARIOS: dict[str, tuple[Callable[[Path], int], Callable[[Path, Path], None]]] = {
    "second-does-not-fit": (room_for_one, second_backup_does_not_fit),
    "fills-up-while-writing": (room_for_two, drive_fills_up_while_writing),
    "computer-disk-full": (room_for_less_than_a_copy, computer_disk_full),
    "computer-disk-full-on-restore": (room_for_half_a_copy_more, computer_disk_full_on_restore),
}


def _on_tiny_drive(scenario: str, live: Path, stick: Path, problem: str | None) -> None:
    size, run = SCENARIOS[scenario]
    if problem is None:
        with tiny_drive(stick, size(live)):
            run(live, stick)
        return
    # Not root: a user and mount namespace of its own may mount a tmpfs.
    command = ["unshare", "--user", "--map-root-user", "--mount", sys.executable, "-m"]
    command += [__name__, scenario, str(live), str(stick)]
    try:
        done = subprocess.run(
            command, capture_output=True, text=True, cwd=Path(__file__).parents[2], timeout=300
        )
    except FileNotFoundError:
        pytest.fail(f"cannot mount a tmpfs ({problem}) and there is no unshare to try")
    if done.returncode != 0 or f"{scenario}: passed" not in done.stdout:
        pytest.fail(
            f"{scenario} on a tmpfs mounted in a namespace of its own (mounting here: "
            f"{problem}):\n{done.stdout}{done.stderr}"
        )


@pytest.mark.parametrize("scenario", list(SCENARIOS))
def test_a_full_drive_says_so_and_loses_nothing(
    scenario: str, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    live = demo_copy(tmp_path_factory, tmp_path / "live.db")
    _on_tiny_drive(scenario, live, tmp_path / "stick", mount_problem())


def test_where_mounting_is_not_allowed_the_scenario_runs_in_a_namespace_of_its_own(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    # As a developer who is not root: the same scenario, through unshare.
    live = demo_copy(tmp_path_factory, tmp_path / "live.db")
    _on_tiny_drive("second-does-not-fit", live, tmp_path / "stick", "not root (simulated)")


if __name__ == "__main__":  # inside ``unshare``: root of its own namespace, so it may mount
    i18n.set_language("en")
    name, live_path, stick_path = sys.argv[1:]
    size_of, scenario_run = SCENARIOS[name]
    with tiny_drive(Path(stick_path), size_of(Path(live_path))):
        scenario_run(Path(live_path), Path(stick_path))
    print(f"{name}: passed")
