"""In Chromium: a member registers on a phone, the community admin confirms it."""

import pytest
from playwright.sync_api import expect

from jinlin.members.models import Registration
from tests.browser import DESKTOP, PHONE, shot, sign_in
from tests.conftest import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_member_registers_and_the_community_confirms(cast, live_server, chromium):
    base = live_server.url
    cast.member.community = None  # a new member: nothing preselected
    cast.member.save()

    phone = chromium.new_context(**PHONE)
    page = phone.new_page()
    sign_in(page, base, "member", PASSWORD)
    page.get_by_text("向居住社区报到").click()  # the home card leads to registration
    assert page.url.endswith("/me/registration/")
    assert page.get_by_text("向居住社区报到").is_visible()
    page.select_option("select[name=street]", str(cast.street.pk))
    # htmx reloads the communities of the chosen street.
    page.wait_for_selector(
        f"select[name=community] option[value='{cast.community.pk}']", state="attached"
    )
    # …and the other street's communities leave the list (waits for the swap to land).
    expect(page.locator("select[name=community] option", has_text="孙厝社区")).to_have_count(0)
    page.select_option("select[name=community]", str(cast.community.pk))
    page.check("input[name=consent]")
    page.get_by_role("button", name="报到").click()
    page.wait_for_selector("#current-registration")
    assert "待确认" in page.inner_text("#current-registration")
    shot(page, "member-registered")

    desk = chromium.new_context(**DESKTOP)
    admin = desk.new_page()
    sign_in(admin, base, "community", PASSWORD)
    assert "1 条报到待您确认" in admin.inner_text("#worklist")
    admin.goto(f"{base}/registrations/")
    registration = Registration.objects.get(member=cast.member)
    row = admin.locator(f"#registration-{registration.pk}")
    assert "张三" in row.inner_text()
    row.get_by_role("button", name="确认").click()
    admin.wait_for_selector(f"#registration-{registration.pk} .badge.confirmed")
    shot(admin, "community-confirmed")
    registration.refresh_from_db()
    assert registration.status == "confirmed"

    page.reload()
    assert "已确认" in page.inner_text("#current-registration")
    phone.close()
    desk.close()
