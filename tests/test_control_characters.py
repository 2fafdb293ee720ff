"""Control characters (#20 item 3): refused at every door like NUL, and stripped by every
writer of papers from what is already stored — a vertical tab in an approved service report
once broke every 台账 covering its day, an escape in a need title the needs table and the
briefing's .docx; a bare carriage return was not escaped in .ics files."""

from __future__ import annotations

import io

import pytest
from django.test import Client
from icalendar import Calendar
from openpyxl import load_workbook

from jinlin.cloudmap.indicators import Period
from jinlin.needs.models import Need
from jinlin.reports.ledger import ledger_book
from jinlin.service.models import ServiceRecord
from tests.api import ApiClient
from tests.test_cloudmap_indicators import district  # noqa: F401  (fixture)

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("junk", ["a\x0bb", "a\x1bb", "a\x7fb"])
def test_they_are_refused_at_the_door(cast, as_user, junk):
    page = as_user(cast.community_admin).get("/needs/manage/", {"q": junk})
    assert page.status_code == 400
    form = Client().post("/signin/", {"username": junk, "password": "x"})
    assert form.status_code == 400
    api = ApiClient().post("/auth/token", {"username": junk, "password": "x"})
    assert api.status_code == 400 and api.json()["error"]["fields"] == {
        "username": api.json()["error"]["message"]
    }
    plain = Client().post("/api/v1/auth/token", "a\x00b", content_type="text/plain")
    assert plain.status_code == 400


def test_stored_ones_do_not_break_the_papers(district, as_user):  # noqa: F811
    cast = district
    record = ServiceRecord.objects.filter(kind="credit").first()
    need = Need.objects.filter(pk=record.need_id)
    # What older data may hold (written past the door, as before it was closed).
    from django.db import connection

    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET LOCAL session_replication_role = replica")
        cursor.execute(f"UPDATE {ServiceRecord._meta.db_table} SET content = %s WHERE id = %s",
                       ["清理\x0b垃圾", record.pk])  # fmt: skip
    need.update(title="楼道\x1b清理", place="3号楼\r大门")
    book = load_workbook(io.BytesIO(ledger_book(cast.district, Period.last_weeks(4))))
    cells = [c.value for ws in book.worksheets for row in ws.iter_rows() for c in row]
    assert "清理垃圾" in cells and "楼道清理" in [str(c) for c in cells]
    admin = as_user(cast.community_admin)
    assert admin.get("/needs/manage/export.xlsx?status=all").status_code == 200
    claim = need.get().claims.first()
    ics = as_user(claim.member.user).get(f"/claims/{claim.pk}/calendar.ics").content
    event = next(c for c in Calendar.from_ical(ics).walk() if c.name == "VEVENT")
    assert str(event["summary"]) == "楼道清理" and "\r" not in ics.decode().replace("\r\n", "")


def test_a_briefing_with_a_stored_control_character_writes_its_docx(district):  # noqa: F811
    import docx

    from jinlin.reports.briefing import briefing_docx, briefing_pdf, briefing_write
    from jinlin.reports.models import Export

    cast = district
    Need.objects.filter(pk=ServiceRecord.objects.filter(kind="credit").first().need_id).update(
        title="楼道\x1b清理"
    )
    period = Period.last_weeks(4)
    export = Export(kind="briefing", organization=cast.street, start=period.start,
                    end=period.end, content=briefing_write(cast.street, period))  # fmt: skip
    text = "".join(p.text for p in docx.Document(io.BytesIO(briefing_docx(export, "x"))).paragraphs)
    assert "楼道清理" in text
    assert briefing_pdf(export, "x").startswith(b"%PDF")


def test_an_imported_roster_stores_none(cast, tmp_path):
    """A cell holding a vertical tab (written by Excel as _x000B_) imports without it."""
    from jinlin.members.models import Member
    from jinlin.roster.services import roster_import
    from tests.roster_files import member_row, write_roster

    path = write_roster(
        tmp_path / "r.xlsx",
        members=[member_row("王_x000B_五", "13700137000", branch="", community="C1")],
    )
    result = roster_import(path=path, by=cast.community_admin)
    assert result.written, [str(i) for i in result.issues]
    assert Member.objects.get(phone="13700137000").name == "王五"
