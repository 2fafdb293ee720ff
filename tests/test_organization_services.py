import pytest

from jinlin.core.errors import Conflict, InvalidInput, NotAllowed
from jinlin.organizations import services
from jinlin.organizations.models import Organization, Partnership, ids_on

Kind = Organization.Kind


def test_it_builds_materialized_paths(cast):
    assert cast.community.path == f"{cast.district.path}{cast.street.pk}/{cast.community.pk}/"
    assert cast.community.depth == 2
    assert cast.community.is_within(cast.street)
    assert not cast.community3.is_within(cast.street)
    # The ids a path names, root first; the organization's ancestors are those before it.
    assert ids_on(cast.community.path) == [cast.district.pk, cast.street.pk, cast.community.pk]
    assert cast.community.ancestor_ids == [cast.district.pk, cast.street.pk]
    assert ids_on("") == [] and ids_on("/") == []


@pytest.mark.parametrize(
    ("kind", "parent_attr", "field"),
    [
        (Kind.COMMUNITY, "district", "parent"),  # communities sit under streets
        (Kind.STREET, "community", "parent"),
        (Kind.DISTRICT, "district", "parent"),
        (Kind.BRANCH, None, "parent"),
    ],
)
def test_it_refuses_impossible_placements(cast, kind, parent_attr, field):
    parent = getattr(cast, parent_attr) if parent_attr else None
    with pytest.raises(InvalidInput) as info:
        services.organization_create(name="X", kind=kind, parent=parent)
    assert field in info.value.fields
    assert not Organization.objects.filter(name="X").exists()


def test_it_refuses_a_subkind_of_another_kind(cast):
    with pytest.raises(InvalidInput) as info:
        services.organization_create(
            name="X", kind=Kind.UNIT, subkind="village", parent=cast.district
        )
    assert "subkind" in info.value.fields


def test_it_refuses_a_used_code_and_an_empty_name(cast):
    with pytest.raises(InvalidInput) as info:
        services.organization_create(name="Y", kind=Kind.COMMUNITY, parent=cast.street, code="C1")
    assert "code" in info.value.fields
    with pytest.raises(InvalidInput) as info:
        services.organization_create(name="  ", kind=Kind.COMMUNITY, parent=cast.street)
    assert "name" in info.value.fields


def test_it_makes_a_code_when_none_is_given(cast):
    org = services.organization_create(name="新社区", kind=Kind.COMMUNITY, parent=cast.street)
    assert org.code.startswith("S1-")


def test_admins_create_only_below_themselves(cast):
    org = services.organization_create(
        name="城管局第二支部", kind=Kind.BRANCH, parent=cast.unit, by=cast.unit_admin
    )
    assert org.parent == cast.unit
    with pytest.raises(NotAllowed):
        services.organization_create(
            name="X", kind=Kind.COMMUNITY, parent=cast.street2, by=cast.street_admin
        )
    with pytest.raises(NotAllowed):  # a unit admin adds branches, not units
        services.organization_create(
            name="X", kind=Kind.UNIT, parent=cast.district, by=cast.unit_admin
        )
    with pytest.raises(NotAllowed):
        services.organization_create(
            name="X", kind=Kind.BRANCH, parent=cast.unit, by=cast.member_user
        )


def test_moving_carries_the_subtree(cast):
    services.organization_move(
        organization=cast.community, new_parent=cast.street2, by=cast.district_admin
    )
    cast.community_branch.refresh_from_db()
    cast.community.refresh_from_db()
    assert cast.community.parent == cast.street2
    assert cast.community_branch.path.startswith(cast.street2.path)
    assert cast.community_branch.depth == 3


def test_it_refuses_to_move_under_its_own_descendant(cast):
    with pytest.raises(InvalidInput):
        services.organization_move(organization=cast.unit, new_parent=cast.branch)


def test_update_checks_scope_and_codes(cast):
    services.organization_update(
        organization=cast.community,
        by=cast.community_admin,
        name="岑东社区（新）",
        address="岑东路 1 号",
    )
    cast.community.refresh_from_db()
    assert cast.community.name == "岑东社区（新）"
    with pytest.raises(NotAllowed):
        services.organization_update(
            organization=cast.community, by=cast.community2_admin, name="x"
        )
    with pytest.raises(InvalidInput):
        services.organization_update(organization=cast.community, code="C2")


def test_partnerships_are_unique_and_scoped(cast):
    with pytest.raises(Conflict):
        services.partnership_create(unit=cast.unit, community=cast.community)
    with pytest.raises(InvalidInput):
        services.partnership_create(unit=cast.community, community=cast.community2)
    with pytest.raises(NotAllowed):
        services.partnership_create(
            unit=cast.unit, community=cast.community3, by=cast.community_admin
        )
    p = services.partnership_create(
        unit=cast.unit, community=cast.community2, by=cast.community2_admin
    )
    services.partnership_delete(partnership=p, by=cast.street_admin)
    assert not Partnership.objects.filter(pk=p.pk).exists()
