"""In Chromium at a phone's size: 居民点单 → 社区下单 → 党员接单 → 验收 → rating. A resident
without an account asks with a one-time code, the community turns the request into a need,
a member takes it, signs in on site, the community accepts the work, the member's scan
credits the hours, and the resident — following the request at its private address — rates
it; the rating shows on the need and in the member's record. Once as usual, once with the
resident in 长辈版 (switched on in the browser, no account needed): every field and button
they touch at least 60 px high, nothing wider than the phone."""

import datetime as dt
import re

import pytest
from django.utils import timezone

from jinlin.core import sms
from jinlin.needs.models import Claim, Need
from jinlin.residents.models import Rating, ResidentRequest
from tests.browser import DESKTOP, PHONE, shot, sign_in
from tests.conftest import PASSWORD
from tests.needs_helpers import confirm_registration

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _elder_sized(page, *targets: str) -> None:
    assert page.evaluate("document.documentElement.className") == "elder"
    assert page.evaluate("document.documentElement.scrollWidth") <= 391
    for target in targets:
        box = page.locator(target).first.bounding_box()
        assert box and box["height"] >= 59.5 and box["width"] >= 59.5, (target, box)


@pytest.mark.parametrize("elder", [False, True], ids=["standard", "elder"])
def test_a_residents_request_from_phone_to_rating(cast, live_server, chromium, elder):
    base = live_server.url
    confirm_registration(cast.member, cast.community)

    # 居民点单: a resident with no account, on a phone.
    resident_phone = chromium.new_context(**PHONE)
    resident = resident_phone.new_page()
    resident.goto(f"{base}/requests/new/")
    if elder:
        resident.get_by_role("button", name="长辈版").click()
        resident.wait_for_selector("html.elder")
        _elder_sized(resident, "#phone", ".elder-switch button")
    resident.fill("#phone", "13611112222")
    resident.get_by_role("button", name="获取验证码").click()
    resident.wait_for_selector("#code")
    code = re.search(r"\d{6}", sms.outbox[-1][1]).group()
    resident.fill("#code", code)
    resident.get_by_role("button", name="验证").click()
    resident.wait_for_selector("#request-form")
    resident.select_option("#community", str(cast.community.pk))
    resident.fill("#title", "楼道灯坏了")
    resident.fill("#details", "三楼的灯坏了一周，老人上下楼不方便")
    resident.fill("#place", "岑东小区 5 号楼 2 单元")
    resident.fill("#name", "陈阿姨")
    resident.set_input_files(
        "#photo",
        files=[{"name": "light.png", "mimeType": "image/png", "buffer": resident.screenshot()}],
    )
    if elder:
        _elder_sized(resident, "#title", "#details", "#place", "#community")
    resident.get_by_role("button", name="提交点单").click()
    resident.wait_for_url("**/requests/track/**")
    assert "社区正在处理" in resident.inner_text("#progress")
    track_url = resident.url
    shot(resident, "resident-request-sent")
    item = ResidentRequest.objects.get()
    assert item.requester_phone == "13611112222" and item.photo

    # 社区下单: the community opens it and publishes a need from it, prefilled.
    desk = chromium.new_context(**DESKTOP)
    admin = desk.new_page()
    sign_in(admin, base, "community", PASSWORD)
    admin.goto(f"{base}/requests/manage/")
    admin.get_by_role("link", name="楼道灯坏了").click()
    admin.get_by_role("link", name="先修改需求再发布").click()
    assert admin.input_value("input[name=title]") == "楼道灯坏了"
    assert admin.input_value("input[name=place]") == "岑东小区 5 号楼 2 单元"
    start = timezone.localtime() - dt.timedelta(minutes=5)
    admin.fill("input[name=starts_at]", start.strftime("%Y-%m-%dT%H:%M"))
    admin.fill("input[name=ends_at]", (start + dt.timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M"))
    admin.get_by_role("button", name="发布").click()
    admin.wait_for_url("**/needs/*/")
    need = Need.objects.get()
    assert ResidentRequest.objects.get().need == need

    resident.goto(track_url)
    assert "社区已下单" in resident.inner_text("#progress")

    # 党员接单 on the member's phone, sign-in by the site code.
    member_phone = chromium.new_context(**PHONE)
    member = member_phone.new_page()
    sign_in(member, base, "member", PASSWORD)
    member.goto(f"{base}/needs/")
    member.get_by_text("楼道灯坏了").first.click()
    member.get_by_role("button", name="认领").click()
    member.wait_for_selector("text=扫描现场二维码")
    admin.goto(f"{base}/needs/{need.pk}/code/")
    token = admin.get_attribute("#site-code", "data-token")
    member.goto(f"{base}/scan/?t={token}")
    member.wait_for_selector("#scan-result")
    assert "签到成功" in member.inner_text("#scan-result")

    # 验收: the community accepts the work; the member's next scan credits the hours.
    admin.goto(f"{base}/needs/{need.pk}/roster/")
    claim = Claim.objects.get()
    row = admin.locator(f"#claim-{claim.pk}")
    row.locator("input[name=hours]").fill("1")
    row.get_by_role("button", name="验收通过").click()
    admin.wait_for_selector(f"#claim-{claim.pk} >> text=1 小时")
    member.goto(f"{base}/scan/?t={token}")
    member.wait_for_selector("#scan-result")
    assert "已记入 1 小时" in member.inner_text("#scan-result")

    # The resident sees it done and rates it.
    resident.goto(track_url)
    assert "服务完成，社区已验收" in resident.inner_text("#progress")
    resident.locator("#rate label").nth(3).click()  # four stars
    resident.fill("#comment", "当天就修好了，谢谢")
    if elder:
        _elder_sized(resident, "#comment")
    resident.get_by_role("button", name="提交评价").click()
    resident.wait_for_selector("#rated")
    assert "★★★★☆" in resident.inner_text("#rated")
    shot(resident, "resident-rated")
    assert Rating.objects.get().stars == 4

    admin.goto(f"{base}/needs/{need.pk}/")
    assert "4.0★" in admin.inner_text("#ratings") and "谢谢" in admin.inner_text("#ratings")
    admin.goto(f"{base}/members/{cast.member.pk}/")
    assert "4.0★" in admin.inner_text("#service-record")
    member.goto(f"{base}/")
    assert "4.0★" in member.inner_text("#my-rating")
    shot(member, "member-home-rated")
    for context in (resident_phone, member_phone, desk):
        context.close()
