"""Scope: every role sees its part of the tree, a member sees their own data."""

from jinlin.members import access


def names(qs):
    return set(qs.values_list("name", flat=True))


def test_district_admin_sees_the_whole_tree(cast):
    assert access.organizations_visible(cast.district_admin).count() == 11


def test_street_admin_sees_its_street_only(cast):
    assert names(access.organizations_visible(cast.street_admin)) == {
        "集美街道",
        "岑东社区",
        "大社社区",
        "岑东社区第一党支部",
    }


def test_community_admins_do_not_see_each_other(cast):
    assert "大社社区" not in names(access.organizations_visible(cast.community_admin))
    assert "岑东社区" not in names(access.organizations_visible(cast.community2_admin))


def test_unit_admin_sees_its_unit_and_branches(cast):
    assert names(access.organizations_visible(cast.unit_admin)) == {
        "集美区城市管理局",
        "城管局党支部",
    }


def test_members_and_strangers_see_no_tree(cast):
    assert access.organizations_visible(cast.member_user).count() == 0
    assert access.organizations_visible(cast.outsider).count() == 0


def test_members_visible_follow_residence_branch_and_registration(cast):
    assert names(access.members_visible(cast.community_admin)) == {"张三"}
    assert names(access.members_visible(cast.community2_admin)) == set()
    assert names(access.members_visible(cast.unit_admin)) == {"张三"}  # in its branch
    assert names(access.members_visible(cast.supervisor)) == {"张三", "李四"}
    assert names(access.members_visible(cast.member_user)) == {"张三"}
    assert names(access.members_visible(cast.outsider)) == set()


def test_a_registration_brings_the_member_into_the_communitys_scope(cast):
    from jinlin.members import services

    services.registration_create_for_member(member=cast.other_member, community=cast.community2)
    assert names(access.members_visible(cast.community2_admin)) == {"李四"}


def test_full_phone_only_for_the_member_and_managing_admins(cast):
    m = cast.member
    assert access.phone_for(cast.member_user, m) == "13800138000"
    assert access.phone_for(cast.community_admin, m) == "13800138000"
    assert access.phone_for(cast.unit_admin, m) == "13800138000"
    assert access.phone_for(cast.supervisor, m) == "138****8000"
    assert access.phone_for(cast.community2_admin, m) == "138****8000"
    assert access.phone_for(cast.other_member_user, m) == "138****8000"


def test_only_the_communitys_own_admin_decides(cast):
    from jinlin.members import services

    r = services.registration_create_for_member(member=cast.member, community=cast.community)
    assert access.can_decide_registration(cast.community_admin, r)
    assert not access.can_decide_registration(cast.community2_admin, r)
    assert not access.can_decide_registration(cast.street_admin, r)
    assert not access.can_decide_registration(cast.member_user, r)
