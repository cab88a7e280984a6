"""What someone holding the SQLite file could do to the audit trail with any SQLite tool:
drop the triggers that refuse UPDATE and DELETE, then edit, delete, insert or reorder."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from lao_desktop.services.audit import GENESIS, entry_hash

_COLUMNS = "at, user_id, username, action, entity, entity_id, summary, changes, prev_hash, hash"


@contextmanager
def attacker(path: Path) -> Iterator[sqlite3.Connection]:
    """A raw connection to the file with the append-only triggers dropped; committed."""
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
        connection.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
        yield connection
        connection.commit()


def ids(path: Path) -> list[int]:
    with closing(sqlite3.connect(path)) as connection:
        return [r[0] for r in connection.execute("SELECT id FROM audit_log ORDER BY id")]


def head(path: Path) -> str:
    with closing(sqlite3.connect(path)) as connection:
        row = connection.execute("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    return str(row[0]) if row else GENESIS


def alter_summary(path: Path, entry_id: int, summary: str = "ไม่มีอะไร") -> None:
    with attacker(path) as c:
        c.execute("UPDATE audit_log SET summary = ? WHERE id = ?", (summary, entry_id))


def delete_newest(path: Path, count: int) -> None:
    with attacker(path) as c:
        c.execute(
            "DELETE FROM audit_log WHERE id IN (SELECT id FROM audit_log ORDER BY id DESC LIMIT ?)",
            (count,),
        )


def delete_entry(path: Path, entry_id: int) -> None:
    with attacker(path) as c:
        c.execute("DELETE FROM audit_log WHERE id = ?", (entry_id,))


def append_forged(path: Path) -> int:
    """A new newest entry copied from the last one, linked to it, with a made-up hash."""
    with attacker(path) as c:
        c.execute(
            f"INSERT INTO audit_log ({_COLUMNS}) SELECT at, user_id, 'admin', 'delete', entity, "
            "entity_id, 'ลบโดยผู้ดูแล', '{}', hash, ? FROM audit_log ORDER BY id DESC LIMIT 1",
            ("f" * 64,),
        )
        return int(c.execute("SELECT max(id) FROM audit_log").fetchone()[0])


def swap(path: Path, first: int, second: int) -> None:
    """Exchange two entries' places (everything but the id)."""
    with attacker(path) as c:
        rows = {
            r[0]: r[1:]
            for r in c.execute(
                f"SELECT id, {_COLUMNS} FROM audit_log WHERE id IN (?, ?)", (first, second)
            )
        }
        sets = ", ".join(f"{name.strip()} = ?" for name in _COLUMNS.split(","))
        c.execute(f"UPDATE audit_log SET {sets} WHERE id = ?", (*rows[second], first))
        c.execute(f"UPDATE audit_log SET {sets} WHERE id = ?", (*rows[first], second))


def insert_forged_after(path: Path, entry_id: int) -> int:
    """A forged entry placed after ``entry_id``, correctly chained to it and hashed (the
    later entries move up one id): the entry after it no longer links. Returns the id of
    the moved entry that follows the forged one."""
    with attacker(path) as c:
        c.execute("UPDATE audit_log SET id = -id WHERE id > ?", (entry_id,))
        c.execute("UPDATE audit_log SET id = -id + 1 WHERE id < 0")
        cursor = c.execute("SELECT * FROM audit_log WHERE id = ?", (entry_id,))
        prev = cursor.fetchone()
        columns = [d[0] for d in cursor.description]
        forged = dict(zip(columns, prev, strict=True))
        forged.update(id=entry_id + 1, summary="แก้ไขงบประมาณ", prev_hash=forged["hash"])
        forged["hash"] = entry_hash(forged["prev_hash"], _Row(forged))
        names = ", ".join(forged)
        marks = ", ".join("?" for _ in forged)
        c.execute(f"INSERT INTO audit_log ({names}) VALUES ({marks})", tuple(forged.values()))
    return entry_id + 2


class _Row:
    """A raw row as ``entry_hash`` reads it (the stored time text parsed as UTC)."""

    def __init__(self, values: dict[str, Any]) -> None:
        self.at = datetime.fromisoformat(str(values["at"])).replace(tzinfo=UTC)
        self.user_id: str | None = values["user_id"]
        self.username: str = values["username"]
        self.action: str = values["action"]
        self.entity: str = values["entity"]
        self.entity_id: str | None = values["entity_id"]
        self.summary: str = values["summary"]
        self.changes: str = values["changes"]


def rewrite_from(path: Path, entry_id: int, summary: str = "ไม่มีอะไร") -> None:
    """Edit one entry and recompute every hash from it on: the chain verifies again, and
    only a latest hash kept elsewhere (a backup, a printed report) shows the change."""
    with attacker(path) as c:
        c.execute("UPDATE audit_log SET summary = ? WHERE id = ?", (summary, entry_id))
        c.row_factory = sqlite3.Row
        rows = [dict(r) for r in c.execute("SELECT * FROM audit_log ORDER BY id")]
        prev = GENESIS
        for row in rows:
            if row["id"] >= entry_id:
                new = entry_hash(prev, _Row(row))
                c.execute(
                    "UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?",
                    (prev, new, row["id"]),
                )
                row["hash"] = new
            prev = row["hash"]
