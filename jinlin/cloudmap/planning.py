"""What the rebalancer is given, read from the district's own records.

Expected shortfall of a community over the planned weeks:
    open places of its open needs starting in the window (places − confirmed)
    × (1 − the share of places its own registered members filled in the last eight weeks),
rounded up. Spare members of a unit: its branches' in-service party members, less those with a
confirmed claim on a need in the window and the places of its orders in the window not yet
filled, times REBALANCE_SPARE_PERCENT, rounded down. Candidate pairs: a unit and a community
within REBALANCE_MAX_KM of each other (straight-line), or already partnered.
"""

from __future__ import annotations

import datetime as dt
import math
import os
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.db.models import Count, F, Q, Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from jinlin.cloudmap.indicators import owner_of
from jinlin.cloudmap.optimize import Arc, Instance
from jinlin.core.sql import one_of
from jinlin.organizations.models import Organization, Partnership

HISTORY_WEEKS = 8
FORMULA = _(
    "Expected shortfall = open places of the community's open needs in the coming weeks × "
    "(1 − share of places its own registered members filled in the last 8 weeks), rounded up. "
    "Spare members of a unit = its in-service party members not holding a place in those weeks "
    "nor ordered, × %(percent)s%%. Units within %(km)s km of a community, or partnered with it, "
    "may support it."
)


@dataclass
class Plan:
    window_start: dt.datetime
    window_end: dt.datetime
    communities: list[Organization]
    units: list[Organization]
    instance: Instance
    community_inputs: dict[int, dict[str, Any]] = field(default_factory=dict)
    unit_inputs: dict[int, dict[str, Any]] = field(default_factory=dict)


def distance_m(a: Organization, b: Organization) -> int | None:
    """Great-circle distance in metres, or None when either has no coordinates."""
    from jinlin.needs.selectors import distance_km

    def point(org: Organization) -> tuple[float, float] | None:
        if org.longitude is None or org.latitude is None:
            return None
        return float(org.longitude), float(org.latitude)

    km = distance_km(point(a), point(b))
    return None if km is None else round(km * 1000)


def community_shortfall(
    communities: list[Organization], start: dt.datetime, end: dt.datetime
) -> dict[int, dict[str, Any]]:
    from jinlin.members.models import Registration
    from jinlin.needs.models import Claim, Need

    ids = [c.pk for c in communities]
    out: dict[int, dict[str, Any]] = {pk: {"open_places": 0, "own_rate": None} for pk in ids}
    for pk, places in (
        Need.objects.filter(
            community_id__in=ids,
            status=Need.Status.PUBLISHED,
            mode=Need.Mode.OPEN,
            starts_at__gte=start,
            starts_at__lt=end,
            confirmed_count__lt=F("slots"),
        )
        .values_list("community_id")
        .annotate(n=Sum(F("slots") - F("confirmed_count")))
        .order_by()
    ):
        out[pk]["open_places"] = int(places or 0)
    # The share of places their own members filled matters only where places are open (a
    # community with none is short of no one; its share is not counted, None): a city's
    # eight weeks of claims (1.5 million) were read for the 23 communities that were short.
    asked = [pk for pk, row in out.items() if row["open_places"] > 0]
    history = start - dt.timedelta(weeks=HISTORY_WEEKS)
    lately = (
        Need.objects.filter(
            community_id__in=asked,
            mode=Need.Mode.OPEN,
            starts_at__gte=history,
            starts_at__lt=start,
        )
        .exclude(status=Need.Status.CANCELLED)
        .values_list("pk", "community_id", "slots")
        .order_by()
    )
    published: dict[int, int] = {}
    community_of: dict[int, int] = {}
    for need_id, community_id, slots in lately:
        published[community_id] = published.get(community_id, 0) + slots
        community_of[need_id] = community_id
    # Their confirmed claims, and where their claimants are registered (a member has one
    # registration): two reads by key, counted here. As one statement PostgreSQL misjudged
    # the join (a tenth of a city: 239,000 registration-need pairs looked up in the claims,
    # 1.3 s; the whole city: every need and registration hashed, 0.3 s).
    registered_at = dict(
        Registration.objects.filter(
            kind=Registration.Kind.MEMBER,
            status=Registration.Status.CONFIRMED,
            community_id__in=asked,
        )
        .values_list("member_id", "community_id")
        .order_by()
    )
    filled_by_own: dict[int, int] = {}
    for need_id, member_id in Claim.objects.filter(
        one_of("need__id", list(community_of)), status=Claim.Status.CONFIRMED
    ).values_list("need_id", "member_id").order_by():
        community_id = community_of[need_id]
        if registered_at.get(member_id) == community_id:
            filled_by_own[community_id] = filled_by_own.get(community_id, 0) + 1
    for pk, row in out.items():
        if not row["open_places"]:
            row["own_rate"], row["shortfall"] = None, 0
            continue
        places = published.get(pk) or 0
        rate = min(1.0, (filled_by_own.get(pk) or 0) / places) if places else 0.0
        row["own_rate"] = round(rate, 4)
        row["shortfall"] = math.ceil(row["open_places"] * (1 - rate) - 1e-9)
    return out


def unit_spare(
    units: list[Organization], start: dt.datetime, end: dt.datetime
) -> dict[int, dict[str, Any]]:
    from jinlin.members.models import Member
    from jinlin.needs.models import Claim, Need

    out: dict[int, dict[str, Any]] = {}
    by_path = {u.path: u.pk for u in units}
    members: dict[int, int] = {u.pk: 0 for u in units}
    committed: dict[int, int] = {u.pk: 0 for u in units}
    # Each party branch's unit (the unit whose path is the longest prefix of the branch's),
    # found once per branch; then the in-service party members counted per branch, and those
    # confirmed for a need in the window per branch: a city's 725,000 members are counted in
    # the database, not read one by one and matched against 10,000 units' paths.
    prefix = os.path.commonpath([u.path for u in units]).rstrip("/") + "/" if units else "/-/"
    branch_unit = {
        pk: unit_id
        for pk, path in Organization.objects.filter(path__startswith=prefix).values_list(
            "pk", "path"
        )
        if (unit_id := owner_of(path, by_path)) is not None
    }
    in_service = Member.objects.filter(
        is_party_member=True, in_service=True, branch__path__startswith=prefix
    )
    for branch_id, n in in_service.values_list("branch_id").annotate(n=Count("pk")).order_by():
        unit_id = branch_unit.get(branch_id)
        if unit_id is not None:
            members[unit_id] += n
    busy = (
        Claim.objects.filter(
            member__in=in_service,
            status=Claim.Status.CONFIRMED,
            need__starts_at__lt=end,
            need__ends_at__gt=start,
        )
        .values_list("member__branch_id")
        .annotate(n=Count("member_id", distinct=True))
        .order_by()
    )
    for branch_id, n in busy:
        unit_id = branch_unit.get(branch_id)
        if unit_id is not None:
            committed[unit_id] += n
    ordered = dict(
        Need.objects.filter(
            unit_id__in=list(members),
            mode=Need.Mode.ORDER,
            status=Need.Status.PUBLISHED,
            starts_at__lt=end,
            ends_at__gt=start,
        )
        .values_list("unit_id")
        .annotate(n=Sum(F("slots") - F("confirmed_count")))
        .order_by()
    )
    percent = settings.REBALANCE_SPARE_PERCENT
    for pk in members:
        free = max(0, members[pk] - committed[pk] - int(ordered.get(pk) or 0))
        out[pk] = {
            "members": members[pk],
            "committed": committed[pk],
            "ordered": int(ordered.get(pk) or 0),
            "spare": free * percent // 100,
        }
    return out


def candidate_arcs(
    units: list[Organization],
    communities: list[Organization],
    partnered: set[tuple[int, int]],
    limit: int,
) -> list[Arc]:
    """Who may be sent where: a unit to a community within ``limit`` metres, and always to a
    community it is partnered with (counted as ``limit`` away when either is not on the map),
    in the order of units, then communities. Only communities in the grid cells around a unit
    are measured (a cell is at least ``limit`` across), not every community for every unit: a
    city's 10,000 units and 1,000 short communities are ten million distances otherwise."""
    cells = _Grid([*units, *communities], limit)
    near: dict[tuple[int, int], list[int]] = {}
    for index, community in enumerate(communities):
        cell = cells.cell(community)
        if cell is not None:
            near.setdefault(cell, []).append(index)
    by_pk = {c.pk: i for i, c in enumerate(communities)}
    partners: dict[int, set[int]] = {}
    for unit_pk, community_pk in partnered:
        if community_pk in by_pk:
            partners.setdefault(unit_pk, set()).add(by_pk[community_pk])
    arcs: list[Arc] = []
    for ui, unit in enumerate(units):
        candidates = set(partners.get(unit.pk, ()))
        cell = cells.cell(unit)
        if cell is not None:
            for dx in (-1, 0, 1):
                for dy in (-1, 0, 1):
                    candidates.update(near.get((cell[0] + dx, cell[1] + dy), ()))
        for ci in sorted(candidates):
            community = communities[ci]
            existing = (unit.pk, community.pk) in partnered
            metres = distance_m(unit, community)
            if metres is None:
                if not existing:
                    continue
                metres = limit  # partnered but not on the map: counted as far as allowed
            elif metres > limit and not existing:
                continue
            arcs.append(Arc(ui, ci, max(metres, 1), existing))
    return arcs


class _Grid:
    """Cells of latitude and longitude at least ``limit`` metres across at the organizations'
    highest latitude, so that two places within ``limit`` lie in the same or neighbouring
    cells (a north–south distance never exceeds the great-circle distance; east–west, the
    haversine's bound at the highest latitude)."""

    def __init__(self, orgs: list[Organization], limit: int) -> None:
        radius = 6_371_000.0
        angle = (limit + 1) / radius  # a metre over, for the rounding of distances
        lats = [abs(float(o.latitude)) for o in orgs if o.latitude is not None]
        widest = math.cos(math.radians(min(89.0, max(lats, default=0.0))))
        self.lat_step = math.degrees(angle)
        self.lng_step = math.degrees(2 * math.asin(min(1.0, math.sin(angle / 2) / widest)))

    def cell(self, org: Organization) -> tuple[int, int] | None:
        if org.longitude is None or org.latitude is None:
            return None
        return (
            math.floor(float(org.longitude) / self.lng_step),
            math.floor(float(org.latitude) / self.lat_step),
        )


def _under_any(orgs: list[Organization], column: str) -> Q:
    q = Q(pk__in=[])
    for org in orgs:
        q |= Q(**{f"{column}__startswith": org.path})
    return q


def build(district: Organization, weeks: int, now: dt.datetime | None = None) -> Plan:
    now = now or timezone.now()
    start, end = now, now + dt.timedelta(weeks=weeks)
    under = Organization.objects.filter(path__startswith=district.path)
    communities = list(under.filter(kind=Organization.Kind.COMMUNITY).order_by("path"))
    units = list(under.filter(kind=Organization.Kind.UNIT).order_by("path"))
    shortfall = community_shortfall(communities, start, end)
    spare = unit_spare(units, start, end)
    partnered = set(
        Partnership.objects.filter(community__in=communities, unit__in=units).values_list(
            "unit_id", "community_id"
        )
    )
    # Only communities short and units with members to spare take part.
    short = [c for c in communities if shortfall[c.pk]["shortfall"] > 0]
    able = [u for u in units if spare[u.pk]["spare"] > 0]
    arcs = candidate_arcs(able, short, partnered, settings.REBALANCE_MAX_KM * 1000)
    instance = Instance(
        shortfall=[shortfall[c.pk]["shortfall"] for c in short],
        capacity=[spare[u.pk]["spare"] for u in able],
        arcs=arcs,
    )
    return Plan(
        window_start=start,
        window_end=end,
        communities=short,
        units=able,
        instance=instance,
        community_inputs={c.pk: shortfall[c.pk] for c in communities},
        unit_inputs={u.pk: spare[u.pk] for u in units},
    )
