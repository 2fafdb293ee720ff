"""Every .xlsx Jinlin hands out is written by jinlin/core/xlsx.py: text that looks like a
formula opens as text, numbers stay numbers."""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

from django.utils import timezone
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
