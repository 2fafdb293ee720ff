"""In Chromium: a supervisor records a finding with a photo on a phone (through a dropped
connection), the community submits evidence, the supervisor verifies and closes it."""

import pytest

from jinlin.oversight.models import Finding, Problem
from tests.browser import DESKTOP, PHONE, shot, sign_in
from tests.conftest import PASSWORD
from tests.oversight_helpers import round_for

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_finding_to_verified_closure(cast, live_server, chromium):
    base = live_server.url
    r = round_for(cast)
    phone = chromium.new_context(**PHONE)
    page = phone.new_page()
    sign_in(page, base, "supervisor", PASSWORD)
    page.goto(f"{base}/oversight/rounds/{r.pk}/record/")
    picture = page.screenshot()  # any real PNG will do as the photo
    page.select_option("select[name=kind]", "problem")
    page.select_option("select[name=organization]", str(cast.community.pk))
    page.fill("input[name=title]", "三号楼楼道堆放杂物")
    page.fill("textarea[name=text]", "堵塞消防通道")
    page.select_option("select[name=severity]", "high")
    page.set_input_files(
        "input[name=photos]",
        files=[{"name": "site.png", "mimeType": "image/png", "buffer": picture}],
    )
    phone.set_offline(True)  # the signal drops just as the supervisor saves
    page.get_by_role("button", name="保存").click()
    page.wait_for_selector("#queue-status:not([hidden])")
    assert not Finding.objects.exists()
    shot(page, "finding-queued-offline")
    phone.set_offline(False)  # the connection returns: the queued finding goes out
    page.wait_for_selector("#sent li:has-text('三号楼楼道堆放杂物')")
    finding = Finding.objects.get()
    assert finding.photos.count() == 1 and finding.client_id
    problem = Problem.objects.get(finding=finding)

    desk = chromium.new_context(**DESKTOP)
    admin = desk.new_page()
    sign_in(admin, base, "community", PASSWORD)
    admin.goto(f"{base}/oversight/problems/{problem.pk}/")
    admin.get_by_role("button", name="开始整改").click()
    admin.fill("textarea[name=evidence]", "已组织党员清理，恢复通道")
    admin.get_by_role("button", name="提交核验").click()
    admin.wait_for_selector("#timeline >> text=已组织党员清理")
    problem.refresh_from_db()
    assert problem.status == "submitted"

    page.goto(f"{base}/oversight/problems/{problem.pk}/")
    page.get_by_role("button", name="核验通过，销号").click()
    page.wait_for_selector("#timeline >> text=核验通过并销号")
    shot(page, "problem-verified")
    problem.refresh_from_db()
    assert problem.status == "closed"
    assert list(problem.events.values_list("action", flat=True)) == [
        "created",
        "started",
        "submitted",
        "verified",
    ]
    phone.close()
    desk.close()


def test_the_capture_page_opens_with_no_signal_once_visited(cast, live_server, chromium):
    """A supervisor opens the round's page once with a signal, then starts recording in a
    basement: the page comes from the phone (service worker), the finding waits there."""
    base = live_server.url
    r = round_for(cast)
    phone = chromium.new_context(**PHONE)
    page = phone.new_page()
    sign_in(page, base, "supervisor", PASSWORD)
    page.goto(f"{base}/oversight/rounds/{r.pk}/record/")
    page.wait_for_selector("#offline-ready:not([hidden])")  # the worker holds the page now
    page.goto(f"{base}/")  # …and the supervisor moves on

    phone.set_offline(True)
    page.goto(f"{base}/oversight/rounds/{r.pk}/record/")  # a cold start with no signal
    assert page.get_by_role("heading", name="记录督导发现").is_visible()
    assert page.evaluate("getComputedStyle(document.querySelector('.topbar')).position") == "sticky"
    page.select_option("select[name=organization]", str(cast.community.pk))
    page.fill("input[name=title]", "地下车库电动车充电")
    page.get_by_role("button", name="保存").click()
    page.wait_for_selector("#queue-status:not([hidden])")
    shot(page, "finding-cold-start-offline")
    assert not Finding.objects.exists()
    phone.set_offline(False)
    page.wait_for_selector("#sent li:has-text('地下车库电动车充电')")
    assert Finding.objects.get().title == "地下车库电动车充电"
    phone.close()
