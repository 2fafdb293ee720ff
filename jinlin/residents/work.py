"""What waits in 三单制: residents' new requests, small wishes fulfilled and to be confirmed."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from django.urls import reverse
from django.utils.translation import ngettext

from jinlin.core.worklist import Work
from jinlin.members import access
from jinlin.residents.models import ResidentRequest, Wish


def waiting(user: Any) -> Iterator[Work]:
    mine = access.scope_of(user).community_admin_ids
    if not mine:
        return
    n = ResidentRequest.objects.filter(
        status=ResidentRequest.Status.SUBMITTED, community_id__in=mine
    ).count()
    yield Work(
        "requests",
        n,
        ngettext("%(n)d resident's request is new.", "%(n)d residents' requests are new.", n)
        % {"n": n},
        reverse("request-manage") + "?status=submitted",
    )
    n = Wish.objects.filter(status=Wish.Status.FULFILLED, community_id__in=mine).count()
    yield Work(
        "wishes",
        n,
        ngettext(
            "%(n)d small wish was fulfilled and waits for your confirmation.",
            "%(n)d small wishes were fulfilled and wait for your confirmation.",
            n,
        )
        % {"n": n},
        reverse("wish-manage"),
    )
