"""The roster template districts download, fill in, and upload."""

from __future__ import annotations

from django.utils.translation import gettext as _
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from jinlin.care.importing import BUILDING_SHEET, HOUSEHOLD_SHEET
from jinlin.core import xlsx
from jinlin.roster.workbook import MEMBER_SHEET, ORG_SHEET, SheetSpec

# Example rows for the instructions sheet (not for the data sheets, where they would import).
ORG_EXAMPLES: list[tuple[str, ...]] = [
    ("350211", "集美区", "区", "", "", "", ""),
    ("350211001", "集美街道", "街道", "350211", "", "", ""),
    ("350211001001", "岑东社区", "社区", "350211001", "岑东路 1 号", "0592-6000000", ""),
    ("U0001", "集美区城市管理局", "机关", "350211", "", "", "350211001001"),
    ("U0001-B1", "集美区城市管理局第一党支部", "党支部", "U0001", "", "", ""),
]
MEMBER_EXAMPLES: list[tuple[str, ...]] = [
    ("张三", "13800138000", "350211199001011234", "男", "U0001-B1", "350211001001", "是", "是"),
    ("李四", "13900139000", "", "女", "", "350211001001", "否", "否"),
]


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
            "Fill in the sheet 组织 (organizations) and/or the sheet 党员 (members). Keep the "
            "header rows as they are. Either sheet may be left empty."
        ),
        _(
            "Every organization has a unique code; a row names its parent by the parent's code. "
            "Parents may be in this file or already in Jinlin."
        ),
        _(
            "Members name their party branch and residential community by code. Resident "
            "volunteers who are not party members write 否 under 是否党员 and need no branch."
        ),
        _(
            "Phone numbers are 11-digit mobile numbers. ID numbers are optional; keep them as "
            "text so no digit is lost."
        ),
        _(
            "The sheets 楼栋 and 住户 add a community's buildings (one entrance per row, with "
            "its 楼道长's phone) and its households (with the phone of the paired member)."
        ),
        _(
            "Nothing is imported while any row has an error: Jinlin lists each one with its "
            "row and column."
        ),
        "",
        _("Examples: 组织"),
    ]
    for line in lines:
        guide.append([line])
    guide.append([c.aliases[0] for c in ORG_SHEET.columns])
    for row in ORG_EXAMPLES:
        guide.append(list(row))
    guide.append([])
    guide.append([_("Examples: 党员")])
    guide.append([c.aliases[0] for c in MEMBER_SHEET.columns])
    for row in MEMBER_EXAMPLES:
        guide.append(list(row))
    guide.append([])
    guide.append([_("Examples: 楼栋 (one entrance per row) and 住户")])
    guide.append([c.aliases[0] for c in BUILDING_SHEET.columns])
    guide.append(["350211001001", "岑东小区", "3号楼", "1单元", "13800138000", "岑东路 1 号"])
    guide.append([c.aliases[0] for c in HOUSEHOLD_SHEET.columns])
    guide.append(
        [
            "350211001001",
            "王秀英",
            "0592-6000001",
            "岑东小区3号楼1单元101室",
            1,
            "独居老人",
            "岑东小区",
            "3号楼",
            "1单元",
            "13800138000",
            30,
            "行动不便",
        ]
    )
    guide.ws["A1"].font = Font(bold=True, size=14)
    guide.widths([22, 20, 20, 20, 20, 20, 20, 20])
    _data_sheet(book, ORG_SHEET, "组织")
    _data_sheet(book, MEMBER_SHEET, "党员")
    _data_sheet(book, BUILDING_SHEET, "楼栋")
    _data_sheet(book, HOUSEHOLD_SHEET, "住户")
    return book.to_bytes()
