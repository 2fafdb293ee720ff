"""What waits in 岗位认领: applications and requests to leave, for the community."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from django.urls import reverse
from django.utils.translation import ngettext

from jinlin.core.worklist import Work
from jinlin.members import access
from jinlin.posts.models import Application


def waiting(user: Any) -> Iterator[Work]:
    mine = access.scope_of(user).community_admin_ids
    if not mine:
        return
    n = Application.objects.filter(
        status__in=[Application.Status.PENDING, Application.Status.LEAVING],
        post__community_id__in=mine,
    ).count()
    yield Work(
        "applications",
        n,
        ngettext(
            "%(n)d application for a standing post waits for your decision.",
            "%(n)d applications for standing posts wait for your decision.",
            n,
        )
        % {"n": n},
        reverse("post-manage"),
    )
