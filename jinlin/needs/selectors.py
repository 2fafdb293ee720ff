"""Reads about needs that deserve a name: what a member can claim, nearest and soonest."""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

from django.db.models import Q, QuerySet
from django.utils import timezone

from jinlin.members.models import Member
from jinlin.needs import access
from jinlin.needs.models import Claim, Need


def distance_km(a: tuple[float, float] | None, b: tuple[float, float] | None) -> float | None:
    """Great-circle distance between (longitude, latitude) points."""
    if a is None or b is None:
        return None
    lng1, lat1, lng2, lat2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lng2 - lng1) / 2) ** 2
    )
    return 6371.0 * 2 * math.asin(math.sqrt(h))


def _point(obj: Any) -> tuple[float, float] | None:
    if obj is None or obj.longitude is None or obj.latitude is None:
        return None
    return (float(obj.longitude), float(obj.latitude))


def claimable_needs_for(member: Member) -> list[tuple[Need, float | None]]:
    """Open needs the member may claim that have not ended: nearest first, then soonest.

    Distance is from the member's residential community; needs within the same kilometre
    are ordered by their start. A need within 50 m of the community's point (most of its
    own community's: they are placed at the community unless given a place) is listed first
    with no distance: the list once said "0.0 km" of each, as if measured from the member.
    """
    communities = access.claimable_community_ids(member)
    needs = list(
        Need.objects.filter(
            community_id__in=communities,
            mode=Need.Mode.OPEN,
            status=Need.Status.PUBLISHED,
            ends_at__gt=timezone.now(),
        ).select_related("community")[:500]
    )
    home = _point(member.community)
    rows = [(need, distance_km(home, _point(need) or _point(need.community))) for need in needs]
    rows.sort(key=lambda row: (round(row[1]) if row[1] is not None else 9999, row[0].starts_at))
    return [(need, None if km is not None and km < 0.05 else km) for need, km in rows]


# Where a need stands in time, as the admins' needs list and the API's list filter it: defined
# once, so that both count and order the same needs.
WHEN = ("current", "ended")


def needs_when(needs: QuerySet[Need], when: str, now: dt.datetime | None = None) -> QuerySet[Need]:
    """``needs`` that are ``current`` — published and not yet ended, the soonest first — or
    ``ended`` — ended or closed (a cancelled need is neither), the latest first."""
    now = now or timezone.now()
    if when == "current":
        return needs.filter(status=Need.Status.PUBLISHED, ends_at__gt=now).order_by(
            "starts_at", "id"
        )
    if when == "ended":
        ended = needs.filter(Q(ends_at__lte=now) | Q(status=Need.Status.CLOSED))
        return ended.exclude(status=Need.Status.CANCELLED).order_by("-starts_at", "id")
    raise ValueError(f"when: one of {WHEN}, not {when!r}")


def member_claims(member: Member) -> QuerySet[Claim]:
    return (
        Claim.objects.filter(member=member)
        .select_related("need", "need__community")
        .order_by("-need__starts_at", "-id")
    )


def active_claims_by_need(member: Member, need_ids: list[int]) -> dict[int, Claim]:
    return {
        c.need_id: c
        for c in Claim.objects.filter(member=member, need_id__in=need_ids, status__in=Claim.ACTIVE)
    }
