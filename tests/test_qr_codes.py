"""Every QR code Jinlin prints decodes, as a phone reads the printed paper, to the site's public
address (SITE_URL), and the address it holds opens the right page: the 报到证, the 服务卡 and
the 志愿服务证明 here; the A4 site poster and the site code page in Chromium
(tests/test_browser_qr_codes.py)."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from django.core.management import call_command
from django.test import override_settings

from jinlin.cloudmap.indicators import Period
from jinlin.members.models import Member, Registration
from jinlin.reports import services as report_services
from jinlin.reports.certificates import certificate_issue, certificate_pdf
from tests.conftest import client_for
from tests.papers import qr_codes_in_pdf
from tests.test_cloudmap_indicators import district  # noqa: F401  (fixture)

pytestmark = [pytest.mark.django_db, pytest.mark.browser]
SITE = "https://jinlin.jimei.example.gov.cn"


def _opens_a_valid_check(client, url: str) -> None:
    parts = urlsplit(url)
    assert f"{parts.scheme}://{parts.netloc}" == SITE, url
    assert parts.path == "/certificates/verify/"
    page = client.get(f"{parts.path}?{parts.query}").content.decode()
    assert 'id="verdict"' in page and 'role="alert"' not in page


@override_settings(SITE_URL=SITE)
def test_the_slip_the_card_and_the_certificate_point_to_the_site(district):  # noqa: F811
    wang = Member.objects.get(name="王五")
    registration = Registration.objects.get(member=wang, status="confirmed")
    cert = certificate_issue(member=wang, period=Period.last_weeks(4))
    anyone = client_for(wang.user)
    for name, pdf in (
        ("slip", report_services.registration_slip_pdf(registration)),
        ("card", report_services.member_card_pdf(wang)),
        ("certificate", certificate_pdf(cert)),
    ):
        codes = qr_codes_in_pdf(pdf)
        assert len(codes) == 1, name
        _opens_a_valid_check(anyone, codes[0])


def test_the_command_line_certificate_points_to_the_site(district, tmp_path):  # noqa: F811
    wang = Member.objects.get(name="王五")
    out = tmp_path / "c.pdf"
    period = Period.last_weeks(4)
    call_command("certificate", member=wang.phone, start=period.start.isoformat(),
                 end=period.end.isoformat(), output=str(out), site=SITE)  # fmt: skip
    (code,) = qr_codes_in_pdf(out.read_bytes())
    with override_settings(SITE_URL=SITE):
        _opens_a_valid_check(client_for(wang.user), code)
    with override_settings(SITE_URL=SITE):
        out2 = tmp_path / "c2.pdf"
        call_command("certificate", member=wang.phone, start=period.start.isoformat(),
                     end=period.end.isoformat(), output=str(out2))  # fmt: skip
        (code,) = qr_codes_in_pdf(out2.read_bytes())
        assert code.startswith(f"{SITE}/certificates/verify/?number=")
