"""The A4 site poster printed from Chromium and the site code on the admin's phone: each QR
code decodes to the site's public address and opens the scan page for that need."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
from django.test import override_settings

from tests.browser import DESKTOP, PHONE, sign_in
from tests.conftest import PASSWORD
from tests.needs_helpers import publish
from tests.papers import qr_codes_in_pdf, qr_codes_in_png

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _a_scan_of(url: str, site: str, need_id: int) -> str:
    from jinlin.service.services import site_code_need_id

    parts = urlsplit(url)
    assert f"{parts.scheme}://{parts.netloc}" == site and parts.path == "/scan/", url
    token = parse_qs(parts.query)["t"][0]
    assert site_code_need_id(token) == need_id
    return token


def test_the_poster_and_the_site_code_decode_to_the_site(cast, live_server, chromium):
    site = live_server.url
    need = publish(cast, slots=3)
    with override_settings(SITE_URL=site):
        desk = chromium.new_context(**DESKTOP)
        admin = desk.new_page()
        sign_in(admin, site, "community", PASSWORD)
        admin.goto(f"{site}/needs/{need.pk}/poster/")
        printed = admin.pdf(format="A4", print_background=True)
        (code,) = qr_codes_in_pdf(printed)
        token = _a_scan_of(code, site, need.pk)
        phone = chromium.new_context(**PHONE)
        page = phone.new_page()
        sign_in(page, site, "community", PASSWORD)
        page.goto(f"{site}/needs/{need.pk}/code/")
        (code,) = qr_codes_in_png(page.locator("#site-code").screenshot())
        _a_scan_of(code, site, need.pk)
        # The address opens the member's scan page with the code filled in.
        member = chromium.new_context(**PHONE).new_page()
        sign_in(member, site, "member", PASSWORD)
        opened = member.goto(code)
        assert opened is not None and opened.status == 200
        assert token
        desk.close()
        phone.close()
