"""Certificates as 民政部令第67号 has them issued (#19 §1): the member applies, the community
that recorded the hours issues or refuses with reasons, the register and the 公示 list."""

from __future__ import annotations

import datetime as dt
import io

import openpyxl
import pytest
from django.utils import timezone

from jinlin.audit.models import AuditEvent
from jinlin.cloudmap.indicators import Period
from jinlin.members.models import Member
from jinlin.notifications.models import Notification
from jinlin.reports.models import Certificate, CertificateApplication
from tests.api import api_as
from tests.conftest import PASSWORD, client_for
from tests.test_cloudmap_indicators import district  # noqa: F401  (fixture)

pytestmark = pytest.mark.django_db


def _wang() -> Member:
    wang = Member.objects.get(name="王五")
    wang.user.set_password(PASSWORD)
    wang.user.save()
    return wang


def _body(period: Period, **extra):
    return {"from": period.start.isoformat(), "to": period.end.isoformat(), **extra}


def test_apply_and_issue_through_the_api(district):  # noqa: F811
    wang = _wang()
    member = api_as(wang.user.username)
    period = Period.last_weeks(4)
    made = member.post("/me/certificate-applications", _body(period, purpose="入党积极分子考察"))
    assert made.status_code == 201, made.content
    body = made.json()
    assert body["status"] == "applied" and body["from"] == period.start.isoformat()
    assert body["issuer"] == district.community.name and body["certificate"] is None
    # The community's admins hear of it and see it on their worklist.
    admin_user = district.community_admin
    assert Notification.objects.filter(user=admin_user, message__contains="applies").exists()
    from jinlin.core.worklist import waiting_for

    assert any(w.key == "certificate_applications" and w.count == 1
               for w in waiting_for(admin_user))  # fmt: skip
    # The same period twice: 409; a period without hours: 400, nothing saved.
    again = member.post("/me/certificate-applications", _body(period))
    assert again.status_code == 409 and again.json()["error"]["code"] == "already_applied"
    empty = Period(dt.date(2020, 1, 1), dt.date(2020, 1, 31))
    nothing = member.post("/me/certificate-applications", _body(empty))
    assert nothing.status_code == 400 and "from" in nothing.json()["error"]["fields"]
    backwards = member.post(
        "/me/certificate-applications",
        {"from": period.end.isoformat(), "to": period.start.isoformat()},
    )
    assert backwards.status_code == 400
    assert CertificateApplication.objects.count() == 1
    # Issued by the admin; answered once.
    admin = api_as(admin_user.username)
    listed = admin.get("/certificate-applications", status="applied").json()
    assert [a["id"] for a in listed] == [body["id"]]
    issued = admin.post(f"/certificate-applications/{body['id']}/decide", {"decision": "issue"})
    assert issued.status_code == 200 and issued.json()["certificate"].startswith("JL")
    twice = admin.post(f"/certificate-applications/{body['id']}/decide", {"decision": "issue"})
    assert twice.status_code == 409
    assert Certificate.objects.filter(member=wang).count() == 1
    assert Notification.objects.filter(user=wang.user, message__contains="is issued").exists()
    assert AuditEvent.objects.filter(action="certificate_issue").exists()
    mine = member.get("/me/certificate-applications").json()
    assert mine[0]["status"] == "issued"


def test_a_refusal_needs_reasons_and_tells_the_member(district):  # noqa: F811
    wang = _wang()
    made = api_as(wang.user.username).post("/me/certificate-applications",
                                           _body(Period.last_weeks(4))).json()  # fmt: skip
    admin = api_as(district.community_admin.username)
    path = f"/certificate-applications/{made['id']}/decide"
    bare = admin.post(path, {"decision": "refuse"})
    assert bare.status_code == 400 and "reason" in bare.json()["error"]["fields"]
    refused = admin.post(path, {"decision": "refuse", "reason": "该时段另有单位出具"})
    assert refused.status_code == 200 and refused.json()["status"] == "refused"
    assert not Certificate.objects.exists()
    page = client_for(wang.user).get("/me/certificates/", HTTP_ACCEPT_LANGUAGE="zh-hans")
    assert "该时段另有单位出具" in page.content.decode()
    assert Notification.objects.filter(user=wang.user, message__contains="refused").exists()


def test_only_the_recording_communitys_admins_answer(district):  # noqa: F811
    wang = _wang()
    made = api_as(wang.user.username).post("/me/certificate-applications",
                                           _body(Period.last_weeks(4))).json()  # fmt: skip
    for username in ("community2", "unit", wang.user.username):
        other = api_as(username)
        answer = other.post(f"/certificate-applications/{made['id']}/decide",
                            {"decision": "issue"})  # fmt: skip
        assert answer.status_code == 404, username
        assert other.get("/certificate-applications").json() == []
    page = client_for(district.community2_admin).post(
        "/certificates/applications/", {"application": made["id"], "decision": "issue"}
    )
    assert page.status_code == 404
    assert not Certificate.objects.exists()


def test_the_register_and_the_publicity_list(district):  # noqa: F811
    from jinlin.reports.applications import application_decide, certificate_apply

    wang = Member.objects.get(name="王五")
    application = certificate_apply(member=wang, period=Period.last_weeks(4))
    cert = application_decide(application=application, by=district.community_admin,
                              decision="issue").certificate  # fmt: skip
    admin = client_for(district.community_admin)
    workbook = admin.get("/certificates/register.xlsx")
    assert workbook.status_code == 200
    sheet = openpyxl.load_workbook(io.BytesIO(workbook.content)).worksheets[0]
    cells = [c.value for row in sheet.iter_rows() for c in row]
    assert cert.number in cells and wang.volunteer_no in cells
    assert client_for(wang.user).get("/certificates/register.xlsx").status_code == 403
    # 公示: the community's members read it with the name masked.
    zhao = Member.objects.get(name="赵六")
    neighbour = client_for(zhao.user).get("/certificates/publicity/",
                                          HTTP_ACCEPT_LANGUAGE="zh-hans")  # fmt: skip
    text = neighbour.content.decode()
    assert zhao.registrations.filter(community=district.community, status="confirmed").exists()
    assert cert.number in text and "王*" in text and "王五" not in text
    # Older than the publicity period, it leaves the list.
    Certificate.objects.filter(pk=cert.pk).update(
        issued_at=timezone.now() - dt.timedelta(days=8)
    )
    later = client_for(wang.user).get("/certificates/publicity/").content.decode()
    assert cert.number not in later
    # Someone of no community of the issuer's does not see it at all.
    Certificate.objects.filter(pk=cert.pk).update(issued_at=timezone.now())
    outsider = client_for(district.community2_admin).get("/certificates/publicity/")
    assert cert.number not in outsider.content.decode()
    assert cert.number in client_for(wang.user).get("/certificates/publicity/").content.decode()


def test_the_worklist_asks_the_hours_once_per_community_and_period(district):  # noqa: F811
    """Each pending application shows what its community recorded of the member in its period
    (as the member's application was checked), read in one query per community and period,
    not one per application."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from jinlin.reports import applications

    wang, zhao = _wang(), Member.objects.get(name="赵六")
    four, year = Period.last_weeks(4), Period.last_weeks(52)
    made = [
        CertificateApplication.objects.create(member=who, issuer=district.community,
                                              start=period.start, end=period.end)
        for who, period in ((wang, four), (zhao, four), (wang, year))
    ]  # fmt: skip
    with CaptureQueriesContext(connection) as asked:
        hours = applications.hours_applied_for(made)
    sums = [q for q in asked.captured_queries if 'SUM("service_servicerecord"."hours")' in q["sql"]]
    assert len(sums) == 2  # two periods of one community: one ledger read each
    expected = {
        a.pk: applications._hours_in(a.member, a.issuer, Period(a.start, a.end)) for a in made
    }
    assert hours == expected and hours[made[0].pk] > 0
    page = client_for(district.community_admin).get("/certificates/applications/")
    assert page.status_code == 200 and page.content.decode().count("王五") == 2
