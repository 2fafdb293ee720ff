"""HTTP tests of the needs pages: members on phones, community and unit admins."""

import datetime as dt

from django.utils import timezone

from jinlin.needs import services as need_services
from jinlin.needs.models import Claim, Need
from jinlin.notifications.models import Notification
from tests.needs_helpers import confirm_registration, new_member, publish


def _form(**overrides):
    start = timezone.localtime() + dt.timedelta(days=1)
    data = {
        "title": "周末洁净家园",
        "category": "clean_home",
        "own_category": "",
        "description": "清理楼道",
        "place": "岑东小区",
        "slots": "5",
        "mode": "open",
        "unit": "",
        "metrics": ["truckloads"],
        "grace_minutes": "30",
        "starts_at": start.strftime("%Y-%m-%dT09:00"),
        "ends_at": start.strftime("%Y-%m-%dT11:00"),
    }
    data.update(overrides)
    return data


def test_a_community_admin_publishes_from_the_form(cast, as_user):
    client = as_user(cast.community_admin)
    assert client.get("/needs/new/").status_code == 200
    response = client.post("/needs/new/", _form())
    need = Need.objects.get()
    assert response.status_code == 302 and response.url == f"/needs/{need.pk}/"
    assert (need.title, need.slots, need.metrics) == ("周末洁净家园", 5, ["truckloads"])
    page = client.get(response.url).content.decode()
    assert "名单与验收" in page and "现场二维码" in page


def test_the_form_explains_bad_input_and_writes_nothing(cast, as_user):
    client = as_user(cast.community_admin)
    start = timezone.localtime() + dt.timedelta(days=1)
    response = client.post(
        "/needs/new/",
        _form(ends_at=start.strftime("%Y-%m-%dT08:00"), category="__own__", own_category=""),
    )
    assert response.status_code == 200
    assert "field-error" in response.content.decode()
    assert not Need.objects.exists()
    response = client.post("/needs/new/", _form(mode="order", unit=""))
    assert "挂钩单位" in response.content.decode()
    assert not Need.objects.exists()


def test_a_custom_category_and_an_order(cast, as_user):
    client = as_user(cast.community_admin)
    client.post(
        "/needs/new/",
        _form(
            category="__own__", own_category="垃圾分类督导", mode="order", unit=str(cast.unit.pk)
        ),
    )
    need = Need.objects.get()
    assert (need.category, need.mode, need.unit) == ("垃圾分类督导", "order", cast.unit)


def test_others_cannot_publish_or_manage(cast, as_user):
    need = publish(cast)
    assert as_user(cast.member_user).get("/needs/new/").status_code == 403
    assert as_user(cast.community2_admin).get(f"/needs/{need.pk}/edit/").status_code == 403
    assert as_user(cast.community2_admin).get(f"/needs/{need.pk}/roster/").status_code == 403
    assert as_user(cast.street_admin).get(f"/needs/{need.pk}/code/").status_code == 403


def test_a_member_finds_claims_and_cancels(cast, as_user):
    near = publish(
        cast,
        title="近处",
        starts_at=timezone.now() + dt.timedelta(hours=5),
        ends_at=timezone.now() + dt.timedelta(hours=6),
    )
    confirm_registration(cast.member, cast.community)
    client = as_user(cast.member_user)
    page = client.get("/needs/").content.decode()
    assert "近处" in page
    client.post(f"/needs/{near.pk}/claim/")
    claim = Claim.objects.get(member=cast.member)
    assert claim.status == "confirmed"
    page = client.get(f"/needs/{near.pk}/").content.decode()
    assert "取消认领" in page and f"/claims/{claim.pk}/calendar.ics" in page
    assert "近处" in client.get("/me/claims/").content.decode()
    client.post(f"/claims/{claim.pk}/cancel/")
    claim.refresh_from_db()
    assert claim.status == "cancelled"


def test_needs_are_listed_nearest_then_soonest(cast, as_user):
    cast.community.longitude, cast.community.latitude = 118.10, 24.58
    cast.community.save()
    confirm_registration(cast.member, cast.community)
    soon = timezone.now() + dt.timedelta(hours=1)
    publish(
        cast,
        title="远处",
        longitude=118.30,
        latitude=24.70,
        starts_at=soon,
        ends_at=soon + dt.timedelta(hours=1),
    )
    publish(
        cast,
        title="近处稍晚",
        longitude=118.101,
        latitude=24.58,
        starts_at=soon + dt.timedelta(hours=5),
        ends_at=soon + dt.timedelta(hours=6),
    )
    publish(
        cast,
        title="近处较早",
        longitude=118.102,
        latitude=24.581,
        starts_at=soon + dt.timedelta(hours=2),
        ends_at=soon + dt.timedelta(hours=3),
    )
    publish(cast, title="本社区无定位", starts_at=soon, ends_at=soon + dt.timedelta(hours=1))
    page = as_user(cast.member_user).get("/needs/").content.decode()
    assert page.index("近处较早") < page.index("近处稍晚") < page.index("远处")
    # A need placed on the map: its distance from the member's community. One placed at the
    # member's own community: no distance (not "0.0 公里").
    assert "距您的社区 24.2 公里" in page and "0.0 公里" not in page
    card = page[page.index("本社区无定位") : page.index("</li>", page.index("本社区无定位"))]
    assert "公里" not in card


def test_a_member_who_may_not_claim_is_told_why(cast, as_user):
    need = publish(cast)
    # 李四 lives in 孙厝 and belongs to 教育局: 岑东's open needs are not his.
    assert as_user(cast.other_member_user).get(f"/needs/{need.pk}/").status_code == 404
    response = as_user(cast.other_member_user).post(f"/needs/{need.pk}/claim/")
    assert response.status_code == 404
    assert not Claim.objects.exists()


def test_the_calendar_file(cast, as_user):
    need = publish(cast)
    confirm_registration(cast.member, cast.community)
    claim = need_services.claim_create(need=need, member=cast.member)
    response = as_user(cast.member_user).get(f"/claims/{claim.pk}/calendar.ics")
    body = response.content.decode()
    assert response["Content-Type"].startswith("text/calendar")
    assert "BEGIN:VEVENT" in body and "SUMMARY:清理楼道杂物" in body
    assert need.starts_at.astimezone(dt.UTC).strftime("DTSTART:%Y%m%dT%H%M%SZ") in body
    assert (
        as_user(cast.other_member_user).get(f"/claims/{claim.pk}/calendar.ics").status_code == 403
    )


def test_the_admin_edits_before_start_and_cancels_with_notice(cast, as_user):
    start = timezone.now() + dt.timedelta(days=2)
    need = publish(cast, starts_at=start, ends_at=start + dt.timedelta(hours=2))
    confirm_registration(cast.member, cast.community)
    need_services.claim_create(need=need, member=cast.member)
    client = as_user(cast.community_admin)
    assert client.get(f"/needs/{need.pk}/edit/").status_code == 200
    later = timezone.localtime(start + dt.timedelta(hours=1))
    response = client.post(
        f"/needs/{need.pk}/edit/",
        _form(
            title="清理楼道杂物",
            starts_at=later.strftime("%Y-%m-%dT%H:%M"),
            ends_at=(later + dt.timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M"),
            slots="2",
            metrics=["truckloads", "households"],
        ),
    )
    assert response.status_code == 302
    assert Notification.objects.filter(user=cast.member_user, kind="need_changed").exists()
    client.post(f"/needs/{need.pk}/cancel/", {"reason": "下雨"})
    need.refresh_from_db()
    assert need.status == "cancelled"
    assert Notification.objects.filter(user=cast.member_user, kind="need_cancelled").exists()


def test_manage_list_filters(cast, as_user):
    publish(cast, title="洁净甲")
    publish(
        cast,
        title="劝导乙",
        starts_at=timezone.now() - dt.timedelta(days=2),
        ends_at=timezone.now() - dt.timedelta(days=2) + dt.timedelta(hours=1),
    )
    client = as_user(cast.community_admin)
    page = client.get("/needs/manage/").content.decode()
    assert "洁净甲" in page and "劝导乙" not in page
    assert "劝导乙" in client.get("/needs/manage/?status=ended").content.decode()
    assert "洁净甲" not in as_user(cast.community2_admin).get("/needs/manage/").content.decode()
    assert "洁净甲" in as_user(cast.street_admin).get("/needs/manage/").content.decode()


def test_the_unit_admin_dispatches_from_the_page(cast, as_user):
    need = publish(cast, mode="order", unit=cast.unit, slots=2)
    a = new_member(cast, "王五", "13700137000", registered=False)
    b = new_member(cast, "赵六", "13600136000", registered=False)
    client = as_user(cast.unit_admin)
    page = client.get(f"/needs/{need.pk}/dispatch/").content.decode()
    # No list of everyone: a search box that asks for the unit's own members.
    assert f'hx-get="/needs/{need.pk}/dispatch/pick/"' in page and "王五" not in page
    found = client.get(f"/needs/{need.pk}/dispatch/pick/", {"q": "王"}).content.decode()
    assert "王五" in found and "…7000" in found
    assert (
        "李四" not in client.get(f"/needs/{need.pk}/dispatch/pick/", {"q": "李"}).content.decode()
    )
    assert "赵六" in client.get(f"/needs/{need.pk}/dispatch/pick/", {"q": "6000"}).content.decode()
    client.post(f"/needs/{need.pk}/dispatch/", {"members": [a.pk, b.pk]})
    assert set(Claim.objects.values_list("member__name", flat=True)) == {"王五", "赵六"}
    # Those on the need are no longer offered; someone else's member cannot be sent.
    assert (
        "王五" not in client.get(f"/needs/{need.pk}/dispatch/pick/", {"q": "王"}).content.decode()
    )
    response = client.post(f"/needs/{need.pk}/dispatch/", {"members": [cast.other_member.pk]})
    assert response.status_code == 200 and Claim.objects.count() == 2
    assert "李四" not in response.content.decode()  # refused without naming them
    assert as_user(cast.community_admin).get(f"/needs/{need.pk}/dispatch/").status_code == 403
    assert as_user(cast.community_admin).get(f"/needs/{need.pk}/dispatch/pick/").status_code == 403


def test_notifications_page_and_bell(cast, as_user):
    need = publish(cast)
    confirm_registration(cast.member, cast.community)
    need_services.claim_create(need=need, member=cast.member)
    client = as_user(cast.member_user)
    # One notice for the confirmed registration, one for the claim.
    assert 'id="unread-count">2<' in client.get("/").content.decode()
    page = client.get("/notifications/").content.decode()
    assert "您已成功认领“清理楼道杂物”" in page
    assert "岑东社区已确认您的报到" in page
    assert 'id="unread-count"' not in client.get("/").content.decode()
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    assert "You are confirmed for" in client.get("/notifications/").content.decode()
