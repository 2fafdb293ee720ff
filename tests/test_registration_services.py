import pytest

from jinlin.core.errors import Conflict, InvalidInput, NotAllowed
from jinlin.members import selectors, services
from jinlin.members.models import Registration

Status = Registration.Status


def test_a_member_registers_and_waits_for_confirmation(cast):
    r = services.registration_create_for_member(
        member=cast.member, community=cast.community, by=cast.member_user
    )
    assert (r.kind, r.status) == ("member", "pending")


def test_a_member_cannot_register_twice(cast):
    services.registration_create_for_member(member=cast.member, community=cast.community)
    with pytest.raises(Conflict) as info:
        services.registration_create_for_member(member=cast.member, community=cast.community)
    assert info.value.code == "already_registered"
    with pytest.raises(Conflict) as info:
        services.registration_create_for_member(member=cast.member, community=cast.community2)
    assert "岑东社区" in info.value.message
    assert Registration.objects.count() == 1


def test_members_register_only_themselves(cast):
    with pytest.raises(NotAllowed):
        services.registration_create_for_member(
            member=cast.member, community=cast.community, by=cast.other_member_user
        )


def test_registration_is_with_a_community(cast):
    with pytest.raises(InvalidInput):
        services.registration_create_for_member(member=cast.member, community=cast.street)


def test_confirming_makes_it_the_members_community(cast):
    r = services.registration_create_for_member(member=cast.other_member, community=cast.community)
    services.registration_confirm(registration=r, by=cast.community_admin)
    r.refresh_from_db()
    cast.other_member.refresh_from_db()
    assert r.status == Status.CONFIRMED
    assert r.decided_by == cast.community_admin
    assert cast.other_member.community == cast.community


def test_another_communitys_admin_cannot_confirm(cast):
    r = services.registration_create_for_member(member=cast.member, community=cast.community)
    with pytest.raises(NotAllowed):
        services.registration_confirm(registration=r, by=cast.community2_admin)
    r.refresh_from_db()
    assert r.status == Status.PENDING


def test_a_decision_is_taken_once(cast):
    r = services.registration_create_for_member(member=cast.member, community=cast.community)
    services.registration_confirm(registration=r, by=cast.community_admin)
    with pytest.raises(Conflict) as info:
        services.registration_decline(registration=r, reason="x", by=cast.community_admin)
    assert info.value.code == "not_pending"


def test_declining_needs_a_reason_the_member_sees(cast):
    r = services.registration_create_for_member(member=cast.member, community=cast.community)
    with pytest.raises(InvalidInput) as info:
        services.registration_decline(registration=r, reason="  ", by=cast.community_admin)
    assert "reason" in info.value.fields
    services.registration_decline(registration=r, reason="不在本社区居住", by=cast.community_admin)
    r.refresh_from_db()
    assert (r.status, r.decline_reason) == ("declined", "不在本社区居住")
    # Declined, the member may register again.
    again = services.registration_create_for_member(member=cast.member, community=cast.community)
    assert again.status == "pending"


def test_a_member_withdraws(cast):
    r = services.registration_create_for_member(member=cast.member, community=cast.community)
    with pytest.raises(NotAllowed):
        services.registration_withdraw(registration=r, by=cast.other_member_user)
    services.registration_withdraw(registration=r, by=cast.member_user)
    r.refresh_from_db()
    assert r.status == "withdrawn"
    with pytest.raises(Conflict):
        services.registration_withdraw(registration=r, by=cast.member_user)


def test_a_unit_registers_with_a_partner_community_only(cast):
    r = services.registration_create_for_unit(
        unit=cast.unit, community=cast.community, by=cast.unit_admin
    )
    assert (r.kind, r.status) == ("unit", "pending")
    with pytest.raises(InvalidInput) as info:
        services.registration_create_for_unit(
            unit=cast.unit, community=cast.community2, by=cast.unit_admin
        )
    assert "community" in info.value.fields
    with pytest.raises(Conflict):
        services.registration_create_for_unit(
            unit=cast.unit, community=cast.community, by=cast.unit_admin
        )
    with pytest.raises(NotAllowed):
        services.registration_create_for_unit(
            unit=cast.unit2, community=cast.community3, by=cast.unit_admin
        )


def test_counts_per_community_and_street(cast):
    r1 = services.registration_create_for_member(member=cast.member, community=cast.community)
    services.registration_confirm(registration=r1, by=cast.community_admin)
    services.registration_create_for_member(member=cast.other_member, community=cast.community)
    ru = services.registration_create_for_unit(unit=cast.unit, community=cast.community)
    services.registration_confirm(registration=ru, by=cast.community_admin)
    counts = selectors.registration_counts()[cast.community.pk]
    assert (counts.in_service, counts.members_pending, counts.units_confirmed) == (1, 1, 1)
    assert counts.other_party == counts.volunteers == 0
    rows = {row.organization.name: row for row in selectors.registration_table(cast.district_admin)}
    assert rows["集美街道"].counts.in_service == 1
    assert rows["集美街道"].communities == 2
    assert rows["侨英街道"].counts.in_service == 0
    street_rows = selectors.registration_table(cast.street_admin)
    assert [r.organization.name for r in street_rows] == ["岑东社区", "大社社区"]


def test_roles_match_the_kind_of_organization(cast):
    from jinlin.members.models import RoleAssignment

    with pytest.raises(InvalidInput):
        services.role_grant(
            user=cast.outsider, role=RoleAssignment.Role.COMMUNITY_ADMIN, organization=cast.street
        )
    with pytest.raises(NotAllowed):
        services.role_grant(
            user=cast.outsider,
            role=RoleAssignment.Role.COMMUNITY_ADMIN,
            organization=cast.community3,
            by=cast.street_admin,
        )


def test_a_unit_admin_counts_only_its_own_people(cast):
    """The unit admin's overview: the communities its members registered with, counting its
    members there, not everyone registered in those communities."""
    mine = services.registration_create_for_member(member=cast.member, community=cast.community)
    services.registration_confirm(registration=mine, by=cast.community_admin)
    other = services.registration_create_for_member(
        member=cast.other_member, community=cast.community
    )
    services.registration_confirm(registration=other, by=cast.community_admin)
    cast.other_member.branch = cast.branch2  # 教育局's branch, not 城管局's
    cast.other_member.save()
    rows = selectors.registration_table(cast.unit_admin)
    assert [r.organization.name for r in rows] == ["岑东社区"]
    assert rows[0].counts.in_service == 1
