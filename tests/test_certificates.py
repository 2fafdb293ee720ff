"""志愿服务证明: issued by the community that recorded the hours, numbered, verifiable on a
public page and through the API; an altered number, code or stored figure fails."""

from __future__ import annotations

import re
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
    assert certificate_verify(_other_last(cert.number), cert.code) is None
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
    pdf = certificate_pdf(cert)
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


def test_the_service_card_and_the_slip_carry_the_same_check(district, client):  # noqa: F811
    """The card's number and code are computed from the hours it prints; the slip's from the
    confirmed registration: the check page says what they state, and refuses them once altered
    or once the facts no longer hold."""
    import io
    import re

    import pypdf

    from jinlin.core.personal import mask_name
    from jinlin.members.models import Registration
    from jinlin.reports.services import member_card_pdf, registration_slip_pdf
    from jinlin.reports.verification import card_seal, document_verify, slip_code, slip_number

    cast = district
    member = Member.objects.get(name="王五")
    seal = card_seal(member)
    text = "".join(p.extract_text() for p in pypdf.PdfReader(
        io.BytesIO(member_card_pdf(member))).pages)  # fmt: skip
    assert seal["number"] in text and seal["code"] in text
    found = document_verify(seal["number"], seal["code"])
    assert found.kind == "card" and found.hours == Decimal("1.50") and found.name == "王*"
    assert document_verify(_other_last(seal["number"]), seal["code"]) is None
    assert document_verify(seal["number"], _other_last(seal["code"])) is None
    page = client.get("/certificates/verify/", {"number": seal["number"], "code": seal["code"]})
    assert "王*" in page.content.decode() and "1.5" in page.content.decode()

    registration = Registration.objects.filter(member=member, status="confirmed").first()
    number, code = slip_number(registration), slip_code(registration)
    text = "".join(p.extract_text() for p in pypdf.PdfReader(
        io.BytesIO(registration_slip_pdf(registration))).pages)  # fmt: skip
    assert number in re.sub(r"\s+", "", text) and code in text
    assert document_verify(number, code).issuer == cast.community.name
    assert document_verify(number, code).name == mask_name("王五")
    api = ApiClient().get("/certificates/verify", number=number, code=code).json()
    assert api["valid"] and api["kind"] == "slip"
    # A registration withdrawn since: its slip no longer checks.
    Registration.objects.filter(pk=registration.pk).update(status="withdrawn")
    assert document_verify(number, code) is None


def test_the_member_applies_the_community_issues_and_both_download(district, client):  # noqa: F811
    from tests.conftest import client_for

    member = Member.objects.get(name="王五")
    mine = client_for(member.user)
    assert b'id="issue-certificate"' in mine.get("/me/certificates/").content
    period = Period.last_weeks(4)
    mine.post("/me/certificates/", {"from": period.start, "to": period.end, "purpose": "评优"})
    assert not Certificate.objects.filter(member=member).exists()  # applied, not self-issued
    admin = client_for(district.community_admin)
    page = admin.get("/certificates/applications/", HTTP_ACCEPT_LANGUAGE="zh-hans")
    assert "王五" in page.content.decode() and "评优" in page.content.decode()
    application = member.certificate_applications.get()
    admin.post("/certificates/applications/", {"application": application.pk,
                                                "decision": "issue"})  # fmt: skip
    cert = Certificate.objects.get(member=member)
    assert cert.issuer == district.community and cert.hours == Decimal("1.50")
    assert cert.issued_by == district.community_admin
    response = mine.get("/me/certificates/")
    assert cert.number in response.content.decode()
    pdf = mine.get(f"/certificates/{cert.number}.pdf")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    # Another member cannot; the community's admin can.
    other = Member.objects.get(name="赵六")
    assert client_for(other.user).get(f"/certificates/{cert.number}.pdf").status_code == 404
    assert admin.get(f"/certificates/{cert.number}.pdf").status_code == 200
    # Nothing to certify: said, nothing applied for.
    response = client_for(other.user).post(
        "/me/certificates/", {"from": period.start, "to": period.end}, follow=True
    )
    assert not other.certificate_applications.exists()
    assert 'class="flash error"' in response.content.decode()


def test_a_code_in_any_characters_is_a_wrong_code_not_a_server_error(district):  # noqa: F811
    from django.test import Client

    from jinlin.cloudmap.indicators import Period as P

    cert = certificate_issue(member=Member.objects.get(name="王五"), period=P.last_weeks(4))
    page = Client().get("/certificates/verify/", {"number": cert.number, "code": "é"})
    assert page.status_code == 200 and 'role="alert"' in page.content.decode()
    api = Client().get("/api/v1/certificates/verify", {"number": cert.number, "code": "é"})
    assert api.status_code == 200 and api.json()["valid"] is False


@pytest.mark.parametrize("code", ["é", "码" * 12, "\u00e9" * 12, "0" * 16])
def test_a_strange_code_for_a_real_number_answers_as_for_no_number(district, client, code):  # noqa: F811
    """No 500 and no difference: a real number with a non-ASCII code is answered exactly as an
    unknown number (the 500 it once gave told which numbers exist)."""
    member = Member.objects.get(name="王五")
    cert = certificate_issue(member=member, period=Period.last_weeks(4))
    real = client.get("/certificates/verify/", {"number": cert.number, "code": code})
    unknown = client.get("/certificates/verify/", {"number": "JL20269999999", "code": code})
    assert real.status_code == unknown.status_code == 200

    def shown(response, number):
        text = response.content.decode().replace(number, "N")
        return re.sub(r'(nonce|value)="[^"]*"|"X-CSRFToken": "\w+"', "", text)  # per response

    assert shown(real, cert.number) == shown(unknown, "JL20269999999")
    api = client.get("/api/v1/certificates/verify", {"number": cert.number, "code": code})
    assert api.status_code < 500


def _other_last(text):
    """The text with its last character changed (to a digit it is not)."""
    return text[:-1] + ("1" if text[-1] == "0" else "0")
