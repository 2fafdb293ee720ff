"""HTTP tests of the site code, the scanner, the roster and the member's hours."""

import re
from decimal import Decimal

from django.core.files.uploadedfile import SimpleUploadedFile

from jinlin.needs import services as need_services
from jinlin.service import services
from jinlin.service.models import Attendance, ServiceRecord
from tests.needs_helpers import new_member, publish
from tests.standing_helpers import PNG


def _claimed(cast):
    need = publish(cast)
    member = new_member(cast, "王五", "13700137000")
    claim = need_services.claim_create(need=need, member=member)
    return need, member, claim


def test_the_site_code_page_shows_a_qr_that_refreshes(cast, as_user):
    need, _member, _claim = _claimed(cast)
    page = as_user(cast.community_admin).get(f"/needs/{need.pk}/code/").content.decode()
    assert "<svg" in page and 'hx-trigger="every' in page
    partial = (
        as_user(cast.community_admin)
        .get(f"/needs/{need.pk}/code/", HTTP_HX_REQUEST="true")
        .content.decode()
    )
    assert partial.startswith('<div id="site-code"')
    poster = as_user(cast.community_admin).get(f"/needs/{need.pk}/poster/").content.decode()
    assert "@page { size: A4" in poster and "<svg" in poster


def test_the_scanner_signs_in_then_credits(cast, as_user):
    need, member, claim = _claimed(cast)
    token, _ = services.site_code_issue(need=need)
    client = as_user(member.user)
    page = client.get(f"/scan/?t={token}").content.decode()
    assert f'value="{token}"' in page and "jsQR" in page  # the page submits it by itself
    page = client.post("/scan/", {"t": token}).content.decode()
    assert "签到成功" in page
    response = client.post("/scan/", {"t": token})
    assert response.status_code == 409 and "验收" in response.content.decode()
    services.claim_accept(claim=claim, hours=2, by=cast.community_admin)
    page = client.post("/scan/", {"t": token}).content.decode()
    assert "已记入 2 小时" in page
    hours = client.get("/me/hours/").content.decode()
    assert re.search(r'id="total-hours">2<', hours)


def test_a_forged_code_is_refused_on_the_page(cast, as_user):
    _need, member, _claim = _claimed(cast)
    response = as_user(member.user).post("/scan/", {"t": "123.456:forged:sig"})
    assert response.status_code == 400
    assert not Attendance.objects.exists()


def test_admins_cannot_scan(cast, as_user):
    assert as_user(cast.community_admin).get("/scan/").status_code == 403


def test_the_roster_accepts_with_a_photo(cast, as_user):
    """Hours, note and photo per member; the outcomes are the activity's (recorded once, in
    their own form: tests/test_figures_true.py)."""
    need, member, claim = _claimed(cast)
    token, _ = services.site_code_issue(need=need)
    services.scan_record(token=token, member=member)
    client = as_user(cast.community_admin)
    page = client.get(f"/needs/{need.pk}/roster/").content.decode()
    assert "王五" in page and "outcome_truckloads" in page
    response = client.post(
        f"/claims/{claim.pk}/accept/",
        {
            "hours": "1.5",
            "note": "很好",
            "photo": SimpleUploadedFile("p.png", PNG, content_type="image/png"),
        },
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 200 and f'id="claim-{claim.pk}"' in response.content.decode()
    # The page's counts come with the row, swapped in where they stand (htmx out of band).
    counts = response.content.decode().split('id="roster-progress"')
    assert len(counts) == 2 and 'hx-swap-oob="true"' in counts[1][:40]
    assert "已验收 1" in counts[1] or "accepted 1" in counts[1], counts[1]
    attendance = Attendance.objects.get(claim=claim)
    assert (attendance.decision, attendance.hours, attendance.outcomes) == (
        "accepted",
        Decimal("1.50"),
        {},
    )
    assert attendance.photo.name.endswith(".png")


def test_bad_acceptance_shows_the_reason_in_the_row(cast, as_user):
    need, member, claim = _claimed(cast)
    token, _ = services.site_code_issue(need=need)
    services.scan_record(token=token, member=member)
    client = as_user(cast.community_admin)
    response = client.post(f"/claims/{claim.pk}/accept/", {"hours": "-3"}, HTTP_HX_REQUEST="true")
    assert 'role="alert"' in response.content.decode()
    response = client.post(
        f"/claims/{claim.pk}/accept/",
        {"hours": "1", "photo": SimpleUploadedFile("p.png", b"not an image")},
        HTTP_HX_REQUEST="true",
    )
    assert 'role="alert"' in response.content.decode()
    assert Attendance.objects.get(claim=claim).decision == ""
    assert (
        as_user(cast.community2_admin)
        .post(f"/claims/{claim.pk}/accept/", {"hours": "1"})
        .status_code
        == 403
    )


def test_bulk_accept_and_absent(cast, as_user):
    need = publish(cast, slots=3)
    token, _ = services.site_code_issue(need=need)
    claims = []
    for i, name in enumerate(["甲", "乙", "丙"]):
        member = new_member(cast, name, f"1350000000{i}")
        claims.append(need_services.claim_create(need=need, member=member))
        if i < 2:
            services.scan_record(token=token, member=member)
    client = as_user(cast.community_admin)
    client.post(
        f"/needs/{need.pk}/roster/bulk/",
        {"claims": [claims[0].pk, claims[1].pk], "hours": "2", "action": "accept"},
    )
    assert Attendance.objects.filter(decision="accepted").count() == 2
    client.post(f"/needs/{need.pk}/roster/bulk/", {"claims": [claims[2].pk], "action": "absent"})
    claims[2].refresh_from_db()
    assert claims[2].status == "absent"


def test_a_reversal_from_the_roster(cast, as_user):
    need, member, claim = _claimed(cast)
    token, _ = services.site_code_issue(need=need)
    services.scan_record(token=token, member=member)
    services.claim_accept(claim=claim, hours=1, by=cast.community_admin)
    services.scan_record(token=token, member=member)
    as_user(cast.community_admin).post(f"/claims/{claim.pk}/reverse/", {"reason": "重复记录"})
    assert ServiceRecord.objects.filter(kind="reversal").count() == 1
    assert "重复记录" in as_user(member.user).get("/me/hours/").content.decode()


def test_the_member_home_shows_hours_and_whats_next(cast, as_user):
    need, member, _claim = _claimed(cast)
    page = as_user(member.user).get("/").content.decode()
    assert need.title in page and "扫码" in page
