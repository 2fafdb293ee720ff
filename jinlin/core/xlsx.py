"""The one writer of every .xlsx Jinlin hands out (needs tables, the oversight 台账, quarterly
feedback, the roster template …).

Text that a spreadsheet would take for a formula (it starts with ``=``, ``+``, ``-``, ``@``, a
tab or a line break) is written as text, so a need titled ``=HYPERLINK(…)`` opens as those very
characters and never runs; numbers and dates stay numbers and dates. Sheets come print-ready:
a title row, a coloured frozen header, column widths, landscape A4 fitted to the page width,
the header repeated on every printed page. ``tests/test_xlsx.py`` holds every export to it.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from typing import Any

from django.utils.functional import Promise
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

FORMULA_LEADS = ("=", "+", "-", "@", "\t", "\r", "\n")
HEADER_FILL = PatternFill("solid", fgColor="C8102E")
HEADER_FONT = Font(bold=True, color="FFFFFF")


def is_formula_like(value: Any) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_LEADS)


class Sheet:
    def __init__(self, ws: Worksheet) -> None:
        self.ws = ws

    def append(self, values: Iterable[Any]) -> None:
        """A row; text that looks like a formula stays text."""
        row = [str(v) if isinstance(v, Promise) else v for v in values]
        self.ws.append(row)
        for cell in self.ws[self.ws.max_row]:
            if is_formula_like(cell.value):
                cell.data_type = "s"

    def header(self, names: Sequence[Any]) -> None:
        self.append([str(n) for n in names])
        row = self.ws.max_row
        for cell in self.ws[row]:
            cell.font = HEADER_FONT
            cell.fill = HEADER_FILL
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        # Freeze the header (and a title above it) and repeat them on every printed page.
        self.ws.freeze_panes = f"A{row + 1}"  # (asking ws.cell() would create a row)
        self.ws.print_title_rows = f"1:{row}"

    def widths(self, widths: Sequence[float]) -> None:
        for index, width in enumerate(widths, start=1):
            self.ws.column_dimensions[get_column_letter(index)].width = width


class Book:
    def __init__(self) -> None:
        self.workbook = Workbook()
        self._fresh = True

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
        return sheet

    def to_bytes(self) -> bytes:
        buffer = io.BytesIO()
        self.workbook.save(buffer)
        return buffer.getvalue()


def _sheet_name(name: str) -> str:
    for char in "[]:*?/\\":
        name = name.replace(char, " ")
    return name.strip()[:31] or "Sheet"
