"""``lao-desktop audit``: check, list or print the audit trail (executive or administrator).

    lao-desktop audit verify --db PATH [--head HASH | --backup FILE]
    lao-desktop audit list --db PATH [--by NAME] [--kind KIND] [--id UUID] [--action A]
                           [--from DATE] [--to DATE] [--search TEXT] [--limit N] [--changes]
    lao-desktop audit print --db PATH --out FILE.pdf [the same filters]

``verify`` exits 0 when every entry verifies (and the hash given is in the chain), 1 when
not, naming the first broken entry; 2 on bad input or a refused user, like every command.
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from lao_desktop.errors import DomainError
from lao_desktop.i18n import _
from lao_desktop.thai.dates import format_datetime_be, parse_date
from lao_desktop.thai.errors import ThaiInputError

if TYPE_CHECKING:
    from datetime import date

    from lao_desktop.db.database import Database
    from lao_desktop.services.audit_trail import AuditQuery
    from lao_desktop.services.registry import Services


class AuditOptionError(DomainError):
    """An option of ``audit`` that cannot be used; the message says how to fix it."""


def run(args: argparse.Namespace) -> int:
    if args.audit_command == "verify":
        return verify(args)
    query = query_of(args)  # bad filters are told before the database is opened
    if args.audit_command == "print":
        return print_report(args, query)
    return list_entries(args, query)


# -- verify ------------------------------------------------------------------------------------


def _expected_head(args: argparse.Namespace) -> str | None:
    if args.backup:
        from lao_desktop.backup.reading import read_manifest

        # The manifest is stored in clear even in an encrypted backup: no passphrase needed.
        manifest = read_manifest(Path(args.backup))
        if manifest.audit_head is None:
            print(_("The backup holds no audit entries: nothing to compare."), file=sys.stderr)
        else:
            print(
                _("Latest hash in the backup of {date}: {hash}").format(
                    date=format_datetime_be(manifest.created.astimezone()),
                    hash=manifest.audit_head,
                )
            )
        return manifest.audit_head
    head: str | None = args.head
    if head is not None and not _is_hash(head.strip()):
        raise AuditOptionError(
            _(
                "--head {value} is not a latest hash: give the 64 letters and digits printed "
                "at the end of an audit report."
            ).format(value=head)
        )
    return head.strip().lower() if head else None


def _is_hash(text: str) -> bool:
    return len(text) == 64 and all(c in "0123456789abcdefABCDEF" for c in text)


def verify(args: argparse.Namespace) -> int:
    from lao_desktop.services.audit import Problem
    from lao_desktop.services.audit_labels import broken_text

    expected = _expected_head(args)
    services, db = _services(args)
    try:
        result = services.audit_trail.verify(expected, _progress())
    finally:
        db.dispose()
    _end_progress()
    if result.broken is not None:
        print(broken_text(result, expected))
        if result.broken.problem == Problem.MISSING_END:
            line = _("The {n:,} entries there verify; their latest hash: {hash}")
        else:
            line = _("Entries that verify before it: {n:,}. Latest hash that verifies: {hash}")
        print(line.format(n=result.entries, hash=result.head or "-"))
        return 1
    print(_("The audit trail verifies: {n:,} entries.").format(n=result.entries))
    if expected is not None:
        print(_("The latest hash given is in the chain: no entry was cut off after it."))
    print(_("Latest hash: {hash}").format(hash=result.head or "-"))
    return 0


# -- list and print ----------------------------------------------------------------------------


def query_of(args: argparse.Namespace) -> AuditQuery:
    from lao_desktop.services.audit_labels import find_action, find_entity
    from lao_desktop.services.audit_trail import AuditQuery

    entity = None
    if args.kind:
        entity = find_entity(args.kind)
        if entity is None:
            raise AuditOptionError(
                _(
                    "--kind {value}: no such kind of record; give a table such as partners, "
                    "or a name such as Partner."
                ).format(value=args.kind)
            )
    action = None
    if args.action:
        action = find_action(args.action)
        if action is None:
            raise AuditOptionError(
                _(
                    "--action {value}: no such action; use create, update, delete, restore, login …"
                ).format(value=args.action)
            )
    record_id = None
    if args.record_id:
        try:
            record_id = uuid.UUID(args.record_id.strip())
        except ValueError:
            raise AuditOptionError(
                _("--id {value} is not a record id (a UUID such as 9f3c…-…).").format(
                    value=args.record_id
                )
            ) from None
    date_from, date_to = _day("--from", args.date_from), _day("--to", args.date_to)
    if date_from and date_to and date_from > date_to:
        raise AuditOptionError(_("--from is after --to: swap the two dates."))
    return AuditQuery(
        user=args.by.strip() if args.by else None,
        entity=entity,
        entity_id=record_id,
        action=action,
        date_from=date_from,
        date_to=date_to,
        text=args.search or "",
        offset=max(0, getattr(args, "offset", 0)),
        limit=max(1, getattr(args, "limit", 50)),
    )


def _day(option: str, text: str | None) -> date | None:
    if not text:
        return None
    try:
        return parse_date(text)
    except ThaiInputError as error:
        raise AuditOptionError(f"{option} {text}: {error.message_en}") from None


def list_entries(args: argparse.Namespace, query: AuditQuery) -> int:
    from lao_desktop.services.audit_labels import action_label, change_lines, entity_label

    services, db = _services(args)
    try:
        page = services.audit_trail.list(query)
        names = services.audit_trail.names_for(page.items) if args.changes else {}
    finally:
        db.dispose()
    header = [_("No."), _("Time"), _("User"), _("Action"), _("Record"), _("Summary")]
    rows = [
        [
            str(e.id),
            format_datetime_be(e.at.astimezone()),
            e.username,
            action_label(e.action),
            entity_label(e.entity),
            e.summary,
        ]
        for e in page.items
    ]
    widths = [max(_width(r[i]) for r in [header, *rows]) for i in range(len(header) - 1)]
    for n, row in enumerate([header, *rows]):
        cells = [_pad(text, width) for text, width in zip(row, widths, strict=False)]
        print("  ".join([*cells, row[-1]]).rstrip())
        if n and args.changes:
            for line in change_lines(page.items[n - 1], names=names):
                print(" " * (sum(widths[:2]) + 4) + line)
    shown = f"{query.offset + 1:,}–{query.offset + len(page.items):,}" if page.items else "0"
    print(_("Entries {shown} of {total:,}, newest first.").format(shown=shown, total=page.total))
    return 0


def print_report(args: argparse.Namespace, query: AuditQuery) -> int:
    from lao_desktop.documents.content.options import ReportOptions
    from lao_desktop.documents.make import make_pdf

    out = Path(args.out)
    if not out.parent.is_dir():
        raise AuditOptionError(_("The folder {path} does not exist.").format(path=out.parent))
    services, db = _services(args)
    try:
        make_pdf("audit", services, out, ReportOptions(audit=query), _progress())
    finally:
        db.dispose()
    _end_progress()
    print(out)
    return 0


# -- helpers -----------------------------------------------------------------------------------


def _services(args: argparse.Namespace) -> tuple[Services, Database]:
    from lao_desktop.cli.login import existing_database, logged_in

    db = existing_database(args)
    try:
        return logged_in(db, args), db
    except BaseException:
        db.dispose()
        raise


def _width(text: str) -> int:
    """Columns on a terminal: Thai vowel and tone marks above or below take none."""
    return sum(1 for c in text if not unicodedata.combining(c) and unicodedata.category(c) != "Mn")


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def _progress() -> Callable[[int, int, str], None] | None:
    """A percentage on the terminal; nothing when the output goes to a file or a script."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int, _what: str) -> None:
        print(f"\r{done * 100 // max(total, 1):3d}%", end="", file=sys.stderr, flush=True)

    return show


def _end_progress() -> None:
    if sys.stderr.isatty():
        print(file=sys.stderr)
