"""Pages of 异议: the member raises one from 我的时长; the community answers at /disputes/."""

from __future__ import annotations

import datetime as dt

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from jinlin.core.errors import ServiceError
from jinlin.core.http import paginate, param_id
from jinlin.members import access as member_access
from jinlin.members.models import Member, Registration
from jinlin.organizations.models import Organization
from jinlin.service import disputes
from jinlin.service.models import Dispute, ServiceRecord


def _error(error: ServiceError) -> str:
    return " ".join([error.message, *[str(v) for v in (error.fields or {}).values()]])


def _member(request: HttpRequest) -> Member:
    member_id = member_access.member_id_of(request.user)
    if member_id is None:
        raise PermissionDenied(_("Your account is not linked to a member record."))
    return Member.objects.get(pk=member_id)


@login_required
@require_POST
def dispute_record(request: HttpRequest, pk: int) -> HttpResponse:
    """From 我的时长: this record is wrong."""
    member = _member(request)
    record = ServiceRecord.objects.filter(pk=pk, member=member).first()
    if record is None:
        raise Http404
    try:
        disputes.dispute_raise(member=member, record=record, reason=request.POST.get("reason"),
                               hours=request.POST.get("hours"))  # fmt: skip
    except ServiceError as error:
        messages.error(request, _error(error))
    else:
        messages.success(request, _("Your dispute was sent to the community that recorded it."))
    return redirect("my-hours")


@login_required
@require_POST
def dispute_missing(request: HttpRequest) -> HttpResponse:
    """From 我的时长: a record of my service is missing."""
    member = _member(request)
    community = Organization.objects.filter(
        pk=param_id(request, "community") or 0,
        registrations__member=member,
        registrations__status=Registration.Status.CONFIRMED,
    ).first()
    try:
        day = dt.date.fromisoformat(request.POST.get("date") or "")
    except ValueError:
        day = None
    try:
        disputes.dispute_raise(member=member, community=community, date=day,
                               reason=request.POST.get("reason"),
                               hours=request.POST.get("hours"))  # fmt: skip
    except ServiceError as error:
        messages.error(request, _error(error))
    else:
        messages.success(request, _("Your dispute was sent to the community."))
    return redirect("my-hours")


@login_required
def dispute_list(request: HttpRequest) -> HttpResponse:
    """The community's disputes: open ones first, each answered here."""
    scope = member_access.scope_of(request.user)
    if not scope.community_admin_ids and not scope.superuser:
        raise PermissionDenied(_("Only community admins answer disputes."))
    if request.method == "POST":
        dispute = disputes.disputes_visible(request.user).filter(
            pk=param_id(request, "dispute") or 0
        ).first()
        if dispute is None:
            raise Http404
        try:
            disputes.dispute_resolve(
                dispute=dispute, decision=request.POST.get("decision", ""),
                reason=request.POST.get("reason"), hours=request.POST.get("hours"),
                by=request.user,
            )  # fmt: skip
        except ServiceError as error:
            messages.error(request, _error(error))
        else:
            messages.success(request, _("Answered; the member has been told."))
        return redirect("dispute-list")
    rows = (
        disputes.disputes_visible(request.user)
        .select_related("member", "record", "community")
        .order_by("status", "due_by", "-id")
    )
    return render(
        request,
        "service/disputes.html",
        {"page": paginate(request, rows, 30), "open": Dispute.Status.OPEN,
         "today": timezone.localdate()},
    )  # fmt: skip
