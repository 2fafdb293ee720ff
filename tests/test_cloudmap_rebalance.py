"""The rebalancer on a small district, through the services and the API: what it is given (the
shortfall and spare members it reads), what it proposes, edits, and what approval creates —
exactly the partnerships and orders proposed, with notices to the units."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.utils import timezone

from jinlin.cloudmap import planning, services
from jinlin.cloudmap.models import Proposal
from jinlin.core.errors import Conflict, InvalidInput, NotAllowed
from jinlin.members import services as member_services
from jinlin.needs.models import Need
from jinlin.notifications.models import Notification
from jinlin.organizations.models import Organization, Partnership
from tests.api import api_as
from tests.needs_helpers import publish

pytestmark = pytest.mark.django_db

# About 1 km and 2 km east of 岑东社区, and 30 km away.
WHERE = {
    "community": ("118.100000", "24.580000"),
    "community2": ("118.119800", "24.580000"),
    "unit": ("118.109900", "24.580000"),
    "community3": ("118.400000", "24.580000"),
    "unit2": ("118.400000", "24.590000"),
}


@pytest.fixture
def short_district(cast):
    for name, (lon, lat) in WHERE.items():
        Organization.objects.filter(pk=getattr(cast, name).pk).update(
            longitude=Decimal(lon), latitude=Decimal(lat)
        )
        getattr(cast, name).refresh_from_db()
    soon = timezone.now() + dt.timedelta(days=2)
    cast.need4 = publish(cast, slots=4, starts_at=soon, ends_at=soon + dt.timedelta(hours=2))
    later = soon + dt.timedelta(days=1)
    cast.need2 = publish(
        cast, community=cast.community2, slots=2, starts_at=later,
        ends_at=later + dt.timedelta(hours=2),
    )  # fmt: skip
    # 集美区城市管理局: the cast's 张三 and nine more in-service party members → 5 to spare.
    for i in range(9):
        member_services.member_create(
            name=f"城管{i}", phone=f"1350000000{i}", branch=cast.branch, community=cast.community2
        )
    return cast


def test_the_plan_reads_shortfall_and_spare_members(short_district):
    cast = short_district
    plan = planning.build(cast.district, weeks=2)
    assert plan.community_inputs[cast.community.pk]["shortfall"] == 4
    assert plan.community_inputs[cast.community2.pk]["shortfall"] == 2
    assert plan.community_inputs[cast.community3.pk]["shortfall"] == 0
    assert plan.unit_inputs[cast.unit.pk] == {
        "members": 10, "committed": 0, "ordered": 0, "spare": 5,
    }  # fmt: skip
    assert [u.pk for u in plan.units] == [cast.unit.pk]  # 教育局 has 1 member: 0 to spare
    # No place is open in 孙厝社区: no one is short there, and its own members' share is not
    # counted.
    assert plan.community_inputs[cast.community3.pk]["own_rate"] is None
    # Needs beyond the window are not counted.
    assert (
        planning.build(
            cast.district, weeks=1, now=timezone.now() + dt.timedelta(days=9)
        ).instance.shortfall
        == []
    )



def test_places_its_own_members_filled_lately_make_a_community_less_short(short_district):
    """Shortfall = open places × (1 − the share of the last eight weeks' places its own
    registered members filled): 4 places open, and of 4 places a week ago its own registered
    members filled 2 (a member registered elsewhere filled a third) → 2 short."""
    from jinlin.needs.models import Claim
    from tests.needs_helpers import confirm_registration, new_member

    cast = short_district
    week_ago = timezone.now() - dt.timedelta(days=7)
    past = publish(cast, slots=4, starts_at=week_ago, ends_at=week_ago + dt.timedelta(hours=2))
    for i, registered in enumerate((True, True, False, False)):
        member = new_member(cast, f"老队员{i}", f"1370000001{i}", registered=registered)
        if i == 3:  # registered with 大社社区, which is short too: not 岑东's own
            confirm_registration(member, cast.community2)
        Claim.objects.create(need=past, member=member, status=Claim.Status.CONFIRMED,
                             confirmed_at=week_ago)  # fmt: skip
    # A place of a need before the eight weeks is not counted.
    long_ago = timezone.now() - dt.timedelta(weeks=planning.HISTORY_WEEKS + 1)
    publish(cast, slots=4, starts_at=long_ago, ends_at=long_ago + dt.timedelta(hours=2))
    plan = planning.build(cast.district, weeks=2)
    own = plan.community_inputs[cast.community.pk]
    assert (own["open_places"], own["own_rate"], own["shortfall"]) == (4, 0.5, 2)

def test_proposal_then_approval_creates_exactly_what_was_proposed(short_district):
    cast = short_district
    proposal = services.proposal_create(district=cast.district, weeks=2, by=cast.district_admin)
    rows = {(a.unit_id, a.community_id): a.members for a in proposal.assignments.all()}
    # All 5 spare members placed: 4 to the nearer, partnered community, 1 to the other.
    assert rows == {(cast.unit.pk, cast.community.pk): 4, (cast.unit.pk, cast.community2.pk): 1}
    assert (proposal.covered, proposal.new_partnerships) == (5, 1)
    assert proposal.shortfall_total == 6 and proposal.spare_total == 5
    told_before = Notification.objects.filter(user=cast.unit_admin).count()

    services.proposal_approve(proposal=proposal, by=cast.district_admin)
    proposal.refresh_from_db()
    assert proposal.status == Proposal.Status.APPROVED
    new = Partnership.objects.filter(pk__in=proposal.outcome["partnerships"])
    assert [(p.unit_id, p.community_id) for p in new] == [(cast.unit.pk, cast.community2.pk)]
    orders = Need.objects.filter(pk__in=proposal.outcome["needs"]).order_by("starts_at")
    assert [(o.community_id, o.unit_id, o.slots, o.mode) for o in orders] == [
        (cast.community.pk, cast.unit.pk, 4, "order"),
        (cast.community2.pk, cast.unit.pk, 1, "order"),
    ]
    cast.need4.refresh_from_db()
    cast.need2.refresh_from_db()
    assert cast.need4.status == Need.Status.CANCELLED  # wholly moved to the order
    assert cast.need2.slots == 1  # one place moved, one left open
    assert proposal.outcome["unplaced"] == 0
    # Told: one order notice per order and one support notice per assignment.
    assert Notification.objects.filter(user=cast.unit_admin).count() == told_before + 4
    with pytest.raises(Conflict):
        services.proposal_approve(proposal=proposal, by=cast.district_admin)


def test_edits_are_bounded_by_what_units_spare_and_communities_lack(short_district):
    cast = short_district
    proposal = services.proposal_create(district=cast.district, weeks=2, by=cast.district_admin)
    with pytest.raises(InvalidInput) as err:
        services.assignment_set(
            proposal=proposal, unit=cast.unit, community=cast.community2, members=2,
            by=cast.district_admin,
        )  # fmt: skip
    assert "members" in err.value.fields
    services.assignment_set(
        proposal=proposal, unit=cast.unit, community=cast.community, members=3,
        by=cast.district_admin,
    )  # fmt: skip
    services.assignment_set(
        proposal=proposal, unit=cast.unit, community=cast.community2, members=2,
        by=cast.district_admin,
    )  # fmt: skip
    proposal.refresh_from_db()
    assert proposal.edited
    assert services.objective_of(proposal)["covered"] == 5
    services.assignment_set(
        proposal=proposal, unit=cast.unit, community=cast.community2, members=0,
        by=cast.district_admin,
    )  # fmt: skip
    assert proposal.assignments.count() == 1


def test_only_the_district_admin_rebalances(short_district):
    cast = short_district
    for user in (cast.street_admin, cast.community_admin, cast.supervisor, cast.unit_admin):
        with pytest.raises(NotAllowed):
            services.proposal_create(district=cast.district, weeks=2, by=user)
    with pytest.raises(InvalidInput):
        services.proposal_create(district=cast.district, weeks=0, by=cast.district_admin)


def test_the_api_proposes_and_approves(short_district):
    cast = short_district
    district = api_as("district")
    response = district.post("/rebalance/proposals", {"weeks": 2})
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["objective"] == {
        "covered": 5,
        "distance": body["objective"]["distance"],
        "new_partnerships": 1,
    }
    assert {(a["unit"], a["community"], a["members"]) for a in body["assignments"]} == {
        (cast.unit.pk, cast.community.pk, 4), (cast.unit.pk, cast.community2.pk, 1),
    }  # fmt: skip
    assert api_as("street").post("/rebalance/proposals", {"weeks": 2}).status_code == 403
    assert district.post("/rebalance/proposals", {"weeks": 40}).status_code == 400
    assert api_as("street").post(f"/rebalance/proposals/{body['id']}/approve").status_code in (
        403,
        404,
    )
    approved = district.post(f"/rebalance/proposals/{body['id']}/approve")
    assert approved.status_code == 200, approved.content
    result = approved.json()
    assert result["status"] == "approved" and len(result["needs"]) == 2
    assert len(result["partnerships"]) == 1
    assert district.post(f"/rebalance/proposals/{body['id']}/approve").status_code == 409


def test_the_candidate_pairs_are_those_of_measuring_every_unit_against_every_community():
    """The grid measures only neighbouring cells; it must find what the full double loop
    finds: every pair within the limit, partners whatever the distance or with no place on the
    map, in the same order — across a city's span and at the limit's edge."""
    import random

    from jinlin.cloudmap.planning import Arc, candidate_arcs, distance_m
    from jinlin.organizations.models import Organization

    rng = random.Random(7)

    def place(pk, kind):
        org = Organization(pk=pk, name=str(pk), kind=kind)
        if rng.random() > 0.05:  # a few not on the map
            org.longitude = 118.0 + rng.random() * 0.6
            org.latitude = 24.4 + rng.random() * 0.5
        return org

    units = [place(pk, "unit") for pk in range(1, 600)]
    communities = [place(pk, "community") for pk in range(1000, 1150)]
    partnered = {(rng.choice(units).pk, rng.choice(communities).pk) for _ in range(200)}
    for limit in (800, 3000, 8000):
        expected = []
        for ui, unit in enumerate(units):
            for ci, community in enumerate(communities):
                existing = (unit.pk, community.pk) in partnered
                metres = distance_m(unit, community)
                if metres is None:
                    if not existing:
                        continue
                    metres = limit
                elif metres > limit and not existing:
                    continue
                expected.append(Arc(ui, ci, max(metres, 1), existing))
        assert candidate_arcs(units, communities, partnered, limit) == expected
        assert any(a.distance > limit * 0.9 and not a.existing for a in expected)  # edges
