"""志愿服务证明: issued by the community that recorded the hours, numbered, verifiable on a
public page and through the API; an altered number, code or stored figure fails."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.core.management import call_command

from jinlin.cloudmap.indicators import Period
from jinlin.members.models import Member
from jinlin.reports.certificates import certificate_issue, certificate_pdf, certificate_verify
from jinlin.reports.models import Certificate
from tests.api import ApiClient
from tests.test_cloudmap_indicators import district  # noqa: F401  (fixture)

pytestmark = pytest.mark.django_db


def test_issue_verify_and_tamper(district, client):  # noqa: F811
    cast = district
    member = Member.objects.get(name="王五")
    cert = certificate_issue(member=member, period=Period.last_weeks(4))
    assert cert.issuer == cast.community and cert.hours == Decimal("1.50")
    assert cert.number.startswith("JL") and len(cert.code) == 12
    assert certificate_verify(cert.number, cert.code.lower()) == cert
    assert certificate_verify(cert.number[:-1] + "9", cert.code) is None
    assert certificate_verify(cert.number, "0" * 12) is None
    # Figures changed in the database no longer verify.
    Certificate.objects.filter(pk=cert.pk).update(hours=Decimal("99"))
    assert certificate_verify(cert.number, cert.code) is None
    Certificate.objects.filter(pk=cert.pk).update(hours=Decimal("1.50"))
    # The public page and the API, without signing in.
    page = client.get("/certificates/verify/", {"number": cert.number, "code": cert.code})
    text = page.content.decode()
    assert 'id="verdict"' in text and "王*" in text and "王五" not in text
    bad = client.get("/certificates/verify/", {"number": cert.number, "code": "X"}).content
    assert 'role="alert"' in bad.decode()
    api = ApiClient()
    ok = api.get("/certificates/verify", number=cert.number, code=cert.code).json()
    assert ok["valid"] is True and ok["hours"] == 1.5 and ok["member"] == "王*"
    assert api.get("/certificates/verify", number=cert.number, code="AAAA").json()["valid"] is False
    # The PDF says what it certifies.
    pdf = certificate_pdf(cert, "http://x/certificates/verify/")
    assert pdf.startswith(b"%PDF")


def test_nothing_to_certify_is_refused(district):  # noqa: F811
    from jinlin.core.errors import InvalidInput

    member = Member.objects.get(name="赵六")  # registered, never credited
    with pytest.raises(InvalidInput):
        certificate_issue(member=member, period=Period.last_weeks(4))


def test_the_command_writes_a_pdf(district, tmp_path):  # noqa: F811
    member = Member.objects.get(name="王五")
    out = tmp_path / "c.pdf"
    call_command(
        "certificate", member=member.phone, start="2026-01-01", end="2026-12-31", output=str(out)
    )
    assert out.read_bytes().startswith(b"%PDF") and Certificate.objects.count() == 1
