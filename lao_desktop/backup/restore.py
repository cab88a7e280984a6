"""Reading a backup before anything changes, and restoring it.

Nothing touches the live database until the backup has passed every check: its checksums
(and authentication when encrypted), integrity_check, that it is ours, its schema version
and its description. Then a safety copy of the live database is written, and the backup is
loaded into the live file through SQLite's backup API in one transaction — never a file swap,
which next to a stale ``-wal`` showed none of the backup's rows (RELIABILITY.md). Killed at any
moment, the live database holds the old data or the new.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from lao_desktop.backup.crypto import RecoveryKey
from lao_desktop.backup.inspect import DatabaseFacts, examine
from lao_desktop.backup.manifest import Manifest
from lao_desktop.backup.reading import Progress, extract_database, quiet, read_manifest
from lao_desktop.backup.workdir import work_folder
from lao_desktop.db.database import Database, open_database
from lao_desktop.errors import BackupError, DatabaseError, DomainError, PermissionDeniedError
from lao_desktop.i18n import _
from lao_desktop.services import audit
from lao_desktop.services.context import SYSTEM, Actor, ServiceContext
from lao_desktop.services.permissions import Action, require


@dataclass(frozen=True)
class CheckedBackup:
    path: Path
    manifest: Manifest
    database: Path  # the checked, decrypted database, in a temporary folder
    facts: DatabaseFacts


def _matches(manifest: Manifest, facts: DatabaseFacts) -> bool:
    return (
        manifest.schema_revision == facts.revision
        and manifest.counts == facts.counts
        and manifest.audit_head == facts.audit_head
        and manifest.attachments == facts.attachments
    )


@contextlib.contextmanager
def checked_backup(
    path: Path,
    *,
    passphrase: str | None = None,
    recovery: RecoveryKey | None = None,
    work: Path | None = None,
    progress: Progress = quiet,
) -> Iterator[CheckedBackup]:
    """The backup at ``path`` taken apart and fully checked; its database file is deleted
    when the block ends. BackupError says what is wrong."""
    manifest = read_manifest(path)
    with work_folder("lao-restore-", work) as folder:
        database = folder / "restored.sqlite"
        extract_database(
            path, manifest, database, passphrase=passphrase, recovery=recovery, progress=progress
        )
        progress(0, 1, _("Checking the data inside the backup"))
        facts = examine(database, full=True)
        if not _matches(manifest, facts):
            raise BackupError(
                _(
                    "{path} does not match its own description (record counts or audit trail "
                    "differ): it was altered after it was made. Use another backup."
                ).format(path=path)
            )
        yield CheckedBackup(path, manifest, database, facts)


def verify_backup(
    path: Path,
    *,
    passphrase: str | None = None,
    recovery: RecoveryKey | None = None,
    progress: Progress = quiet,
) -> Manifest:
    """Check everything a restore would check, without restoring; the manifest if it passes."""
    with checked_backup(path, passphrase=passphrase, recovery=recovery, progress=progress) as b:
        return b.manifest


@dataclass(frozen=True)
class Restored:
    manifest: Manifest
    safety_copy: Path | None  # the live database as it was before, None if there was none
    upgraded: bool  # the backup came from an older version and was brought up to date


def restore_backup(
    path: Path,
    db: Database,
    actor: Actor,
    *,
    safety_folder: Path,
    passphrase: str | None = None,
    recovery: RecoveryKey | None = None,
    progress: Progress = quiet,
) -> Restored:
    """Replace the data of ``db`` by the backup at ``path``, after a safety copy of it.

    ``db`` is disposed of: its connections would hold the old data. Open it again afterwards.
    """
    _may_restore(db, actor)
    work = db.path.parent if db.path is not None else None
    if work is not None:
        work.mkdir(parents=True, exist_ok=True)
    with checked_backup(
        path, passphrase=passphrase, recovery=recovery, work=work, progress=progress
    ) as backup:
        from lao_desktop.db.migrate import head_revision

        upgraded = backup.facts.revision != head_revision()
        if upgraded:  # an older program's backup: brought up to date before it goes live
            open_database(backup.database).dispose()
        progress(0, 1, _("Keeping a safety copy of the current data"))
        safety = _safety_copy(db, actor, safety_folder)
        progress(0, 1, _("Restoring the data"))
        db.dispose()
        if db.path is not None:
            _load_sqlite(backup.database, db.path)
        else:
            from lao_desktop.backup.logical import import_from_sqlite

            import_from_sqlite(backup.database, db, progress)
    reopened = open_database(db.url.render_as_string(hide_password=False))
    try:
        ctx = ServiceContext(reopened, actor)
        with ctx.transaction() as session:
            summary = _("Restored the backup of {date} ({file})").format(
                date=backup.manifest.created_at, file=path.name
            )
            audit.record(session, actor, "restore", "database", None, summary)
    finally:
        reopened.dispose()
    db.dispose()
    return Restored(backup.manifest, safety, upgraded)


def _may_restore(db: Database, actor: Actor) -> None:
    """PermissionDeniedError unless ``actor`` may replace the data of ``db``: an
    administrator; the program itself (an actor with no account: a first start, a new PC)
    only while nobody can log in to ``db``, so data with accounts is never replaced behind
    its administrators' backs."""
    require(actor, Action.ADMINISTER)
    if actor.user_id is None and not _nobody_can_log_in(db):
        raise PermissionDeniedError(
            actor.username,
            _("replace the data of an office that has user accounts (log in as its administrator)"),
        )


def _nobody_can_log_in(db: Database) -> bool:
    """No database yet, no administrator with a password (``needs_setup``), or data too
    damaged to say (whoever can damage the file can replace it anyway)."""
    if db.path is not None and not db.path.exists():
        return True  # asking would create the file
    from lao_desktop.services.accounts import AccountService

    try:
        return AccountService(ServiceContext(db, SYSTEM)).needs_setup()
    except (SQLAlchemyError, sqlite3.Error, DatabaseError):
        return True


def _load_sqlite(source: Path, live: Path) -> None:
    try:
        _copy_pages(source, live)
    except sqlite3.OperationalError:
        raise
    except sqlite3.DatabaseError:
        # The live file is not a database at all (its safety copy is already kept): start it
        # afresh, with no stale -wal left beside it.
        for suffix in ("", "-wal", "-shm"):
            live.with_name(live.name + suffix).unlink(missing_ok=True)
        _copy_pages(source, live)


def _copy_pages(source: Path, live: Path) -> None:
    """Copy every page of ``source`` into ``live`` in one write transaction."""
    src = sqlite3.connect(source)
    dst = sqlite3.connect(live, timeout=5)
    try:
        dst.execute("PRAGMA journal_mode=WAL")
        src.backup(dst)
    except sqlite3.OperationalError as error:
        raise BackupError(
            _(
                "Cannot write to the database {path} ({reason}). If the program is open on "
                "this database elsewhere, close it and try again. Nothing was changed."
            ).format(path=live, reason=error)
        ) from error
    finally:
        dst.close()
        src.close()


def _safety_copy(db: Database, actor: Actor, folder: Path) -> Path | None:
    """The live data as a backup file in ``folder``; a plain copy of the files if the live
    database is too damaged to back up (that is when offices restore)."""
    if db.path is not None and not db.path.exists():
        return None
    folder.mkdir(parents=True, exist_ok=True)
    from lao_desktop.backup.make import back_up
    from lao_desktop.services.registry import Services

    try:
        return back_up(Services(db, actor), folder, kind=_("before restore"), record=False).path
    except (DomainError, SQLAlchemyError, sqlite3.Error):
        if db.path is None:
            raise
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    copy = folder / f"{db.path.stem} {_('before restore')} {stamp}"
    copy.mkdir()
    for suffix in ("", "-wal", "-shm"):
        source = db.path.with_name(db.path.name + suffix)
        if source.exists():
            shutil.copy2(source, copy / source.name)
    return copy
