"""Who reaches residents' requests and small wishes."""

from __future__ import annotations

from typing import Any

from django.db.models import Q, QuerySet

from jinlin.members import access
from jinlin.residents.models import Wish


def wishes_visible(user: Any) -> QuerySet[Wish]:
    """The community's readers (its admins and those above, supervisors); the member who
    claimed it; members who may take it while it is open (registered with the community or
    in a partner unit)."""
    from jinlin.members.models import Member
    from jinlin.needs.access import claimable_community_ids

    scope = access.scope_of(user)
    if scope.superuser:
        return Wish.objects.all()
    q = scope.org_q("community", access.READ_ROLES) if scope.can_read_tree else Q(pk__in=[])
    if scope.member_id is not None:
        member = Member.objects.get(pk=scope.member_id)
        q |= Q(claimed_by_id=scope.member_id)
        q |= Q(status=Wish.Status.OPEN, community_id__in=claimable_community_ids(member))
    return Wish.objects.filter(q)
