"""Who may see, manage, claim and dispatch needs: one decision per function."""

from __future__ import annotations

from typing import Any

from django.db import connection
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from jinlin.core.sql import named_ids
from jinlin.members import access
from jinlin.members.models import Member, Registration, RoleAssignment
from jinlin.needs.models import Claim, Need
from jinlin.organizations.models import Organization, Partnership, ids_on

Role = RoleAssignment.Role


def can_manage_need(user: Any, need: Need) -> bool:
    """Publishing, editing, cancelling, acceptance: the need's own community admins only."""
    return access.scope_of(user).holds(Role.COMMUNITY_ADMIN, need.community_id)


def can_publish_in(user: Any, community: Organization) -> bool:
    return community.kind == Organization.Kind.COMMUNITY and access.scope_of(user).holds(
        Role.COMMUNITY_ADMIN, community.pk
    )


def can_dispatch(user: Any, need: Need) -> bool:
    """An order is filled by the ordered unit's admins, or by the ordered team's leader."""
    if need.mode != Need.Mode.ORDER:
        return False
    if need.unit_id is not None:
        return access.scope_of(user).holds(Role.UNIT_ADMIN, need.unit_id)
    if need.team_id is not None and need.team is not None:
        member_id = access.member_id_of(user)
        return member_id is not None and need.team.leader_id == member_id
    return False


def dispatchable_members(need: Need) -> QuerySet[Member]:
    """Who the order may send: the unit's own members, or the team's members."""
    if need.unit_id is not None and need.unit is not None:
        return Member.objects.filter(branch__path__startswith=need.unit.path)
    if need.team_id is not None:
        return Member.objects.filter(teams__pk=need.team_id)
    return Member.objects.none()


def member_unit_ids(member: Member) -> list[int]:
    """The units above the member's branch (a branch may sit under a unit)."""
    path = Member.objects.filter(pk=member.pk).values_list("branch__path", flat=True).first()
    if not path:
        return []
    return list(
        Organization.objects.filter(pk__in=ids_on(path), kind=Organization.Kind.UNIT).values_list(
            "pk", flat=True
        )
    )


def claimable_community_ids(member: Member) -> set[int]:
    """Communities whose open needs the member may claim: where their registration is
    confirmed, and the partner communities of their own unit."""
    registered = set(
        Registration.objects.filter(
            member=member, status=Registration.Status.CONFIRMED
        ).values_list("community_id", flat=True)
    )
    partners = set(
        Partnership.objects.filter(unit_id__in=member_unit_ids(member)).values_list(
            "community_id", flat=True
        )
    )
    return registered | partners


def may_claim_open(member_id: int, community_id: int) -> bool:
    """Registered (confirmed) with the community, or in a unit partnered with it — in one
    fixed query, as it runs on every claim (see ``claimable_community_ids`` for the set)."""
    q = connection.ops.quote_name
    org = q(Organization._meta.db_table)
    sql = (
        f"SELECT 1 FROM {q(Registration._meta.db_table)} r WHERE r.member_id = %s "
        "AND r.community_id = %s AND r.status = 'confirmed' "
        "UNION ALL "
        f"SELECT 1 FROM {q(Partnership._meta.db_table)} p "
        f"JOIN {org} u ON u.id = p.unit_id AND u.kind = 'unit' "
        f"JOIN {q(Member._meta.db_table)} m ON m.id = %s "
        f"JOIN {org} b ON b.id = m.branch_id AND b.path LIKE u.path || '%%' "
        "WHERE p.community_id = %s LIMIT 1"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [member_id, community_id, member_id, community_id])
        return cursor.fetchone() is not None


def claim_refusal(member: Member, need: Need) -> str | None:
    """Why this member may not claim this need, or None when they may."""
    if need.mode == Need.Mode.ORDER:
        return _("This need is an order to %(unit)s; its admin dispatches members.") % {
            "unit": need.unit.name if need.unit else need.team.name if need.team else ""
        }
    # The claim's own read of the need brings the answer along (``fastpath.need_get``).
    may = getattr(need, "jinlin_may_claim", None)
    if may if may is not None else may_claim_open(member.pk, need.community_id):
        return None
    return _(
        "Only members registered with %(community)s, or members of its partner units, "
        "may claim this need."
    ) % {"community": need.community.name}


# A member's claimed needs are named by their ids up to this many (beyond, a subquery).
CLAIMED_LISTED = 2000


def needs_visible(user: Any) -> QuerySet[Need]:
    """Admins: needs of communities in scope, and orders to their units. Members: needs they
    may claim, and any they hold a claim on."""
    scope = access.scope_of(user)
    if scope.superuser:
        return Need.objects.all()
    q = Q(pk__in=[])
    if scope.can_read_tree:
        q |= scope.org_q("community", access.READ_ROLES)
        q |= scope.org_q("unit", access.READ_ROLES)
    unit_ids = [g.organization_id for g in scope.grants if g.role == Role.UNIT_ADMIN]
    if unit_ids:
        partner_ids = Partnership.objects.filter(unit_id__in=unit_ids).values("community_id")
        q |= Q(community_id__in=partner_ids)
    if scope.member_id:
        member = Member.objects.select_related("branch").get(pk=scope.member_id)
        q |= Q(mode=Need.Mode.OPEN, community_id__in=claimable_community_ids(member))
        q |= Q(mode=Need.Mode.ORDER, unit_id__in=member_unit_ids(member))
        # The member's teams and claimed needs as lists of ids, read first: as IN-subqueries
        # (hashed) they kept PostgreSQL from combining the conditions' indexes, and every
        # need of a city was read to find a member's 300 (50 ms a count, 100 ms a page). A
        # join would repeat a need per claim and team member.
        team: Any = Need._meta.get_field("team").related_model
        teams = list(
            team._default_manager.filter(Q(members=member) | Q(leader=member))
            .order_by()
            .values_list("pk", flat=True)
            .distinct()
        )
        if teams:
            q |= Q(mode=Need.Mode.ORDER, team_id__in=teams)
        claimed = Claim.objects.filter(member_id=member.pk).values_list("need_id", flat=True)
        q |= Q(pk__in=named_ids(claimed, CLAIMED_LISTED))
    # Each condition reads the need's own row or its forward keys: no need is repeated.
    return Need.objects.filter(q)


def claims_visible(user: Any) -> QuerySet[Claim]:
    """Who took part, by name: the need's community and those above it (and supervisors);
    a unit's admins for their own unit's members (and the orders they fill); the member's own
    claims. A unit sees its partner communities' needs, not who else answered them."""
    scope = access.scope_of(user)
    if scope.superuser:
        return Claim.objects.all()
    q = Q(pk__in=[])
    if scope.can_read_tree:
        q |= scope.org_q("need__community", access.READ_ROLES)
    units = [g for g in scope.grants if g.role == Role.UNIT_ADMIN]
    for grant in units:
        q |= Q(member__branch__path__startswith=grant.path)
        q |= Q(need__unit_id=grant.organization_id)
    if scope.member_id:
        q |= Q(member_id=scope.member_id)
    return Claim.objects.filter(q).distinct()


def can_view_need(user: Any, need: Need) -> bool:
    return needs_visible(user).filter(pk=need.pk).exists()


def can_cancel_claim(user: Any, claim: Claim) -> bool:
    """The member themselves, the need's community admin, or the unit admin who dispatched."""
    scope = access.scope_of(user)
    if scope.member_id is not None and scope.member_id == claim.member_id:
        return True
    if can_manage_need(user, claim.need):
        return True
    return can_dispatch(user, claim.need)


def open_needs_now() -> QuerySet[Need]:
    return Need.objects.filter(status=Need.Status.PUBLISHED, ends_at__gt=timezone.now())
