"""``lao-desktop report``: print an official document or a report to a PDF file.

    lao-desktop report --list
    lao-desktop report KIND --db PATH --out FILE.pdf [--id UUID] [--year BE]
    lao-desktop report letter --db PATH --subject S --to T --body-file F --out FILE.pdf

Everything a person can get wrong (the kind, the id, the year, the body file, the output
folder) is checked before any work and told in the interface language.
"""

from __future__ import annotations

import argparse
import os
import sys
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from lao_desktop.documents.content.base import ContentError
from lao_desktop.documents.content.options import FreeText, ReportOptions
from lao_desktop.i18n import _
from lao_desktop.thai.digits import to_arabic_digits

if TYPE_CHECKING:
    from lao_desktop.services.registry import Services


def print_kinds() -> int:
    from lao_desktop.documents.catalogue import KINDS

    width = max(len(kind.name) for kind in KINDS) + 2
    for kind in KINDS:
        print(f"{kind.name:<{width}}{kind.label()}")
    return 0


def run(args: argparse.Namespace) -> int:
    if args.list:
        return print_kinds()
    if not args.kind:
        raise ContentError(
            _("Name the kind of document to print; “lao-desktop report --list” shows them.")
        )
    from lao_desktop.documents.catalogue import kind_named

    kind = kind_named(args.kind)  # an unknown kind is told before anything else
    options = ReportOptions(
        record_id=_record_id(args.record_id),
        year=_year(args.year),
        text=_free_text(args) if kind.free_text else None,
    )
    if kind.free_text and kind.about is None and options.text is None:
        from lao_desktop.documents.content.letters import free_text_missing

        raise ContentError(free_text_missing())
    out = _output(args.out)
    services = _services(args)
    from lao_desktop.documents.make import make_pdf

    try:
        written = make_pdf(kind.name, services, out, options, _progress)
    finally:
        services.ctx.db.dispose()
        if sys.stderr.isatty():
            print(file=sys.stderr)
    print(_("Written: {path}").format(path=written))
    return 0


def _record_id(text: str | None) -> uuid.UUID | None:
    if text is None:
        return None
    try:
        return uuid.UUID(text.strip())
    except ValueError:
        message = _("“{text}” is not a record id; an id looks like {example}.")
        raise ContentError(message.format(text=text, example=uuid.UUID(int=0))) from None


def _year(text: str | None) -> int | None:
    if text is None:
        return None
    digits = to_arabic_digits(text.strip())
    if not digits.isdigit():
        message = _("“{text}” is not a year; give the fiscal year in B.E., e.g. 2569.")
        raise ContentError(message.format(text=text))
    from lao_desktop.documents.content.base import check_be_year

    return check_be_year(int(digits))


def _free_text(args: argparse.Namespace) -> FreeText | None:
    given = [args.subject, args.to, args.body_file]
    if all(v is None for v in given):
        return None  # a memo without text: the report of a meeting
    body: tuple[str, ...] = ()
    if args.body_file is not None:
        body = _body(Path(args.body_file))
    return FreeText(
        subject=args.subject or "",
        to=args.to or "",
        body=body,
        reference=args.reference or "",
        enclosures=tuple(args.enclosure),
        signer=args.signer,
        position=args.position,
    )


def _body(path: Path) -> tuple[str, ...]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        message = _("The body file {path} does not exist; check its name and folder.")
        raise ContentError(message.format(path=path)) from None
    except UnicodeDecodeError:
        message = _(
            "The body file {path} is not UTF-8 text; save it as UTF-8 (in Notepad: Save As, "
            "Encoding UTF-8) and try again."
        )
        raise ContentError(message.format(path=path)) from None
    except OSError as error:
        message = _("The body file {path} cannot be read ({reason}).")
        raise ContentError(message.format(path=path, reason=error.strerror or error)) from None
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def _output(text: str | None) -> Path:
    if not text:
        raise ContentError(_("Give the PDF file to write with --out FILE.pdf."))
    out = Path(text).expanduser()
    folder = out.parent if str(out.parent) else Path(".")
    if out.is_dir():
        message = _("{path} is a folder; give a file name, e.g. {path}/report.pdf.")
        raise ContentError(message.format(path=out))
    if not folder.is_dir():
        message = _("The folder {folder} does not exist; create it or choose another one.")
        raise ContentError(message.format(folder=folder))
    if not os.access(folder, os.W_OK | os.X_OK):
        message = _("The folder {folder} cannot be written to; choose another folder.")
        raise ContentError(message.format(folder=folder))
    return out


def _services(args: argparse.Namespace) -> Services:
    from lao_desktop.cli.login import existing_database, logged_in

    return logged_in(existing_database(args), args)


def _progress(done: int, total: int, what: str) -> None:
    if sys.stderr.isatty():
        share = done * 100 // max(total, 1)
        print(f"\r{share:3d}% {what:<40}", end="", file=sys.stderr, flush=True)
