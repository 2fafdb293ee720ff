"""The rebalancer's writes: make a proposal, edit it, approve it (partnerships and orders
through the organizations' and needs' own services, notices to the units), or discard it."""

from __future__ import annotations

import time
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from jinlin.cloudmap import planning
from jinlin.cloudmap.models import Assignment, Proposal
from jinlin.cloudmap.optimize import solve
from jinlin.core.errors import Conflict, InvalidInput, NotAllowed
from jinlin.members import access
from jinlin.organizations.models import Organization, Partnership

MAX_WEEKS = 12
Role = access.Role


def can_rebalance(user: Any, district: Organization) -> bool:
    scope = access.scope_of(user)
    return scope.superuser or scope.holds(Role.DISTRICT_ADMIN, district.pk)


def district_of(user: Any) -> Organization:
    """The district a district admin rebalances (the first they hold)."""
    scope = access.scope_of(user)
    for grant in scope.grants:
        if grant.role == Role.DISTRICT_ADMIN:
            return Organization.objects.get(pk=grant.organization_id)
    if scope.superuser:
        district = Organization.objects.filter(kind=Organization.Kind.DISTRICT).first()
        if district is not None:
            return district
    raise NotAllowed(_("Only the district's administrators rebalance support."))


def _check(by: Any, district: Organization) -> None:
    if by is not None and not can_rebalance(by, district):
        raise NotAllowed(_("Only the district's administrators rebalance support."))


def proposal_create(*, district: Organization, weeks: Any, by: Any = None) -> Proposal:
    _check(by, district)
    try:
        weeks = int(weeks)
    except (TypeError, ValueError):
        weeks = 0
    if not 1 <= weeks <= MAX_WEEKS:
        raise InvalidInput(
            _("Plan 1 to %(max)d weeks ahead.") % {"max": MAX_WEEKS},
            fields={"weeks": _("Between 1 and %(max)d.") % {"max": MAX_WEEKS}},
        )
    plan = planning.build(district, weeks)
    started = time.perf_counter()
    solution = solve(plan.instance)
    solve_ms = round((time.perf_counter() - started) * 1000)
    with transaction.atomic():
        proposal = Proposal.objects.create(
            district=district,
            weeks=weeks,
            window_start=plan.window_start,
            window_end=plan.window_end,
            covered=solution.covered,
            distance_m=solution.distance,
            new_partnerships=solution.new_partnerships,
            shortfall_total=sum(plan.instance.shortfall),
            spare_total=sum(plan.instance.capacity),
            solve_ms=solve_ms,
            inputs={
                "communities": {str(k): v for k, v in plan.community_inputs.items()},
                "units": {str(k): v for k, v in plan.unit_inputs.items()},
            },
            created_by=by if by is not None and by.is_authenticated else None,
        )
        Assignment.objects.bulk_create(
            Assignment(
                proposal=proposal,
                unit=plan.units[plan.instance.arcs[index].unit],
                community=plan.communities[plan.instance.arcs[index].community],
                members=members,
                distance_m=plan.instance.arcs[index].distance,
                partnered=plan.instance.arcs[index].existing,
            )
            for index, members in sorted(solution.flows.items())
        )
    return proposal


def _lock_draft(proposal: Proposal) -> Proposal:
    proposal = Proposal.objects.select_for_update().get(pk=proposal.pk)
    if proposal.status != Proposal.Status.DRAFT:
        raise Conflict(_("This proposal has already been decided."), code="decided")
    return proposal


def assignment_set(
    *, proposal: Proposal, unit: Organization, community: Organization, members: Any, by: Any
) -> Assignment | None:
    """Edit a draft: send ``members`` from the unit to the community (0 removes the pair).
    A unit never sends more than it has to spare, a community never gets more than it is short
    of, across the whole proposal."""
    _check(by, proposal.district)
    try:
        members = int(members)
    except (TypeError, ValueError):
        members = -1
    if members < 0:
        raise InvalidInput(_("A whole number of members."), fields={"members": _("Not a number.")})
    with transaction.atomic():
        proposal = _lock_draft(proposal)
        inputs = proposal.inputs
        unit_in = inputs.get("units", {}).get(str(unit.pk))
        community_in = inputs.get("communities", {}).get(str(community.pk))
        if unit_in is None or unit.kind != Organization.Kind.UNIT:
            raise InvalidInput(
                _("Not a unit of this district."), fields={"unit": _("Not in the plan.")}
            )
        if community_in is None or community.kind != Organization.Kind.COMMUNITY:
            raise InvalidInput(
                _("Not a community of this district."),
                fields={"community": _("Not in the plan.")},
            )
        others = proposal.assignments.exclude(unit=unit, community=community)
        sent = sum(a.members for a in others if a.unit_id == unit.pk)
        received = sum(a.members for a in others if a.community_id == community.pk)
        if sent + members > unit_in["spare"]:
            raise InvalidInput(
                _("%(unit)s has %(spare)d members to spare, %(sent)d of them already proposed.")
                % {"unit": unit.name, "spare": unit_in["spare"], "sent": sent},
                fields={"members": _("More than the unit can spare.")},
            )
        if received + members > community_in["shortfall"]:
            raise InvalidInput(
                _("%(community)s is short of %(short)d, %(got)d of them already covered.")
                % {
                    "community": community.name,
                    "short": community_in["shortfall"],
                    "got": received,
                },
                fields={"members": _("More than the community is short of.")},
            )
        existing = proposal.assignments.filter(unit=unit, community=community).first()
        Proposal.objects.filter(pk=proposal.pk).update(edited=True)
        if members == 0:
            if existing is not None:
                existing.delete()
            return None
        metres = planning.distance_m(unit, community) or 0
        partnered = Partnership.objects.filter(unit=unit, community=community).exists()
        assignment, _created = Assignment.objects.update_or_create(
            proposal=proposal,
            unit=unit,
            community=community,
            defaults={"members": members, "distance_m": metres, "partnered": partnered},
        )
        return assignment


def proposal_approve(*, proposal: Proposal, by: Any = None) -> Proposal:
    """Each assignment becomes a partnership (when there is none) and orders (订单式) to the
    unit: places of the community's open needs in the window not yet taken, moved to the unit
    in start order; the units' admins are told."""
    from jinlin.members.models import RoleAssignment
    from jinlin.needs import services as need_services
    from jinlin.needs.models import Need
    from jinlin.notifications.models import Notification
    from jinlin.notifications.services import notify
    from jinlin.organizations import services as org_services

    _check(by, proposal.district)
    with transaction.atomic():
        proposal = _lock_draft(proposal)
        partnerships: list[int] = []
        needs: list[int] = []
        unplaced = 0
        untold: list[int] = []  # units with no admin account: told by nobody
        now = timezone.now()
        for assignment in proposal.assignments.select_related("unit", "community"):
            unit, community = assignment.unit, assignment.community
            if not Partnership.objects.filter(unit=unit, community=community).exists():
                partnership = org_services.partnership_create(
                    unit=unit,
                    community=community,
                    since=timezone.localdate(),
                    note=_("Cloud map (党群云图) rebalancing #%(id)d") % {"id": proposal.pk},
                )
                partnerships.append(partnership.pk)
            remaining = assignment.members
            open_needs = Need.objects.filter(
                community=community,
                status=Need.Status.PUBLISHED,
                mode=Need.Mode.OPEN,
                starts_at__gt=now,
                starts_at__lt=proposal.window_end,
            ).order_by("starts_at", "id")
            for need in open_needs:
                if remaining == 0:
                    break
                free = need.slots - need.confirmed_count
                take = min(remaining, free)
                if take <= 0:
                    continue
                order = need_services.need_publish(
                    community=community,
                    title=need.title,
                    category=need.category,
                    place=need.place,
                    starts_at=need.starts_at,
                    ends_at=need.ends_at,
                    slots=take,
                    mode=Need.Mode.ORDER,
                    unit=unit,
                    metrics=need.metrics,
                    grace_minutes=need.grace_minutes,
                    description=need.description,
                    longitude=need.longitude,
                    latitude=need.latitude,
                )
                needs.append(order.pk)
                if take == need.slots and need.confirmed_count + need.waitlisted_count == 0:
                    need_services.need_cancel(
                        need=need,
                        reason=_("Ordered from %(unit)s (党群云图 rebalancing).")
                        % {"unit": unit.name},
                    )
                else:
                    need_services.need_set_slots(need=need, slots=need.slots - take)
                remaining -= take
            unplaced += remaining
            admins = RoleAssignment.objects.filter(
                role=RoleAssignment.Role.UNIT_ADMIN, organization=unit
            ).values_list("user_id", flat=True)
            if not admins and unit.pk not in untold:
                untold.append(unit.pk)
            notify(
                user_ids=list(admins),
                kind=Notification.Kind.DISPATCHED,
                message=gettext_noop(
                    "The district asks your unit to support %(community)s with %(members)s "
                    "members in the coming %(weeks)s weeks (党群云图)."
                ),
                params={
                    "community": community.name,
                    "members": assignment.members,
                    "weeks": proposal.weeks,
                },
                url="/needs/manage/",
            )
        proposal.status = Proposal.Status.APPROVED
        proposal.decided_by = by if by is not None and by.is_authenticated else None
        proposal.decided_at = timezone.now()
        proposal.outcome = {
            "partnerships": partnerships, "needs": needs, "unplaced": unplaced, "untold": untold
        }
        proposal.save(update_fields=["status", "decided_by", "decided_at", "outcome"])
    return proposal


def proposal_discard(*, proposal: Proposal, by: Any = None) -> Proposal:
    _check(by, proposal.district)
    with transaction.atomic():
        proposal = _lock_draft(proposal)
        proposal.status = Proposal.Status.DISCARDED
        proposal.decided_by = by if by is not None and by.is_authenticated else None
        proposal.decided_at = timezone.now()
        proposal.save(update_fields=["status", "decided_by", "decided_at"])
    return proposal


def objective_of(proposal: Proposal) -> dict[str, int]:
    """The proposal's figures as it stands now (after edits)."""
    rows = list(proposal.assignments.all())
    return {
        "covered": sum(a.members for a in rows),
        "distance": sum(a.members * a.distance_m for a in rows),
        "new_partnerships": sum(1 for a in rows if not a.partnered),
    }
