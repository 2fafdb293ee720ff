"""The roster template districts download, fill in, and upload."""

from __future__ import annotations

from django.utils.translation import gettext as _
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from jinlin.core import xlsx
from jinlin.roster.sheets import ORG_SHEET
from jinlin.roster.workbook import SheetSpec, registered_sheets


def _data_sheet(book: xlsx.Book, spec: SheetSpec, title: str) -> None:
    sheet = book.sheet(
        title,
        header=[column.aliases[0] for column in spec.columns],
        widths=[max(14, len(column.aliases[0]) * 3) for column in spec.columns],
    )
    for index in range(1, len(spec.columns) + 1):
        # Codes, phones and ID numbers are text: a number cell would drop digits.
        sheet.ws.column_dimensions[get_column_letter(index)].number_format = "@"
    if spec is ORG_SHEET:
        types = DataValidation(
            type="list",
            formula1='"区,街道,镇,社区,村,机关,事业单位,企业,学校,社会组织,物业,业委会,党支部,党总支,党委"',
            allow_blank=True,
        )
        sheet.ws.add_data_validation(types)
        types.add("C2:C5000")
    else:
        yes_no = DataValidation(type="list", formula1='"是,否"', allow_blank=True)
        gender = DataValidation(type="list", formula1='"男,女"', allow_blank=True)
        sheet.ws.add_data_validation(yes_no)
        sheet.ws.add_data_validation(gender)
        yes_no.add("G2:H100000")
        gender.add("D2:D100000")


def roster_template() -> bytes:
    book = xlsx.Book()
    guide = book.sheet("说明", landscape=False)
    lines = [
        _("Jinlin roster template"),
        "",
        _(
            "Five sheets: this guide, 组织 (organizations), 党员 (members), 楼栋 (buildings, one "
            "entrance per row) and 住户 (households). Fill in those you need; leave the others "
            "empty."
        ),
        _(
            "Your own roster works too: a title row above the header is skipped, and columns "
            "are found under their usual names (手机号码, 联系电话, 所在党支部, 居住社区 …); "
            "other columns (序号, 入党时间 …) are skipped. A sheet called Sheet1 is read by its "
            "header."
        ),
        _(
            "Every organization has a unique code; a row names its parent by the parent's code "
            "or name. Parents may be in this file or already in Jinlin."
        ),
        _(
            "Members name their party branch and residential community by code or by name, as "
            "Jinlin has it. Resident volunteers who are not party members write 否 under 是否党员 "
            "and need no branch."
        ),
        _(
            "Phone numbers are 11-digit mobile numbers. ID numbers are optional; keep them as "
            "text so no digit is lost."
        ),
        _(
            "Nothing is imported while any row has an error: Jinlin lists each one with its "
            "sheet, row, column and the value it read."
        ),
    ]
    for line in lines:
        guide.append([line])
    for spec in registered_sheets():
        guide.append([])
        guide.append([_("Examples: %(sheet)s") % {"sheet": spec.names[0]}])
        guide.append([c.aliases[0] for c in spec.columns])
        for row in spec.examples:
            guide.append(list(row))
    guide.ws["A1"].font = Font(bold=True, size=14)
    guide.widths([22, 20, 20, 20, 20, 20, 20, 20])
    for spec in registered_sheets():
        _data_sheet(book, spec, spec.names[0])
    return book.to_bytes()
