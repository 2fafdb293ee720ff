"""What waits in oversight: overdue problems to rectify, rectifications to verify."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from django.urls import reverse
from django.utils.translation import ngettext

from jinlin.core.worklist import Work
from jinlin.members import access as member_access
from jinlin.members.models import RoleAssignment
from jinlin.oversight import access, selectors
from jinlin.oversight.models import Problem

VERIFIERS = frozenset(
    {
        RoleAssignment.Role.SUPERVISOR,
        RoleAssignment.Role.DISTRICT_ADMIN,
        RoleAssignment.Role.STREET_ADMIN,
    }
)


def waiting(user: Any) -> Iterator[Work]:
    scope = member_access.scope_of(user)
    if not scope.can_read_tree:
        return
    visible = access.problems_visible(user)
    n = selectors.filtered(visible, overdue=True).count()
    yield Work(
        "overdue_problems",
        n,
        ngettext(
            "%(n)d problem is past its rectification deadline.",
            "%(n)d problems are past their rectification deadline.",
            n,
        )
        % {"n": n},
        reverse("problem-list") + "?overdue=1",
        urgent=True,
    )
    if scope.superuser or scope.grants_for(VERIFIERS):
        n = selectors.filtered(visible, status=Problem.Status.SUBMITTED).count()
        yield Work(
            "to_verify",
            n,
            ngettext(
                "%(n)d rectification waits for verification.",
                "%(n)d rectifications wait for verification.",
                n,
            )
            % {"n": n},
            reverse("problem-list") + "?status=submitted",
        )
