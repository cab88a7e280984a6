"""“Back up now”: snapshot, check, write to the chosen folder, read back, note the time."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from lao_desktop.backup.archive import Written, new_manifest, write_backup
from lao_desktop.backup.inspect import examine
from lao_desktop.backup.manifest import EXTENSION
from lao_desktop.backup.reading import Progress, quiet
from lao_desktop.backup.snapshot import take_snapshot
from lao_desktop.backup.workdir import work_folder
from lao_desktop.errors import BackupError
from lao_desktop.i18n import _
from lao_desktop.services.permissions import Action, require
from lao_desktop.services.registry import Services
from lao_desktop.services.settings import BACKUP_RECOVERY_KEY, LAST_BACKUP_AT
from lao_desktop.thai.dates import be_year

_NOT_IN_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')


def backup_name(office: str, when: datetime, kind: str = "") -> str:
    """“องค์การบริหารส่วนตำบลนาคูณใหญ่ 2569-11-21 09.47.laobackup”: the office and the B.E.
    date and time, with nothing Windows refuses in a file name."""
    office = _NOT_IN_NAMES.sub(" ", office).strip(" .")[:60].strip() or "LAO"
    stamp = f"{be_year(when.date())}-{when:%m-%d %H.%M}"
    return " ".join(part for part in (office, kind, stamp) if part) + EXTENSION


def back_up(
    services: Services,
    folder: Path,
    *,
    passphrase: str | None = None,
    progress: Progress = quiet,
    kind: str = "",
    record: bool = True,
) -> Written:
    """Write a new, verified backup of the services' database into ``folder``.

    ``record`` notes the time as the office's last backup (Home's reminder); automatic local
    copies and safety copies do not count as one.
    """
    require(services.ctx.actor, Action.BACK_UP)
    db = services.ctx.db
    if not folder.is_dir():
        raise BackupError(
            _("The folder {path} does not exist. Is the USB stick plugged in?").format(path=folder)
        )
    recovery = services.settings.get(BACKUP_RECOVERY_KEY) or None
    now = datetime.now().astimezone()
    with work_folder("lao-backup-") as work:
        snapshot = work / "snapshot.sqlite"
        take_snapshot(db, snapshot, progress)
        progress(0, 1, _("Checking the copy"))
        facts = examine(snapshot, full=False)
        base = new_manifest(facts, "sqlite" if db.is_sqlite else "postgresql", now)
        written = write_backup(
            snapshot,
            base,
            folder,
            backup_name(facts.office_name, now, kind),
            passphrase=passphrase,
            recovery_public=recovery,
            progress=progress,
        )
    if record:
        services.settings.set(LAST_BACKUP_AT, now.isoformat(timespec="seconds"))
    return written
