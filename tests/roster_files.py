"""Build roster workbooks for tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook

ORG_HEADER = ["编码", "名称", "类型", "上级编码", "地址", "联系电话", "挂钩社区编码"]
MEMBER_HEADER = [
    "姓名",
    "手机号",
    "身份证号",
    "性别",
    "所在支部编码",
    "居住社区编码",
    "是否党员",
    "是否在职",
]


def write_roster(
    path: Path,
    *,
    orgs: list[list[Any]] | None = None,
    members: list[list[Any]] | None = None,
    org_header: list[str] | None = None,
    member_header: list[str] | None = None,
    merge: str | None = None,
) -> Path:
    workbook = Workbook()
    workbook.remove(workbook.active)
    if orgs is not None:
        sheet = workbook.create_sheet("组织")
        sheet.append(ORG_HEADER if org_header is None else org_header)
        for row in orgs:
            sheet.append(row)
    if members is not None:
        sheet = workbook.create_sheet("党员")
        sheet.append(MEMBER_HEADER if member_header is None else member_header)
        for row in members:
            sheet.append(row)
        if merge:
            sheet.merge_cells(merge)
    workbook.save(path)
    return path


def member_row(
    name: str,
    phone: str,
    *,
    branch: str = "U1-B1",
    community: str = "C1",
    id_number: str = "",
    party: str = "是",
) -> list[Any]:
    return [name, phone, id_number, "男", branch, community, party, "是"]
