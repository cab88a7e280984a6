"""``lao-desktop import``, ``export`` and ``template``: spreadsheets without the window.

    lao-desktop import FILE --kind KIND [--dry-run] [--skip-bad]
    lao-desktop export --kind KIND --out FILE
    lao-desktop template --kind KIND --out FILE

``import`` exits 1 and lists every problem (row, column, what is wrong) when a row cannot be
used; the database is then unchanged, unless ``--skip-bad`` asks for the good rows alone.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from lao_desktop.cli.login import acting_user, existing_database
from lao_desktop.cli.spreadsheet_options import ALL
from lao_desktop.db.database import open_database
from lao_desktop.i18n import _
from lao_desktop.services.registry import Services
from lao_desktop.tabular.kinds import kind_named
from lao_desktop.tabular.reading import SpreadsheetError

SUFFIXES = (".xlsx", ".csv")


def run(args: argparse.Namespace) -> int:
    if args.command == "template":
        return _template(args)
    out = _output(args.out, args.kind) if args.command == "export" else None
    # A new office imports its lists into a new database; an export needs data to be there.
    db = open_database(getattr(args, "db", None)) if out is None else existing_database(args)
    try:
        services = Services(db, acting_user(db, args))
        if out is None:
            return _import(services, args)
        return _export(services, args.kind, out)
    finally:
        db.dispose()


def _import(services: Services, args: argparse.Namespace) -> int:
    from lao_desktop.tabular.importer import Importer
    from lao_desktop.tabular.report import problem_line, summary_lines

    kind = None if args.kind == ALL else kind_named(args.kind)
    report = Importer(services).run(
        Path(args.file), kind, apply=not args.dry_run, skip_bad=args.skip_bad
    )
    print("\n".join(summary_lines(report)))
    for problem in sorted(report.problems, key=lambda p: (p.sheet, p.row)):
        print(problem_line(problem))
    if report.problems:
        print(
            _("{n} rows have problems.").format(n=f"{report.bad_rows:,}")
            + " "
            + (
                _("The other rows were imported.")
                if report.applied
                else _("Nothing was saved: fix the file and import it again, or use --skip-bad.")
            )
        )
    elif report.applied:
        print(_("Imported."))
    else:
        print(_("No problems found (dry run: nothing was saved)."))
    return 1 if report.problems and not report.applied else 0


def _export(services: Services, kind: str, out: Path) -> int:
    from lao_desktop.tabular.exporter import export_all, export_kind

    if kind == ALL:
        count = export_all(services, out)
    else:
        count = export_kind(services, kind_named(kind), out)
    print(_("Written: {path} ({n} records)").format(path=out, n=f"{count:,}"))
    return 0


def _template(args: argparse.Namespace) -> int:
    from lao_desktop.tabular.exporter import save_template

    out = _output(args.out, args.kind)
    save_template(kind_named(args.kind), out)
    print(_("Written: {path}").format(path=out))
    return 0


def _output(text: str, kind: str) -> Path:
    out = Path(text).expanduser()
    suffix = out.suffix.casefold()
    if suffix not in SUFFIXES or (kind == ALL and suffix != ".xlsx"):
        raise SpreadsheetError(
            _("Give a file ending in .xlsx (Excel) or .csv, not {path}.").format(path=out)
            if kind != ALL
            else _("The whole database needs a workbook: give a file ending in .xlsx.")
        )
    if not out.parent.is_dir():
        raise SpreadsheetError(
            _("The folder {folder} does not exist; choose another.").format(folder=out.parent)
        )
    return out
