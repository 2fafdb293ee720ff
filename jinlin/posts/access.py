"""Who reaches the applications for standing posts."""

from __future__ import annotations

from typing import Any

from django.db.models import Q, QuerySet

from jinlin.members import access
from jinlin.posts.models import Application


def applications_visible(user: Any) -> QuerySet[Application]:
    """The applicant, and the readers of the post's community."""
    scope = access.scope_of(user)
    if scope.superuser:
        return Application.objects.all()
    q = scope.org_q("post__community", access.READ_ROLES) if scope.can_read_tree else Q(pk__in=[])
    if scope.member_id is not None:
        q |= Q(member_id=scope.member_id)
    return Application.objects.filter(q)
