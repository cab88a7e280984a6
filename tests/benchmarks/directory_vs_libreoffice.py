"""A 100-page network directory: this program against LibreOffice, timed in the same run.

    python tests/benchmarks/directory_vs_libreoffice.py [--db PATH] [--pages 100] [--repeat 3]
        [--keep FOLDER]

Not part of the test run. The directory (ทำเนียบเครือข่าย) is read from the large demo
database (copied first: the file given is never written), cut down evenly across levels
and sectors to about ``--pages`` pages, then:

- made by ``documents.kinds.directory.build_pdf`` in this process (warm: fonts, shaping and
  the word list loaded; the median of ``--repeat`` runs) and in a fresh Python process
  (imports, fonts and the word list included), the issue's target being ≤ 3 s;
- written as an equivalent LibreOffice Writer document (flat ODT: the same title block,
  headings, four-column tables with the header row repeated, the same Thai rows in the
  bundled Sarabun at the same size, A4 with the same margins and a page-number footer) and
  converted by ``soffice --headless --convert-to pdf``, once with a new profile and once
  more with it (a second start is faster).

Prints pages and seconds for each. Needs ``soffice`` on the PATH (else says so and stops).
"""

from __future__ import annotations

import argparse
import dataclasses
import io
import math
import os
import pickle
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from lao_desktop.db.database import open_database  # noqa: E402
from lao_desktop.documents.catalogue import gather, kind_named  # noqa: E402
from lao_desktop.documents.content.directory import DirectoryContent  # noqa: E402
from lao_desktop.documents.content.options import ReportOptions  # noqa: E402
from lao_desktop.documents.kinds import directory as layout  # noqa: E402
from lao_desktop.documents.make import LayoutSetup  # noqa: E402
from lao_desktop.documents.text import Styles, font_family  # noqa: E402
from lao_desktop.services import Services  # noqa: E402

TODAY = date(2026, 11, 21)
FONTS = ROOT / "resources" / "fonts"


def page_count(pdf: bytes) -> int:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()


def cut(content: DirectoryContent, share: float) -> DirectoryContent:
    """The same directory with ``share`` of the partners of every sector (at least one)."""
    levels = []
    for level in content.levels:
        sectors = [
            dataclasses.replace(
                s, partners=s.partners[: max(1, math.ceil(len(s.partners) * share))]
            )
            for s in level.sectors
        ]
        levels.append(dataclasses.replace(level, sectors=tuple(sectors)))
    total = sum(len(s.partners) for lv in levels for s in lv.sectors)
    return dataclasses.replace(content, levels=tuple(levels), total=total)


def build(content: DirectoryContent, setup: LayoutSetup) -> bytes:
    return layout.build_pdf(content, setup, None)


_FRESH = """
import pickle, sys, time
started = time.perf_counter()
from lao_desktop.documents.kinds import directory
content, setup = pickle.load(open(sys.argv[1], "rb"))
pdf = directory.build_pdf(content, setup, None)
open(sys.argv[2], "wb").write(pdf)
print(time.perf_counter() - started)
"""


def fresh_process(
    content: DirectoryContent, setup: LayoutSetup, folder: Path
) -> tuple[float, float]:
    """Seconds for a new Python process to make the PDF: (whole process, after start)."""
    data = folder / "content.pickle"
    data.write_bytes(pickle.dumps((content, setup)))
    started = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", _FRESH, str(data), str(folder / "fresh.pdf")],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return time.perf_counter() - started, float(out.stdout.strip().splitlines()[-1])


# -- the LibreOffice side ------------------------------------------------------------------

_FODT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="Sarabun" svg:font-family="Sarabun"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm"
   fo:line-height="{body_line}pt"/>
  <style:text-properties style:font-name="Sarabun" fo:font-size="{body}pt"
   style:font-name-complex="Sarabun" style:font-size-complex="{body}pt" fo:language="th"
   fo:country="TH" style:language-complex="th" style:country-complex="TH"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
   fo:margin-left="3cm" fo:margin-right="2cm" fo:margin-top="2.5cm" fo:margin-bottom="1cm"/>
  <style:footer-style><style:header-footer-properties fo:min-height="1cm"/></style:footer-style>
 </style:page-layout>
 <style:style style:name="Title" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center" fo:line-height="{title_line}pt"/>
  <style:text-properties fo:font-size="{title}pt" fo:font-weight="bold"
   style:font-size-complex="{title}pt" style:font-weight-complex="bold"/>
 </style:style>
 <style:style style:name="Centre" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center"/>
 </style:style>
 <style:style style:name="Heading" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0.2cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-weight="bold" style:font-weight-complex="bold"/>
 </style:style>
 <style:style style:name="Cell" style:family="paragraph">
  <style:paragraph-properties fo:line-height="{cell_line}pt"/>
  <style:text-properties fo:font-size="{cell}pt" style:font-size-complex="{cell}pt"/>
 </style:style>
 <style:style style:name="CellHead" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center" fo:line-height="{cell_line}pt"/>
  <style:text-properties fo:font-size="{cell}pt" fo:font-weight="bold"
   style:font-size-complex="{cell}pt" style:font-weight-complex="bold"/>
 </style:style>
 <style:style style:name="Bold" style:family="text">
  <style:text-properties fo:font-weight="bold" style:font-weight-complex="bold"/>
 </style:style>
 <style:style style:name="T" style:family="table">
  <style:table-properties style:width="16cm" table:align="left"/>
 </style:style>
 {columns}
 <style:style style:name="C" style:family="table-cell">
  <style:table-cell-properties fo:padding-left="3pt" fo:padding-right="3pt"
   fo:padding-top="1pt" fo:padding-bottom="1pt" fo:border="0.5pt solid #595959"/>
 </style:style>
 <style:style style:name="H" style:family="table-cell">
  <style:table-cell-properties fo:padding-left="3pt" fo:padding-right="3pt"
   fo:padding-top="1pt" fo:padding-bottom="1pt" fo:border="0.5pt solid #595959"
   fo:background-color="#e6e6e6"/>
 </style:style>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:footer><text:p text:style-name="Cell">{office}<text:tab/>หน้า <text:page-number
   text:select-page="current"/></text:p></style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:text>
"""


def _p(style: str, text: str) -> str:
    return f'<text:p text:style-name="{style}">{escape(text)}</text:p>'


def _cell(lines: list[tuple[str, bool]], head: bool = False) -> str:
    parts = []
    for i, (text, bold) in enumerate(lines):
        shown = escape(text)
        if bold:
            shown = f'<text:span text:style-name="Bold">{shown}</text:span>'
        parts.append(("<text:line-break/>" if i else "") + shown)
    style = "CellHead" if head else "Cell"
    return (
        f'<table:table-cell table:style-name="{"H" if head else "C"}" office:value-type="string">'
        f'<text:p text:style-name="{style}">{"".join(parts)}</text:p></table:table-cell>'
    )


def _partner_lines(partner: layout.DirectoryPartner) -> list[list[tuple[str, bool]]]:
    """The four cells as (line, bold) lists: the same text as the PDF's cells."""
    about = [(f"({partner.short_name})", False)] if partner.short_name else []
    if partner.pillar:
        about.append((f"เสาหลัก: {partner.pillar}", False))
    reach = [(line, False) for line in layout.reach_lines(partner)] or [("-", False)]
    contacts: list[tuple[str, bool]] = []
    for person in partner.contacts:
        contacts.append((person.name, True))
        contacts.extend((line, False) for line in layout.contact_lines(person))
    return [
        [(partner.number, False)],
        [(partner.name, True), *about],
        reach,
        contacts or [("-", False)],
    ]


def fodt(content: DirectoryContent, office: str) -> str:
    total = sum(layout.WIDTHS)
    columns = "".join(
        f'<style:style style:name="W{i}" style:family="table-column">'
        f'<style:table-column-properties style:column-width="{16 * w / total:.3f}cm"/>'
        "</style:style>"
        for i, w in enumerate(layout.WIDTHS)
    )
    out = io.StringIO()
    # The same sizes and line spacing as the PDF (Sarabun printed as large as TH Sarabun).
    styles = Styles.for_family(font_family(None))
    body, title, table = styles.plain, styles.heading, styles.table
    out.write(
        _FODT_HEAD.format(
            body=f"{body.font_size:.2f}",
            body_line=f"{body.leading:.2f}",
            title=f"{title.font_size:.2f}",
            title_line=f"{title.leading:.2f}",
            cell=f"{table.font_size:.2f}",
            cell_line=f"{table.leading:.2f}",
            columns=columns,
            office=escape(office),
        )
    )
    out.write(
        _p("Title", content.title) + _p("Centre", content.as_of) + _p("Centre", content.total_text)
    )
    head = "".join(_cell([(h, True)], head=True) for h in layout.HEADER)
    cols = "".join(f'<table:table-column table:style-name="W{i}"/>' for i in range(4))
    for level in content.levels:
        out.write(_p("Heading", f"{level.level} ({level.count})"))
        for sector in level.sectors:
            out.write(_p("Heading", sector.sector))
            out.write(f'<table:table table:style-name="T">{cols}')
            out.write(f"<table:table-header-rows><table:table-row>{head}</table:table-row>")
            out.write("</table:table-header-rows>")
            for partner in sector.partners:
                cells = "".join(_cell(lines) for lines in _partner_lines(partner))
                out.write(f"<table:table-row>{cells}</table:table-row>")
            out.write("</table:table>")
    out.write("</office:text></office:body></office:document>\n")
    return out.getvalue()


def libreoffice(source: Path, folder: Path, profile: Path) -> tuple[float, int]:
    """Seconds for ``soffice --convert-to pdf`` and the pages it made."""
    fonts = folder / "fonts.conf"
    fonts.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
        f"<dir>{FONTS}</dir><cachedir>{folder / 'fc-cache'}</cachedir></fontconfig>",
        encoding="utf-8",
    )
    env = dict(os.environ, FONTCONFIG_FILE=str(fonts))
    command = [
        "soffice",
        f"-env:UserInstallation={profile.as_uri()}",
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        str(folder),
        str(source),
    ]
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, env=env)
    seconds = time.perf_counter() - started
    return seconds, page_count((folder / f"{source.stem}.pdf").read_bytes())


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, default=Path("/tmp/large.db"))
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="copy both PDFs and the .fodt here")
    args = parser.parse_args()
    if shutil.which("soffice") is None:
        print("soffice (LibreOffice) is not installed: nothing to compare with", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="dir-vs-lo-") as name:
        folder = Path(name)
        copy = folder / "large.db"
        shutil.copyfile(args.db, copy)
        services = Services(open_database(copy))
        started = time.perf_counter()
        full = gather(kind_named("directory"), services, ReportOptions(today=TODAY))
        read = time.perf_counter() - started
        from lao_desktop.documents.content.base import office_info

        office = office_info(services)
        setup = LayoutSetup("directory", "directory", office, None, office.thai_digits, TODAY)
        share = min(1.0, args.pages * 6.8 / max(full.total, 1))
        content = cut(full, share)
        pages = page_count(build(content, setup))  # also warms fonts, shaping, word list
        if pages and abs(pages - args.pages) > args.pages * 0.05:
            content = cut(full, share * args.pages / pages)
        times = []
        for _ in range(args.repeat):
            started = time.perf_counter()
            pdf = build(content, setup)
            times.append(time.perf_counter() - started)
        pages = page_count(pdf)
        whole, inside = fresh_process(content, setup, folder)

        source = folder / "directory.fodt"
        source.write_text(fodt(content, office.name), encoding="utf-8")
        profile = folder / "lo-profile"
        lo_first, lo_pages = libreoffice(source, folder, profile)
        lo_second, _ = libreoffice(source, folder, profile)
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            (args.keep / "directory-ours.pdf").write_bytes(pdf)
            shutil.copyfile(folder / "directory.pdf", args.keep / "directory-libreoffice.pdf")
            shutil.copyfile(source, args.keep / "directory.fodt")

    warm = statistics.median(times)
    print(f"directory of {content.total:,} partners (of {full.total:,}; read in {read:.1f} s)")
    print(f"{'':44} {'pages':>6} {'seconds':>8}")
    print(f"{'this program, warm (median of ' + str(args.repeat) + ')':44} {pages:6} {warm:8.2f}")
    print(f"{'this program, new process (whole)':44} {pages:6} {whole:8.2f}")
    print(f"{'  of which making the PDF':44} {pages:6} {inside:8.2f}")
    print(f"{'LibreOffice convert-to pdf, new profile':44} {lo_pages:6} {lo_first:8.2f}")
    print(f"{'LibreOffice convert-to pdf, second run':44} {lo_pages:6} {lo_second:8.2f}")
    target = "met" if warm <= 3.0 else "MISSED"
    print(f"target: a 100-page directory in at most 3 s warm: {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
