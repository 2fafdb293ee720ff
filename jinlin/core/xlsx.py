"""The one writer of every .xlsx Jinlin hands out (needs tables, the oversight 台账, quarterly
feedback, the roster template …).

Text that a spreadsheet would take for a formula (it starts with ``=``, ``+``, ``-``, ``@``, a
tab or a line break) is written as text, so a need titled ``=HYPERLINK(…)`` opens as those very
characters and never runs; numbers and dates stay numbers and dates. Sheets come print-ready,
as LibreOffice or Excel prints them: a title row across the table, a coloured frozen header
repeated on every printed page, landscape A4 fitted to the page width, “第 n 页 共 m 页” at
the foot. Columns are measured from what they hold (a Chinese character is two units wide):
a date or time column is always wide enough to print (never ``###``), headers and long text
wrap and their rows grow to show every line, and totals stand out. ``tests/test_xlsx.py``
holds every export to it.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import unicodedata
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any

from django.utils.functional import Promise
from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from jinlin.core.nul import clean_text

FORMULA_LEADS = ("=", "+", "-", "@", "\t", "\r", "\n")
HEADER_FILL = PatternFill("solid", fgColor="C8102E")
HEADER_FONT = Font(bold=True, color="FFFFFF")


def is_formula_like(value: Any) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_LEADS)


DATETIME_FORMAT, DATE_FORMAT = "yyyy-mm-dd hh:mm", "yyyy-mm-dd"
MAX_WIDTH = 40  # a column never grows past this; longer text wraps
LINE_POINTS = 15  # a row's height per line of 11-point text
TOTAL_BORDER = Border(top=Side(style="thin"))


def display_width(value: Any) -> float:
    """How wide a value prints, in column units (a CJK character is two)."""
    if isinstance(value, dt.datetime):
        return len("2026-12-04 09:00")
    if isinstance(value, dt.date):
        return len("2026-12-04")
    if value is None:
        return 0
    if isinstance(value, float | Decimal):
        return len(f"{value:,.2f}")
    text = str(value)
    longest = max(text.split("\n"), key=len) if "\n" in text else text
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in longest)


class Sheet:
    def __init__(self, ws: Worksheet) -> None:
        self.ws = ws
        self.header_row = 0
        self.minimum: dict[int, float] = {}  # widths asked for by the caller
        self.needed: dict[int, float] = {}  # widths the cells' values need

    def append(self, values: Iterable[Any]) -> None:
        """A row; text that looks like a formula stays text, dates print as dates.

        The cells are made here and handed to the sheet whole: reading the new row back
        (``ws[ws.max_row]``) would measure every cell of the sheet on every row, a 台账 of
        100,000 rows taking hours."""
        cells = []
        for column, value in enumerate(values, start=1):
            if isinstance(value, str | Promise):
                value = clean_text(str(value))
            cell = Cell(self.ws, value=value)
            if is_formula_like(value):
                cell.data_type = "s"
            if isinstance(value, dt.datetime):
                cell.number_format = DATETIME_FORMAT
            elif isinstance(value, dt.date):
                cell.number_format = DATE_FORMAT
            if self.header_row:
                width = display_width(value) + 2
                self.needed[column] = max(self.needed.get(column, 0), width)
            cells.append(cell)
        self.ws.append(cells)

    def header(self, names: Sequence[Any]) -> None:
        self.append([str(n) for n in names])
        row = self.ws.max_row
        self.header_row = row
        for cell in self.ws[row]:
            cell.font = HEADER_FONT
            cell.fill = HEADER_FILL
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            # A header fits on its lines when short; a longer one wraps, but no word of it is
            # cut (its longest run of Latin letters always fits).
            words = str(cell.value or "").split()
            self.needed[cell.column] = max(
                [self.needed.get(cell.column, 0), min(display_width(cell.value) + 2, 16)]
                + [len(w) + 2 for w in words if w.isascii()]
            )
        # Freeze the header (and a title above it) and repeat them on every printed page.
        self.ws.freeze_panes = f"A{row + 1}"  # (asking ws.cell() would create a row)
        self.ws.print_title_rows = f"1:{row}"

    def widths(self, widths: Sequence[float]) -> None:
        for index, width in enumerate(widths, start=1):
            self.minimum[index] = width

    def total(self, values: Iterable[Any]) -> None:
        """A 合计 row: bold, ruled off from the rows it sums."""
        self.append(values)
        for cell in self.ws[self.ws.max_row]:
            cell.font = Font(bold=True)
            cell.border = TOTAL_BORDER

    def finish(self) -> None:
        """Set each column's width from what it holds, wrap what is longer, and give every row
        the height its wrapped lines need."""
        ws = self.ws
        columns = max(ws.max_column, len(self.minimum))
        widths = {}
        for column in range(1, columns + 1):
            width = max(self.minimum.get(column, 8), min(self.needed.get(column, 8), MAX_WIDTH))
            widths[column] = width
            ws.column_dimensions[get_column_letter(column)].width = width
        for row in ws.iter_rows(min_row=max(self.header_row, 1)):
            lines = 1
            for cell in row:
                if not isinstance(cell.value, str):
                    continue
                width = max(widths.get(cell.column, 8) - 1, 1)
                parts = cell.value.split("\n")
                wrapped = sum(math.ceil(max(display_width(p), 1) / width) for p in parts)
                if wrapped > 1 and cell.row > self.header_row:
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
                lines = max(lines, wrapped)
            if lines > 1 or cell.row == self.header_row:
                ws.row_dimensions[row[0].row].height = LINE_POINTS * lines + 4
        if self.header_row > 1 and ws["A1"].value:
            # The title across the table, wrapped when longer.
            ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=max(columns, 1))
            ws["A1"].alignment = Alignment(wrap_text=True, vertical="center")
            span = sum(widths.values())
            ws.row_dimensions[1].height = 22 * math.ceil(display_width(ws["A1"].value) * 1.3 / span)


class Book:
    def __init__(self) -> None:
        self.workbook = Workbook()
        self._fresh = True
        self.sheets: list[Sheet] = []

    def sheet(
        self,
        name: Any,
        *,
        title: Any = "",
        header: Sequence[Any] = (),
        widths: Sequence[float] = (),
        landscape: bool = True,
    ) -> Sheet:
        if self._fresh:
            ws = self.workbook.active
            self._fresh = False
        else:
            ws = self.workbook.create_sheet()
        ws.title = _sheet_name(str(name))
        sheet = Sheet(ws)
        if title:
            sheet.append([str(title)])
            ws["A1"].font = Font(bold=True, size=14)
        if header:
            sheet.header(header)
        if widths:
            sheet.widths(widths)
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.orientation = "landscape" if landscape else "portrait"
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_options.horizontalCentered = True
        ws.page_margins.left = ws.page_margins.right = 0.5
        ws.oddFooter.center.text = "第 &P 页 共 &N 页"
        self.sheets.append(sheet)
        return sheet

    def to_bytes(self) -> bytes:
        for sheet in self.sheets:
            sheet.finish()
        buffer = io.BytesIO()
        self.workbook.save(buffer)
        return buffer.getvalue()


def _sheet_name(name: str) -> str:
    for char in "[]:*?/\\":
        name = name.replace(char, " ")
    return name.strip()[:31] or "Sheet"
