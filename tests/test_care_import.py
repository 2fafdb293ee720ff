"""The 楼栋 and 住户 sheets of the roster import."""

import pytest
from django.utils.translation import override
from openpyxl import Workbook

from jinlin.care.models import Entrance, Household, Pairing
from jinlin.roster.services import roster_check, roster_import
from tests.roster_files import MEMBER_HEADER

BUILDING_HEADER = ["社区编码", "小区", "楼栋", "单元", "楼道长手机号", "地址"]
HOUSEHOLD_HEADER = [
    "社区编码",
    "户主姓名",
    "联系电话",
    "地址",
    "人数",
    "特殊群体",
    "小区",
    "楼栋",
    "单元",
    "结对党员手机号",
    "走访周期",
    "备注",
]


@pytest.fixture(autouse=True)
def _english():
    with override("en"):
        yield


def write(path, buildings=None, households=None, members=None):
    workbook = Workbook()
    workbook.remove(workbook.active)
    if members is not None:
        sheet = workbook.create_sheet("党员")
        sheet.append(MEMBER_HEADER)
        for row in members:
            sheet.append(row)
    if buildings is not None:
        sheet = workbook.create_sheet("楼栋")
        sheet.append(BUILDING_HEADER)
        for row in buildings:
            sheet.append(row)
    if households is not None:
        sheet = workbook.create_sheet("住户")
        sheet.append(HOUSEHOLD_HEADER)
        for row in households:
            sheet.append(row)
    workbook.save(path)
    return path


def test_buildings_households_captains_and_pairings_import_together(cast, tmp_path):
    path = write(
        tmp_path / "c.xlsx",
        members=[["王五", "13700137000", "", "男", "U1-B1", "C1", "是", "是"]],
        buildings=[
            ["C1", "岑东小区", "3号楼", "1单元", "13800138000", ""],
            ["C1", "岑东小区", "3号楼", "2单元", "", ""],
        ],
        households=[
            [
                "C1",
                "王秀英",
                "0592-6000001",
                "3号楼1单元101",
                1,
                "独居老人、低保户",
                "岑东小区",
                "3号楼",
                "1单元",
                "13700137000",
                14,
                "行动不便",
            ]
        ],
    )
    result = roster_import(path=path)
    assert result.written, [str(i) for i in result.issues]
    assert result.parts == {"buildings": 1, "entrances": 2, "households": 1, "pairings": 1}
    entrance = Entrance.objects.get(name="1单元")
    assert entrance.captain == cast.member
    home = Household.objects.get()
    assert home.tags == ["elderly_alone", "low_income"] and home.entrance == entrance
    pairing = Pairing.objects.get()
    assert (pairing.member.name, pairing.cadence_days) == ("王五", 14)


def issues(path):
    return [(i.sheet, i.row, i.column, i.message) for i in roster_check(path=path).issues]


def test_each_bad_row_is_named_and_nothing_is_written(cast, tmp_path):
    path = write(
        tmp_path / "c.xlsx",
        buildings=[
            ["C1", "岑东小区", "3号楼", "1单元", "13900139000", ""],  # 李四: elsewhere
            ["C1", "岑东小区", "3号楼", "1单元", "", ""],  # duplicate in the file
            ["NOPE", "", "1号楼", "1单元", "", ""],  # unknown community
            ["C1", "", "", "1单元", "", ""],
        ],  # no building
        households=[["C1", "", "", "", 0, "外星人", "", "9号楼", "1单元", "13600000000", 0, ""]],
    )
    found = issues(path)
    cells = {(sheet, row, column) for sheet, row, column, _m in found}
    assert ("楼栋", 2, "E") in cells  # captain not in the community
    assert ("楼栋", 3, "D") in cells  # duplicate entrance
    assert ("楼栋", 4, "A") in cells  # unknown community
    assert ("楼栋", 5, "C") in cells  # empty building
    for column in ("B", "D", "E", "F", "I", "J", "K"):  # name, address, size, tags, entrance,
        assert ("住户", 2, column) in cells, column  # unknown member, cadence
    assert roster_import(path=path).written is False
    assert not Entrance.objects.exists() and not Household.objects.exists()


def test_an_existing_entrance_or_household_is_a_duplicate(cast, tmp_path):
    first = write(
        tmp_path / "a.xlsx",
        buildings=[["C1", "", "3号楼", "1单元", "", ""]],
        households=[["C1", "王秀英", "", "3号楼1单元101", 1, "", "", "", "", "", 30, ""]],
    )
    assert roster_import(path=first).written
    found = issues(first)
    assert any("already exists" in m for *_r, m in found)
    assert len(found) == 2
