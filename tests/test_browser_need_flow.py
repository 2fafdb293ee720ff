"""In Chromium, two people: the community publishes, the member claims, signs in by scanning,
the community accepts, the member scans again and sees the hours (先验收后扫码) — once as usual,
once in 长辈版 with the keyboard alone (signing in, switching the mode, finding the need,
claiming), every button the member presses at least 60 × 60 pixels."""

import datetime as dt

import pytest
from django.utils import timezone

from jinlin.needs.models import Claim, Need
from tests.browser import DESKTOP, PHONE, shot, sign_in
from tests.conftest import PASSWORD
from tests.needs_helpers import confirm_registration

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _tab_to(page, selector: str, presses: int = 80) -> None:
    """Press Tab until the element matching ``selector`` has the focus (as a keyboard user
    moves through the page), and fail if it never does."""
    for _ in range(presses):
        page.keyboard.press("Tab")
        if page.evaluate("(s) => document.activeElement && document.activeElement.matches(s)",
                         selector):  # fmt: skip
            return
    raise AssertionError(f"the keyboard never reaches {selector} on {page.url}")


def _big_enough(page, selector: str) -> None:
    box = page.locator(selector).first.bounding_box()
    assert box and box["width"] >= 59.5 and box["height"] >= 59.5, (selector, box)


@pytest.mark.parametrize("elder", [False, True], ids=["standard", "elder-keyboard"])
def test_publish_claim_sign_in_accept_credit(cast, live_server, chromium, elder):
    base = live_server.url
    confirm_registration(cast.member, cast.community)
    desk = chromium.new_context(**DESKTOP)
    admin = desk.new_page()
    sign_in(admin, base, "community", PASSWORD)
    admin.goto(f"{base}/needs/new/")
    admin.fill("input[name=title]", "楼道清理")
    admin.fill("input[name=place]", "岑东小区 5 号楼")
    start = timezone.localtime() - dt.timedelta(minutes=5)
    admin.fill("input[name=starts_at]", start.strftime("%Y-%m-%dT%H:%M"))
    admin.fill("input[name=ends_at]", (start + dt.timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M"))
    admin.fill("input[name=slots]", "3")
    admin.check("input[name=metrics][value=truckloads]")
    admin.get_by_role("button", name="发布").click()
    admin.wait_for_url("**/needs/*/")
    need = Need.objects.get()

    phone = chromium.new_context(**PHONE)
    page = phone.new_page()
    if not elder:
        sign_in(page, base, "member", PASSWORD)
        page.goto(f"{base}/needs/")
        page.get_by_text("楼道清理").click()
        page.get_by_role("button", name="认领").click()
    else:
        page.goto(f"{base}/signin/")
        _tab_to(page, "input[name=username]")
        page.keyboard.type("member")
        _tab_to(page, "input[name=password]")
        page.keyboard.type(PASSWORD)
        page.keyboard.press("Enter")
        page.wait_for_url(f"{base}/")
        _tab_to(page, ".elder-switch button")
        page.keyboard.press("Enter")
        page.wait_for_selector("html.elder")
        _big_enough(page, ".elder-switch button")
        _tab_to(page, '.nav a[href="/needs/"]')
        page.keyboard.press("Enter")
        page.wait_for_url(f"{base}/needs/")
        _tab_to(page, f'a[href="/needs/{need.pk}/"]')
        page.keyboard.press("Enter")
        page.wait_for_url(f"{base}/needs/{need.pk}/")
        assert page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)") >= 18
        claim_button = f'form[action="/needs/{need.pk}/claim/"] button'
        _big_enough(page, claim_button)
        _tab_to(page, claim_button)
        page.keyboard.press("Enter")
    page.wait_for_selector("text=扫描现场二维码")
    assert Claim.objects.get().status == "confirmed"

    admin.goto(f"{base}/needs/{need.pk}/code/")
    token = admin.get_attribute("#site-code", "data-token")
    assert admin.locator("#site-code svg").count() == 1
    page.goto(f"{base}/scan/?t={token}")  # what the phone's own scanner opens
    page.wait_for_selector("#scan-result")
    assert "签到成功" in page.inner_text("#scan-result")
    shot(page, "member-signed-in")

    # On site the community accepts from a phone: the roster reads as a list there, the name on
    # one line and the acceptance on the screen, nothing to scroll sideways to.
    if not elder:
        branch = cast.member.branch  # a branch's name as long as the demo's
        branch.name = "厦门象屿新股份有限公司第一党支部"
        branch.save(update_fields=["name"])
        on_site = chromium.new_context(**PHONE)
        small = on_site.new_page()
        sign_in(small, base, "community", PASSWORD)
        small.goto(f"{base}/needs/{need.pk}/roster/")
        width = PHONE["viewport"]["width"]  # type: ignore[index]
        row = small.locator(f"#claim-{Claim.objects.get().pk}")
        box = row.get_by_role("button", name="验收通过").bounding_box()
        assert box is not None and box["x"] + box["width"] <= width, box
        name = row.locator("strong").first
        assert name.evaluate("el => el.getClientRects().length") == 1
        # The actions under the name from the screen's left, not a column to the right of it.
        name_box = name.bounding_box()
        hours_box = row.locator("input[name=hours]").first.bounding_box()
        assert name_box is not None and hours_box is not None
        assert hours_box["x"] < name_box["x"]
        assert hours_box["y"] > name_box["y"] + name_box["height"]
        assert small.evaluate("document.documentElement.scrollWidth") <= width + 1
        shot(small, "roster-on-a-phone")
        on_site.close()

    admin.goto(f"{base}/needs/{need.pk}/roster/")
    claim = Claim.objects.get()
    row = admin.locator(f"#claim-{claim.pk}")
    row.locator("input[name=hours]").fill("1.5")
    row.get_by_role("button", name="验收通过").click()
    admin.wait_for_selector(f"#claim-{claim.pk} >> text=1.5 小时")
    # The activity's outcomes, once for the whole activity.
    admin.fill("#outcome-truckloads", "4")
    admin.get_by_role("button", name="保存活动成效").click()
    admin.wait_for_selector("text=活动成效已保存")
    assert admin.input_value("#outcome-truckloads") == "4"
    shot(admin, "roster-accepted")

    page.goto(f"{base}/scan/?t={token}")
    page.wait_for_selector("#scan-result")
    assert "已记入 1.5 小时" in page.inner_text("#scan-result")
    page.goto(f"{base}/me/hours/")
    assert page.inner_text("#total-hours") == "1.5"
    if elder:
        assert page.evaluate("document.documentElement.className") == "elder"
        assert page.evaluate("document.documentElement.scrollWidth") <= 391
    shot(page, "member-hours")
    phone.close()
    desk.close()
