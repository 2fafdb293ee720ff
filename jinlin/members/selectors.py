"""Reads about members and registrations that deserve a name: counts and overviews."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Count, Q, QuerySet

from jinlin.members import access
from jinlin.members.models import Member, PeopleGroup, Registration
from jinlin.organizations.models import Organization

Kind = Organization.Kind
Status = Registration.Status


@dataclass
class RegistrationCounts:
    """Active registrations of one area: members confirmed by group (在职党员, 其他党员,
    群众志愿者: never one number of “registered people”), members pending, units confirmed
    (each unit once, however many of the area's communities it registered with), and
    units' registrations pending (each one a request to decide)."""

    in_service: int = 0
    other_party: int = 0
    volunteers: int = 0
    members_pending: int = 0
    units_pending: int = 0
    confirmed_units: set[int] = field(default_factory=set)

    @property
    def units_confirmed(self) -> int:
        """The unit party organizations registered: a unit registered with two communities
        of the area is one unit (the cloud map's ``units_registered`` figure counts alike)."""
        return len(self.confirmed_units)

    @property
    def any_confirmed(self) -> bool:
        """Whether a member or a unit is confirmed here."""
        return bool(self.in_service or self.other_party or self.volunteers or self.confirmed_units)

    def add(self, other: RegistrationCounts) -> None:
        for name in self.__dataclass_fields__:
            if name == "confirmed_units":
                self.confirmed_units |= other.confirmed_units
            else:
                setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def pending(self) -> int:
        return self.members_pending + self.units_pending


_COUNT_OF_GROUP = {
    PeopleGroup.IN_SERVICE: "in_service",
    PeopleGroup.OTHER_PARTY: "other_party",
    PeopleGroup.VOLUNTEER: "volunteers",
}


@dataclass
class CountsRow:
    organization: Organization
    counts: RegistrationCounts = field(default_factory=RegistrationCounts)
    communities: int = 0


def registration_counts(
    community_ids: list[int] | None = None, unit_path: str = ""
) -> dict[int, RegistrationCounts]:
    """Counts of active registrations per community id (all communities when None); with
    ``unit_path``, only the unit's own: its members' (by their branch) and its own."""
    rows = Registration.objects.filter(status__in=Registration.ACTIVE)
    if community_ids is not None:
        rows = rows.filter(community_id__in=community_ids)
    if unit_path:
        rows = rows.filter(
            Q(member__branch__path__startswith=unit_path) | Q(unit__path__startswith=unit_path)
        )
    result: dict[int, RegistrationCounts] = defaultdict(RegistrationCounts)
    for row in rows.values(
        "community_id", "kind", "status", "member__is_party_member", "member__in_service",
        "unit_id",
    ).annotate(n=Count("id")):
        counts = result[row["community_id"]]
        confirmed = row["status"] == Status.CONFIRMED
        if row["kind"] == Registration.Kind.MEMBER:
            if confirmed:
                group = PeopleGroup.of(row["member__is_party_member"], row["member__in_service"])
                name = _COUNT_OF_GROUP[group]
                setattr(counts, name, getattr(counts, name) + row["n"])
            else:
                counts.members_pending += row["n"]
        elif confirmed:
            counts.confirmed_units.add(row["unit_id"])
        else:
            counts.units_pending += row["n"]
    return result


def _top_organizations(user: Any) -> list[Organization]:
    """The highest organizations the user reads: the roots of their scope."""
    scope = access.scope_of(user)
    if scope.superuser:
        return list(Organization.objects.filter(kind=Kind.DISTRICT))
    ids = [g.organization_id for g in scope.grants_for(access.READ_ROLES)]
    orgs = sorted(Organization.objects.filter(pk__in=ids), key=lambda o: o.path)
    roots: list[Organization] = []
    for org in orgs:
        if not any(org.path.startswith(root.path) for root in roots):
            roots.append(org)
    return roots


def registration_table(user: Any, parent: Organization | None = None) -> list[CountsRow]:
    """Rows of counts under ``parent`` (or the user's scope roots), one per child area.

    Under a district the rows are its streets; under a street, its communities; a community
    gets a single row. Units are counted where they registered.
    """
    if parent is not None:
        if not access.can_view_organization(user, parent):
            return []
        roots = [parent]
    else:
        roots = _top_organizations(user)
    rows: list[CountsRow] = []
    for root in roots:
        if root.kind == Kind.DISTRICT:
            areas = list(Organization.objects.filter(parent=root, kind=Kind.STREET))
        elif root.kind == Kind.STREET:
            areas = list(Organization.objects.filter(parent=root, kind=Kind.COMMUNITY))
        elif root.kind == Kind.COMMUNITY:
            areas = [root]
        else:
            # A unit admin sees the communities its unit and its members registered with, and
            # counts only its own people there.
            community_ids = Registration.objects.filter(
                Q(unit__path__startswith=root.path)
                | Q(member__branch__path__startswith=root.path)
            ).values_list("community_id", flat=True)
            areas = list(Organization.objects.filter(pk__in=community_ids).order_by("path"))
        community_of_area: dict[int, int] = {}
        for area in areas:
            if area.kind == Kind.COMMUNITY:
                community_of_area[area.pk] = area.pk
        street_ids = [a.pk for a in areas if a.kind == Kind.STREET]
        for community_id, street_id in Organization.objects.filter(
            parent_id__in=street_ids, kind=Kind.COMMUNITY
        ).values_list("id", "parent_id"):
            community_of_area[community_id] = street_id
        counts = registration_counts(
            list(community_of_area), unit_path=root.path if root.kind == Kind.UNIT else ""
        )
        by_area = {area.pk: CountsRow(organization=area) for area in areas}
        for community_id, area_id in community_of_area.items():
            row = by_area[area_id]
            row.communities += 1
            if community_id in counts:
                row.counts.add(counts[community_id])
        rows.extend(by_area.values())
    return rows


def overview_for(user: Any) -> dict[str, Any]:
    """The headline figures of an admin's or supervisor's scope: registrations by group (the
    sums of the by-area rows below them; units each once, so a unit registered in two areas
    is in both rows and once in the total), and where each figure's list is."""
    scope = access.scope_of(user)
    orgs = access.organizations_visible(user)
    kinds = dict(orgs.values_list("kind").annotate(n=Count("id")).order_by())
    decidable = Registration.objects.filter(
        status=Status.PENDING,
        community_id__in=[
            g.organization_id for g in scope.grants if g.role == access.Role.COMMUNITY_ADMIN
        ],
    ).count()
    rows = registration_table(user)
    totals = RegistrationCounts()
    for row in rows:
        totals.add(row.counts)
    roots = _top_organizations(user)
    # One area whose figures page exists: each count links to its list there.
    area = roots[0] if len(roots) == 1 and roots[0].kind in access.AREA_KINDS else None
    # A unit's admin reads no area: the communities in their scope would be none, and the
    # units one (their own). Their first figure is where their people serve instead.
    # Their rows are those communities, each counting the unit's own people only.
    units_only = bool(roots) and all(root.kind == Kind.UNIT for root in roots)
    served = (
        len({row.organization.pk for row in rows if row.counts.any_confirmed})
        if units_only
        else None
    )
    return {
        "units_only": units_only,
        # A community's admin has one row, their community: the figures above again.
        "by_area": not (len(rows) == 1 and area is not None and rows[0].organization == area),
        "communities_served": served,
        "communities": kinds.get(Kind.COMMUNITY, 0),
        "units": kinds.get(Kind.UNIT, 0),
        "branches": kinds.get(Kind.BRANCH, 0),
        "members": access.members_visible(user).count(),
        "totals": totals,
        "area": area,
        "to_decide": decidable,
        "rows": rows,
    }


def member_registrations(member: Member) -> QuerySet[Registration]:
    return member.registrations.select_related("community", "community__parent")
