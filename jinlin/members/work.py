"""What waits in 双报到: registrations for the community's admins to confirm."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from django.urls import reverse
from django.utils.translation import ngettext

from jinlin.core.worklist import Work
from jinlin.members import access
from jinlin.members.models import Registration


def waiting(user: Any) -> Iterator[Work]:
    mine = access.scope_of(user).community_admin_ids
    if mine:
        n = Registration.objects.filter(
            status=Registration.Status.PENDING, community_id__in=mine
        ).count()
        yield Work(
            "registrations",
            n,
            ngettext(
                "%(n)d registration waits for your confirmation.",
                "%(n)d registrations wait for your confirmation.",
                n,
            )
            % {"n": n},
            reverse("registration-list") + "?status=pending",
        )
