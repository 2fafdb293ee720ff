"""In Chromium on a 390×844 phone: a community secretary's every menu item is on screen (not
cut off in a sideways-scrolling bar), and the waiting registrations are confirmed in bulk."""

import pytest

from jinlin.members import services as member_services
from jinlin.members.models import Registration
from tests.browser import PHONE, shot, sign_in
from tests.conftest import PASSWORD
from tests.needs_helpers import new_member

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_admin_menu_and_bulk_confirmation_on_a_phone(cast, live_server, chromium):
    for name, phone in (("王五", "13700137000"), ("赵六", "13600136000")):
        member = new_member(cast, name, phone, registered=False)
        member_services.registration_create_for_member(member=member, community=cast.community)
    page = chromium.new_context(**PHONE).new_page()
    sign_in(page, live_server.url, "community", PASSWORD)
    nav = page.locator("#mainnav")
    assert not nav.is_visible()  # folded behind the menu button
    page.get_by_role("button", name="菜单").click()
    links = nav.get_by_role("link")
    labels = links.all_inner_texts()
    assert {"报到审核", "名册导入", "后台管理"} <= set(labels)
    for index in range(links.count()):
        box = links.nth(index).bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 390, labels[index]
    shot(page, "admin-menu-phone")
    # The home says what waits; its link leads to the queue, confirmed in one go.
    page.locator("#work-registrations a").click()
    page.wait_for_url("**/registrations/?status=pending")
    page.check("input[data-check-all=registrations]")
    page.get_by_role("button", name="确认所选报到").click()
    page.wait_for_load_state()
    assert "已确认 2 条报到" in page.inner_text("main")
    assert (
        Registration.objects.filter(status="confirmed", member__name__in=["王五", "赵六"]).count()
        == 2
    )
