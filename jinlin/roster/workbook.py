"""Reading a roster workbook: which sheets, which columns, which rows — and what is wrong.

Rosters are large (tens of thousands of rows), so sheets are streamed in openpyxl's
read-only mode; merged cells, which read-only mode does not report, are found by scanning
the sheet's XML for ``<mergeCell>``. Everything wrong is collected as an ``Issue`` with its
sheet, row and column rather than raised, so one pass reports every problem.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.conf import settings
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext_lazy
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

MERGE_RE = re.compile(rb'<(?:\w+:)?mergeCell\s[^>]*?ref="([A-Z]+[0-9]+)(?::([A-Z]+[0-9]+))?"')
CELL_RE = re.compile(r"([A-Z]+)([0-9]+)")


@dataclass(frozen=True)
class Column:
    key: str
    label: Any  # lazy Chinese-or-English header shown in the template
    aliases: tuple[str, ...]
    required: bool = False
    help: Any = ""


@dataclass(frozen=True)
class SheetSpec:
    key: str
    names: tuple[str, ...]
    title: Any
    columns: tuple[Column, ...]

    def column_by_header(self) -> dict[str, Column]:
        lookup: dict[str, Column] = {}
        for column in self.columns:
            for alias in column.aliases:
                lookup[normalize_header(alias)] = column
        return lookup


@dataclass
class Issue:
    message: str
    sheet: str = ""
    row: int | None = None
    column: str = ""  # a letter, like "C"
    field: str = ""

    @property
    def cell(self) -> str:
        if self.row is None:
            return self.column
        return f"{self.column}{self.row}"

    def as_dict(self) -> dict[str, Any]:
        return {
            "message": self.message,
            "sheet": self.sheet,
            "row": self.row,
            "column": self.column,
            "field": self.field,
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


def normalize_header(text: Any) -> str:
    value = str(text or "").strip().lower()
    value = re.sub(r"[\s*＊:：()（）]", "", value)
    return value


ORG_SHEET = SheetSpec(
    key="organizations",
    names=("组织", "组织架构", "organizations", "organisations"),
    title=gettext_lazy("Organizations"),
    columns=(
        Column(
            "code",
            gettext_lazy("Code"),
            ("编码", "组织编码", "code"),
            True,
            gettext_lazy("Unique; used to link rows."),
        ),
        Column("name", pgettext_lazy("of a thing", "Name"), ("名称", "组织名称", "name"), True),
        Column(
            "type",
            gettext_lazy("Type"),
            ("类型", "组织类型", "type"),
            True,
            gettext_lazy(
                "区, 街道, 镇, 社区, 村, 机关, 事业单位, 企业, 学校, 社会组织, 物业, "
                "业委会, 党支部, 党总支, 党委"
            ),
        ),
        Column(
            "parent",
            gettext_lazy("Parent code"),
            ("上级编码", "上级组织编码", "parent code", "parent"),
            False,
            gettext_lazy("Empty only for the district."),
        ),
        Column("address", gettext_lazy("Address"), ("地址", "address")),
        Column("phone", gettext_lazy("Contact phone"), ("联系电话", "contact phone", "phone")),
        Column(
            "partners",
            gettext_lazy("Partner community codes"),
            ("挂钩社区编码", "共建社区编码", "partner community codes", "partners"),
            False,
            gettext_lazy("Units only; several separated by 、 or ;"),
        ),
    ),
)

MEMBER_SHEET = SheetSpec(
    key="members",
    names=("党员", "成员", "党员名册", "members", "roster"),
    title=gettext_lazy("Members"),
    columns=(
        Column("name", pgettext_lazy("of a person", "Name"), ("姓名", "name"), True),
        Column("phone", gettext_lazy("Phone"), ("手机号", "手机号码", "phone", "mobile"), True),
        Column(
            "id_number",
            gettext_lazy("ID number"),
            ("身份证号", "身份证号码", "id number", "id_number"),
            False,
            gettext_lazy("Optional; keep the cell as text."),
        ),
        Column(
            "gender", gettext_lazy("Gender"), ("性别", "gender"), False, gettext_lazy("男 or 女")
        ),
        Column(
            "branch",
            gettext_lazy("Branch code"),
            ("所在支部编码", "支部编码", "branch code", "branch"),
            False,
            gettext_lazy("Required for party members."),
        ),
        Column(
            "community",
            gettext_lazy("Residential community code"),
            ("居住社区编码", "社区编码", "residential community code", "community"),
            False,
        ),
        Column(
            "party",
            gettext_lazy("Party member"),
            ("是否党员", "party member", "party"),
            False,
            gettext_lazy("是 or 否; empty means 是"),
        ),
        Column(
            "in_service",
            gettext_lazy("In service"),
            ("是否在职", "in service", "in_service"),
            False,
            gettext_lazy("是 or 否; empty means 是"),
        ),
    ),
)


def all_sheets() -> tuple[SheetSpec, ...]:
    """The roster's own sheets and the care sheets (楼栋, 住户) that ride on the same import."""
    from jinlin.care.importing import CARE_SHEETS

    return (ORG_SHEET, MEMBER_SHEET, *CARE_SHEETS)


class WorkbookError(Exception):
    """The file as a whole cannot be read; ``issues`` say why."""

    def __init__(self, issues: list[Issue]) -> None:
        super().__init__("; ".join(str(issue) for issue in issues))
        self.issues = issues


def check_file(path: Path) -> None:
    """Refuse empty, huge and non-xlsx files before opening them."""
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
        raise WorkbookError(
            [Issue(_("This is an old .xls file. Open it in Excel or WPS and save it as .xlsx."))]
        )
    if not zipfile.is_zipfile(path):
        raise WorkbookError(
            [Issue(_("This is not an Excel .xlsx file. Download the template and fill it in."))]
        )
    check_unpacked_size(path)


def check_unpacked_size(path: Path) -> None:
    """A workbook is a zip: refuse one that would unpack to more than ROSTER_MAX_UNPACKED_BYTES
    (a few hundred KB can hold a hundred MB of repeated text), before anything reads it."""
    limit = settings.ROSTER_MAX_UNPACKED_BYTES
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError) as exc:
        raise WorkbookError(
            [
                Issue(
                    _("Excel could not read this file (%(error)s). Save it again as .xlsx.")
                    % {"error": exc.__class__.__name__}
                )
            ]
        ) from exc
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


def merged_ranges(archive: zipfile.ZipFile, sheet_path: str) -> list[tuple[str, str]]:
    """(first cell, last cell) of every merged range of a sheet, from its raw XML."""
    found: list[tuple[str, str]] = []
    tail = b""
    with archive.open(sheet_path.lstrip("/")) as stream:
        while chunk := stream.read(1 << 20):
            data = tail + chunk
            for match in MERGE_RE.finditer(data):
                found.append((match.group(1).decode(), (match.group(2) or match.group(1)).decode()))
            tail = data[-256:]
            # A match inside the carried-over tail would be found twice.
            found = list(dict.fromkeys(found))
    return found


def _sheet_spec(title: str) -> SheetSpec | None:
    wanted = normalize_header(title)
    for spec in all_sheets():
        if wanted in {normalize_header(name) for name in spec.names}:
            return spec
    return None


def read_workbook(path: Path) -> tuple[list[SheetData], list[Issue]]:
    """Read every roster sheet; return the data and every structural issue found."""
    check_file(path)
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise WorkbookError(
            [
                Issue(
                    _("Excel could not read this file (%(error)s). Save it again as .xlsx.")
                    % {"error": exc.__class__.__name__}
                )
            ]
        ) from exc
    issues: list[Issue] = []
    sheets: list[SheetData] = []
    try:
        archive = workbook._archive  # read-only mode keeps the zip open
        for worksheet in workbook.worksheets:
            spec = _sheet_spec(worksheet.title)
            if spec is None:
                continue
            for first, last in merged_ranges(archive, worksheet._worksheet_path):
                col, row = CELL_RE.match(first).groups()  # type: ignore[union-attr]
                issues.append(
                    Issue(
                        _("Merged cells %(range)s: unmerge them and fill every cell.")
                        % {"range": f"{first}:{last}"},
                        sheet=worksheet.title,
                        row=int(row),
                        column=col,
                    )
                )
            sheets.append(_read_sheet(worksheet, spec, issues))
    finally:
        workbook.close()
    if not sheets:
        names = "、".join(f"“{spec.names[0]}”" for spec in all_sheets())
        raise WorkbookError(
            [
                Issue(
                    _(
                        "No roster sheet found. The workbook needs a sheet named %(names)s; "
                        "download the template."
                    )
                    % {"names": names}
                )
            ]
        )
    total = sum(len(sheet.rows) for sheet in sheets)
    if total == 0 and not issues:
        raise WorkbookError([Issue(_("The roster has headers but no data rows."))])
    return sheets, issues


def _read_sheet(worksheet: Any, spec: SheetSpec, issues: list[Issue]) -> SheetData:
    lookup = spec.column_by_header()
    rows_iter: Iterator[tuple[Any, ...]] = worksheet.iter_rows(values_only=True)
    header = next(rows_iter, None) or ()
    columns: dict[str, str] = {}
    headers: dict[str, str] = {}
    index_of: dict[str, int] = {}
    for index, text in enumerate(header):
        letter = get_column_letter(index + 1)
        if text is None or str(text).strip() == "":
            continue
        column = lookup.get(normalize_header(text))
        if column is None:
            issues.append(
                Issue(
                    _("Unknown column “%(header)s”. The columns are: %(expected)s.")
                    % {
                        "header": str(text).strip(),
                        "expected": "、".join(str(c.label) for c in spec.columns),
                    },
                    sheet=worksheet.title,
                    row=1,
                    column=letter,
                )
            )
            continue
        if column.key in columns:
            issues.append(
                Issue(
                    _("The column “%(header)s” appears twice (also in %(other)s).")
                    % {"header": str(text).strip(), "other": columns[column.key]},
                    sheet=worksheet.title,
                    row=1,
                    column=letter,
                )
            )
            continue
        columns[column.key] = letter
        headers[column.key] = str(text).strip()
        index_of[column.key] = index
    for column in spec.columns:
        if column.required and column.key not in columns:
            issues.append(
                Issue(
                    _("The required column “%(label)s” is missing from the header row.")
                    % {"label": column.label},
                    sheet=worksheet.title,
                    row=1,
                    field=str(column.label),
                )
            )
    rows: list[SheetRow] = []
    limit = settings.ROSTER_MAX_ROWS
    for number, raw in enumerate(rows_iter, start=2):
        values = {
            key: (raw[index] if index < len(raw) else None) for key, index in index_of.items()
        }
        if all(value is None or str(value).strip() == "" for value in values.values()):
            continue
        if len(rows) >= limit:
            issues.append(
                Issue(
                    _("The sheet has more than %(limit)d rows; split it into several files.")
                    % {"limit": limit},
                    sheet=worksheet.title,
                    row=number,
                )
            )
            break
        rows.append(SheetRow(number=number, values=values))
    return SheetData(spec=spec, title=worksheet.title, columns=columns, headers=headers, rows=rows)
