"""What waits in 先验收后扫码: acceptances and service reports for the community; for a
member, accepted work whose hours a second scan will credit."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from django.urls import reverse
from django.utils.translation import ngettext

from jinlin.core.worklist import Work
from jinlin.members import access
from jinlin.needs.models import Claim
from jinlin.service.models import Attendance, ServiceReport


def awaiting_acceptance(community_ids: list[int]) -> Any:
    """Members who signed in on site and wait for the community to inspect their work."""
    return Attendance.objects.filter(
        signed_in_at__isnull=False,
        decision=Attendance.Decision.PENDING,
        claim__status=Claim.Status.CONFIRMED,
        claim__need__community_id__in=community_ids,
    )


def waiting(user: Any) -> Iterator[Work]:
    scope = access.scope_of(user)
    mine = scope.community_admin_ids
    if mine:
        n = awaiting_acceptance(mine).count()
        yield Work(
            "acceptance",
            n,
            ngettext(
                "%(n)d member signed in on site waits for your acceptance (验收).",
                "%(n)d members signed in on site wait for your acceptance (验收).",
                n,
            )
            % {"n": n},
            reverse("need-manage") + "?status=to_accept",
        )
        n = ServiceReport.objects.filter(
            status=ServiceReport.Status.PENDING, community_id__in=mine
        ).count()
        yield Work(
            "reports",
            n,
            ngettext(
                "%(n)d service report waits for your review.",
                "%(n)d service reports wait for your review.",
                n,
            )
            % {"n": n},
            reverse("report-review"),
        )
        from django.utils import timezone

        from jinlin.service.models import Dispute

        open_disputes = Dispute.objects.filter(status=Dispute.Status.OPEN, community_id__in=mine)
        n = open_disputes.count()
        late = open_disputes.filter(due_by__lt=timezone.localdate()).exists()
        yield Work(
            "disputes",
            n,
            ngettext(
                "%(n)d member disputes a service record: answer it.",
                "%(n)d members dispute service records: answer them.",
                n,
            )
            % {"n": n},
            reverse("dispute-list"),
            urgent=late,
        )
    if scope.member_id is not None:
        n = Attendance.objects.filter(
            claim__member_id=scope.member_id,
            decision=Attendance.Decision.ACCEPTED,
            credited_at__isnull=True,
        ).count()
        yield Work(
            "to_credit",
            n,
            ngettext(
                "Your work on %(n)d need was accepted: scan the site code again to have the "
                "hours credited.",
                "Your work on %(n)d needs was accepted: scan the site code again to have the "
                "hours credited.",
                n,
            )
            % {"n": n},
            reverse("my-claims"),
        )
