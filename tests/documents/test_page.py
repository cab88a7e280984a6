"""Official pages: emblem or placeholder, page numbers, footer, margins, atomic rendering."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from reportlab.lib.units import cm
from reportlab.platypus import Flowable

from lao_desktop.documents.blocks import thai_table
from lao_desktop.documents.page import (
    BOTTOM_MARGIN,
    LEFT_MARGIN,
    RIGHT_MARGIN,
    TOP_MARGIN,
    Footer,
    PageSetup,
)
from lao_desktop.documents.render import PdfInfo, render_pdf, render_pdf_to
from lao_desktop.documents.text import Styles, ThaiParagraph, font_family
from tests.documents.conftest import Extracted, page_lines

PARAGRAPH = (
    "องค์การบริหารส่วนตำบลนาคูณใหญ่ขอขอบคุณภาคีเครือข่ายทุกภาคส่วนที่ได้ร่วมกันพัฒนาคุณภาพชีวิต"
    "ของประชาชนในตำบลอย่างต่อเนื่อง ทั้งด้านสาธารณสุข การศึกษา และการประกอบอาชีพ "
) * 3


def _styles(thai_digits: bool = False) -> Styles:
    return Styles.for_family(font_family(), thai_digits=thai_digits)


def _story(styles: Styles, count: int = 12) -> list[Flowable]:
    return [ThaiParagraph(PARAGRAPH, styles.body) for _ in range(count)]


def _png() -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (90, 100), (200, 30, 30)).save(buffer, "PNG")
    return buffer.getvalue()


def test_placeholder_until_the_office_has_an_emblem(
    extracted: Callable[[bytes], Extracted],
) -> None:
    styles = _styles()
    pdf = render_pdf(_story(styles, 1), PageSetup(styles=styles), PdfInfo(title="t"))
    first = extracted(pdf)["pdfium"][0]
    assert "ตราครุฑ" in first and "ตราสัญลักษณ์" in first


def test_emblem_image_replaces_the_placeholder(extracted: Callable[[bytes], Extracted]) -> None:
    import pdfplumber

    styles = _styles()
    setup = PageSetup(styles=styles, emblem_png=_png())
    pdf = render_pdf(_story(styles, 1), setup, PdfInfo(title="t"))
    assert "ตราครุฑ" not in extracted(pdf)["pdfium"][0]
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        images = document.pages[0].images
        assert len(images) == 1
        image = images[0]
        assert image["height"] == pytest.approx(3 * cm, abs=1)
        assert image["top"] == pytest.approx(1.5 * cm, abs=1)
        centre = (image["x0"] + image["x1"]) / 2
        assert centre == pytest.approx(LEFT_MARGIN + setup.frame_width / 2, abs=1)


@pytest.mark.parametrize(("thai_digits", "second"), [(True, "- ๒ -"), (False, "- 2 -")])
def test_page_numbers_from_page_two(
    thai_digits: bool, second: str, extracted: Callable[[bytes], Extracted]
) -> None:
    styles = _styles(thai_digits)
    pdf = render_pdf(_story(styles), PageSetup(styles=styles), PdfInfo(title="t"))
    for reader, pages in extracted(pdf).items():
        assert len(pages) >= 2, reader
        first_line = page_lines(pages[1])[0]
        if reader == "poppler":  # pdftotext joins a lone hyphen to its neighbours
            first_line, second = first_line.replace(" ", ""), second.replace(" ", "")
        assert first_line == second, reader
        assert not page_lines(pages[0])[0].startswith("-"), reader


def test_footer_counts_pages(extracted: Callable[[bytes], Extracted]) -> None:
    styles = _styles()
    setup = PageSetup(styles=styles, emblem="none", footer=Footer("อบต.นาคูณใหญ่"))
    pdf = render_pdf(_story(styles), setup, PdfInfo(title="t"))
    pages = extracted(pdf)["pdfium"]
    total = len(pages)
    for number, page in enumerate(pages, 1):
        assert f"หน้า {number}/{total}" in page
        assert "อบต.นาคูณใหญ่" in page


def _inside_margins(boxes: list[list[dict[str, Any]]], width: float, height: float) -> None:
    for number, chars in enumerate(boxes, 1):
        for char in chars:
            if char["text"].isspace():
                continue
            assert char["x0"] >= LEFT_MARGIN - 0.5, (number, char["text"], char["x0"])
            assert char["x1"] <= width - RIGHT_MARGIN + 0.5, (number, char["text"], char["x1"])
            assert char["bottom"] <= height - BOTTOM_MARGIN + 0.5, (number, char["text"])
            if number > 1:
                assert char["top"] >= TOP_MARGIN - 0.5 or char["text"] in "-๒๓๔2345 ", char


def test_long_paragraphs_and_tables_stay_inside_the_margins(
    char_boxes: Callable[[bytes], list[list[dict[str, Any]]]],
) -> None:
    styles = _styles()
    for landscape in (False, True):
        setup = PageSetup(styles=styles, emblem="none", landscape=landscape, page_numbers=False)
        rows = [[str(i), "นายสมชาย ใจดีมากเป็นพิเศษ", PARAGRAPH[:120], "12,500.00"] for i in range(60)]
        table = thai_table(
            styles,
            setup.frame_width,
            ["ลำดับ", "ชื่อ", "ที่อยู่", "บาท"],
            rows,
            [1, 3, 6, 2],
            align=["center", "left", "left", "right"],
        )
        pdf = render_pdf([*_story(styles, 4), table], setup, PdfInfo(title="t"))
        boxes = char_boxes(pdf)
        assert len(boxes) > 2
        _inside_margins(boxes, *setup.pagesize)


class _Boom(Flowable):  # type: ignore[misc]
    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 10, 10

    def draw(self) -> None:
        raise RuntimeError("boom")


def test_render_to_path_is_atomic(tmp_path: Path) -> None:
    styles = _styles()
    target = tmp_path / "out.pdf"
    with pytest.raises(RuntimeError):
        render_pdf_to(
            target, [*_story(styles, 3), _Boom()], PageSetup(styles=styles), PdfInfo(title="t")
        )
    assert list(tmp_path.iterdir()) == []
    render_pdf_to(target, _story(styles, 2), PageSetup(styles=styles), PdfInfo(title="t"))
    assert target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]


def test_progress_raising_stops_the_build(tmp_path: Path) -> None:
    class Stop(Exception):
        pass

    calls: list[tuple[int, int, str]] = []

    def progress(done: int, total: int, what: str) -> None:
        calls.append((done, total, what))
        if len(calls) >= 3:
            raise Stop

    styles = _styles()
    with pytest.raises(Stop):
        render_pdf_to(
            tmp_path / "x.pdf",
            _story(styles, 30),
            PageSetup(styles=styles),
            PdfInfo(title="t"),
            progress=progress,
        )
    assert list(tmp_path.iterdir()) == []
    assert calls[-1][1] == 30


def test_metadata() -> None:
    from pypdf import PdfReader

    styles = _styles()
    info = PdfInfo(title="หนังสือเชิญประชุม", author="อบต.นาคูณใหญ่", subject="เชิญประชุม")
    meta = PdfReader(
        io.BytesIO(render_pdf(_story(styles, 1), PageSetup(styles=styles), info))
    ).metadata
    assert meta is not None
    assert meta.title == "หนังสือเชิญประชุม"
    assert meta.author == "อบต.นาคูณใหญ่"
    assert meta.creator == "LAO Network Desktop"


def test_office_font_is_sized_like_th_sarabun(tmp_path: Path) -> None:
    from lao_desktop.paths import resource_path

    own = tmp_path / "MyFont.ttf"
    own.write_bytes(resource_path("fonts", "Sarabun-Regular.ttf").read_bytes())
    family = font_family(own)
    # The same outlines as Sarabun: the same scale; one file serves all four faces.
    assert family.size(16) == pytest.approx(16 / 1.52, rel=0.01)
    assert family.bold != font_family().bold
