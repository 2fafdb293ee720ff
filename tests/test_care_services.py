import datetime as dt

import pytest
from django.utils import timezone
from django.utils.translation import override

from jinlin.care import services
from jinlin.care.models import Household, HouseholdAccess, Pairing, Team, Visit
from jinlin.core.errors import Conflict, InvalidInput, NotAllowed
from tests.care_helpers import household, pairing
from tests.needs_helpers import new_member


@pytest.fixture(autouse=True)
def _english():
    with override("en"):
        yield


def test_a_team_with_its_leader_among_its_members(cast):
    a = new_member(cast, "王五", "13700137000")
    team = services.team_save(
        organization=cast.community,
        name="岑东亲邻先锋队",
        kind="qinlin",
        leader=a,
        members=[],
        by=cast.community_admin,
    )
    assert list(team.members.all()) == [a]
    with pytest.raises(InvalidInput):
        services.team_save(
            organization=cast.community,
            name="岑东亲邻先锋队",
            kind="qinlin",
            by=cast.community_admin,
        )
    with pytest.raises(InvalidInput):
        services.team_save(
            organization=cast.community,
            name="x",
            kind="custom",
            custom_kind="",
            by=cast.community_admin,
        )
    with pytest.raises(NotAllowed):
        services.team_save(
            organization=cast.community, name="y", kind="aixin", by=cast.community2_admin
        )


def test_buildings_entrances_and_one_captain_each(cast):
    building = services.building_create(
        community=cast.community,
        name="3号楼",
        entrances=["1单元", "2单元"],
        compound="岑东小区",
        by=cast.community_admin,
    )
    first = building.entrances.order_by("name").first()
    services.entrance_set_captain(entrance=first, captain=cast.member, by=cast.community_admin)
    first.refresh_from_db()
    assert first.captain == cast.member
    with pytest.raises(InvalidInput):  # 李四 lives elsewhere
        services.entrance_set_captain(entrance=first, captain=cast.other_member)
    with pytest.raises(InvalidInput):
        services.building_create(
            community=cast.community, name="3号楼", compound="岑东小区", entrances=["1单元"]
        )
    with pytest.raises(InvalidInput):
        services.building_create(community=cast.community, name="4号楼", entrances=["1", "1"])


def test_household_fields_are_checked(cast):
    with pytest.raises(InvalidInput) as info:
        household(cast, name="", phone="abc", size=0, tags=["aliens"])
    assert set(info.value.fields) == {"head_name", "phone", "size", "tags"}
    assert not Household.objects.exists()
    with pytest.raises(NotAllowed):
        services.household_save(
            community=cast.community, by=cast.street_admin, head_name="x", address="y"
        )


def test_pairing_rules(cast):
    home = household(cast)
    with pytest.raises(InvalidInput):  # not a member of the community
        services.pairing_create(member=cast.other_member, household=home)
    p = services.pairing_create(member=cast.member, household=home, by=cast.community_admin)
    with pytest.raises(Conflict):
        services.pairing_create(member=cast.member, household=home)
    with pytest.raises(InvalidInput):
        services.pairing_create(
            member=new_member(cast, "王五", "13700137000"), household=home, cadence_days=0
        )
    services.pairing_end(pairing=p, by=cast.community_admin)
    assert services.pairing_create(member=cast.member, household=home).active


def test_visits_move_the_next_due_date_and_clear_overdue(cast):
    p = pairing(cast, household(cast), days_ago=45, cadence=30)
    assert p.is_overdue()
    services.visit_log(
        pairing=p, date=timezone.localdate(), kind="call", note="聊家常", by=cast.member_user
    )
    p.refresh_from_db()
    assert not p.is_overdue() and p.last_visit_on == timezone.localdate()
    # An older visit logged later does not move the date back.
    services.visit_log(
        pairing=p,
        date=timezone.localdate() - dt.timedelta(days=10),
        kind="comfort",
        by=cast.member_user,
    )
    p.refresh_from_db()
    assert p.last_visit_on == timezone.localdate()


def test_a_visit_in_the_future_or_before_the_pairing_is_refused(cast):
    p = pairing(cast, household(cast), days_ago=5)
    for day in (
        timezone.localdate() + dt.timedelta(days=1),
        timezone.localdate() - dt.timedelta(days=6),
    ):
        with pytest.raises(InvalidInput) as info:
            services.visit_log(pairing=p, date=day, kind="call", by=cast.member_user)
        assert "date" in info.value.fields
    assert not Visit.objects.exists()


def test_only_the_paired_member_or_the_community_logs_visits(cast):
    p = pairing(cast, household(cast))
    with pytest.raises(NotAllowed):
        services.visit_log(
            pairing=p, date=timezone.localdate(), kind="call", by=cast.other_member_user
        )
    with pytest.raises(NotAllowed):
        services.visit_log(
            pairing=p, date=timezone.localdate(), kind="call", by=cast.community2_admin
        )
    services.visit_log(pairing=p, date=timezone.localdate(), kind="call", by=cast.community_admin)


def test_full_views_are_logged(cast):
    home = household(cast)
    assert services.household_record_view(household=home, user=cast.community_admin, via="t")
    assert not services.household_record_view(household=home, user=cast.street_admin, via="t")
    assert not services.household_record_view(household=home, user=cast.supervisor, via="t")
    assert HouseholdAccess.objects.filter(household=home).count() == 1
    pairing(cast, home)
    assert services.household_record_view(household=home, user=cast.member_user, via="t")
    assert HouseholdAccess.objects.filter(user=cast.member_user).count() == 1


def test_zone_points_are_parsed_with_messages(cast):
    assert services.parse_points("118.1,24.5; 118.2，24.6") == [[118.1, 24.5], [118.2, 24.6]]
    with pytest.raises(InvalidInput):
        services.parse_points("118.1;24.5")
    with pytest.raises(InvalidInput):
        services.zone_save(
            community=cast.community,
            name="路段",
            kind="road",
            shape=[[118.1, 24.5]],
            organization=cast.community,
        )
    with pytest.raises(InvalidInput):
        services.zone_save(
            community=cast.community, name="路段", kind="road", shape=[[118.1, 24.5], [118.2, 24.5]]
        )


def test_a_team_can_be_given_an_order_its_leader_dispatches(cast, monkeypatch):
    from jinlin.needs import services as need_services
    from tests.needs_helpers import publish

    leader = new_member(cast, "队长", "13700137001")
    helper = new_member(cast, "队员", "13700137002")
    team = services.team_save(
        organization=cast.community,
        name="岑东劝导队",
        kind="quandao",
        leader=leader,
        members=[helper],
    )
    need = publish(cast, mode="order", unit=None, team=team, slots=2)
    assert team.orders.get() == need
    from jinlin.needs.access import needs_visible

    # The team's leader and members see its order (once each); another member does not.
    for who in (leader, helper):
        assert list(needs_visible(who.user).filter(mode="order")) == [need]
    assert not needs_visible(cast.member.user).filter(pk=need.pk).exists()
    with pytest.raises(NotAllowed):
        need_services.claims_dispatch(need=need, members=[helper], by=cast.unit_admin)
    with pytest.raises(InvalidInput):
        need_services.claims_dispatch(need=need, members=[cast.member], by=leader.user)
    claims = need_services.claims_dispatch(need=need, members=[helper, leader], by=leader.user)
    assert len(claims) == 2
    # Leader, team member and claimant at once: still listed once.
    assert list(needs_visible(leader.user).filter(mode="order")) == [need]
    # A member holding more claims than are named by id sees the same needs (by a subquery).
    import jinlin.needs.access as need_access

    named = list(needs_visible(leader.user).order_by("pk"))
    assert "needs_claim" not in str(needs_visible(leader.user).query)  # named by id
    monkeypatch.setattr(need_access, "CLAIMED_LISTED", 0)
    assert "needs_claim" in str(needs_visible(leader.user).query)  # the subquery, now
    assert list(needs_visible(leader.user).order_by("pk")) == named
    with pytest.raises(Conflict):
        services.team_delete(team=team)
    assert Team.objects.filter(pk=team.pk).exists() and Pairing.objects.count() == 0
