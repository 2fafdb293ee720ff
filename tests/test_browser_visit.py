"""In Chromium on a phone: the paired member logs a visit and the overdue flag clears — in the
standard mode and in 长辈版, where every field and button they touch is at least 60 px high."""

import pytest
from django.utils import timezone

from jinlin.care.models import Visit
from jinlin.members.models import Member
from tests.browser import PHONE, shot, sign_in
from tests.care_helpers import household, pairing
from tests.conftest import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("elder", [False, True], ids=["standard", "elder"])
def test_a_member_logs_a_visit_and_the_overdue_flag_clears(cast, live_server, chromium, elder):
    p = pairing(cast, household(cast), days_ago=50, cadence=30)
    Member.objects.filter(pk=cast.member.pk).update(elder_mode=elder)
    phone = chromium.new_context(**PHONE)
    page = phone.new_page()
    sign_in(page, live_server.url, "member", PASSWORD)
    assert page.locator("#home-pairings .flash.error").count() == 1  # overdue, on the home page
    page.goto(f"{live_server.url}/me/pairings/")
    card = page.locator(f"#pairing-{p.pk}")
    assert card.locator(".overdue-flag").count() == 1
    shot(page, "pairing-overdue")
    card.get_by_role("link", name="记录走访").click()
    # The date comes filled in with today, in the form the date input holds (not 2026/11/25).
    assert page.input_value("input[name=date]") == timezone.localdate().isoformat()
    page.check("input[name=kind][value=comfort]")
    page.fill("textarea[name=note]", "送去米面油，老人身体不错")
    page.fill("input[name=need_raised]", "厨房水龙头漏水")
    if elder:
        for target in ("input[name=date]", "textarea[name=note]", "main button.primary"):
            box = page.locator(target).first.bounding_box()
            assert box and box["height"] >= 59.5 and box["width"] >= 59.5, (target, box)
        assert page.evaluate("document.documentElement.scrollWidth") <= 391
    page.get_by_role("button", name="保存走访记录").click()
    page.wait_for_url("**/me/pairings/")
    assert page.locator(f"#pairing-{p.pk} .overdue-flag").count() == 0
    shot(page, "pairing-visited")
    visit = Visit.objects.get()
    assert (visit.kind, visit.need_raised) == ("comfort", "厨房水龙头漏水")
    phone.close()
