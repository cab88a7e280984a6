"""``backup``, ``verify``, ``restore`` and ``recovery-key`` on the command line (scheduled
backups by IT staff). The backup's path goes to standard output, everything else to standard
error; any failure exits non-zero with the reason."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from lao_desktop.backup.crypto import RecoveryKey
from lao_desktop.backup.drives import size_text
from lao_desktop.backup.manifest import Manifest
from lao_desktop.backup.reading import Progress, read_manifest
from lao_desktop.errors import BackupError, DatabaseError
from lao_desktop.i18n import _
from lao_desktop.paths import database_target
from lao_desktop.thai.dates import format_datetime_be

if TYPE_CHECKING:
    from lao_desktop.db.database import Database
    from lao_desktop.services.context import Actor


def _progress() -> Progress:
    if not sys.stderr.isatty():
        return lambda done, total, what: None

    def show(done: int, total: int, what: str) -> None:
        percent = done * 100 // max(total, 1)
        print(f"\r{percent:3d}% {what:<50}", end="", file=sys.stderr, flush=True)

    return show


def _first_line(option: str, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        lines = Path(value).read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise BackupError(
            _("Cannot read {option} {path}: {reason}").format(
                option=option, path=value, reason=getattr(error, "strerror", None) or error
            )
        ) from error
    text = lines[0].rstrip("\r\n") if lines else ""
    if not text.strip():
        raise BackupError(
            _("{path} is empty: write the secret on its first line.").format(path=value)
        )
    return text


def _secrets(args: argparse.Namespace) -> tuple[str | None, RecoveryKey | None]:
    passphrase = _first_line("--passphrase-file", args.passphrase_file)
    recovery_text = _first_line("--recovery-key-file", getattr(args, "recovery_key_file", None))
    return passphrase, RecoveryKey.parse(recovery_text) if recovery_text else None


def describe(manifest: Manifest, path: Path) -> list[str]:
    """What a backup holds, in lines for a person."""
    created = format_datetime_be(manifest.created.astimezone())
    lines = [
        _("Backup file: {path} ({size})").format(path=path, size=size_text(path.stat().st_size)),
        _("Office: {name}").format(name=manifest.office_name or "-"),
        _("Made: {when}, program {version}, schema {schema}").format(
            when=created, version=manifest.program_version, schema=manifest.schema_revision
        ),
        _("Records: {n:,}; scanned documents: {docs}; audit entries: {audit:,}").format(
            n=manifest.records, docs=manifest.attachments, audit=manifest.audit_entries
        ),
    ]
    if manifest.encryption is not None:
        lines.append(_("Encrypted with a passphrase."))
    return lines


def backup(args: argparse.Namespace) -> int:
    from lao_desktop.backup.crypto import passphrase_problem
    from lao_desktop.backup.make import back_up
    from lao_desktop.cli.login import logged_in
    from lao_desktop.db.database import open_database
    from lao_desktop.services.settings import BACKUP_RECOVERY_KEY

    passphrase, _recovery = _secrets(args)
    if passphrase is not None and (problem := passphrase_problem(passphrase)):
        raise BackupError(problem)
    db = open_database(args.db)
    try:
        services = logged_in(db, args)
        written = back_up(services, Path(args.to), passphrase=passphrase, progress=_progress())
        if passphrase is not None and not services.settings.get(BACKUP_RECOVERY_KEY):
            print(
                _(
                    "Warning: the office has no recovery key, so this backup is lost if the "
                    "passphrase is forgotten. Make one with “lao-desktop recovery-key”."
                ),
                file=sys.stderr,
            )
    finally:
        db.dispose()
    _end_progress()
    for line in describe(written.manifest, written.path):
        print(line, file=sys.stderr)
    print(_("Written, read back and verified."), file=sys.stderr)
    print(written.path)
    return 0


def verify(args: argparse.Namespace) -> int:
    from lao_desktop.backup.restore import verify_backup

    path = Path(args.file)
    passphrase, recovery = _secrets(args)
    manifest = verify_backup(path, passphrase=passphrase, recovery=recovery, progress=_progress())
    _end_progress()
    for line in describe(manifest, path):
        print(line)
    print(_("Verified: the backup is whole and can be restored."))
    return 0


def restore(args: argparse.Namespace) -> int:
    from lao_desktop.backup.local import safety_folder
    from lao_desktop.backup.restore import restore_backup
    from lao_desktop.db.database import Database, resolve_url

    path = Path(args.file)
    passphrase, recovery = _secrets(args)
    manifest = read_manifest(path)
    for line in describe(manifest, path):
        print(line, file=sys.stderr)
    db = Database(resolve_url(args.db))
    actor = _restorer(db, args)
    print(_("It will replace the data in {where}.").format(where=db.describe()), file=sys.stderr)
    if not args.yes and not _confirmed():
        db.dispose()
        print(_("Nothing was changed."), file=sys.stderr)
        return 1
    target = database_target(args.db)
    result = restore_backup(
        path,
        db,
        actor,
        safety_folder=safety_folder(target),
        passphrase=passphrase,
        recovery=recovery,
        progress=_progress(),
    )
    _end_progress()
    if result.safety_copy is not None:
        print(
            _("The data as it was before is kept in {path}.").format(path=result.safety_copy),
            file=sys.stderr,
        )
    if result.upgraded:
        print(_("The backup came from an older version and was brought up to date."))
    print(_("Restored: {n:,} records.").format(n=result.manifest.records))
    return 0


def _restorer(db: Database, args: argparse.Namespace) -> Actor:
    """Who restores: an administrator of the database being replaced. A new PC has no
    database, and a damaged one cannot say who its users are (whoever can damage the file
    can replace it anyway): then the program itself."""
    from sqlalchemy.exc import SQLAlchemyError

    from lao_desktop.cli.login import acting_user
    from lao_desktop.db.migrate import upgrade
    from lao_desktop.services.context import SYSTEM

    if db.path is not None and not db.path.exists():
        return SYSTEM
    try:
        upgrade(db)
    except (SQLAlchemyError, DatabaseError):
        print(_("The current database cannot be read: it is replaced as it is."), file=sys.stderr)
        return SYSTEM
    return acting_user(db, args)


def recovery_key(args: argparse.Namespace) -> int:
    from lao_desktop.backup.recovery import adopt_recovery_key
    from lao_desktop.cli.login import logged_in
    from lao_desktop.db.database import open_database
    from lao_desktop.documents.recovery_sheet import recovery_sheet_pdf
    from lao_desktop.files import write_atomically
    from lao_desktop.services.permissions import Action, require

    out = Path(args.out)
    if not out.parent.is_dir():
        raise BackupError(_("The folder {path} does not exist.").format(path=out.parent))
    db = open_database(args.db)
    try:
        services = logged_in(db, args)
        require(services.ctx.actor, Action.ADMINISTER)
        office = services.office.current()
        key = RecoveryKey.generate()
        pdf = recovery_sheet_pdf(
            office.name if office else "",
            key.text(),
            key.key_id,
            datetime.now().astimezone(),
            thai_digits=bool(office and office.use_thai_digits),
        )
        write_atomically(out, pdf)  # the sheet first: a key is kept only once it is printable
        adopt_recovery_key(services, key)
    finally:
        db.dispose()
    print(key.text())
    print(
        _(
            "A new recovery key {id} is set: backups made from now on can also be opened with "
            "it. Print {path}, keep it in the office safe, then delete the file."
        ).format(id=key.key_id, path=out),
        file=sys.stderr,
    )
    return 0


def _confirmed() -> bool:
    if not sys.stdin.isatty():
        print(_("Add --yes to restore without a question."), file=sys.stderr)
        return False
    answer = input(_("Type YES to replace the data: "))
    return answer.strip().upper() in {"YES", "Y", _("YES")}


def _end_progress() -> None:
    if sys.stderr.isatty():
        print(file=sys.stderr)
