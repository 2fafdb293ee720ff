"""Every .xlsx Jinlin hands out is written by jinlin/core/xlsx.py: text that looks like a
formula opens as text, numbers stay numbers."""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

from django.utils import timezone
from django.utils.translation import override
from openpyxl import load_workbook

from jinlin.core import xlsx
from jinlin.oversight import services as oversight_services
from tests.needs_helpers import new_member, publish
from tests.standing_helpers import served_need

ROOT = Path(__file__).resolve().parent.parent / "jinlin"
EVIL = ['=HYPERLINK("http://evil.example","点我")', "+1+1", "-2+3+cmd|' /C calc'!A0", "@SUM(A1)"]


def _cells(content: bytes) -> list:
    workbook = load_workbook(io.BytesIO(content))
    return [cell for sheet in workbook.worksheets for row in sheet.iter_rows() for cell in row]


def _assert_neutral(content: bytes, texts: list[str]) -> None:
    cells = _cells(content)
    assert not [c.coordinate for c in cells if c.data_type == "f"]  # no formula anywhere
    values = [c.value for c in cells]
    for text in texts:
        assert text in values, text  # kept exactly, as text


def test_the_writer_keeps_formula_text_as_text_and_numbers_as_numbers():
    book = xlsx.Book()
    sheet = book.sheet("测试", title="标题", header=["文字", "数字"])
    for text in EVIL:
        sheet.append([text, 12.5])
    cells = _cells(book.to_bytes())
    numbers = [c for c in cells if c.column == 2 and c.row > 2]
    assert all(c.data_type == "n" and c.value == 12.5 for c in numbers)
    _assert_neutral(book.to_bytes(), EVIL)


def test_the_needs_table_neutralises_titles_and_places(cast, as_user):
    publish(cast, title=EVIL[0], place=EVIL[2])
    response = as_user(cast.community_admin).get("/needs/manage/export.xlsx?status=all")
    _assert_neutral(response.content, [EVIL[0], EVIL[2]])


def test_the_oversight_ledger_neutralises_problem_titles(cast, as_user):
    oversight_services.problem_create(
        organization=cast.community,
        title=EVIL[1],
        source="round",
        severity="high",
        deadline=timezone.localdate() + dt.timedelta(days=7),
        by=cast.supervisor,
    )
    response = as_user(cast.district_admin).get("/oversight/export.xlsx")
    _assert_neutral(response.content, [EVIL[1]])


def test_the_quarterly_feedback_neutralises_member_names(cast, as_user):
    member = new_member(cast, EVIL[3], "13700137000")
    served_need(cast, member, hours="2")
    today = timezone.localdate()
    quarter = f"{today.year}Q{(today.month - 1) // 3 + 1}"
    response = as_user(cast.unit_admin).get(f"/reports/feedback/?quarter={quarter}&format=xlsx")
    _assert_neutral(response.content, [EVIL[3]])


def test_no_module_writes_a_workbook_but_the_one_writer():
    found = []
    for path in ROOT.rglob("*.py"):
        if path.name == "xlsx.py" and path.parent.name == "core":
            continue
        text = path.read_text(encoding="utf-8")
        if re.search(r"\bWorkbook\(|from openpyxl import .*\bWorkbook\b", text):
            found.append(str(path.relative_to(ROOT)))
    assert found == []


def test_appending_a_row_does_not_measure_the_whole_sheet(monkeypatch):
    """Reading the new row back through ``ws[ws.max_row]`` measured every cell of the sheet
    on every row (a 台账 of 20,000 rows took 101 s, of 5,000 6.7 s): the sheet's size is asked
    no more often for 400 rows than for 40."""
    from openpyxl.worksheet.worksheet import Worksheet

    asked = {"n": 0}
    for name in ("max_row", "max_column"):
        real = getattr(Worksheet, name)

        def counted(ws, real=real):
            asked["n"] += 1
            return real.fget(ws)

        monkeypatch.setattr(Worksheet, name, property(counted))

    def asks(rows):
        book = xlsx.Book()
        sheet = book.sheet("台账", title="服务台账", header=["序号", "姓名", "日期"])
        asked["n"] = 0
        for i in range(rows):
            sheet.append([i, "张三", dt.date(2026, 12, 4)])
        return asked["n"]

    assert asks(400) == asks(40)


def test_a_table_keeps_its_values_and_prints_as_laid_out():
    """The table's rows (written straight into the sheet's XML) read back with their types,
    formats and layout: dates as dates, long text wrapped in a taller row, the 合计 row bold
    and ruled, columns as wide as what they hold, the header frozen above them."""
    from decimal import Decimal

    book = xlsx.Book()
    header = ["姓名", "日期", "签到", "时长", "内容"]
    sheet = book.sheet("台账", title="集美区服务台账", header=header)
    long = "清理楼道杂物，" * 12
    signed_in = dt.datetime(2026, 12, 4, 9, 30)  # noqa: DTZ001  (local time, as Excel keeps it)
    sheet.append(["张三", dt.date(2026, 12, 4), signed_in, 2.5, "扫地"])
    sheet.append(["李四", None, None, Decimal("1.50"), long])
    sheet.append(["=1+1", dt.date(2026, 12, 5), None, True, "第一行\n第二行"])
    sheet.total(["合计", "", "", Decimal("4.00"), ""])
    ws = load_workbook(io.BytesIO(book.to_bytes())).active
    assert ws.title == "台账" and ws.max_row == 6 and ws.freeze_panes == "A3"
    day = dt.datetime(2026, 12, 4)  # noqa: DTZ001  (a date reads back as its midnight)
    assert [c.value for c in ws[3]] == ["张三", day, signed_in, 2.5, "扫地"]
    assert ws["B3"].number_format == "yyyy-mm-dd" and ws["C3"].number_format == "yyyy-mm-dd hh:mm"
    assert ws["D4"].value == 1.5 and ws["B4"].value is None
    assert ws["A5"].value == "=1+1" and ws["A5"].data_type == "s" and ws["D5"].value is True
    # Long text wraps at the column's most width, its row as tall as its lines.
    assert ws.column_dimensions["E"].width == xlsx.MAX_WIDTH
    assert ws["E4"].alignment.wrap_text and ws.row_dimensions[4].height > 2 * xlsx.LINE_POINTS
    # A taller row reads from the top across: its other cells are not left at its foot.
    assert {ws[f"{c}4"].alignment.vertical for c in "ADE"} == {"top"}
    assert ws["D6"].alignment.vertical == "top" and ws["B3"].alignment.vertical == "top"
    assert ws["E5"].alignment.wrap_text and ws.row_dimensions[5].height == 2 * xlsx.LINE_POINTS + 4
    assert not ws["E3"].alignment.wrap_text and ws.row_dimensions[3].height is None
    # Dates are wide enough to print; the header is the red band, the total bold and ruled.
    assert ws.column_dimensions["C"].width >= len("2026-12-04 09:30") + 2
    assert ws["A2"].font.bold and ws["A2"].fill.fgColor.rgb.endswith("C8102E")
    assert ws["A6"].font.bold and ws["D6"].border.top.style == "thin" and not ws["A5"].font.bold
    assert "A1:E1" in {str(r) for r in ws.merged_cells.ranges}
    assert ws.calculate_dimension() == "A1:E6"


def test_a_table_of_many_rows_is_written_quickly_enough_to_count_its_cells():
    """Each row is written as text, not made an openpyxl cell: 20,000 rows of a 台账's kind
    make an .xlsx that reads back every row (its speed is benchmarked, not timed here)."""
    book = xlsx.Book()
    sheet = book.sheet("台账", title="台账", header=["序号", "姓名", "日期", "时长"])
    for i in range(20_000):
        sheet.append([i, f"队员{i % 300}", dt.date(2026, 11, 1 + i % 28), 1.5])
    ws = load_workbook(io.BytesIO(book.to_bytes()), read_only=True).active
    rows = list(ws.iter_rows(min_row=3, values_only=True))
    last_day = dt.datetime(2026, 11, 8)  # noqa: DTZ001  (a date reads back as its midnight)
    assert len(rows) == 20_000 and rows[-1] == (19_999, "队员199", last_day, 1.5)


def test_a_table_longer_than_a_sheet_holds_goes_on_in_the_next_sheet(monkeypatch):
    """Past Excel's 1,048,576 rows (here 10) the table goes on in “…（续2）” with the same
    title, header and widths; the 合计 row closes the last part; nothing is lost or repeated."""
    monkeypatch.setattr(xlsx, "MAX_ROWS", 10)
    book = xlsx.Book()
    book.sheet("概况", header=["项目"]).append(["共 22 行"])
    sheet = book.sheet("参与人员及时长", title="集美区台账", header=["序号", "姓名"], widths=[6, 9])
    for i in range(22):
        sheet.append([i, f"队员{i}"])
    sheet.total(["合计", 22])
    after = book.sheet("问题", header=["问题"])
    after.append(["一个问题"])
    wb = load_workbook(io.BytesIO(book.to_bytes()))
    assert wb.sheetnames == [
        "概况", "参与人员及时长", "参与人员及时长（续2）", "参与人员及时长（续3）", "问题"
    ]  # fmt: skip
    parts = [wb[name] for name in wb.sheetnames[1:4]]
    assert [ws.max_row for ws in parts] == [10, 10, 9]  # 8, 8 and 6 rows + the 合计 row
    assert [ws["A1"].value for ws in parts] == [
        "集美区台账",
        "集美区台账（续2）",
        "集美区台账（续3）",
    ]
    assert all([c.value for c in ws[2]] == ["序号", "姓名"] for ws in parts)
    assert all(ws.print_title_rows == "$1:$2" and ws.freeze_panes == "A3" for ws in parts)
    assert all(ws.column_dimensions["B"].width == parts[0].column_dimensions["B"].width
               for ws in parts)  # fmt: skip
    numbers = [row[0] for ws in parts for row in ws.iter_rows(min_row=3, values_only=True)]
    assert numbers == [*range(22), "合计"]
    assert parts[2]["A9"].font.bold and not parts[1]["A10"].font.bold
    assert [c.value for c in wb["问题"][2]] == ["一个问题"]
    with override("en"):
        english = xlsx.Book()
        sheet = english.sheet("Participants and hours", header=["No."])
        for i in range(10):  # the header and 9 rows fill a sheet of 10
            sheet.append([i])
    names = load_workbook(io.BytesIO(english.to_bytes())).sheetnames
    assert names == ["Participants and hours", "Participants and hours (part 2)"]


def test_an_empty_text_is_an_empty_cell_and_zero_is_written():
    """No cell for "" (Excel's COUNTA and Ctrl+↓ see an empty cell), but 0 and False are."""
    book = xlsx.Book()
    sheet = book.sheet("台账", header=["备注", "时长", "已完成", "姓名"])
    sheet.append(["", 0, False, "张三"])
    ws = load_workbook(io.BytesIO(book.to_bytes())).active
    assert [(c.value, c.data_type) for c in ws[2]] == [
        (None, "n"), (0, "n"), (False, "b"), ("张三", "s")
    ]  # fmt: skip


def test_a_tables_texts_are_written_once_and_read_back_as_written_by_libreoffice():
    """Text of the tables goes into the book's shared strings: a name repeated down a table
    (and on another sheet) is stored once. Excel's reader (openpyxl here) and LibreOffice read
    back every text as written: markup characters, leading spaces, line breaks, formula-like
    text, Chinese; numbers and dates beside them unchanged."""
    import csv
    import subprocess
    import tempfile
    import zipfile

    from tests.papers import tool

    texts = ["张三", "a < b & c > d", "  两个空格开头", "第一行\n第二行", EVIL[0], "“引号”'s"]
    book = xlsx.Book()
    first = book.sheet("甲", title="第一张", header=["文字", "数字", "日期"])
    for i in range(300):
        first.append([texts[i % len(texts)], i, dt.date(2026, 12, 1 + i % 3)])
    first.total(["合计", 300, None])
    second = book.sheet("乙", header=["文字"])
    for text in texts:
        second.append([text])
    content = book.to_bytes()
    with zipfile.ZipFile(io.BytesIO(content)) as package:
        shared = package.read("xl/sharedStrings.xml").decode()
    assert shared.count("<si>") == len(texts) + 1  # each text once, and 合计
    assert f'uniqueCount="{len(texts) + 1}"' in shared
    wb = load_workbook(io.BytesIO(content))
    assert [wb["甲"].cell(row=3 + i, column=1).value for i in range(300)] == [
        texts[i % len(texts)] for i in range(300)
    ]
    assert [c.value for c in wb["甲"][303]] == ["合计", 300, None]
    assert [row[0].value for row in wb["乙"].iter_rows(min_row=2)] == texts
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "book.xlsx"
        source.write_bytes(content)
        subprocess.run(
            [tool("soffice"), f"-env:UserInstallation=file://{folder}/profile", "--headless",
             "--convert-to", 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,'
             "false,false,-1", "--outdir", folder, str(source)],
            check=True, capture_output=True, timeout=240,
        )  # fmt: skip
        sheets = {
            path.stem: list(csv.reader(path.open(encoding="utf-8", newline="")))
            for path in Path(folder).glob("book-*.csv")
        }
    assert sorted(sheets) == ["book-乙", "book-甲"]
    rows = sheets["book-甲"]
    assert rows[0][0] == "第一张" and rows[1] == ["文字", "数字", "日期"]
    assert [row[0] for row in rows[2:302]] == [texts[i % len(texts)] for i in range(300)]
    assert rows[2][1:] == ["0", "2026-12-01"] and rows[302][:2] == ["合计", "300"]
    assert [row[0] for row in sheets["book-乙"][1:]] == texts


def test_each_rows_wrapping_is_what_the_finished_columns_give():
    """A row's XML is written when it is appended, before the columns' widths are final: the
    lines each text wraps to (its style and its row's height) are still those of the finished
    column — short texts before long ones, long ones before short, line breaks, a column
    asked wider than ``MAX_WIDTH`` — and widths cannot change once rows are written."""
    import random

    import pytest

    chance = random.Random(21)
    pieces = ["楼道", "清扫", "ab", "Community service ", "\n", "关爱老人", "x" * 7]
    book = xlsx.Book()
    sheet = book.sheet("台账", header=["短", "长", "宽"], widths=[6, 12, xlsx.MAX_WIDTH + 12])
    rows = []
    for _ in range(300):
        row = ["".join(chance.choices(pieces, k=chance.randint(0, n))) for n in (3, 14, 14)]
        rows.append(row)
        sheet.append(row)
    with pytest.raises(ValueError):
        sheet.widths([30, 30, 30])
    ws = load_workbook(io.BytesIO(book.to_bytes())).active
    widths = [ws.column_dimensions[letter].width for letter in "ABC"]
    assert widths[2] == xlsx.MAX_WIDTH + 12 and widths[1] == xlsx.MAX_WIDTH
    wrapped_rows = 0
    for number, row in enumerate(rows, start=2):
        pairs = zip(row, widths, strict=True)
        lines = [xlsx._lines(text, width) if text else 1 for text, width in pairs]
        cells = ws[number]
        assert [bool(c.alignment.wrap_text) for c in cells] == [n > 1 for n in lines], row
        height = ws.row_dimensions[number].height
        expected = xlsx.LINE_POINTS * max(lines) + 4 if max(lines) > 1 else None
        assert height == expected, row
        wrapped_rows += max(lines) > 1
    assert 30 < wrapped_rows < 290  # both kinds of row were written


def test_a_tables_other_values_are_written_as_excel_reads_them():
    """Beside text, integers, decimals and dates: a time prints as a time, a float and a
    yes/no as themselves, a decimal that is not a number and anything else as its text."""
    import uuid
    from decimal import Decimal

    book = xlsx.Book()
    sheet = book.sheet("台账", header=["时间", "小数", "是否", "非数", "编号"])
    key = uuid.UUID(int=21)
    sheet.append([dt.time(9, 30), 2.25, False, Decimal("NaN"), key])
    sheet.total([dt.time(18, 0), 0.5, True, Decimal("NaN"), "=合计"])
    ws = load_workbook(io.BytesIO(book.to_bytes())).active
    assert [c.value for c in ws[2]] == [dt.time(9, 30), 2.25, False, "NaN", str(key)]
    assert ws["A2"].number_format == "hh:mm" and ws["C2"].data_type == "b"
    assert [c.value for c in ws[3]] == [dt.time(18, 0), 0.5, True, "NaN", "=合计"]
    assert ws["A3"].font.bold and ws["E3"].data_type == "s"
