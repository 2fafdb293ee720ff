"""The certificate paper as 民政部令第67号 names its fields (#19 §1): the volunteer's ID type
and masked number, the volunteer number, the service content; the issuer's 负责人, 经办人,
telephone and uploaded electronic seal — kept as they were when it was issued, on one A4 page."""

from __future__ import annotations

import io
import re

import pypdf
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from jinlin.audit.models import AuditEvent
from jinlin.cloudmap.indicators import Period
from jinlin.demo.duties import seal_png
from jinlin.members.models import Member
from jinlin.organizations.models import Organization
from jinlin.reports.applications import application_decide, certificate_apply
from jinlin.reports.certificates import certificate_pdf, service_content
from jinlin.reports.models import Certificate
from jinlin.service.models import ServiceRecord
from tests.conftest import client_for
from tests.papers import qr_codes_in_pdf
from tests.test_cloudmap_indicators import district  # noqa: F401  (fixture)

pytestmark = pytest.mark.django_db
ID_NUMBER = "350203199001011234"


def _upload(client, org, data: bytes, name: str = "seal.png"):
    return client.post(
        reverse("org-detail", args=[org.pk]),
        {"action": "seal", "seal": SimpleUploadedFile(name, data, "image/png")},
        HTTP_ACCEPT_LANGUAGE="zh-hans",
    )


def _issue(district) -> Certificate:  # noqa: F811
    wang = Member.objects.get(name="王五")
    Member.objects.filter(pk=wang.pk).update(id_number=ID_NUMBER)
    application = certificate_apply(member=wang, period=Period.last_weeks(4))
    application_decide(application=application, by=district.community_admin, decision="issue")
    application.refresh_from_db()
    return application.certificate


def _text(pdf: bytes) -> str:
    pages = pypdf.PdfReader(io.BytesIO(pdf)).pages
    return re.sub(r"\s+", "", "".join(page.extract_text() for page in pages))


def test_the_community_uploads_its_seal_and_only_a_picture_of_a_seal_is_kept(district):  # noqa: F811
    community = district.community
    admin = client_for(district.community_admin)
    # Too small, not a picture: refused at the field, nothing kept.
    small = _upload(admin, community, seal_png(community.name, size=120))
    assert small.status_code == 200 and "每边至少 200 像素" in small.content.decode()
    fake = _upload(admin, community, b"<html>not a seal</html>", "seal.html")
    assert fake.status_code == 200 and "seal" in fake.context["seal_form"].errors
    community.refresh_from_db()
    assert not community.seal
    # A seal: kept re-drawn under a random name, logged, shown to the admin.
    kept = _upload(admin, community, seal_png(community.name))
    assert kept.status_code == 302
    community.refresh_from_db()
    assert community.seal.name.startswith("seals/") and community.seal.name.endswith(".png")
    assert AuditEvent.objects.filter(action="organization_seal_set").count() == 1
    assert admin.get(community.seal.url).status_code == 200
    # A member of the community may not see the picture nor change it.
    wang = client_for(Member.objects.get(name="王五").user)
    assert wang.get(community.seal.url).status_code == 404
    before = community.seal.name
    _upload(wang, community, seal_png("假章"))
    community.refresh_from_db()
    assert community.seal.name == before
    # Removed on request, logged.
    page = reverse("org-detail", args=[community.pk])
    assert admin.post(page, {"action": "seal_remove"}).status_code == 302
    community.refresh_from_db()
    assert not community.seal
    assert AuditEvent.objects.filter(action="organization_seal_removed").exists()


def test_a_party_branch_keeps_no_seal(district):  # noqa: F811
    from jinlin.core.errors import InvalidInput
    from jinlin.organizations.services import organization_seal_set

    branch = Organization.objects.filter(kind="branch").first()
    with pytest.raises(InvalidInput) as refused:
        picture = SimpleUploadedFile("s.png", seal_png("支部"), "image/png")
        organization_seal_set(organization=branch, by=None, seal=picture)
    assert "seal" in refused.value.fields
    branch.refresh_from_db()
    assert not branch.seal


def test_the_paper_carries_every_field_as_it_was_when_issued(district, settings):  # noqa: F811
    settings.SITE_URL = "https://jinlin.example.gov.cn"
    community = district.community
    community.head = "刘海燕"
    community.contact_phone = "0592-6012345"
    community.save()
    admin = client_for(district.community_admin)
    assert _upload(admin, community, seal_png(community.name)).status_code == 302
    community.refresh_from_db()
    cert = _issue(district)
    assert cert.issuer_head == "刘海燕" and cert.contact_phone == "0592-6012345"
    assert cert.handler == (district.community_admin.get_full_name()
                            or district.community_admin.get_username())  # fmt: skip
    assert cert.seal == community.seal.name
    credits = ServiceRecord.objects.filter(member=cert.member, kind="credit")
    assert cert.content and all(r.activity_name in cert.content for r in credits)
    # The community's head, telephone and seal change later: the paper does not.
    community.head = "另一人"
    community.contact_phone = "0592-0000000"
    community.save()
    admin.post(reverse("org-detail", args=[community.pk]), {"action": "seal_remove"})
    pdf = certificate_pdf(Certificate.objects.get(pk=cert.pk))
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    text = _text(pdf)
    for expected in ("刘海燕", "0592-6012345", cert.handler.replace(" ", ""), "居民身份证",
                     "3502**********1234", cert.member.volunteer_no, "负责人", "经办人",
                     "联系电话", "出具单位（盖章）", cert.number):  # fmt: skip
        assert expected in text, expected
    assert ID_NUMBER not in text and "另一人" not in text
    # The seal is printed (an image besides the QR code, which is drawn as vectors).
    images = [name for page in reader.pages for name in page.images]
    assert len(images) == 1
    assert qr_codes_in_pdf(pdf) == [
        f"https://jinlin.example.gov.cn/certificates/verify/?number={cert.number}&code={cert.code}"
    ]
    # The check page and the API show what the paper says, 服务内容 included.
    from django.test import Client

    check = Client().get("/certificates/verify/", {"number": cert.number, "code": cert.code},
                         HTTP_ACCEPT_LANGUAGE="zh-hans").content.decode()  # fmt: skip
    assert "服务内容" in check and cert.content in check
    api = Client().get("/api/v1/certificates/verify", {"number": cert.number, "code": cert.code})
    assert api.json()["content"] == cert.content


def test_the_longest_paper_stays_on_one_page_and_says_when_no_id_is_kept(district):  # noqa: F811
    cert = _issue(district)
    # As long as real ones get: a four-character name with a 少数民族 given name, the longest
    # community's full title (about 40 characters), a full 服务内容, an admin's long title.
    Member.objects.filter(pk=cert.member_id).update(id_number=None, name="阿依古丽·买买提艾力")
    Organization.objects.filter(pk=cert.issuer_id).update(
        name="厦门市集美区集美街道岑东社区居民委员会新时代文明实践站志愿服务队党支部联合会")
    Certificate.objects.filter(pk=cert.pk).update(
        content="、".join(["社区环境卫生整治与垃圾分类督导志愿服务"] * 16)[:300],
        issuer_head="欧阳" * 5, handler="岑东社区居委会 党委副书记 黄某某",
        contact_phone="0592-60123456-8001",
    )  # fmt: skip
    pdf = certificate_pdf(Certificate.objects.get(pk=cert.pk))
    assert len(pypdf.PdfReader(io.BytesIO(pdf)).pages) == 1
    text = _text(pdf)
    assert "未登记（以志愿者编号为准）" in text and "身份证号" not in text


def test_service_content_names_the_activities_most_hours_first_and_stops_in_time(district):  # noqa: F811
    cert = _issue(district)
    credits = ServiceRecord.objects.filter(member=cert.member, kind="credit")
    names = sorted({r.activity_name for r in credits})
    assert service_content(credits) == cert.content
    assert all(name in cert.content for name in names)
    # Too long for the room: cut at an activity's end with 等, or inside the only one with …等.
    short = service_content(credits, limit=len(names[0]) - 1)
    assert short.endswith("…等") and len(short) == len(names[0]) - 1


def test_a_corrected_record_is_one_service_on_the_paper(district):  # noqa: F811
    """次 on the paper counts the credits that stand (人次, as the figures count them): a
    record corrected after a dispute (a reversing row and a new one) is one service, not
    three, and the hours are the corrected ones."""
    from decimal import Decimal

    from jinlin.service.disputes import dispute_raise, dispute_resolve

    wang = Member.objects.get(name="王五")
    credit = ServiceRecord.objects.get(member=wang, kind="credit")
    dispute = dispute_raise(member=wang, record=credit, reason="实际两小时", hours=Decimal("2"))
    dispute_resolve(dispute=dispute, decision="corrected", reason="核实后更正",
                    by=district.community_admin)  # fmt: skip
    assert ServiceRecord.objects.filter(member=wang).count() == 3
    cert = _issue(district)
    assert cert.records == 1 and cert.hours == Decimal("2.00")
    assert "（" not in cert.content  # one activity, once: no count after it
