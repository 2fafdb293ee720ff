"""A member's service record as the community and their unit see it (一人一档): verified
hours from the ledger, what is still waiting for review, ratings, posts, evaluations."""

from __future__ import annotations

from typing import Any

from jinlin.members.models import Member
from jinlin.posts.models import SKILLS, Application
from jinlin.reports.models import Evaluation
from jinlin.residents.models import Rating
from jinlin.residents.services import member_ratings
from jinlin.service.models import ServiceRecord, ServiceReport
from jinlin.service.selectors import member_totals


def member_service_record(member: Member) -> dict[str, Any]:
    rating = member_ratings([member.pk]).get(member.pk)
    served_needs = ServiceRecord.objects.filter(
        member=member, kind=ServiceRecord.Kind.CREDIT, need__isnull=False
    ).values("need_id")
    labels = dict(SKILLS)
    return {
        "totals": member_totals(member),
        "pending_reports": ServiceReport.objects.filter(
            member=member, status=ServiceReport.Status.PENDING
        ).count(),
        "rating": rating,
        "comments": list(
            Rating.objects.filter(need_id__in=served_needs)
            .exclude(comment="")
            .select_related("need")
            .order_by("-created_at")[:5]
        ),
        "posts": list(
            Application.objects.filter(
                member=member, status__in=Application.HOLDING
            ).select_related("post", "post__community")
        ),
        "evaluations": list(
            Evaluation.objects.filter(member=member).select_related("community")[:5]
        ),
        "skills": [str(labels.get(s, s)) for s in member.skills or []],
    }
