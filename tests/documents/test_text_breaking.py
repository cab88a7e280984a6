"""Thai line breaking: between words, never before ๆ/ฯ, long words only between clusters."""

from __future__ import annotations

import unicodedata

from lao_desktop.documents.text import Styles, ThaiParagraph, add_words, font_family
from lao_desktop.documents.text.breaking import break_lines, graphemes, words
from lao_desktop.documents.text.shaping import shaped_width

FONT = font_family().regular
SIZE = 10.5

TEXT = (
    "ด้วยองค์การบริหารส่วนตำบลได้จัดให้มีการประชุมคณะกรรมการเครือข่ายความร่วมมือด้านการพัฒนา"
    "คุณภาพชีวิตผู้สูงอายุ เพื่อพิจารณาแผนงานต่าง ๆ และโครงการที่จะดำเนินการร่วมกันกับภาคีเครือข่าย"
    "ทั้งภาครัฐ ภาคเอกชน และภาคประชาชน ณ กรุงเทพฯ ฯลฯ งบประมาณ 12,500.00 บาท e-mail: a@b.go.th"
)


def _measure(font: str, text: str, size: float) -> float:
    return shaped_width(font, text, size)


def _lines(text: str, width: float) -> list[str]:
    return [
        "".join(p.text for p in line.pieces)
        for line in break_lines([(text, FONT, SIZE)], width, _measure)
    ]


def _word_ends(text: str) -> set[int]:
    ends, pos = set(), 0
    for word in words(text):
        pos += len(word)
        ends.add(pos)
    return ends


def test_lines_break_only_between_words_and_fit() -> None:
    for width in (120.0, 180.0, 260.0, 400.0):
        lines = _lines(TEXT, width)
        assert "".join(lines).replace(" ", "") == TEXT.replace(" ", "")
        ends = _word_ends(TEXT.replace(" ", ""))
        pos = 0
        for line in lines[:-1]:
            pos += len(line.replace(" ", ""))
            assert pos in ends, (width, line)
        for line in lines:
            assert _measure(FONT, line, SIZE) <= width + 0.01


def test_no_line_starts_with_repetition_mark_or_closing_punctuation() -> None:
    for width in range(60, 400, 7):
        for line in _lines(TEXT, float(width))[1:]:
            assert line.lstrip()[:1] not in set("ๆฯ),.;:!?%"), (width, line)


def test_over_long_word_breaks_between_grapheme_clusters() -> None:
    word = "ก๋วยเตี๋ยวน้ำใสเส้นเล็กพิเศษทั้งหมดสิ้นสี่สิบชาม"
    lines = _lines(word, 40.0)
    assert len(lines) > 2
    assert "".join(lines) == word
    for line in lines[1:]:
        first = line[0]
        assert unicodedata.category(first) != "Mn" and first not in "ะาำๅ", line
    for line in lines[:-1]:
        assert line[-1] not in "เแโใไ", line


def test_graphemes_keep_marks_and_leading_vowels() -> None:
    assert graphemes("ก๋วยเตี๋ยว") == ["ก๋", "ว", "ย", "เตี๋", "ย", "ว"]
    assert graphemes("น้ำ") == ["น้ำ"]


def test_office_words_stay_whole() -> None:
    text = "องค์การบริหารส่วนตำบลหนองหญ้าปล้องใหญ่ขอเชิญประชุม"
    add_words(["หนองหญ้าปล้องใหญ่"])
    assert "หนองหญ้าปล้องใหญ่" in words(text)
    for width in range(90, 300, 5):  # wider than the name itself
        lines = _lines(text, float(width))
        assert any("หนองหญ้าปล้องใหญ่" in line for line in lines), (width, lines)


def test_paragraph_in_a_narrow_cell_keeps_words() -> None:
    styles = Styles.for_family(font_family())
    paragraph = ThaiParagraph("ผู้ใหญ่บ้านหมู่ที่ 5 ตำบลนาคูณใหญ่ อำเภอนาหว้า", styles.table)
    paragraph.wrap(70, 1000)
    texts = ["".join(p.text for p in line.pieces) for line in paragraph.lines]
    assert len(texts) > 1
    assert "ผู้ใหญ่บ้าน" in texts[0] or texts[0].startswith("ผู้ใหญ่")
    assert all(not t.startswith(("่", "้", "ุ")) for t in texts)
