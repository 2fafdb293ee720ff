"""Who sees and manages the structures of care — and who may see a household in full.

A household's personal data (name, phone, door address) is seen in full only by its own
community's admins and by the member paired with it; everyone else in scope sees it masked.
Every full view is written to the access log (``services.household_record_view``).
"""

from __future__ import annotations

from typing import Any

from django.db.models import Q, QuerySet

from jinlin.care.models import Entrance, Household, Pairing, Team
from jinlin.members import access
from jinlin.members.models import RoleAssignment
from jinlin.organizations.models import Organization

Role = RoleAssignment.Role
CARE_ADMIN_ROLES = frozenset({Role.DISTRICT_ADMIN, Role.STREET_ADMIN, Role.COMMUNITY_ADMIN})


def can_manage_care(user: Any, community: Organization) -> bool:
    """Teams, buildings, zones, points, households and pairings of a community."""
    return community.kind == Organization.Kind.COMMUNITY and access.scope_of(user).covers(
        community, CARE_ADMIN_ROLES
    )


def can_manage_team(user: Any, team: Team) -> bool:
    return access.scope_of(user).covers(team.organization, access.ADMIN_ROLES)


def can_see_household_full(user: Any, household: Household) -> bool:
    """A household's name, phone and door: its own community's admins and its paired member —
    nobody else, not even the system administrator (who sees it masked, like the district)."""
    scope = access.scope_of(user)
    if household.community_id in scope.community_admin_ids:
        return True
    member_id = access.member_id_of(user)
    return (
        member_id is not None
        and Pairing.objects.filter(
            household=household, member_id=member_id, ended_on__isnull=True
        ).exists()
    )


def households_visible(user: Any) -> QuerySet[Household]:
    """Admins and supervisors: households of communities in scope (masked unless their own
    community). Members: the households they are paired with, and, for a 楼道长, those of
    their entrances (masked)."""
    scope = access.scope_of(user)
    if scope.superuser:
        return Household.objects.all()
    q = Q(pk__in=[])
    if scope.can_read_tree:
        q |= scope.org_q("community", access.READ_ROLES)
    member_id = access.member_id_of(user)
    if member_id is not None:
        q |= Q(pairings__member_id=member_id, pairings__ended_on__isnull=True)
        q |= Q(entrance__captain_id=member_id)
    return Household.objects.filter(q).distinct()


def teams_visible(user: Any) -> QuerySet[Team]:
    scope = access.scope_of(user)
    if scope.superuser:
        return Team.objects.all()
    q = Q(pk__in=[])
    if scope.can_read_tree:
        q |= scope.org_q("organization", access.READ_ROLES)
    member_id = access.member_id_of(user)
    if member_id is not None:
        q |= Q(members__pk=member_id) | Q(leader_id=member_id)
    return Team.objects.filter(q).distinct()


def pairings_visible(user: Any) -> QuerySet[Pairing]:
    scope = access.scope_of(user)
    if scope.superuser:
        return Pairing.objects.all()
    q = Q(pk__in=[])
    if scope.can_read_tree:
        q |= scope.org_q("household__community", access.READ_ROLES)
    member_id = access.member_id_of(user)
    if member_id is not None:
        q |= Q(member_id=member_id)
    return Pairing.objects.filter(q)


def can_log_visit(user: Any, pairing: Pairing) -> bool:
    """The paired member logs visits; the community's admins may log one for them."""
    member_id = access.member_id_of(user)
    if member_id is not None and member_id == pairing.member_id:
        return True
    return access.scope_of(user).holds(Role.COMMUNITY_ADMIN, pairing.household.community_id)


def captained_entrances(user: Any) -> QuerySet[Entrance]:
    member_id = access.member_id_of(user)
    if member_id is None:
        return Entrance.objects.none()
    return Entrance.objects.filter(captain_id=member_id)


def care_communities(user: Any) -> QuerySet[Organization]:
    """Communities whose care pages this user may open."""
    return access.organizations_visible(user).filter(kind=Organization.Kind.COMMUNITY)
