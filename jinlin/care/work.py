"""What waits in care: overdue visits, for the community and for the paired member."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from django.urls import reverse
from django.utils.translation import ngettext

from jinlin.care.access import CARE_ADMIN_ROLES
from jinlin.care.models import Pairing
from jinlin.core.worklist import Work
from jinlin.members import access


def waiting(user: Any) -> Iterator[Work]:
    scope = access.scope_of(user)
    grants = scope.grants_for(CARE_ADMIN_ROLES)
    if grants or scope.superuser:
        n = (
            Pairing.objects.overdue()
            .filter(scope.org_q("household__community", CARE_ADMIN_ROLES))
            .count()
        )
        only = scope.community_admin_ids if len(grants) == 1 else []
        url = (
            reverse("care-households", args=[only[0]]) + "?overdue=1"
            if only
            else reverse("care-home")
        )
        yield Work(
            "overdue_visits",
            n,
            ngettext(
                "%(n)d paired household's visit is overdue.",
                "%(n)d paired households' visits are overdue.",
                n,
            )
            % {"n": n},
            url,
            urgent=True,
        )
    if scope.member_id is not None:
        n = Pairing.objects.overdue().filter(member_id=scope.member_id).count()
        yield Work(
            "my_overdue_visits",
            n,
            ngettext(
                "A visit to %(n)d household you are paired with is overdue.",
                "Visits to %(n)d households you are paired with are overdue.",
                n,
            )
            % {"n": n},
            reverse("my-pairings"),
            urgent=True,
        )
