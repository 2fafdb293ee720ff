"""Campaign pages: the list with progress, a new campaign, one campaign with its targets,
progress chart and what it groups."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from jinlin.campaigns import services
from jinlin.campaigns.models import Campaign
from jinlin.core import charts
from jinlin.core.errors import InvalidInput, ServiceError
from jinlin.core.http import id_list
from jinlin.members import access
from jinlin.organizations.models import Organization


def _managed(request: HttpRequest) -> list[Organization]:
    return access.organizations_administered(
        request.user,
        [Organization.Kind.DISTRICT, Organization.Kind.STREET, Organization.Kind.COMMUNITY],
    )


def _date(value: str, name: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value or "")
    except ValueError:
        raise InvalidInput(_("Write the date as YYYY-MM-DD."),
                           fields={name: _("Not a date.")}) from None  # fmt: skip


def _form(request: HttpRequest, campaign: Campaign | None) -> HttpResponse:
    managed = _managed(request)
    data: dict[str, Any] = request.POST.dict() if request.method == "POST" else {}
    errors: dict[str, str] = {}
    if request.method == "POST":
        org = (
            campaign.organization
            if campaign
            else next((o for o in managed if str(o.pk) == data.get("organization")), None)
        )
        try:
            if org is None:
                raise InvalidInput(_("Choose an organization you administer."),
                                   fields={"organization": _("Not yours.")})  # fmt: skip
            saved = services.campaign_save(
                organization=org, name=data.get("name", ""), kind=data.get("kind", ""),
                start=_date(data.get("start", ""), "start"), end=_date(data.get("end", ""), "end"),
                description=data.get("description", ""),
                targets={k: data.get(f"target_{k}", "") for k in services.target_labels()},
                by=request.user, campaign=campaign,
            )  # fmt: skip
        except ServiceError as error:
            messages.error(request, error.message)
            errors = error.fields
        else:
            messages.success(request, _("The campaign was saved."))
            return redirect("campaign-detail", pk=saved.pk)
    today = timezone.localdate()
    values = {
        "organization": data.get("organization", str(campaign.organization_id) if campaign else ""),
        "name": data.get("name", campaign.name if campaign else ""),
        "kind": data.get("kind", campaign.kind if campaign else Campaign.Kind.HUNDRED_DAYS),
        "start": data.get("start", (campaign.start if campaign else today).isoformat()),
        "end": data.get("end", (campaign.end if campaign else today + dt.timedelta(days=99))
                        .isoformat()),
        "description": data.get("description", campaign.description if campaign else ""),
        "targets": [
            (key, label, unit, data.get(f"target_{key}",
                                        (campaign.targets.get(key, "") if campaign else "")))
            for key, (label, unit) in services.target_labels().items()
        ],
    }  # fmt: skip
    return render(
        request,
        "campaigns/form.html",
        {"campaign": campaign, "managed": managed, "kinds": Campaign.Kind.choices,
         "values": values, "errors": errors},
    )  # fmt: skip


@login_required
def campaign_list(request: HttpRequest) -> HttpResponse:
    if not access.scope_of(request.user).can_read_tree:
        raise PermissionDenied(_("Campaigns are for administrators and supervisors."))
    rows = []
    for campaign in services.campaigns_visible(request.user).select_related("organization")[:100]:
        found = services.progress(campaign)
        rows.append((campaign, services.overall(found), found))
    return render(
        request,
        "campaigns/list.html",
        {"rows": rows, "can_start": bool(_managed(request)), "today": timezone.localdate()},
    )


@login_required
def campaign_create(request: HttpRequest) -> HttpResponse:
    if not _managed(request):
        raise PermissionDenied(_("Only the admins of a district, street or community run "
                                 "campaigns."))  # fmt: skip
    return _form(request, None)


@login_required
def campaign_edit(request: HttpRequest, pk: int) -> HttpResponse:
    campaign = get_object_or_404(services.campaigns_visible(request.user), pk=pk)
    if not services.can_run(request.user, campaign):
        raise PermissionDenied(_("Only the admins of %(org)s change this campaign.")
                               % {"org": campaign.organization.name})  # fmt: skip
    return _form(request, campaign)


@login_required
def campaign_detail(request: HttpRequest, pk: int) -> HttpResponse:
    campaign = get_object_or_404(
        services.campaigns_visible(request.user).select_related("organization"), pk=pk
    )
    found = services.progress(campaign)
    targeted = [p for p in found if p.target]
    # Each target on the same scale: the share of it achieved (hours, 人次 and truckloads
    # differ by orders of magnitude).
    chart = charts.chart(
        categories=[f"{p.label}（{p.unit}）" for p in targeted],
        series=[charts.series(_("% of the target achieved"), [p.percent for p in targeted],
                              color=charts.RED)],
        axes=[{"name": _("% of the target"), "max": 100}],
        horizontal=True,
        legend=False,
    ) if targeted else None  # fmt: skip
    runs = services.can_run(request.user, campaign)
    return render(
        request,
        "campaigns/detail.html",
        {
            "campaign": campaign,
            "progress": found,
            "overall": services.overall(found),
            "chart": chart,
            "runs": runs,
            "needs": campaign.needs.select_related("community").order_by("starts_at"),
            "rounds": campaign.rounds.select_related("organization").order_by("date"),
            "problems": campaign.problems.select_related("organization").order_by("deadline"),
            "candidates": {part: services.candidates(campaign, part) for part in services.PARTS}
            if runs
            else {},
        },
    )


@login_required
def campaign_items(request: HttpRequest, pk: int, part: str) -> HttpResponse:
    """POST: group (or with remove=1 ungroup) the chosen needs, rounds or problems."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    campaign = get_object_or_404(services.campaigns_visible(request.user), pk=pk)
    ids = id_list(request, "id")
    try:
        count = services.campaign_link(campaign=campaign, part=part, ids=ids, by=request.user,
                                       remove=request.POST.get("remove") == "1")  # fmt: skip
    except ServiceError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("%(count)d changed.") % {"count": count})
    return redirect("campaign-detail", pk=campaign.pk)
