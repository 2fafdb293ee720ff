"""订单式 as the unit meets it: what waits on its admin, whom it sent, team orders named as
teams, and a rebalancing that says which units nobody could tell."""

from __future__ import annotations

import pytest

from jinlin.needs import services as need_services
from tests.needs_helpers import new_member, publish
from tests.test_cloudmap_rebalance import short_district  # noqa: F401  (fixture)

pytestmark = pytest.mark.django_db


def test_the_unit_admin_sees_its_order_waiting_and_whom_it_sent(cast, as_user):
    a = new_member(cast, "王五", "13700137000", registered=False)
    order = publish(cast, slots=3, mode="order", unit=cast.unit)
    client = as_user(cast.unit_admin)
    home = client.get("/", HTTP_ACCEPT_LANGUAGE="zh-hans").content.decode()
    assert "1个订单待派员（共缺3人）" in home and "暂无待办" not in home
    listing = client.get("/needs/manage/").content.decode()
    assert f"/needs/{order.pk}/#dispatched" in listing
    assert f"/needs/{order.pk}/roster/" not in listing  # the community's page, not theirs
    need_services.claims_dispatch(need=order, members=[a], by=cast.unit_admin)
    detail = client.get(f"/needs/{order.pk}/", HTTP_ACCEPT_LANGUAGE="zh-hans").content.decode()
    assert 'id="dispatched"' in detail and "王五" in detail.split('id="dispatched"')[1]
    home = client.get("/", HTTP_ACCEPT_LANGUAGE="zh-hans").content.decode()
    assert "1个订单待派员（共缺2人）" in home


def test_a_team_order_names_the_team(cast, as_user):
    from jinlin.care import services as care_services

    leader = new_member(cast, "队长", "13500135000")
    team = care_services.team_save(
        organization=cast.community, name="亲邻先锋队一队", kind="qinlin", leader=leader,
        by=cast.community_admin,
    )  # fmt: skip
    order = publish(cast, slots=2, mode="order", team=team)
    page = as_user(cast.community_admin).get(
        f"/needs/{order.pk}/", HTTP_ACCEPT_LANGUAGE="zh-hans"
    ).content.decode()
    assert "亲邻先锋队一队（队伍）" in page
    from django.utils.translation import override

    from jinlin.notifications.models import Notification

    told = Notification.objects.filter(user=leader.user, kind="dispatched").get()
    with override("zh-hans"):
        assert "向您带领的队伍下单" in told.text and "贵单位" not in told.text


def test_rebalancing_names_the_units_nobody_could_tell(short_district, as_user):  # noqa: F811
    from jinlin.cloudmap import services
    from jinlin.members.models import RoleAssignment

    cast = short_district
    RoleAssignment.objects.filter(organization=cast.unit).delete()  # no admin account
    cast.unit.contact_phone = "0592-6666666"
    cast.unit.save()
    proposal = services.proposal_create(district=cast.district, weeks=2, by=cast.district_admin)
    client = as_user(cast.district_admin)
    response = client.post(
        f"/cloudmap/rebalance/{proposal.pk}/approve/", HTTP_ACCEPT_LANGUAGE="zh-hans", follow=True
    )
    page = response.content.decode()
    assert "已在平台上通知0个单位" in page and "1个单位没有管理员账号" in page
    assert 'id="untold"' in page and "0592-6666666" in page
