"""The workbook for 全国志愿服务信息系统 (#19 §1, 民函〔2012〕340号 arts. 6–7): the volunteers
and every ledger row of an organization and period, the fields in the notice's order, the
volunteer number instead of the ID number; for the organization's own admins."""

from __future__ import annotations

import io
import re

import pytest
from django.test import TestCase
from openpyxl import load_workbook

from jinlin.cloudmap.figures import ledger_rows
from jinlin.cloudmap.indicators import Period
from jinlin.members.models import Member
from jinlin.reports.models import Export
from jinlin.reports.national import RECORD_COLUMNS, VOLUNTEER_COLUMNS
from tests.api import api_as
from tests.conftest import client_for
from tests.test_cloudmap_indicators import district  # noqa: F401  (fixture)

pytestmark = pytest.mark.django_db


def test_a_community_exports_its_volunteers_and_records(district):  # noqa: F811
    cast = district
    member = Member.objects.get(name="王五")
    member.id_number = "11010519491231002X"
    member.save(update_fields=["id_number"])
    period = Period.last_weeks(4)
    client = client_for(cast.community_admin)
    with TestCase.captureOnCommitCallbacks(execute=True):
        made = client.post("/reports/exports/national/", {
            "organization": cast.community.pk, "from": period.start, "to": period.end})  # fmt: skip
    assert made.status_code == 302
    export = Export.objects.get(kind=Export.KIND_NATIONAL)
    assert export.status == Export.Status.DONE, export.error
    download = client.get(f"/reports/exports/{export.pk}/ledger.xlsx")
    assert download.status_code == 200
    named = download["Content-Disposition"]
    assert "%E5%85%A8%E5%9B%BD" in named or "National" in named  # 全国… in the file's name
    book = load_workbook(io.BytesIO(b"".join(download.streaming_content)
                                    if download.streaming else download.content))  # fmt: skip
    assert book.sheetnames == ["志愿者信息", "志愿服务记录", "字段说明"]
    people, records = book["志愿者信息"], book["志愿服务记录"]
    assert [c.value for c in people[2]] == [c for c, _a, _w in VOLUNTEER_COLUMNS]
    assert [c.value for c in records[2]] == [c for c, _a, _w in RECORD_COLUMNS]
    rows = list(ledger_rows(cast.community, period))
    assert records.max_row - 2 == len(rows) > 0
    numbers = {row[0].value for row in records.iter_rows(min_row=3)}
    assert all(re.fullmatch(r"JL\d{8}", n) for n in numbers)
    person = next(r for r in people.iter_rows(min_row=3, values_only=True) if r[1] == "王五")
    assert person[0] == member.volunteer_no and str(person[3])[:10] == "1949-12-31"
    assert person[6] == member.phone  # the community's admin manages 王五
    every_cell = " ".join(str(c.value) for ws in book for row in ws.iter_rows() for c in row)
    assert "11010519491231002X" not in every_cell  # the volunteer number stands in for it


def test_only_the_organizations_own_admins(district):  # noqa: F811
    cast = district
    assert api_as("supervisor").post("/exports", {
        "kind": "national", "organization": cast.community.pk}).status_code == 403  # fmt: skip
    made = api_as("community").post("/exports", {"kind": "national",
                                                  "organization": cast.community.pk})  # fmt: skip
    assert made.status_code == 202 and made.json()["kind"] == "national"


@pytest.mark.browser
def test_it_prints_cleanly_from_libreoffice(district):  # noqa: F811
    """As a clerk opens and prints it: no ###, every header whole, A4 pages."""
    import pypdf

    from jinlin.reports.national import national_book
    from tests.papers import print_through_libreoffice

    cast = district
    content = national_book(cast.district, Period.last_weeks(4), cast.district_admin)
    pdf = pypdf.PdfReader(io.BytesIO(print_through_libreoffice(content, ".xlsx")))
    text = "".join(page.extract_text() for page in pdf.pages)
    squeezed = re.sub(r"\s+", "", text)
    assert "###" not in text
    for column, _article, _what in VOLUNTEER_COLUMNS + RECORD_COLUMNS:
        assert re.sub(r"\s+", "", column) in squeezed, column
    for page in pdf.pages:
        width, height = sorted((float(page.mediabox.width), float(page.mediabox.height)))
        assert (round(width * 25.4 / 72), round(height * 25.4 / 72)) == (210, 297)
