"""The five network reports on the demo office: directory, exchange ledger, agreements
register, follow-up tracker and annual report. What the three readers extract, glyphs inside
the report margins (footer allowed in its band), the header row on every page of a long
table, totals, long cells wrapped between words, Thai digits, charts labelled in Thai."""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

import pytest
from reportlab.lib.units import cm

from lao_desktop.db.database import open_database
from lao_desktop.documents.catalogue import gather, kind_named
from lao_desktop.documents.content.options import ReportOptions
from lao_desktop.documents.kinds.annual import CERTIFY
from lao_desktop.documents.kinds.directory import HEADER as DIRECTORY_HEADER
from lao_desktop.documents.kinds.exchanges import LEDGER_HEADER
from lao_desktop.documents.page import BOTTOM_MARGIN, LEFT_MARGIN, RIGHT_MARGIN, TOP_MARGIN
from lao_desktop.services import Services
from tests.documents.kind_checks import (
    DAY,
    Boxes,
    Extract,
    breaks_in_lines,
    latin_digits,
    lines_of,
    missing_texts,
    page_count,
    squeeze,
)
from tests.documents.test_content import demo_copy

REPORTS = ("directory", "exchanges", "agreements", "followup", "annual")
FOOTER_TOP = 1.0 * cm + 12  # the footer's rule and text sit in the bottom margin, above 1 cm


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    database = open_database(demo_copy(tmp_path_factory))
    yield Services(database)
    database.dispose()


@pytest.fixture(scope="module")
def contents(demo: Services) -> dict[str, Any]:
    return {k: gather(kind_named(k), demo, ReportOptions(today=DAY)) for k in REPORTS}


@pytest.fixture(scope="module")
def pdfs(demo: Services) -> dict[str, bytes]:
    from lao_desktop.documents.make import render_pdf

    return {k: render_pdf(k, demo, ReportOptions(today=DAY)) for k in REPORTS}


def outside_report_margins(pdf: bytes, boxes: Boxes) -> list[str]:
    """Glyphs outside the text area, except the running footer in the bottom margin."""
    import pdfplumber

    problems = []
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        sizes = [(float(p.width), float(p.height)) for p in document.pages]
    for number, (chars, (width, height)) in enumerate(zip(boxes(pdf), sizes, strict=True), 1):
        for char in chars:
            where = f"page {number} {char['text']!r} at {char['x0']:.1f},{char['top']:.1f}"
            if char["x0"] < LEFT_MARGIN - 1 or char["x1"] > width - RIGHT_MARGIN + 1:
                problems.append(where + " beside the text")
            if char["top"] < TOP_MARGIN - 1:
                problems.append(where + " in the top margin")
            in_bottom = char["bottom"] > height - BOTTOM_MARGIN + 1
            if in_bottom and char["top"] < height - FOOTER_TOP - 4:
                problems.append(where + " between the text and the footer")
            if char["bottom"] > height - 0.5 * cm:
                problems.append(where + " at the paper's edge")
    return problems


def _opening(line: str, target: str) -> str:
    """The end of ``line`` (from a space) that begins ``target``: pdfium reads the first
    line of a wrapped cell together with the cells beside it on the same baseline."""
    words = line.split()
    for start in range(len(words)):
        piece = squeeze("".join(words[start:]))
        if target.startswith(piece):
            return piece
    return ""


def wrapped_runs(pages: list[list[str]], text: str) -> list[list[str]]:
    """The runs of consecutive lines that together print ``text`` (a wrapped table cell)."""
    target = squeeze(text)
    runs = []
    for lines in pages:
        for start in range(len(lines) - 1):
            got = _opening(lines[start], target)
            if not got or got == target:
                continue
            run = [lines[start]]
            for line in lines[start + 1 :]:
                piece = squeeze(line)
                if not target.startswith(got + piece):
                    break
                got += piece
                run.append(line)
                if got == target:
                    runs.append(run)
                    break
    return runs


# -- every report ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "fewest", "most", "landscape"),
    [
        ("directory", 10, 60, False),
        ("exchanges", 3, 15, True),
        ("agreements", 1, 6, True),
        ("followup", 1, 10, True),
        ("annual", 3, 10, False),
    ],
)
def test_each_report_opens_with_its_pages(
    pdfs: dict[str, bytes], kind: str, fewest: int, most: int, landscape: bool
) -> None:
    import pypdfium2 as pdfium

    pdf = pdfs[kind]
    assert fewest <= page_count(pdf) <= most
    document = pdfium.PdfDocument(pdf)
    try:
        width, height = document[0].get_size()
    finally:
        document.close()
    assert (width > height) == landscape


@pytest.mark.parametrize("kind", REPORTS)
def test_no_glyph_outside_the_report_margins(
    pdfs: dict[str, bytes], char_boxes: Boxes, kind: str
) -> None:
    assert outside_report_margins(pdfs[kind], char_boxes) == []


@pytest.mark.parametrize("kind", REPORTS)
def test_title_footer_and_thai_digits(
    pdfs: dict[str, bytes], contents: dict[str, Any], extracted: Extract, kind: str
) -> None:
    content, pdf = contents[kind], pdfs[kind]
    pages = page_count(pdf)
    footer = [content.office.name, "พิมพ์เมื่อ ๒๑ พฤศจิกายน ๒๕๖๙", f"หน้า ๑/{_thai(pages)}"]
    assert missing_texts(pdf, extracted, [content.title, content.as_of, *footer]) == {
        "pdfium": [],
        "pypdf": [],
        "poppler": [],
    }
    assert latin_digits(pdf, extracted) == [] or kind == "directory"


def test_the_directory_digits_are_thai_except_line_ids(
    pdfs: dict[str, bytes], contents: dict[str, Any], extracted: Extract
) -> None:
    line_ids = {
        c.line_id
        for level in contents["directory"].levels
        for sector in level.sectors
        for partner in sector.partners
        for c in (*partner.contacts, partner)
        if c.line_id
    }
    assert set(latin_digits(pdfs["directory"], extracted)) <= line_ids


# -- directory ------------------------------------------------------------------------------


def test_the_directory_lists_every_partner_with_its_contacts(
    pdfs: dict[str, bytes], contents: dict[str, Any], extracted: Extract
) -> None:
    content = contents["directory"]
    partners = [p for lv in content.levels for s in lv.sectors for p in s.partners]
    assert len(partners) == content.total > 50
    headings = [lv.level for lv in content.levels] + [
        s.sector for lv in content.levels for s in lv.sectors
    ]
    people = [c.name for p in partners for c in p.contacts]
    phones = [c.phone for p in partners for c in p.contacts if c.phone]
    missing = missing_texts(pdfs["directory"], extracted, [*headings, *people, *phones])
    assert missing == {"pdfium": [], "pypdf": [], "poppler": []}
    # Names wrap inside their cell: read in stream order (pdfium) they are whole.
    whole = squeeze("".join(extracted(pdfs["directory"])["pdfium"]))
    assert [p.name for p in partners if squeeze(p.name) not in whole] == []
    # In the order of the directory: village level first, the running numbers 1..n.
    assert whole.index(squeeze(partners[0].name)) < whole.index(squeeze(partners[-1].name))


def test_the_directory_repeats_its_header_on_every_page(pdfs: dict[str, bytes]) -> None:
    pages = lines_of(pdfs["directory"])
    header = squeeze("".join(DIRECTORY_HEADER))
    assert all(header in squeeze("".join(lines)) for lines in pages[1:])


# -- exchanges ------------------------------------------------------------------------------


def test_the_ledger_holds_every_exchange_and_its_totals(
    pdfs: dict[str, bytes], contents: dict[str, Any], extracted: Extract
) -> None:
    content = contents["exchanges"]
    assert content.rows
    expected = [content.period, content.total_words, f"{content.count} รายการ"]
    expected += [r.date for r in content.rows] + [r.value for r in content.rows]
    expected += [r.label for r in content.by_kind] + [r.label for r in content.by_month]
    expected += [r.given for r in content.by_partner]
    missing = missing_texts(pdfs["exchanges"], extracted, expected)
    assert missing == {"pdfium": [], "pypdf": [], "poppler": []}
    text = squeeze("".join(extracted(pdfs["exchanges"])["pdfium"]))
    # The grand total: under the ledger, under each summary and in the sentence in words.
    assert text.count(squeeze(content.total)) >= 4
    assert all(squeeze(r.description) in text for r in content.rows)
    assert "มูลค่าการแลกเปลี่ยนทรัพยากรรายเดือน" in text  # the chart's title


def test_the_ledger_header_is_on_each_of_its_pages(pdfs: dict[str, bytes]) -> None:
    pages = lines_of(pdfs["exchanges"])
    header = squeeze("".join(LEDGER_HEADER))
    with_rows = [i for i, lines in enumerate(pages) if header in squeeze("".join(lines))]
    assert with_rows == list(range(len(with_rows))) and len(with_rows) >= 2


def test_long_ledger_cells_wrap_between_words(
    pdfs: dict[str, bytes], contents: dict[str, Any]
) -> None:
    pages = lines_of(pdfs["exchanges"])
    runs = [run for r in contents["exchanges"].rows for run in wrapped_runs(pages, r.description)]
    assert len(runs) >= 3  # descriptions do wrap in their column
    assert [problem for run in runs for problem in breaks_in_lines(run)] == []


# -- agreements -----------------------------------------------------------------------------


def test_the_register_shows_each_agreement_and_its_expiry(
    pdfs: dict[str, bytes], contents: dict[str, Any], extracted: Extract
) -> None:
    content = contents["agreements"]
    expected = [r.expires for r in content.rows if r.expires] + [
        r.days_text for r in content.rows if r.days_text
    ]
    expected += [status for status, _ in content.counts]
    missing = missing_texts(pdfs["agreements"], extracted, expected)
    assert missing == {"pdfium": [], "pypdf": [], "poppler": []}
    text = squeeze("".join(extracted(pdfs["agreements"])["pdfium"]))
    assert all(squeeze(r.title) in text for r in content.rows)
    assert any(r.expiring_soon for r in content.rows)
    assert squeeze(f"จำนวน {content.expiring_count} ฉบับ") in text


# -- follow-up ------------------------------------------------------------------------------


def test_the_tracker_lists_open_resolutions_overdue_first(
    pdfs: dict[str, bytes], contents: dict[str, Any], extracted: Extract
) -> None:
    content = contents["followup"]
    overdue = [r for r in content.rows if r.overdue_days]
    assert overdue and content.rows[0].overdue_days
    expected = [r.overdue_text for r in overdue] + [r.due for r in content.rows if r.due]
    expected += [content.open_count, content.overdue_count]
    missing = missing_texts(pdfs["followup"], extracted, expected)
    assert missing == {"pdfium": [], "pypdf": [], "poppler": []}
    text = squeeze("".join(extracted(pdfs["followup"])["pdfium"]))
    positions = [text.index(squeeze(f"{r.resolution} {r.text}")) for r in content.rows]
    assert positions == sorted(positions)  # printed in the content's order


def test_long_resolutions_wrap_between_words(
    pdfs: dict[str, bytes], contents: dict[str, Any]
) -> None:
    pages = lines_of(pdfs["followup"])
    rows = contents["followup"].rows
    runs = [run for r in rows for run in wrapped_runs(pages, f"{r.resolution} {r.text}")]
    assert len(runs) >= len(rows) // 2
    assert [problem for run in runs for problem in breaks_in_lines(run)] == []


# -- annual ---------------------------------------------------------------------------------


def test_the_annual_report_has_its_figures_charts_and_tables(
    pdfs: dict[str, bytes], contents: dict[str, Any], extracted: Extract
) -> None:
    content = contents["annual"]
    charts = [
        content.partners_by_level,
        content.partners_by_sector,
        content.partners_by_pillar,
        content.exchange_by_kind,
        content.resolutions,
    ]
    expected = [content.period, *(what for what, _ in content.highlights)]
    expected += [s.title for s in [*charts, content.exchange_by_month]]
    expected += [p.label for s in charts for p in s.points]
    expected += [f"{p.shown} {s.unit}" for s in charts for p in s.points]
    expected += [line.cells[1] for line in content.meetings.rows]
    expected += [CERTIFY, f"({content.office.executive.name})"]
    missing = missing_texts(pdfs["annual"], extracted, expected)
    assert missing == {"pdfium": [], "pypdf": [], "poppler": []}
    text = squeeze("".join(extracted(pdfs["annual"])["pdfium"]))
    months = [p.label.split()[0] for p in content.exchange_by_month.points]
    assert len(months) == 12 and all(m in text for m in months)
    assert all(squeeze(line.cells[1]) in text for line in content.networks.rows)


def test_the_certification_is_signed_on_the_same_page(
    pdfs: dict[str, bytes], contents: dict[str, Any]
) -> None:
    last = squeeze("".join(lines_of(pdfs["annual"])[-1]))
    assert squeeze(CERTIFY) in last and squeeze(contents["annual"].office.executive.name) in last


# -- making a report ------------------------------------------------------------------------


def test_a_report_can_be_cancelled_while_it_is_made(demo: Services) -> None:
    from lao_desktop.documents.make import render_pdf

    class Stop(Exception):
        pass

    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int, what: str) -> None:
        seen.append((done, total))
        if len(seen) > 3:
            raise Stop

    with pytest.raises(Stop):
        render_pdf("directory", demo, ReportOptions(today=DAY), progress)
    assert len(seen) == 4


def _thai(number: int) -> str:
    return str(number).translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙"))
