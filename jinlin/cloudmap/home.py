"""The home pages: a member's phone home, an admin's or supervisor's overview with what waits
on them. Dashboard code, owned by the app that owns the district's picture."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from jinlin.core.worklist import waiting_for
from jinlin.members import selectors
from jinlin.members.access import scope_of


@login_required
def home(request: HttpRequest) -> HttpResponse:
    """Members land on their phone home; admins and supervisors on their overview."""
    scope = scope_of(request.user)
    work = waiting_for(request.user)
    if scope.can_read_tree:
        return render(
            request,
            "cloudmap/home/admin_home.html",
            {"overview": selectors.overview_for(request.user), "work": work},
        )
    if scope.member_id:
        context = member_home_context(scope.member_id)
        return render(request, "cloudmap/home/member_home.html", {**context, "work": work})
    return render(request, "cloudmap/home/no_role.html")


def member_home_context(member_id: int) -> dict[str, Any]:
    from jinlin.members.models import Member, Registration
    from jinlin.needs.models import Claim
    from jinlin.service.selectors import member_totals

    member = Member.objects.select_related("community").get(pk=member_id)
    registration = (
        Registration.objects.filter(member=member, status__in=Registration.ACTIVE)
        .select_related("community")
        .first()
    )
    from jinlin.service.models import Attendance
    from jinlin.service.selectors import claim_state

    now = timezone.now()
    claims = list(
        Claim.objects.filter(member=member, status__in=Claim.ACTIVE, need__ends_at__gt=now)
        .select_related("need")
        .order_by("need__starts_at")[:6]
    )
    attendance = {a.claim_id: a for a in Attendance.objects.filter(claim__in=claims)}
    rows: list[dict[str, Any]] = [
        {
            "claim": c,
            "attendance": attendance.get(c.pk),
            "state": claim_state(c, attendance.get(c.pk)),
        }
        for c in claims
    ]
    from jinlin.care.models import Entrance, Pairing

    pairings = list(
        Pairing.objects.filter(member=member, ended_on__isnull=True).select_related("household")
    )
    from jinlin.care.models import GridPlacement
    from jinlin.needs.access import claimable_community_ids
    from jinlin.reports.ratings import member_stars
    from jinlin.residents.models import ResidentRequest, Wish
    from jinlin.residents.services import member_ratings
    from jinlin.service.models import ServiceReport

    placement = GridPlacement.objects.filter(member=member).select_related("grid").first()
    return {
        "pending_reports": ServiceReport.objects.filter(
            member=member, status=ServiceReport.Status.PENDING
        ).count(),
        "open_wishes": Wish.objects.filter(
            status=Wish.Status.OPEN, community_id__in=claimable_community_ids(member)
        ).count(),
        "has_requests": member.user_id is not None
        and ResidentRequest.objects.filter(requester_user_id=member.user_id).exists(),
        "rating": member_ratings([member.pk]).get(member.pk),
        "grid": placement.grid if placement else None,
        "pairings": pairings,
        "overdue_pairings": [p for p in pairings if p.is_overdue()],
        "is_captain": Entrance.objects.filter(captain=member).exists(),
        "member": member,
        "registration": registration,
        "now": [r for r in rows if r["claim"].need.starts_at <= now],
        "upcoming": [r for r in rows if r["claim"].need.starts_at > now][:3],
        "totals": member_totals(member),
        "stars": member_stars(member),
    }
