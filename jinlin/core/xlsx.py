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
import functools
import io
import math
import re
import shutil
import tempfile
import unicodedata
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal
from typing import IO, Any, cast
from xml.sax.saxutils import escape

from django.utils.functional import Promise
from django.utils.translation import pgettext
from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel
from openpyxl.worksheet.worksheet import Worksheet

from jinlin.core.nul import clean_text

FORMULA_LEADS = ("=", "+", "-", "@", "\t", "\r", "\n")
HEADER_FILL = PatternFill("solid", fgColor="C8102E")
HEADER_FONT = Font(bold=True, color="FFFFFF")


def is_formula_like(value: Any) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_LEADS)


DATETIME_FORMAT, DATE_FORMAT, TIME_FORMAT = "yyyy-mm-dd hh:mm", "yyyy-mm-dd", "hh:mm"
MAX_WIDTH = 40  # a column never grows past this; longer text wraps
DATETIME_WIDTH, DATE_WIDTH = len("2026-12-04 09:00"), len("2026-12-04")
LINE_POINTS = 15  # a row's height per line of 11-point text
TOTAL_BORDER = Border(top=Side(style="thin"))
DIMENSION = re.compile(r'<dimension ref="[^"]*"\s*/>')


def display_width(value: Any) -> float:
    """How wide a value prints, in column units (a CJK character is two)."""
    if type(value) is str:
        return _text_width(value)
    if isinstance(value, dt.datetime):
        return DATETIME_WIDTH
    if isinstance(value, dt.date):
        return DATE_WIDTH
    if value is None:
        return 0
    if isinstance(value, float | Decimal):
        return len(f"{value:,.2f}")
    return _text_width(str(value))


@functools.lru_cache(maxsize=65536)
def _text_width(text: str) -> int:
    """The widest line's width (names, places and kinds repeat down a 台账: measured once)."""
    longest = max(text.split("\n"), key=len) if "\n" in text else text
    if longest.isascii():
        return len(longest)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in longest)


Known = tuple[int, str, type]  # how a value is written in a column (Sheet.seen)

# A sheet holds at most this many rows (Excel's limit; LibreOffice cuts the rest off).
MAX_ROWS = 1_048_576
# A table's rows wait in memory up to this many bytes of XML, then in a temporary file.
SPOOL_BYTES = 16 * 1024 * 1024


class Sheet:
    """A sheet of the book. The rows above the table and its header are openpyxl cells, with
    their styles; each row of the table is written as the sheet's XML when it is appended
    (into a temporary file past ``SPOOL_BYTES``), its text into the book's shared strings,
    and the whole copied into the sheet openpyxl saves (``Book.to_bytes``). Making an
    openpyxl cell of every value and having openpyxl write it was most of a large 台账's
    time, and holding a city's month of rows as values until the end a gigabyte of memory.

    Everything a row's XML says is known when it is appended: its number; its text's number
    in the shared strings; and how many lines a text wraps to, because a column is as wide as
    its widest text up to ``MAX_WIDTH`` (a text narrower than that never wraps, a wider one
    wraps in a column of ``MAX_WIDTH`` or the width asked for, which is set before the rows).

    A table longer than a sheet holds (``MAX_ROWS``: a city's year of credits) goes on in a
    sheet after it, named “…（续2）” (“… (part 2)”), with the same title, header and
    widths; its 合计 row closes the last of them."""

    def __init__(self, ws: Worksheet, book: Book) -> None:
        self.ws = ws
        self.book = book
        self.header_row = 0
        self.minimum: dict[int, float] = {}  # widths asked for by the caller
        self.needed: dict[int, float] = {}  # widths the cells' values need
        self.count = 0  # the table's rows written, below the header
        self.made: dict[str, Any] = {}  # how the book made it (to make a continuation alike)
        self.part = 1
        self.continued: Sheet | None = None
        # Each column's values as seen before: a text, a number, a date → (lines, the cell's
        # XML after its reference, the value's type); a plain row's and a 合计 row's apart.
        self.seen: tuple[dict[int, dict[Any, Known]], ...] = ({}, {})
        self.letters = [""]
        self.chunk: list[str] = []
        self.body = tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES)  # noqa: SIM115

    def _full(self) -> bool:
        """Is the table at the last row a sheet holds (and can the book continue it)?"""
        return bool(self.header_row) and self.header_row + self.count >= MAX_ROWS

    def _last(self) -> Sheet:
        sheet = self
        while sheet.continued is not None:
            sheet = sheet.continued
        return sheet

    def append(self, values: Iterable[Any]) -> None:
        """A row; text that looks like a formula stays text, dates print as dates."""
        self._add(values, False)

    def _add(self, values: Iterable[Any], total: bool) -> None:
        if self.continued is not None:
            self._last()._add(values, total)
            return
        if self._full():
            self.continued = self.book.continuation(self)
            self.continued._add(values, total)
            return
        if self.header_row:
            self._table_row(values, total)
            return
        row = []
        for value in values:
            if isinstance(value, str | Promise):
                value = clean_text(str(value))
            elif isinstance(value, dt.datetime | dt.time) and value.tzinfo is not None:
                raise TypeError("Excel does not support timezones: write local times")
            row.append(value)
        # Above the table (a title): an openpyxl row, handed to the sheet whole (reading it
        # back through ws[ws.max_row] measures every cell of the sheet).
        cells = []
        for value in row:
            cell = Cell(self.ws, value=value)
            if is_formula_like(value):
                cell.data_type = "s"
            if isinstance(value, dt.datetime):
                cell.number_format = DATETIME_FORMAT
            elif isinstance(value, dt.date):
                cell.number_format = DATE_FORMAT
            if total:
                cell.font = Font(bold=True)
                cell.border = TOTAL_BORDER
            cells.append(cell)
        self.ws.append(cells)

    def _table_row(self, values: Iterable[Any], total: bool) -> None:
        """A row of the table, written as XML: text cleaned of control characters and named by
        its number in the shared strings, each column's width raised to what it holds. A
        台账's names, places, kinds and hours repeat down hundreds of thousands of rows: each
        distinct value of a column is cleaned, measured and written once."""
        self.count += 1
        row = str(self.header_row + self.count)
        seen, letters = self.seen[total], self.letters
        styles = self.book.styles
        cells, lines = [], 1
        for column, value in enumerate(values, start=1):
            if column >= len(letters):
                letters.append(_letter(column))
                for both in self.seen:
                    both[column] = {}
            kind = type(value)
            if kind is str or kind is int or kind is Decimal:
                known = seen[column].get(value)
                if known is None or (kind is not str and known[2] is not kind):
                    known = self._first(column, value, total)
                if known[0] > lines:
                    lines = known[0]
                if known[1]:
                    cells.append(f'<c r="{letters[column]}{row}"{known[1]}')
            elif value is None:
                self._room(column, 2)
            elif kind is dt.datetime and value.tzinfo is None:
                self._room(column, DATETIME_WIDTH + 2)
                cells.append(f'<c r="{letters[column]}{row}"{styles.stamped[total]}>'
                             f"<v>{to_excel(value)}</v></c>")  # fmt: skip
            elif kind is dt.date:
                known = seen[column].get(value)
                if known is None:
                    known = self._first(column, value, total)
                cells.append(f'<c r="{letters[column]}{row}"{known[1]}')
            else:
                if isinstance(value, str | Promise):  # lazy text: as plain text
                    value = str(value)
                    known = seen[column].get(value) or self._first(column, value, total)
                    if known[0] > lines:
                        lines = known[0]
                    if known[1]:
                        cells.append(f'<c r="{letters[column]}{row}"{known[1]}')
                    continue
                if isinstance(value, dt.datetime | dt.time) and value.tzinfo is not None:
                    raise TypeError("Excel does not support timezones: write local times")
                self._room(column, display_width(value) + 2)
                cells.append(f'<c r="{letters[column]}{row}"{_other_tail(value, total, styles)}')
        height = f' ht="{LINE_POINTS * lines + 4}" customHeight="1"' if lines > 1 else ""
        self.chunk.append(f'<row r="{row}"{height}>{"".join(cells)}</row>')
        if len(self.chunk) >= 2000:
            self._flush()

    def _room(self, column: int, width: float) -> None:
        if width > self.needed.get(column, 0):
            self.needed[column] = width

    def _first(self, column: int, value: Any, total: bool) -> Known:
        """How a value first seen in this column is written there (and kept for the next)."""
        styles = self.book.styles
        kind = type(value)
        if kind is str:
            text = clean_text(value)
            width = _text_width(text)
            self._room(column, width + 2)
            if not text:  # an empty text is an empty cell (as Excel's COUNTA sees it)
                known: Known = (1, "", str)
            else:
                wrapped = self._wraps(column, text, width)
                style = (styles.wrapping if wrapped > 1 else styles.plain)[total]
                number = self.book.strings.index(text)
                known = (wrapped, f'{style} t="s"><v>{number}</v></c>', str)
        elif kind is dt.date:
            self._room(column, DATE_WIDTH + 2)
            known = (1, f"{styles.dated[total]}><v>{to_excel(value)}</v></c>", kind)
        elif kind is Decimal and not value.is_finite():
            self._room(column, display_width(value) + 2)
            known = (1, _other_tail(value, total, styles), kind)
        else:  # an integer or a decimal
            self._room(column, display_width(value) + 2)
            shown = f"{value:f}" if kind is Decimal else str(value)
            known = (1, f"{styles.plain[total]}><v>{shown}</v></c>", kind)
        self.seen[total][column][value] = known
        return known

    def _wraps(self, column: int, text: str, width: float) -> int:
        """The lines ``text`` (``width`` wide at its widest line) wraps to in its column, as
        the column will be: at least as wide as this text (then each of its lines fits on
        one), unless it is wider than ``MAX_WIDTH`` (then the column is that, or the width
        asked for)."""
        if width + 2 <= MAX_WIDTH:
            return text.count("\n") + 1
        return _lines(text, max(self.minimum.get(column, 8), MAX_WIDTH))

    def _flush(self) -> None:
        self.body.write("".join(self.chunk).encode("utf-8"))
        self.chunk = []

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
        if self.count:  # the rows written wrap their text in the columns as they were
            raise ValueError("a table's widths are set before its rows")
        for index, width in enumerate(widths, start=1):
            self.minimum[index] = width

    def total(self, values: Iterable[Any]) -> None:
        """A 合计 row: bold, ruled off from the rows it sums."""
        self._add(values, True)

    def _widths(self) -> dict[int, float]:
        columns = max(self.ws.max_column, len(self.minimum), max(self.needed, default=0))
        return {
            column: max(self.minimum.get(column, 8), min(self.needed.get(column, 8), MAX_WIDTH))
            for column in range(1, columns + 1)
        }

    def finish(self) -> None:
        """Set each column's width from what it holds, wrap what is longer, and give every row
        above the table the height its wrapped lines need (the table's rows have theirs)."""
        ws = self.ws
        widths = self._widths()
        for column, width in widths.items():
            ws.column_dimensions[get_column_letter(column)].width = width
        for row in ws.iter_rows(min_row=max(self.header_row, 1)):
            lines = 1
            for cell in row:
                if not isinstance(cell.value, str):
                    continue
                wrapped = _lines(cell.value, widths.get(cell.column, 8))
                if wrapped > 1 and cell.row > self.header_row:
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
                lines = max(lines, wrapped)
            if lines > 1 or cell.row == self.header_row:
                ws.row_dimensions[row[0].row].height = LINE_POINTS * lines + 4
        if self.header_row > 1 and ws["A1"].value:
            # The title across the table, wrapped when longer.
            columns = len(widths)
            ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=max(columns, 1))
            ws["A1"].alignment = Alignment(wrap_text=True, vertical="center")
            span = sum(widths.values())
            ws.row_dimensions[1].height = 22 * math.ceil(display_width(ws["A1"].value) * 1.3 / span)

    def table_xml(self) -> IO[bytes]:
        """The table's rows as the sheet's XML ``<row>`` elements, from the start."""
        if self.chunk:
            self._flush()
        self.body.seek(0)
        return cast(IO[bytes], self.body)

    def last_cell(self) -> str:
        rows = self.header_row + self.count if self.count else self.ws.max_row
        return f"{get_column_letter(max(len(self._widths()), 1))}{max(rows, 1)}"


@functools.lru_cache(maxsize=256)
def _letter(column: int) -> str:
    return get_column_letter(column)


def _other_tail(value: Any, total: bool, styles: _Styles) -> str:
    """A table cell's XML after its reference, for a value that is not text, an integer, a
    decimal or a date: a yes/no, a float, a time; anything else as its text (an inline string:
    never a formula, whatever it starts with)."""
    if isinstance(value, bool):
        return f'{styles.id("", total)} t="b"><v>{value:d}</v></c>'
    if isinstance(value, int | float | Decimal) and math.isfinite(value):
        shown = format(value, "f") if isinstance(value, Decimal) else repr(value)
        return f'{styles.id("", total)}><v>{shown}</v></c>'
    if isinstance(value, dt.date | dt.time):
        return f"{styles.id(_date_format(value), total)}><v>{to_excel(value)}</v></c>"
    text = escape(clean_text(str(value)))
    return f'{styles.id("", total)} t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>'


def _date_format(value: dt.date | dt.time) -> str:
    if isinstance(value, dt.datetime):
        return DATETIME_FORMAT
    return TIME_FORMAT if isinstance(value, dt.time) else DATE_FORMAT


@functools.lru_cache(maxsize=65536)
def _lines(text: str, width: float) -> int:
    """The lines a text wraps to in a column ``width`` wide (a 台账's texts repeat: each
    text and width is measured once)."""
    room = max(width - 1, 1)
    if "\n" not in text:
        return math.ceil(max(_text_width(text), 1) / room)
    return sum(math.ceil(max(_text_width(part), 1) / room) for part in text.split("\n"))


class _Styles:
    """The book's cell styles (``xf`` ids) of the tables' rows: a number format, the 合计 row's
    bold and rule, wrapped text, all at the top of the cell; each made once through openpyxl,
    which writes them all. Each pair is (a plain row's, a 合计 row's)."""

    def __init__(self, ws: Worksheet) -> None:
        self.ws = ws
        self.known: dict[tuple[str, bool, bool], str] = {}
        self.plain = (self.id("", False), self.id("", True))
        self.wrapping = (self.id("", False, True), self.id("", True, True))
        self.dated = (self.id(DATE_FORMAT, False), self.id(DATE_FORMAT, True))
        self.stamped = (self.id(DATETIME_FORMAT, False), self.id(DATETIME_FORMAT, True))

    def id(self, number_format: str, total: bool, wrap: bool = False) -> str:
        key = (number_format, total, wrap)
        if key not in self.known:
            cell = Cell(self.ws)
            if number_format:
                cell.number_format = number_format
            if total:
                cell.font = Font(bold=True)
                cell.border = TOTAL_BORDER
            # Every cell of a table at the top of its row: a row made taller by a wrapped text
            # reads from its first line across (at the foot, its other cells sat a line low).
            cell.alignment = Alignment(wrap_text=True if wrap else None, vertical="top")
            style = cell.style_id
            self.known[key] = f' s="{style}"' if style else ""
        return self.known[key]


class _Strings:
    """The book's shared strings (``xl/sharedStrings.xml``): each distinct text of the tables
    once, numbered in the order first written. openpyxl writes its own cells' text inline and
    no table of its own, so the book's table is this one."""

    PART = "xl/sharedStrings.xml"
    CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
    RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"

    def __init__(self) -> None:
        self.numbers: dict[str, int] = {}

    def index(self, text: str) -> int:
        number = self.numbers.get(text)
        if number is None:
            number = self.numbers[text] = len(self.numbers)
        return number

    def xml(self) -> Iterator[str]:
        yield (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            f'uniqueCount="{len(self.numbers)}">'
        )
        chunk: list[str] = []
        for text in self.numbers:
            chunk.append(f'<si><t xml:space="preserve">{escape(text)}</t></si>')
            if len(chunk) >= 5000:
                yield "".join(chunk)
                chunk = []
        yield "".join(chunk) + "</sst>"

    def declared(self, filename: str, data: bytes) -> bytes:
        """The package's content types and the workbook's relationships, naming the table."""
        added = {
            "[Content_Types].xml": (
                "</Types>",
                f'<Override PartName="/{self.PART}" ContentType="{self.CONTENT_TYPE}"/>',
            ),
            "xl/_rels/workbook.xml.rels": (
                "</Relationships>",
                f'<Relationship Id="rIdJinlinStrings" Type="{self.RELATIONSHIP}" '
                'Target="sharedStrings.xml"/>',
            ),
        }.get(filename)
        if added is None:
            return data
        closing, element = added
        return data.replace(closing.encode(), (element + closing).encode(), 1)


class Book:
    def __init__(self) -> None:
        self.workbook = Workbook()
        self._fresh = True
        self.sheets: list[Sheet] = []
        self.styles = _Styles(self.workbook.active)
        self.strings = _Strings()

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
        sheet = Sheet(ws, self)
        sheet.made = {
            "name": str(name), "title": str(title), "header": [str(h) for h in header],
            "widths": list(widths), "landscape": landscape,
        }  # fmt: skip
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

    def continuation(self, sheet: Sheet) -> Sheet:
        """The sheet a full one's table goes on in, made as it was (title, header, widths)."""
        made = sheet.made
        part = sheet.part + 1
        more = pgettext("sheet", " (part %(n)d)") % {"n": part}
        name = _sheet_name(made["name"])[: 31 - len(more)] + more
        title = f"{made['title']}{more}" if made["title"] else ""
        after = self.sheet(
            name, title=title, header=made["header"], widths=made["widths"],
            landscape=made["landscape"],
        )  # fmt: skip
        after.made = made
        after.part = part
        after.needed = sheet.needed  # one table: the same widths on every part
        return after

    def to_bytes(self) -> bytes:
        for sheet in self.sheets:
            sheet.finish()
        tables = [sheet for sheet in self.sheets if sheet.count]
        buffer = io.BytesIO()
        self.workbook.save(buffer)
        if not tables:
            return buffer.getvalue()
        # Each table's rows go into its sheet's XML, after the title and header openpyxl wrote;
        # their text into the shared strings.
        paths = {sheet.ws.path.lstrip("/"): sheet for sheet in tables}
        out = io.BytesIO()
        # Compressed quickly: a city's month is 100 MB of XML, which the default level takes
        # four times as long to pack, for a file a fifth smaller.
        with (
            zipfile.ZipFile(buffer) as saved,
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as written,
        ):
            if _Strings.PART in saved.namelist():  # pragma: no cover - openpyxl made one
                raise RuntimeError("openpyxl wrote shared strings: the tables cannot add theirs")
            for item in saved.infolist():
                data = saved.read(item.filename)
                table = paths.get(item.filename)
                if table is None:
                    written.writestr(item, self.strings.declared(item.filename, data))
                    continue
                dimension = f'<dimension ref="A1:{table.last_cell()}"/>'
                xml = DIMENSION.sub(dimension, data.decode("utf-8"), count=1)
                xml = xml.replace("<sheetData/>", "<sheetData></sheetData>", 1)
                head, tail = xml.split("</sheetData>", 1)
                with written.open(item.filename, "w") as stream:
                    stream.write(head.encode("utf-8"))
                    shutil.copyfileobj(table.table_xml(), stream, 1024 * 1024)
                    stream.write(("</sheetData>" + tail).encode("utf-8"))
            with written.open(_Strings.PART, "w") as stream:
                for chunk in self.strings.xml():
                    stream.write(chunk.encode("utf-8"))
        return out.getvalue()


def _sheet_name(name: str) -> str:
    for char in "[]:*?/\\":
        name = name.replace(char, " ")
    return name.strip()[:31] or "Sheet"
