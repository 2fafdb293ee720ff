"""Rosters as clerks really have them — made the way a 组织部 clerk makes them and saved by
LibreOffice (tests/files/make_clerk_rosters.py): a merged title row above the header, their own
column names, extra columns, phones typed as numbers, names instead of codes; as .xlsx, old
.xls and .ods."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook

from jinlin.members.models import Member
from jinlin.roster.services import roster_check, roster_import

FILES = Path(__file__).resolve().parent / "files"
FORMATS = ["xlsx", "ods", "xls"]


def _errors(plan):
    return [str(i) for i in plan.issues if i.is_error]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_title_row_above_the_header_and_extra_columns(cast, fmt):
    plan = roster_check(path=FILES / f"clerk_title_row.{fmt}")
    assert _errors(plan) == []
    notes = [i for i in plan.issues if i.level == "note"]
    assert len(notes) == 1 and notes[0].row == 1 and "花名册" in notes[0].message
    skipped = {i.value for i in plan.issues if i.level == "warning"}
    assert skipped == {"序号", "入党时间", "工作单位"}  # ignored, said so, not an error
    # Trailing spaces trimmed, phones typed as numbers read whole, a full-width code (Ｃ１)
    # found, an ID ending in x kept.
    people = {m.name: m for m in plan.members}
    assert set(people) == {"王五", "赵六"}
    assert people["王五"].phone == "13700137000" and people["王五"].community_code == "C1"
    assert people["王五"].id_number == "11010519491231002X"
    assert people["赵六"].is_party_member is False


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_roster_made_from_scratch_with_names_instead_of_codes(cast, fmt):
    """One sheet called Sheet1, the clerk's own headers (手机号码, 所在党支部, 居住社区), the
    branch and community by name — even with a stray space — as Jinlin has them."""
    result = roster_import(path=FILES / f"clerk_from_scratch.{fmt}")
    assert [str(i) for i in result.issues if i.is_error] == []
    assert result.written and result.members == 3
    for member in Member.objects.filter(name__in=["王五", "赵六", "孙七"]):
        assert member.branch == cast.branch and member.community == cast.community


def _sheet1(tmp_path, header, rows):
    book = Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    path = tmp_path / "roster.xlsx"
    book.save(path)
    return path


def test_a_name_that_is_nearly_right_gets_suggestions(cast, tmp_path):
    path = _sheet1(
        tmp_path,
        ["姓名", "手机号码", "所在党支部", "居住社区"],
        [["王五", 13700137000, "城管局支部", "岑东"]],
    )
    plan = roster_check(path=path)
    by_field = {i.column: i for i in plan.issues if i.is_error}
    assert "城管局党支部（U1-B1）" in by_field["C"].message and by_field["C"].value == "城管局支部"
    assert "岑东社区（C1）" in by_field["D"].message


def test_a_missing_column_is_one_error_not_one_per_row(cast, tmp_path):
    """The audit saw 60 repeated row errors bury the 4 header errors that were the cause."""
    rows = [[f"队员{i}", "男", "城管局党支部"] for i in range(30)]
    path = _sheet1(tmp_path, ["姓名", "性别", "所在党支部"], rows)
    errors = [i for i in roster_check(path=path).issues if i.is_error]
    assert len(errors) == 1 and errors[0].row == 1  # said once, at the header
    assert "手机号码" in errors[0].message and "联系电话" in errors[0].message


def test_a_party_member_without_branch_or_community_is_told_one_thing(cast, tmp_path):
    path = _sheet1(tmp_path, ["姓名", "手机号", "是否党员"], [["王五", 13700137000, "是"]])
    errors = [i.message for i in roster_check(path=path).issues if i.is_error]
    assert len(errors) == 1 and "所在支部" in errors[0]


def test_a_column_rows_need_but_the_sheet_lacks_is_one_error_and_can_be_mapped(
    cast, as_user, tmp_path
):
    """No branch column (the clerk calls it 组织关系): one error for the sheet naming the rows
    that need it, not 党员须填写所在支部 on every row; the column mapping offers it."""
    rows = [[f"队员{i}", 13700137000 + i, "城管局党支部"] for i in range(12)]
    path = _sheet1(tmp_path, ["姓名", "手机号", "组织关系"], rows)
    errors = [i for i in roster_check(path=path).issues if i.is_error]
    assert len(errors) == 1 and errors[0].row == 1, [str(e) for e in errors]
    assert "12" in errors[0].message and "2、3、4" in errors[0].message
    assert "…" in errors[0].message  # ten rows named, then an ellipsis
    client = as_user(cast.district_admin)
    page = client.post(
        "/roster/", {"file": SimpleUploadedFile("r.xlsx", path.read_bytes())}, follow=True
    ).content.decode()
    assert 'name="map-members-branch"' in page
    job_id = re.search(r"/roster/([0-9a-f-]{36})/columns/", page).group(1)
    client.post(f"/roster/{job_id}/columns/", {"map-members-branch": "组织关系"})
    client.post(f"/roster/{job_id}/import/")
    assert Member.objects.filter(name__startswith="队员").count() == 12


def test_a_column_named_as_its_label_is_accepted(cast, tmp_path):
    """The unknown-column message once listed 党员 among the columns, yet refused 党员."""
    path = _sheet1(
        tmp_path,
        ["姓名", "手机号", "党员", "居住社区"],
        [["赵六", 13600136000, "群众", "岑东社区"]],
    )
    plan = roster_check(path=path)
    assert _errors(plan) == [] and plan.members[0].is_party_member is False


def test_the_page_imports_a_clerks_roster_and_shows_what_it_read(cast, as_user):
    client = as_user(cast.district_admin)
    upload = SimpleUploadedFile("花名册.xlsx", (FILES / "clerk_from_scratch.xlsx").read_bytes())
    job_page = client.post("/roster/", {"file": upload}, follow=True)
    html = job_page.content.decode()
    assert "城管局党支部（U1-B1）" in html and "岑东社区（C1）" in html  # names resolved
    assert "13700137000" in html  # in full, to check against the clerk's sheet
    job_id = re.search(r"/roster/([0-9a-f-]{36})/import/", html).group(1)
    client.post(f"/roster/{job_id}/import/")
    assert Member.objects.filter(name__in=["王五", "赵六", "孙七"]).count() == 3


def test_the_upload_page_describes_the_template_as_it_is(cast, as_user):
    from io import BytesIO

    from openpyxl import load_workbook

    client = as_user(cast.district_admin)
    page = client.get("/roster/").content.decode()
    template = load_workbook(BytesIO(client.get("/roster/template.xlsx").content))
    assert len(template.sheetnames) == 5
    for name in template.sheetnames:
        assert name in page
    assert ".xls" in page and ".ods" in page


def test_the_clerk_says_which_column_is_which_and_it_is_remembered(cast, as_user, tmp_path):
    """A header Jinlin does not know (移动号码): the page asks which column holds the phone;
    the answer is used at once and for the clerk's next rosters."""
    path = _sheet1(
        tmp_path,
        ["序号", "姓名", "移动号码", "所在党支部", "居住社区"],
        [[1, "王五", 13700137000, "城管局党支部", "岑东社区"]],
    )
    client = as_user(cast.district_admin)
    page = client.post(
        "/roster/", {"file": SimpleUploadedFile("r.xlsx", path.read_bytes())}, follow=True
    ).content.decode()
    assert 'id="mapping"' in page and 'name="map-members-phone"' in page
    assert '<option value="移动号码">C · 移动号码</option>' in page
    job_id = re.search(r"/roster/([0-9a-f-]{36})/columns/", page).group(1)
    page = client.post(
        f"/roster/{job_id}/columns/", {"map-members-phone": "移动号码"}, follow=True
    ).content.decode()
    assert f"/roster/{job_id}/import/" in page  # checked again: ready
    client.post(f"/roster/{job_id}/import/")
    assert Member.objects.filter(name="王五", phone="13700137000").exists()
    # The next roster with the same header needs no question.
    again = _sheet1(
        tmp_path, ["姓名", "移动号码", "所在党支部"], [["赵六", 13600136000, "城管局党支部"]]
    )
    from django.contrib.auth import get_user_model

    plan = roster_check(path=again, by=get_user_model().objects.get(username="district"))
    assert _errors(plan) == [] and plan.members[0].phone == "13600136000"
    # …for that clerk only.
    assert _errors(roster_check(path=again, by=cast.street_admin))
