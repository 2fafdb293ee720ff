"""What waits in 订单式: orders addressed to a unit (or a team) with places still to fill."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from django.db.models import Count, F, Q, Sum
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import ngettext

from jinlin.core.worklist import Work
from jinlin.members import access
from jinlin.members.models import RoleAssignment
from jinlin.needs.models import Need


def orders_to_fill(user: Any) -> Any:
    """Orders to the user's units, or to the teams they lead, not ended and not full."""
    scope = access.scope_of(user)
    units = [g.organization_id for g in scope.grants if g.role == RoleAssignment.Role.UNIT_ADMIN]
    whose = Q(unit_id__in=units)
    if scope.member_id is not None:
        whose |= Q(team__leader_id=scope.member_id)
    if not units and scope.member_id is None:
        return Need.objects.none()
    return Need.objects.filter(
        whose,
        mode=Need.Mode.ORDER,
        status=Need.Status.PUBLISHED,
        ends_at__gt=timezone.now(),
        confirmed_count__lt=F("slots"),
    )


def waiting(user: Any) -> Iterator[Work]:
    found = orders_to_fill(user).aggregate(
        needs=Count("pk"), places=Sum(F("slots") - F("confirmed_count"))
    )
    n, places = found["needs"] or 0, found["places"] or 0
    yield Work(
        "orders",
        n,
        ngettext(
            "%(n)d order waits for members to be sent (%(places)d places).",
            "%(n)d orders wait for members to be sent (%(places)d places).",
            n,
        )
        % {"n": n, "places": places},
        reverse("need-manage"),
    )
