"""Who sees problems, who works on them, who verifies them.

The responsible organization's admins work on a problem (start, measures, evidence). Someone
above it verifies: a supervisor whose group covers it, or an admin of a higher level. So no
one closes their own problem.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Q, QuerySet

from jinlin.members import access
from jinlin.members.models import RoleAssignment
from jinlin.organizations.models import Organization
from jinlin.oversight.models import Finding, Problem, Round

Role = RoleAssignment.Role
SUPERVISION_ROLES = frozenset({Role.SUPERVISOR, Role.DISTRICT_ADMIN, Role.STREET_ADMIN})


def problems_visible(user: Any) -> QuerySet[Problem]:
    scope = access.scope_of(user)
    if scope.superuser:
        return Problem.objects.all()
    if not scope.can_read_tree:
        return Problem.objects.none()
    return Problem.objects.filter(scope.org_q("organization", access.READ_ROLES))


def can_work_on(user: Any, problem: Problem) -> bool:
    """Start, add measures, submit evidence: the responsible organization's admins."""
    return access.scope_of(user).covers(problem.organization, access.ADMIN_ROLES)


def can_verify(user: Any, problem: Problem) -> bool:
    """Verify, reopen, close as not fixed: supervisors over it, or admins above it."""
    scope = access.scope_of(user)
    if scope.superuser:
        return True
    org = problem.organization
    if scope.covers(org, frozenset({Role.SUPERVISOR})):
        return True
    parent = org.parent
    return parent is not None and scope.covers(parent, access.ADMIN_ROLES)


def can_supervise(user: Any, org: Organization) -> bool:
    """Record rounds and findings over an organization."""
    return access.scope_of(user).covers(org, SUPERVISION_ROLES)


def can_record_problem(user: Any, org: Organization, source: str) -> bool:
    if source == Problem.Source.ROUND:
        return can_supervise(user, org)
    return access.scope_of(user).covers(org, access.ADMIN_ROLES)


def rounds_visible(user: Any) -> QuerySet[Round]:
    scope = access.scope_of(user)
    if scope.superuser:
        return Round.objects.all()
    if not scope.can_read_tree:
        return Round.objects.none()
    # A street's supervisors see the district's rounds in their street too (places visited).
    return Round.objects.filter(
        scope.org_q("organization", access.READ_ROLES)
        | Q(group__pk=scope.user_id)
        | Q(places__in=access.organizations_visible(user))
    ).distinct()


def findings_visible(user: Any) -> QuerySet[Finding]:
    scope = access.scope_of(user)
    if scope.superuser:
        return Finding.objects.all()
    if not scope.can_read_tree:
        return Finding.objects.none()
    return Finding.objects.filter(
        scope.org_q("organization", access.READ_ROLES) | Q(round__group__pk=scope.user_id)
    ).distinct()


def supervision_roots(user: Any) -> list[Organization]:
    """The districts and streets this user supervises or administers."""
    scope = access.scope_of(user)
    ids = [g.organization_id for g in scope.grants if g.role in SUPERVISION_ROLES]
    if scope.superuser:
        return list(Organization.objects.filter(kind=Organization.Kind.DISTRICT))
    return list(Organization.objects.filter(pk__in=ids))
