"""Reads about care that deserve a name: team counts, 楼道长 coverage, overdue visits."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Count, Q
from django.utils import timezone

from jinlin.care.models import Entrance, Household, Pairing, Team
from jinlin.organizations.models import Organization

Kind = Organization.Kind


@dataclass
class CareRow:
    organization: Organization
    teams: dict[str, int] = field(default_factory=dict)
    entrances: int = 0
    captained: int = 0
    households: int = 0
    pairings: int = 0
    overdue: int = 0

    @property
    def team_total(self) -> int:
        return sum(self.teams.values())

    @property
    def coverage(self) -> float:
        return self.captained / self.entrances if self.entrances else 0.0


def overdue_pairings(pairings: Any) -> list[Pairing]:
    today = timezone.localdate()
    return [p for p in pairings if p.is_overdue(today)]


def care_table(areas: list[Organization]) -> list[CareRow]:
    """One row per area (a street sums its communities; a community is itself)."""
    community_area: dict[int, int] = {}
    for area in areas:
        if area.kind == Kind.COMMUNITY:
            community_area[area.pk] = area.pk
        else:
            for pk in Organization.objects.filter(
                path__startswith=area.path, kind=Kind.COMMUNITY
            ).values_list("pk", flat=True):
                community_area[pk] = area.pk
    rows = {area.pk: CareRow(organization=area) for area in areas}
    path_area: list[tuple[str, int]] = [(a.path, a.pk) for a in areas]
    for path, kind in Team.objects.values_list("organization__path", "kind"):
        for prefix, area_id in path_area:
            if path.startswith(prefix):
                teams = rows[area_id].teams
                teams[kind] = teams.get(kind, 0) + 1
                break
    for community_id, total, captained in (
        Entrance.objects.values("building__community_id")
        .annotate(total=Count("pk"), captained=Count("pk", filter=Q(captain__isnull=False)))
        .values_list("building__community_id", "total", "captained")
    ):
        if community_id in community_area:
            row = rows[community_area[community_id]]
            row.entrances += total
            row.captained += captained
    for community_id, count in (
        Household.objects.values("community_id")
        .annotate(n=Count("pk"))
        .values_list("community_id", "n")
    ):
        if community_id in community_area:
            rows[community_area[community_id]].households += count
    today = timezone.localdate()
    overdue: dict[int, int] = defaultdict(int)
    active: dict[int, int] = defaultdict(int)
    for pairing in Pairing.objects.filter(ended_on__isnull=True).select_related("household"):
        found = community_area.get(pairing.household.community_id)
        if found is None:
            continue
        active[found] += 1
        if pairing.is_overdue(today):
            overdue[found] += 1
    for area_id, row in rows.items():
        row.pairings = active[area_id]
        row.overdue = overdue[area_id]
    return list(rows.values())
