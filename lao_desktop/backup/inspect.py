"""What a database file holds, and whether it is whole and ours: checked before it is written
into a backup and before it is restored (RELIABILITY.md lists the checks that refused 11/11 bad
files)."""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from lao_desktop.db.sqlite_settings import APPLICATION_ID
from lao_desktop.errors import BackupError
from lao_desktop.i18n import _
from lao_desktop.thai.collation import thai_collate

SQLITE_MAGIC = b"SQLite format 3\x00"
_MMAP = 1 << 30  # mapped reads: integrity_check 0.69 s instead of 0.95 s on 290 MB


@dataclass(frozen=True)
class DatabaseFacts:
    revision: str
    counts: dict[str, int]  # rows per table
    office_name: str
    office_code: str
    attachments: int
    attachment_bytes: int
    audit_entries: int
    audit_head: str | None


def connect(path: Path) -> sqlite3.Connection:
    """A plain connection to a database file of ours (the ``thai`` collation registered, so
    that the checks can read its indexes)."""
    connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    connection.create_collation("thai", thai_collate)
    connection.execute(f"PRAGMA mmap_size={_MMAP}")
    return connection


def is_sqlite_file(path: Path) -> bool:
    try:
        with path.open("rb") as file:
            return file.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def examine(path: Path, *, full: bool) -> DatabaseFacts:
    """Check the database file at ``path`` and describe it; BackupError names what is wrong.

    ``full`` runs integrity_check (every index against its table) and checks every
    attachment's checksum; otherwise the faster quick_check.
    """
    if not is_sqlite_file(path):
        raise BackupError(_("The database inside the backup is damaged or missing."))
    try:
        connection = connect(path)
    except sqlite3.Error as error:
        raise BackupError(_("The database inside the backup cannot be opened.")) from error
    try:
        return _examine(connection, full=full)
    except sqlite3.DatabaseError as error:
        raise BackupError(
            _("The database inside the backup is damaged ({detail}).").format(detail=error)
        ) from error
    finally:
        connection.close()


def _examine(connection: sqlite3.Connection, *, full: bool) -> DatabaseFacts:
    if connection.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
        raise BackupError(
            _("The database inside is not one of LAO Network Desktop (another program's file).")
        )
    check = "integrity_check" if full else "quick_check"
    result = [row[0] for row in connection.execute(f"PRAGMA {check}")]
    if result != ["ok"]:
        raise BackupError(
            _("The database inside the backup is damaged ({detail}).").format(
                detail="; ".join(result[:3])
            )
        )
    if connection.execute("PRAGMA foreign_key_check").fetchone() is not None:
        raise BackupError(
            _("The database inside the backup has records that point to missing records.")
        )
    revision = _revision(connection)
    tables = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type='table' "
            "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version' ORDER BY name"
        )
    ]
    counts = {t: connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    office = connection.execute("SELECT name, dopa_code FROM office LIMIT 1").fetchone()
    attachments, attachment_bytes = _attachments(connection, full=full)
    audit_head = connection.execute(
        "SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1"
    ).fetchone()
    return DatabaseFacts(
        revision=revision,
        counts=counts,
        office_name=office[0] if office else "",
        office_code=(office[1] or "") if office else "",
        attachments=attachments,
        attachment_bytes=attachment_bytes,
        audit_entries=counts.get("audit_log", 0),
        audit_head=audit_head[0] if audit_head else None,
    )


def _revision(connection: sqlite3.Connection) -> str:
    from lao_desktop.db.migrate import is_known_revision

    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:
        row = None
    if row is None:
        raise BackupError(_("The database inside the backup has no tables of this program."))
    if not is_known_revision(row[0]):
        raise BackupError(
            _(
                "This backup was made by a newer version of the program (schema {rev}). "
                "Install the newer version to restore it."
            ).format(rev=row[0])
        )
    return str(row[0])


def _attachments(connection: sqlite3.Connection, *, full: bool) -> tuple[int, int]:
    if not full:
        count, size = connection.execute(
            "SELECT count(*), coalesce(sum(length(content)), 0) FROM agreement_documents"
        ).fetchone()
        return int(count), int(size)
    count = size = 0
    for name, digest, content in connection.execute(
        "SELECT filename, sha256, content FROM agreement_documents"
    ):
        if hashlib.sha256(content or b"").hexdigest() != digest:
            raise BackupError(
                _("The scanned document {name} inside the backup is damaged.").format(name=name)
            )
        count, size = count + 1, size + len(content or b"")
    return count, size
