"""``lao-desktop check``: is the database whole, ours, and of this program's schema?"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from lao_desktop.db.database import Database
from lao_desktop.db.migrate import is_known_revision, status
from lao_desktop.db.sqlite_settings import APPLICATION_ID
from lao_desktop.i18n import _
from lao_desktop.services.audit import first_broken_entry


@dataclass(frozen=True)
class Finding:
    ok: bool
    message: str


def _sqlite_findings(db: Database) -> list[Finding]:
    findings = []
    with db.engine.connect() as connection:
        result = [row[0] for row in connection.exec_driver_sql("PRAGMA integrity_check")]
        findings.append(
            Finding(True, _("Integrity check: ok."))
            if result == ["ok"]
            else Finding(
                False,
                _("The database file is damaged ({detail}); restore it from a backup.").format(
                    detail="; ".join(result[:5])
                ),
            )
        )
        broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        findings.append(
            Finding(True, _("References between records: ok."))
            if not broken
            else Finding(
                False,
                _(
                    "{n} records point to records that do not exist (first in table {table}); "
                    "restore from a backup, or ask for support with this message."
                ).format(n=len(broken), table=broken[0][0]),
            )
        )
        app_id = connection.exec_driver_sql("PRAGMA application_id").scalar()
        if app_id != APPLICATION_ID:
            findings.append(Finding(False, _("This file was not made by LAO Network Desktop.")))
        mode = connection.exec_driver_sql("PRAGMA journal_mode").scalar()
        findings.append(
            Finding(
                mode == "wal",
                _("Crash-safe writing (WAL) is on.")
                if mode == "wal"
                else _(
                    "Crash-safe writing is off (journal mode {mode}); open the database once "
                    "with the program to switch it on."
                ).format(mode=mode),
            )
        )
    return findings


def run_check(db: Database) -> list[Finding]:
    findings: list[Finding] = []
    try:
        if db.is_sqlite:
            findings += _sqlite_findings(db)
        else:
            with db.engine.connect() as connection:
                connection.execute(text("SELECT 1"))
            findings.append(Finding(True, _("Connected to the database server.")))
        state = status(db)
    except SQLAlchemyError as error:
        reason = str(getattr(error, "orig", error)).strip()
        return [
            *findings,
            Finding(False, _("Cannot read the database: {reason}").format(reason=reason)),
        ]
    if state.current is None:
        findings.append(Finding(False, _("The database has no tables of this program.")))
        return findings
    if not is_known_revision(state.current):
        findings.append(
            Finding(
                False,
                _(
                    "Made by a newer version of the program (schema {rev}); install that "
                    "version to use this database."
                ).format(rev=state.current),
            )
        )
        return findings
    if state.up_to_date:
        findings.append(
            Finding(True, _("Schema version {rev}: up to date.").format(rev=state.current))
        )
    else:
        findings.append(
            Finding(
                True,
                _("Schema version {rev}; the program upgrades it to {head} when it starts.").format(
                    rev=state.current, head=state.head
                ),
            )
        )
    with db.read_session() as session:
        broken = first_broken_entry(session)
    findings.append(
        Finding(True, _("Audit trail: every entry verifies."))
        if broken is None
        else Finding(False, _("Audit trail: entry {id} was altered or removed.").format(id=broken))
    )
    return findings
