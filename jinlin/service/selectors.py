"""Reads over attendance and the ledger: hours are always sums over the ledger."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from django.db.models import Count, Q, Sum
from django.db.models.functions import TruncMonth
from django.utils import timezone

from jinlin.members.models import Member
from jinlin.needs.models import Claim, Need
from jinlin.service.models import Attendance, ServiceRecord


def member_totals(member: Member) -> dict[str, Decimal]:
    sums = ServiceRecord.objects.filter(member=member).aggregate(
        hours=Sum("hours"), points=Sum("points")
    )
    return {"hours": sums["hours"] or Decimal(0), "points": sums["points"] or Decimal(0)}


def months_window(months: int, today: dt.date | None = None) -> dt.date:
    """The first day of the first of the last ``months`` calendar months, this one included."""
    today = today or timezone.localdate()
    index = today.year * 12 + today.month - 1 - (months - 1)
    return dt.date(index // 12, index % 12 + 1, 1)


def member_hours_by_month(member: Member, months: int = 12) -> list[tuple[str, float]]:
    """The member's hours in each month of the last ``months`` calendar months (this one
    included), from the first of them with a record: a month without one counts 0, so that
    bars keep time's spacing; no record in the window, no months."""
    first = months_window(months)
    rows = (
        ServiceRecord.objects.filter(member=member, activity_date__gte=first)
        .annotate(month=TruncMonth("activity_date"))
        .values("month")
        .annotate(hours=Sum("hours"))
    )
    hours = {row["month"].strftime("%Y-%m"): float(row["hours"]) for row in rows}
    if not hours:
        return []
    today, served_from = timezone.localdate(), min(hours)
    months_in = (
        f"{i // 12:04d}-{i % 12 + 1:02d}"
        for i in range(first.year * 12 + first.month - 1, today.year * 12 + today.month)
    )
    return [(month, hours.get(month, 0.0)) for month in months_in if month >= served_from]


def need_roster(need: Need) -> list[dict[str, Any]]:
    """Everyone who claimed the need, with their sign-in and acceptance."""
    claims = list(
        need.claims.exclude(status=Claim.Status.CANCELLED)
        .select_related("member", "member__branch")
        .order_by("status", "created_at", "id")
    )
    attendance = {a.claim_id: a for a in Attendance.objects.filter(claim__in=claims)}
    return [{"claim": c, "attendance": attendance.get(c.pk)} for c in claims]


def need_outcomes(need: Need) -> dict[str, int]:
    """The activity's outcomes as recorded for it (成效, once per activity)."""
    from jinlin.service.models import ActivityOutcome

    return dict(ActivityOutcome.objects.filter(need=need).values_list("metric", "count"))


def need_progress(need: Need) -> dict[str, int]:
    counts = Attendance.objects.filter(claim__need=need).aggregate(
        signed_in=Count("pk", filter=Q(signed_in_at__isnull=False)),
        accepted=Count("pk", filter=Q(decision="accepted")),
        rejected=Count("pk", filter=Q(decision="rejected")),
        credited=Count("pk", filter=Q(credited_at__isnull=False)),
    )
    counts["absent"] = need.claims.filter(status=Claim.Status.ABSENT).count()
    return counts


def claim_state(claim: Claim, attendance: Attendance | None) -> str:
    """One word for where a claim stands in 先验收后扫码."""
    if claim.status != Claim.Status.CONFIRMED:
        return str(claim.status)
    if attendance is None or attendance.signed_in_at is None:
        return "confirmed"
    if attendance.credited_at is not None:
        return "credited"
    if attendance.decision:
        return str(attendance.decision)
    return "signed_in"
