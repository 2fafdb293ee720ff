"""HTTP tests of the care pages, with the privacy rules the issue sets."""

import datetime as dt

from django.utils import timezone

from jinlin.care import services
from jinlin.care.models import Building, Household, HouseholdAccess, Pairing, Team, Visit
from jinlin.needs.models import Need
from tests.care_helpers import household, pairing


def test_the_community_page_flags_overdue_visits(cast, as_user):
    p = pairing(cast, household(cast), days_ago=50)
    page = as_user(cast.community_admin).get(f"/care/c/{cast.community.pk}/").content.decode()
    assert 'id="overdue"' in page and "王秀英" in page
    services.visit_log(pairing=p, date=timezone.localdate(), kind="call")
    page = as_user(cast.community_admin).get(f"/care/c/{cast.community.pk}/").content.decode()
    assert 'id="overdue"' not in page


def test_households_are_masked_for_everyone_but_their_community_and_member(cast, as_user):
    home = household(cast, phone="13912345678")
    admin_page = as_user(cast.community_admin).get(f"/care/households/{home.pk}/")
    assert "王秀英" in admin_page.content.decode() and "13912345678" in admin_page.content.decode()
    for viewer in (cast.street_admin, cast.district_admin, cast.supervisor):
        page = as_user(viewer).get(f"/care/households/{home.pk}/").content.decode()
        assert "王秀英" not in page and "13912345678" not in page and "王**" in page
        page = as_user(viewer).get(f"/care/c/{cast.community.pk}/households/").content.decode()
        assert "王秀英" not in page
    assert as_user(cast.community2_admin).get(f"/care/households/{home.pk}/").status_code == 404
    assert as_user(cast.member_user).get(f"/care/households/{home.pk}/").status_code == 404
    pairing(cast, home)
    page = as_user(cast.member_user).get(f"/care/households/{home.pk}/").content.decode()
    assert "13912345678" in page
    users = set(HouseholdAccess.objects.values_list("user__username", flat=True))
    assert users == {"community", "member"}


def test_the_district_reads_the_access_log(cast, as_user):
    home = household(cast)
    as_user(cast.community_admin).get(f"/care/households/{home.pk}/")
    page = as_user(cast.district_admin).get("/care/access-log/").content.decode()
    assert "community" in page and f"/care/households/{home.pk}/" in page
    assert as_user(cast.street_admin).get("/care/access-log/").status_code == 403


def test_admin_adds_households_and_pairs_them(cast, as_user):
    from tests.needs_helpers import confirm_registration

    confirm_registration(cast.member, cast.community)
    client = as_user(cast.community_admin)
    response = client.post(
        f"/care/c/{cast.community.pk}/households/",
        {
            "head_name": "李阿婆",
            "address": "岑东小区1号楼",
            "phone": "",
            "size": "1",
            "tags": ["disabled"],
            "note": "",
        },
    )
    home = Household.objects.get(head_name="李阿婆")
    assert response.status_code == 302
    client.post(
        f"/care/households/{home.pk}/",
        {"action": "pair", "pair-member": cast.member.pk, "pair-cadence_days": "14"},
    )
    assert Pairing.objects.get(household=home).cadence_days == 14
    response = client.post(
        f"/care/c/{cast.community.pk}/households/", {"head_name": "", "address": "", "size": "0"}
    )
    assert response.status_code == 200 and "field-error" in response.content.decode()
    assert (
        as_user(cast.street_admin)
        .post(
            f"/care/c/{cast.community.pk}/households/",
            {"head_name": "x", "address": "y", "size": "1"},
        )
        .status_code
        == 403
    )


def test_a_raised_need_becomes_a_need_with_one_click(cast, as_user):
    p = pairing(cast, household(cast))
    visit = services.visit_log(
        pairing=p, date=timezone.localdate(), kind="call", need_raised="家里的灯坏了"
    )
    client = as_user(cast.community_admin)
    page = client.get(f"/care/households/{p.household_id}/").content.decode()
    assert f"/care/visits/{visit.pk}/to-need/" in page
    form = client.get(f"/care/visits/{visit.pk}/to-need/", follow=True).content.decode()
    assert "家里的灯坏了" in form and f'name="from_visit" value="{visit.pk}"' in form
    start = timezone.localtime() + dt.timedelta(days=1)
    client.post(
        "/needs/new/",
        {
            "from_visit": visit.pk,
            "community": cast.community.pk,
            "title": "帮王阿婆修灯",
            "category": "assistance",
            "place": "岑东小区3号楼",
            "slots": "1",
            "mode": "open",
            "grace_minutes": "30",
            "metrics": ["households"],
            "starts_at": start.strftime("%Y-%m-%dT09:00"),
            "ends_at": start.strftime("%Y-%m-%dT10:00"),
        },
    )
    visit.refresh_from_db()
    assert visit.need == Need.objects.get(title="帮王阿婆修灯")
    assert (
        as_user(cast.community2_admin).get(f"/care/visits/{visit.pk}/to-need/").status_code == 403
    )


def test_buildings_page_sets_captains_and_shows_coverage(cast, as_user):
    client = as_user(cast.community_admin)
    client.post(
        f"/care/c/{cast.community.pk}/buildings/",
        {"compound": "岑东小区", "name": "5号楼", "entrances": "1单元，2单元", "address": ""},
    )
    building = Building.objects.get(name="5号楼")
    entrance = building.entrances.order_by("name").first()
    response = client.post(
        f"/care/entrances/{entrance.pk}/captain/",
        {"captain": cast.member.pk},
        HTTP_HX_REQUEST="true",
    )
    assert "张三" in response.content.decode()
    page = client.get(f"/care/c/{cast.community.pk}/buildings/").content.decode()
    assert "1 of 2" in page or "2 个楼道中有 1 个" in page
    response = client.post(
        f"/care/entrances/{entrance.pk}/captain/",
        {"captain": cast.other_member.pk},
        HTTP_HX_REQUEST="true",
    )
    assert 'role="alert"' in response.content.decode()


def test_teams_are_made_and_counted(cast, as_user):
    client = as_user(cast.community_admin)
    client.post(
        f"/care/c/{cast.community.pk}/teams/new/",
        {
            "name": "岑东亲邻先锋队",
            "kind": "qinlin",
            "custom_kind": "",
            "leader": cast.member.pk,
            "members": [],
        },
    )
    team = Team.objects.get()
    assert list(team.members.all()) == [cast.member]
    page = as_user(cast.district_admin).get("/care/").content.decode()
    assert "集美街道" in page and "teams-chart" in page
    page = as_user(cast.district_admin).get(f"/care/?parent={cast.street.pk}").content.decode()
    assert "岑东社区" in page


def test_zones_and_points_and_the_public_page(cast, as_user):
    client = as_user(cast.community_admin)
    client.post(
        f"/care/c/{cast.community.pk}/map/",
        {
            "action": "point",
            "point-name": "岑东雷锋服务站",
            "point-kind": "leifeng",
            "point-address": "岑东路1号",
            "point-longitude": "118.1",
            "point-latitude": "24.58",
            "point-opening_hours": "每天 8:30–17:30",
            "point-services": "维修",
            "point-phone": "",
        },
    )
    client.post(
        f"/care/c/{cast.community.pk}/map/",
        {
            "action": "zone",
            "zone-name": "岑东路段",
            "zone-kind": "road",
            "zone-organization": cast.community.pk,
            "zone-shape": "118.1,24.58; 118.11,24.581",
            "zone-description": "",
        },
    )
    response = client.post(
        f"/care/c/{cast.community.pk}/map/",
        {
            "action": "zone",
            "zone-name": "坏路段",
            "zone-kind": "road",
            "zone-organization": cast.community.pk,
            "zone-shape": "north of the bridge",
        },
    )
    assert "field-error" in response.content.decode()
    from django.test import Client

    page = Client().get("/points/").content.decode()  # public: no sign-in
    assert "岑东雷锋服务站" in page and "每天 8:30–17:30" in page and "map-data" in page
    page = client.get(f"/care/c/{cast.community.pk}/map/").content.decode()
    assert "岑东路段" in page and "坏路段" not in page


def test_the_member_logs_a_visit_from_the_phone_page(cast, as_user):
    p = pairing(cast, household(cast), days_ago=50)
    client = as_user(cast.member_user)
    page = client.get("/me/pairings/").content.decode()
    assert "overdue-flag" in page
    response = client.post(
        f"/me/pairings/{p.pk}/visit/",
        {"date": (timezone.localdate() + dt.timedelta(days=2)).isoformat(), "kind": "call"},
    )
    assert response.status_code == 400 and not Visit.objects.exists()
    response = client.post(
        f"/me/pairings/{p.pk}/visit/",
        {
            "date": timezone.localdate().isoformat(),
            "kind": "comfort",
            "note": "送米面油",
            "need_raised": "",
        },
    )
    assert response.status_code == 302
    assert "overdue-flag" not in client.get("/me/pairings/").content.decode()
    assert as_user(cast.other_member_user).get(f"/me/pairings/{p.pk}/visit/").status_code == 404


def test_the_captains_page(cast, as_user):
    building = services.building_create(
        community=cast.community, name="3号楼", entrances=["1单元"], compound="岑东小区"
    )
    entrance = building.entrances.get()
    services.entrance_set_captain(entrance=entrance, captain=cast.member)
    p = pairing(cast, household(cast, entrance=entrance), cast.member, days_ago=50)
    services.visit_log(
        pairing=p,
        date=timezone.localdate() - dt.timedelta(days=40),
        kind="call",
        need_raised="楼道灯坏了",
    )
    page = as_user(cast.member_user).get("/me/entrance/").content.decode()
    assert "王**" in page and "楼道灯坏了" in page and "13912345678" not in page
    assert as_user(cast.other_member_user).get("/me/entrance/").status_code == 403
