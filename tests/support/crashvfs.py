"""Simulated power cuts for SQLite: an apsw VFS shim over the default VFS (tests only).

SQLite's own crash tests (``test6.c``) model a power cut like this: whatever was written to a
file before its last xSync is on the disk; of what was written since, each 512-byte sector may
or may not have reached the disk, in any order, and the file's size may be the old or the new
one. ``CrashVFS`` records, for each file, the content each sector had at the last xSync (copied
before the first later write to it) and, at the cut, builds that surviving image of every file
in another folder, where plain SQLite can open it.

The files on the real disk always hold everything written (the operating system's cache view),
and xSync marks data durable in the model without calling fsync: the model, not the test
machine's disk, decides what survives. Deleting a file counts as durable at once (SQLite syncs
the folder itself when that matters); the ``-shm`` file is never copied (SQLite rebuilds it).

``power_cut_trial`` runs one writer that commits one row per transaction until the cut and
reports what the surviving database holds against what was acknowledged.
"""

from __future__ import annotations

import contextlib
import os
import random
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import apsw

SECTOR = 512
VFS_NAME = "lao-crash"


class PowerCut(Exception):
    """Raised inside SQLite's I/O at the moment the power goes off."""


@dataclass
class _FileState:
    """What the disk is guaranteed to hold for one file."""

    path: str
    durable_size: int
    # Sector number -> its content at the last xSync (shorter than SECTOR, or empty, where the
    # file ended). Only sectors written since that xSync are here.
    saved: dict[int, bytes] = field(default_factory=dict)

    def remember(self, offset: int, length: int) -> None:
        """Before a write or truncation: keep the durable content of the sectors it touches."""
        if length <= 0:
            return
        first, last = offset // SECTOR, (offset + length - 1) // SECTOR
        missing = [s for s in range(first, last + 1) if s not in self.saved]
        if not missing:
            return
        try:
            fd = os.open(self.path, os.O_RDONLY)
        except FileNotFoundError:
            self.saved.update((s, b"") for s in missing)
            return
        try:
            old = os.pread(fd, (last + 1 - first) * SECTOR, first * SECTOR)
        finally:
            os.close(fd)
        for s in missing:
            start = (s - first) * SECTOR
            self.saved[s] = old[start : start + SECTOR]

    def synced(self) -> None:
        self.saved.clear()
        self.durable_size = _size(self.path)

    def survivor(self, rng: random.Random, keep: float) -> bytes:
        """The file as the disk holds it after the cut: each unsynced sector kept with `keep`."""
        current = Path(self.path).read_bytes() if os.path.exists(self.path) else b""
        size = len(current)
        if size != self.durable_size and rng.random() >= keep:
            size = self.durable_size
        image = bytearray(current[:size].ljust(size, b"\0"))
        for sector, old in self.saved.items():
            if rng.random() < keep:
                continue  # the new content reached the disk
            start = sector * SECTOR
            if start >= size:
                continue
            end = min(start + SECTOR, size)
            image[start:end] = old.ljust(SECTOR, b"\0")[: end - start]
        return bytes(image)


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except FileNotFoundError:
        return 0


class CrashVFS(apsw.VFS):
    """The default VFS, plus a model of what a power cut leaves on the disk."""

    def __init__(self, name: str = VFS_NAME) -> None:
        super().__init__(name, "")
        self.name = name
        self.files: dict[str, _FileState] = {}
        self.events = 0
        self.cut_at: int | None = None
        self.cut_done = False
        self.written: set[str] = set()  # tracked files written since arm()
        self._rng = random.Random(0)
        self._keep = 0.5
        self._survivors: Path | None = None

    def arm(self, *, rng: random.Random, cut_at: int | None, keep: float, survivors: Path) -> None:
        """Start a trial: forget earlier files; cut before the `cut_at`-th I/O event (1-based).

        An event is one xWrite, xSync or xTruncate of a tracked file. ``cut_at=None`` only
        counts events; ``cut_now()`` then cuts whenever the caller likes.
        """
        self.files = {}
        self.events = 0
        self.cut_at = cut_at
        self.cut_done = False
        self.written = set()
        self._rng = rng
        self._keep = keep
        self._survivors = survivors

    def track(self, path: str) -> _FileState:
        state = self.files.get(path)
        if state is None:
            state = self.files[path] = _FileState(path, _size(path))
        return state

    def tick(self) -> None:
        """Count one I/O event; at the chosen one, cut the power."""
        self.events += 1
        if self.cut_at is not None and self.events >= self.cut_at:
            self.cut_now()
            raise PowerCut(f"power cut at I/O event {self.events}")

    def cut_now(self) -> None:
        """Write the surviving image of every tracked file into the survivors folder."""
        if self.cut_done:
            return
        self.cut_done = True
        assert self._survivors is not None, "arm() first"
        self._survivors.mkdir(parents=True, exist_ok=True)
        for path, state in self.files.items():
            if not os.path.exists(path) and state.durable_size == 0:
                continue
            image = state.survivor(self._rng, self._keep)
            (self._survivors / os.path.basename(path)).write_bytes(image)

    def xOpen(self, name: str | apsw.URIFilename | None, flags: list[int]) -> CrashFile:
        return CrashFile(self, name, flags)

    def xDelete(self, filename: str, syncdir: bool) -> None:
        if not self.cut_done:
            self.files.pop(filename, None)
        super().xDelete(filename, syncdir)


_TRACKED = apsw.SQLITE_OPEN_MAIN_DB | apsw.SQLITE_OPEN_WAL | apsw.SQLITE_OPEN_MAIN_JOURNAL


class CrashFile(apsw.VFSFile):
    """One open file; writes go to the real file, the model keeps what is durable."""

    def __init__(
        self, vfs: CrashVFS, name: str | apsw.URIFilename | None, flags: list[int]
    ) -> None:
        super().__init__("", name, flags)
        self._vfs = vfs
        path = name.filename() if isinstance(name, apsw.URIFilename) else name
        tracked = path is not None and flags[0] & _TRACKED
        self._state = vfs.track(path) if tracked and path is not None else None

    def _live(self) -> _FileState | None:
        return None if self._vfs.cut_done else self._state

    def xWrite(self, data: bytes, offset: int) -> None:
        state = self._live()
        if state is not None:
            state.remember(offset, len(data))
            self._vfs.written.add(state.path)
        super().xWrite(data, offset)
        if state is not None:
            self._vfs.tick()  # the write is in the cache; which sectors reach the disk is random

    def xSync(self, flags: int) -> None:
        state = self._live()
        if state is not None:
            self._vfs.tick()  # a cut here comes before the sync takes effect
            state.synced()
        # No real fsync: the model decides what survives, and the trials stay fast.

    def xTruncate(self, newsize: int) -> None:
        state = self._live()
        if state is not None:
            state.remember(newsize, _size(state.path) - newsize)
        super().xTruncate(newsize)
        if state is not None:
            self._vfs.tick()


@dataclass(frozen=True)
class TrialResult:
    acknowledged: int  # the last sequence number whose COMMIT returned before the cut
    survived: int  # the highest sequence number in the surviving database (0 if none)
    corrupt: str | None  # why the surviving database is unusable or inconsistent, else None
    events: int  # I/O events before the cut
    checkpointed: bool  # the database file itself was written (a checkpoint) before the cut
    settings: str  # journal_mode and synchronous as the writing connection reported them

    @property
    def lost(self) -> int:
        return max(0, self.acknowledged - self.survived)


def _setup(path: Path, pragmas: Sequence[str]) -> None:
    """Create the database with a plain connection; the model counts it as already durable."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for pragma in pragmas:
            conn.execute(pragma).fetchall()
        conn.execute("PRAGMA synchronous=OFF")  # no real fsync needed here (slow CI disks)
        conn.execute("CREATE TABLE log (seq INTEGER PRIMARY KEY, payload BLOB NOT NULL)")
    finally:
        conn.close()


def _check(path: Path) -> tuple[int, str | None]:
    """The highest sequence number in the survivor, and what is wrong with it if anything."""
    if not path.exists():
        return 0, "database file missing"
    try:
        conn = sqlite3.connect(path, isolation_level=None)
        try:
            check = [row[0] for row in conn.execute("PRAGMA integrity_check")]
            count, top = conn.execute("SELECT count(*), coalesce(max(seq), 0) FROM log").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return 0, f"{type(exc).__name__}: {exc}"
    if check != ["ok"]:
        return top, "integrity_check: " + "; ".join(check[:3])
    if count != top:
        return top, f"{top - count} rows missing below seq {top}"
    return top, None


def power_cut_trial(
    vfs: CrashVFS,
    work_dir: Path,
    pragmas: Sequence[str],
    rng: random.Random,
    cut_at: int | None,
    max_commits: int,
) -> TrialResult:
    """Commit one row per transaction through `vfs` until the power cut; check the survivor.

    ``cut_at=None`` never cuts during the commits (used to count I/O events per commit); the
    cut then comes after the last of `max_commits` commits.
    """
    live, survivors = work_dir / "live", work_dir / "survivors"
    live.mkdir(parents=True)
    db_path = live / "test.db"
    _setup(db_path, pragmas)

    vfs.arm(rng=rng, cut_at=cut_at, keep=rng.random(), survivors=survivors)
    acknowledged = 0
    conn = apsw.Connection(str(db_path), vfs=vfs.name)
    try:
        for pragma in pragmas:
            conn.execute(pragma).fetchall()
        journal_mode = conn.execute("PRAGMA journal_mode").get
        level = conn.execute("PRAGMA synchronous").get
        synchronous = ("OFF", "NORMAL", "FULL", "EXTRA")[level] if isinstance(level, int) else level
        settings = f"journal_mode={journal_mode} synchronous={synchronous}"
        for seq in range(1, max_commits + 1):
            payload = rng.randbytes(rng.randint(20, 3000))
            try:
                conn.execute("BEGIN IMMEDIATE")
                conn.execute("INSERT INTO log (seq, payload) VALUES (?, ?)", (seq, payload))
                conn.execute("COMMIT")
            except (apsw.Error, PowerCut):
                if not vfs.cut_done:
                    raise
                break
            if vfs.cut_done:  # e.g. cut in an automatic checkpoint, whose errors SQLite ignores
                break
            acknowledged = seq
        vfs.cut_now()
    finally:
        # The power is off: whatever SQLite does while closing does not reach the survivors.
        with contextlib.suppress(apsw.Error, PowerCut):
            conn.close()

    survived, corrupt = _check(survivors / db_path.name)
    if corrupt is None and survived > acknowledged + 1:
        corrupt = f"rows up to {survived} survived but only {acknowledged} were committed"
    checkpointed = any(os.path.basename(path) == db_path.name for path in vfs.written)
    return TrialResult(acknowledged, survived, corrupt, vfs.events, checkpointed, settings)
