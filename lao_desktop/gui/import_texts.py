"""What the import window says about a check or an import, in the clerk's words."""

from __future__ import annotations

from lao_desktop.i18n import _
from lao_desktop.tabular.report import ImportReport, KindResult


def _count(number: int) -> str:
    return f"{number:,}"


def _bad_rows(result: KindResult) -> int:
    """Rows of ``result``'s sheet that neither add, update nor match a record."""
    return max(result.rows - result.added - result.updated - result.unchanged, 0)


def summary_text(report: ImportReport, *, imported: bool) -> str:
    """A line per sheet: its rows and what they do (or did), and the columns not read."""
    lines = []
    for result in report.results:
        counts = {
            "kind": _(result.kind.title),
            "rows": _count(result.rows),
            "added": _count(result.added),
            "updated": _count(result.updated),
            "unchanged": _count(result.unchanged),
            "bad": _count(_bad_rows(result)),
        }
        if imported:
            line = _(
                "{kind} — rows: {rows}; added: {added}; updated: {updated}; already the same: "
                "{unchanged}; left out: {bad}"
            )
        else:
            line = _(
                "{kind} — rows: {rows}; to add: {added}; to update: {updated}; already the "
                "same: {unchanged}; with problems: {bad}"
            )
        lines.append(line.format(**counts))
        if result.ignored_columns:
            lines.append(
                _("Columns not imported (the program does not know these headers): {names}").format(
                    names=", ".join(f"“{name}”" for name in result.ignored_columns)
                )
            )
    return "\n".join(lines)


def verdict(report: ImportReport, *, imported: bool) -> tuple[str, bool]:
    """What to do next, and whether that is good news."""
    rows = report.total("rows")
    bad = report.bad_rows
    problems = _count(len(report.problems))
    if imported:
        if not report.problems:
            return "", True
        return _(
            "The rows with these problems were not imported. Fix them in the file and import "
            "it again: the rows already imported are then recognized and not added twice."
        ), False
    if not report.problems and rows == 0:
        return _("There are no rows to import below the column headers."), False
    if not report.problems:
        return _("No problems found. Press Import to save the rows."), True
    if bad >= rows:
        return _(
            "Problems found: {problems}; no row can be imported as it is. They are listed "
            "below by row: fix them in the file, save it and check it again."
        ).format(problems=problems), False
    return _(
        "Problems found: {problems}, in {bad} of the rows. They are listed below by row: fix "
        "them in the file, save it and check it again; or import only the good rows now."
    ).format(problems=problems, bad=_count(bad)), False


def applied_text(report: ImportReport) -> str:
    text = _("Imported from {file}: {added} added, {updated} updated.").format(
        file=report.file,
        added=_count(report.total("added")),
        updated=_count(report.total("updated")),
    )
    if report.bad_rows:
        text += " " + _("Rows with problems left out: {left}.").format(left=_count(report.bad_rows))
    return text
