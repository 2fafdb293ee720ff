"""Reading the workbooks clerks make: .xlsx, old .xls (Excel, WPS) and .ods (LibreOffice).

The reader knows no sheet of its own. Apps declare theirs (``register_sheet``: its names, its
columns and the header spellings each column goes by); the reader finds them in a workbook the
way a person would:

- a sheet is taken by its name (党员, 组织 …) or, when the clerk kept Excel's Sheet1, by its
  header row;
- the header row is the row among the first ``HEADER_SCAN_ROWS`` that names the most of the
  sheet's columns: a title row above it (merged across, as clerks make them) and notes are
  skipped, and said so;
- a column is found under any of its spellings (手机号, 手机号码, 联系电话 …) or under the header
  a clerk mapped to it once (``aliases``); other columns (序号, 入党时间) are skipped with a
  warning;
- a required column that is missing is one error, said once for the sheet, with the spellings
  Jinlin accepts — never an error on every row.

Everything wrong is an ``Issue`` with its sheet, row, column and the value seen; only issues
of level ``error`` stop an import. python-calamine reads the file (several times faster than
openpyxl, and .xls and .ods too); ``benchmarks/roster_import.py`` measures it.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import unicodedata
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.conf import settings
from django.utils.translation import gettext as _
from openpyxl.utils import get_column_letter

from jinlin.core.nul import clean_text

HEADER_SCAN_ROWS = 10


@dataclass(frozen=True)
class Column:
    key: str
    label: Any  # lazy: the header the template writes, in the reader's language
    aliases: tuple[str, ...]  # header spellings accepted; the first is the template's
    required: bool = False
    help: Any = ""


@dataclass(frozen=True)
class SheetSpec:
    key: str
    names: tuple[str, ...]
    title: Any
    columns: tuple[Column, ...]
    examples: tuple[tuple[Any, ...], ...] = ()  # rows for the template's instructions sheet

    def lookup(self, extra: dict[str, str] | None = None) -> dict[str, Column]:
        """Normalized header → column: its spellings, then the clerk's own mapping."""
        by_key = {column.key: column for column in self.columns}
        found: dict[str, Column] = {}
        for column in self.columns:
            for alias in column.aliases:
                found[normalize_header(alias)] = column
        for header, key in (extra or {}).items():
            if key in by_key:
                found[normalize_header(header)] = by_key[key]
        return found


SHEETS: dict[str, SheetSpec] = {}


def register_sheet(spec: SheetSpec) -> None:
    """An app's sheet of the roster workbook (the roster's 组织 and 党员, care's 楼栋 and 住户)."""
    SHEETS.setdefault(spec.key, spec)


def registered_sheets() -> tuple[SheetSpec, ...]:
    return tuple(SHEETS.values())


@dataclass
class Issue:
    message: str
    sheet: str = ""
    row: int | None = None
    column: str = ""  # a letter, like "C"
    field: str = ""
    value: str = ""  # what the cell held, as read
    level: str = "error"  # error (stops the import), warning, note

    @property
    def cell(self) -> str:
        if self.row is None:
            return self.column
        return f"{self.column}{self.row}"

    @property
    def is_error(self) -> bool:
        return self.level == "error"

    def as_dict(self) -> dict[str, Any]:
        return {
            "message": self.message,
            "sheet": self.sheet,
            "row": self.row,
            "column": self.column,
            "field": self.field,
            "value": self.value,
            "level": self.level,
        }

    def __str__(self) -> str:
        where = " ".join(
            part
            for part in (
                self.sheet and f"[{self.sheet}]",
                (self.row is not None and _("row %(row)d") % {"row": self.row}) or "",
                self.column and _("column %(col)s") % {"col": self.column},
                self.field and f"({self.field})",
            )
            if part
        )
        return f"{where}: {self.message}" if where else self.message


@dataclass
class SheetRow:
    number: int  # the row number as Excel shows it
    values: dict[str, Any]  # column key → cell value


@dataclass
class SheetData:
    spec: SheetSpec
    title: str
    columns: dict[str, str]  # column key → letter
    headers: dict[str, str]  # column key → header text as found
    rows: list[SheetRow]
    header_row: int = 1
    missing: set[str] = field(default_factory=set)  # required columns not found
    needed: set[str] = field(default_factory=set)  # optional columns not found that rows need
    found_headers: list[tuple[str, str]] = field(default_factory=list)  # (letter, text)


class WorkbookError(Exception):
    """The file as a whole cannot be read; ``issues`` say why."""

    def __init__(self, issues: list[Issue]) -> None:
        super().__init__("; ".join(str(issue) for issue in issues))
        self.issues = issues


def normalize_header(text: Any) -> str:
    value = unicodedata.normalize("NFKC", str(text or "")).strip().lower()
    return re.sub(r"[\s*:：()（）\[\]【】_\-]", "", value)


def cell_text(value: Any) -> str:
    """A cell as text: numbers without a trailing .0, full-width letters and digits as ASCII,
    spaces trimmed."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        value = value.date()
    return clean_text(unicodedata.normalize("NFKC", str(value))).strip()


# The file ----------------------------------------------------------------------------------

ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"


def check_file(path: Path) -> str:
    """The workbook's format (xlsx, xls, ods), or WorkbookError saying what is wrong."""
    size = path.stat().st_size
    if size == 0:
        raise WorkbookError([Issue(_("The file is empty."))])
    if size > settings.ROSTER_MAX_BYTES:
        raise WorkbookError(
            [
                Issue(
                    _(
                        "The file is %(size).1f MB; the most Jinlin accepts is %(max).0f MB. "
                        "Split it into several files."
                    )
                    % {"size": size / 1e6, "max": settings.ROSTER_MAX_BYTES / 1e6}
                )
            ]
        )
    with path.open("rb") as handle:
        head = handle.read(8)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "xls"
    if not zipfile.is_zipfile(path):
        raise WorkbookError(
            [
                Issue(
                    _(
                        "This is not a spreadsheet Jinlin can read. Save it from Excel, WPS or "
                        "LibreOffice as .xlsx (or .xls, .ods), or fill in the template."
                    )
                )
            ]
        )
    check_unpacked_size(path)
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        if "mimetype" in names and archive.read("mimetype").strip() == ODS_MIMETYPE:
            return "ods"
    check_extent(path)
    return "xlsx"


def check_unpacked_size(path: Path) -> None:
    """A workbook is a zip: refuse one that would unpack to more than ROSTER_MAX_UNPACKED_BYTES
    (a few hundred KB can hold a hundred MB of repeated text), before anything reads it."""
    limit = settings.ROSTER_MAX_UNPACKED_BYTES
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError) as exc:
        raise WorkbookError([_unreadable(exc)]) from exc
    if unpacked > limit:
        raise WorkbookError(
            [
                Issue(
                    _(
                        "The workbook unpacks to %(size).0f MB; the most Jinlin reads is "
                        "%(max).0f MB. Remove what is not the roster (pictures, other sheets) "
                        "or split it."
                    )
                    % {"size": unpacked / 1e6, "max": limit / 1e6}
                )
            ]
        )


CELL = re.compile(rb"<(?:\w+:)?c\b[^>]*?\br=\"([A-Z]{1,3})([0-9]{1,7})\"[^>]*?(/>|>)")
SHEET_PART = re.compile(r"^xl/worksheets/[^/]+\.xml$")


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


def check_extent(path: Path) -> None:
    """Before any reader sees an .xlsx: every sheet's cells streamed (bounded memory), and the
    area a reader would allocate (from A1 to the farthest cell) held to ``ROSTER_MAX_CELLS``.
    One cell at XFD1048576 in a 1.8 KB file would make the reader allocate 17 billion cells."""
    limit = settings.ROSTER_MAX_CELLS
    with zipfile.ZipFile(path) as archive:
        titles = _sheet_titles(archive)
        for info in archive.infolist():
            if not SHEET_PART.match(info.filename):
                continue
            far_row = far_col = cells = 0
            tail = b""
            with archive.open(info) as stream:
                while chunk := stream.read(1 << 20):
                    data = tail + chunk
                    end = 0
                    for match in CELL.finditer(data):
                        cells += 1
                        far_col = max(far_col, _column_number(match.group(1)))
                        far_row = max(far_row, int(match.group(2)))
                        end = match.end()
                    tail = data[max(end, len(data) - 200):]
            if far_row * far_col > limit or cells > limit:
                name = titles.get(info.filename) or info.filename.rsplit("/", 1)[-1][:-4]
                raise WorkbookError([Issue(_(
                    "The worksheet “%(sheet)s” reaches cell %(cell)s (%(rows)d rows × "
                    "%(columns)d columns); the most Jinlin reads is %(max)d cells. Delete "
                    "what lies beyond the roster (select the empty rows and columns, "
                    "Delete) and save again."
                ) % {"sheet": name, "cell": f"{get_column_letter(min(far_col, 16384))}{far_row}",
                     "rows": far_row, "columns": far_col, "max": limit})])  # fmt: skip


def _sheet_titles(archive: zipfile.ZipFile) -> dict[str, str]:
    """Worksheet part → the title the clerk sees on its tab (党员 …), as far as it can be read."""
    try:
        workbook = archive.read("xl/workbook.xml").decode("utf-8", "replace")
        rels = archive.read("xl/_rels/workbook.xml.rels").decode("utf-8", "replace")
    except (KeyError, OSError, zipfile.BadZipFile):
        return {}
    targets = {}
    for tag in re.findall(r"<(?:\w+:)?Relationship\b[^>]*>", rels):
        rid, target = re.search(r'\bId="([^"]+)"', tag), re.search(r'\bTarget="([^"]+)"', tag)
        if rid and target:
            where = target.group(1)
            targets[rid.group(1)] = where.lstrip("/") if where.startswith("/") else f"xl/{where}"
    titles = {}
    for tag in re.findall(r"<(?:\w+:)?sheet\b[^>]*>", workbook):
        name, rid = re.search(r'\bname="([^"]*)"', tag), re.search(r'\br:id="([^"]+)"', tag)
        if name and rid and rid.group(1) in targets:
            titles[targets[rid.group(1)]] = html.unescape(name.group(1))
    return titles


def _unreadable(exc: Exception) -> Issue:
    return Issue(
        _("The file could not be read (%(error)s). Open it and save it again as .xlsx.")
        % {"error": exc.__class__.__name__}
    )


# Reading -----------------------------------------------------------------------------------


def read_workbook(
    path: Path, *, aliases: dict[str, dict[str, str]] | None = None
) -> tuple[list[SheetData], list[Issue]]:
    """Every roster sheet of the workbook and every issue of its layout. ``aliases``: per
    sheet key, headers a clerk mapped to columns (normalized header → column key).

    The file is untrusted: it is checked (size, unpacked size, extent) and then parsed in a
    child process under ``ROSTER_PARSE_MEMORY_MB`` of memory and ``ROSTER_PARSE_SECONDS`` of
    time, so that a file built to exhaust them fails its own import with a message, and never
    the worker or the web server that asked."""
    check_file(path)
    from jinlin.core.bounded import BoundedRunFailed, run_bounded

    try:
        return run_bounded(
            _read_workbook,
            path,
            aliases,
            memory_mb=settings.ROSTER_PARSE_MEMORY_MB,
            seconds=settings.ROSTER_PARSE_SECONDS,
        )
    except BoundedRunFailed as failed:
        raise WorkbookError([Issue(_(
            "Reading the file took more than %(what)s, the most Jinlin gives one file; nothing "
            "was imported. Remove what is not the roster, or split it, and save it again as "
            ".xlsx."
        ) % {"what": _("%(n)d MB of memory") % {"n": settings.ROSTER_PARSE_MEMORY_MB}
             if failed.reason == "memory" else _("%(n)d seconds") % {
                 "n": settings.ROSTER_PARSE_SECONDS}})]) from None  # fmt: skip


def _read_workbook(
    path: Path, aliases: dict[str, dict[str, str]] | None = None
) -> tuple[list[SheetData], list[Issue]]:
    from python_calamine import CalamineWorkbook

    aliases = aliases or {}
    handle = path.open("rb")
    try:
        # From the bytes, not the name: a .xls or .ods uploaded as roster.xlsx is read as what
        # it is.
        workbook = CalamineWorkbook.from_filelike(handle)
    except Exception as exc:  # calamine raises a kind per format (zip, xml, ole …)
        handle.close()
        raise WorkbookError([_unreadable(exc)]) from exc
    issues: list[Issue] = []
    sheets: list[SheetData] = []
    taken: set[str] = set()
    try:
        for meta in workbook.sheets_metadata:
            if str(meta.typ).rsplit(".", 1)[-1] != "WorkSheet":
                continue
            try:
                sheet = workbook.get_sheet_by_name(meta.name)
                grid = sheet.to_python(skip_empty_area=False)
            except Exception as exc:  # a damaged sheet: said, and the others still read
                issues.append(_unreadable(exc))
                continue
            found = _read_sheet(meta.name, grid, sheet.merged_cell_ranges or [], aliases, taken)
            if found is None:
                continue
            data, sheet_issues = found
            taken.add(data.spec.key)
            sheets.append(data)
            issues.extend(sheet_issues)
    finally:
        workbook.close()
        handle.close()
    if not sheets:
        names = "、".join(f"“{spec.names[0]}”" for spec in registered_sheets())
        raise WorkbookError(
            [
                Issue(
                    _(
                        "No roster sheet found. Name a sheet %(names)s, or give it a header row "
                        "with the roster's columns (姓名, 手机号 …); the template has them all."
                    )
                    % {"names": names}
                )
            ]
        )
    if not any(sheet.rows for sheet in sheets) and not any(i.is_error for i in issues):
        raise WorkbookError([Issue(_("The roster has headers but no data rows."))])
    return sheets, issues


def _spec_by_name(title: str) -> SheetSpec | None:
    wanted = normalize_header(title)
    for spec in registered_sheets():
        if wanted in {normalize_header(name) for name in spec.names}:
            return spec
    return None


def _score(row: Iterable[Any], lookup: dict[str, Column]) -> tuple[int, bool]:
    matched = {lookup[key].key for key in (normalize_header(v) for v in row if v) if key in lookup}
    return len(matched), any(c.required for c in lookup.values() if c.key in matched)


def _header_row(grid: list[list[Any]], lookup: dict[str, Column]) -> tuple[int, int]:
    """(index of the header row among the first rows, how many columns it names)."""
    best, best_score = 0, -1
    for index, row in enumerate(grid[:HEADER_SCAN_ROWS]):
        score, has_required = _score(row, lookup)
        if has_required and score > best_score:
            best, best_score = index, score
    return best, max(best_score, 0)


def _read_sheet(
    title: str,
    grid: list[list[Any]],
    merged: list[tuple[tuple[int, int], tuple[int, int]]],
    aliases: dict[str, dict[str, str]],
    taken: set[str],
) -> tuple[SheetData, list[Issue]] | None:
    spec = _spec_by_name(title)
    if spec is not None and spec.key not in taken:
        lookup = spec.lookup(aliases.get(spec.key))
        header_index, _count = _header_row(grid, lookup)
    else:
        # Sheet1 of a roster made from scratch: the spec whose columns its header names best.
        candidates = []
        for candidate in registered_sheets():
            if candidate.key in taken:
                continue
            lookup = candidate.lookup(aliases.get(candidate.key))
            index, count = _header_row(grid, lookup)
            if count >= 2:
                candidates.append((count, -index, candidate, lookup, index))
        if not candidates:
            return None
        _count, _order, spec, lookup, header_index = max(candidates, key=lambda c: c[:2])
    issues: list[Issue] = []
    for skipped in range(header_index):
        words = " ".join(cell_text(v) for v in grid[skipped] if cell_text(v))
        if words:
            issues.append(
                Issue(
                    _("Skipped above the header row: “%(text)s”.") % {"text": words[:60]},
                    sheet=title,
                    row=skipped + 1,
                    level="note",
                )
            )
    header = grid[header_index] if grid else []
    header_number = header_index + 1
    columns: dict[str, str] = {}
    headers: dict[str, str] = {}
    index_of: dict[str, int] = {}
    found_headers: list[tuple[str, str]] = []
    for index, raw in enumerate(header):
        label = cell_text(raw)
        if not label:
            continue
        letter = get_column_letter(index + 1)
        found_headers.append((letter, label))
        column = lookup.get(normalize_header(label))
        if column is None:
            issues.append(
                Issue(
                    _("The column “%(header)s” is not one Jinlin reads; it is skipped.")
                    % {"header": label},
                    sheet=title,
                    row=header_number,
                    column=letter,
                    value=label,
                    level="warning",
                )
            )
            continue
        if column.key in columns:
            issues.append(
                Issue(
                    _("“%(header)s” is the same column as %(other)s; keep one of them.")
                    % {"header": label, "other": f"{columns[column.key]}（{headers[column.key]}）"},
                    sheet=title,
                    row=header_number,
                    column=letter,
                    value=label,
                )
            )
            continue
        columns[column.key] = letter
        headers[column.key] = label
        index_of[column.key] = index
    missing = {c.key for c in spec.columns if c.required and c.key not in columns}
    for column in spec.columns:
        if column.key in missing:
            issues.append(
                Issue(
                    _(
                        "No column for “%(label)s”. Jinlin reads it under any of: %(names)s. "
                        "Rename a column, or say which one it is (column mapping)."
                    )
                    % {"label": column.label, "names": "、".join(column.aliases)},
                    sheet=title,
                    row=header_number,
                    field=str(column.label),
                )
            )
    for (first_row, first_col), (last_row, last_col) in merged:
        if last_row <= header_index:
            continue  # a title merged across the top: skipped with its row
        first = f"{get_column_letter(first_col + 1)}{first_row + 1}"
        last = f"{get_column_letter(last_col + 1)}{last_row + 1}"
        issues.append(
            Issue(
                _("Merged cells %(range)s: unmerge them and fill every cell.")
                % {"range": f"{first}:{last}"},
                sheet=title,
                row=first_row + 1,
                column=get_column_letter(first_col + 1),
            )
        )
    rows: list[SheetRow] = []
    limit = settings.ROSTER_MAX_ROWS
    for offset, raw_row in enumerate(grid[header_index + 1 :], start=header_number + 1):
        values = {
            key: _value(raw_row[index]) if index < len(raw_row) else None
            for key, index in index_of.items()
        }
        if all(value is None for value in values.values()):
            continue
        if len(rows) >= limit:
            issues.append(
                Issue(
                    _("The sheet has more than %(limit)d rows; split it into several files.")
                    % {"limit": limit},
                    sheet=title,
                    row=offset,
                )
            )
            break
        rows.append(SheetRow(number=offset, values=values))
    data = SheetData(
        spec=spec,
        title=title,
        columns=columns,
        headers=headers,
        rows=rows,
        header_row=header_number,
        missing=missing,
        found_headers=found_headers,
    )
    return data, issues


def _value(raw: Any) -> Any:
    """A cell as the checker wants it: None when empty, text trimmed, whole floats as ints
    (a phone typed as a number reads 13800138000.0)."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if isinstance(raw, str):
        # Control characters a sheet may hold (a vertical tab from a pasted cell) are dropped
        # here, as the forms and the API refuse them: no import stores one.
        return clean_text(raw).strip() or None
    if isinstance(raw, float) and raw.is_integer() and abs(raw) < 1e15:
        return int(raw)
    return raw
