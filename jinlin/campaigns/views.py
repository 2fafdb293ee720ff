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
from django.views.decorators.http import require_POST

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
        raise PermissionDenied(_("Only the admins of the campaign's organization change it."))
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
            "plans": campaign.plans.select_related("organization"),
            "coverage": services.plan_coverage(campaign),
            "planners": _planners(request, campaign),
            "today": timezone.localdate(),
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


# 活动方案 and 宣传 ----------------------------------------------------------------------------

PLAN_KINDS: list[str] = [Organization.Kind.STREET, Organization.Kind.COMMUNITY,
                         Organization.Kind.UNIT, Organization.Kind.BRANCH]  # fmt: skip


def _planners(request: HttpRequest, campaign: Campaign) -> list[Organization]:
    """Organizations under the campaign's the caller administers: each may adopt a plan."""
    return [
        org
        for org in access.organizations_administered(request.user, PLAN_KINDS, limit=500)
        if org.path.startswith(campaign.organization.path)
    ]


@login_required
@require_POST
def campaign_plan(request: HttpRequest, pk: int) -> HttpResponse:
    """An organization under the campaign's adopts its 活动方案."""
    campaign = get_object_or_404(services.campaigns_visible(request.user), pk=pk)
    organization = next(
        (o for o in _planners(request, campaign) if str(o.pk) == request.POST.get("organization")),
        None,
    )
    if organization is None:
        messages.error(request, _("Choose an organization you administer under the campaign's."))
        return redirect("campaign-detail", pk=campaign.pk)
    try:
        adopted = (dt.date.fromisoformat(request.POST["adopted_on"])
                   if request.POST.get("adopted_on") else None)  # fmt: skip
    except ValueError:
        adopted = None
    try:
        services.plan_save(
            campaign=campaign, organization=organization, title=request.POST.get("title", ""),
            summary=request.POST.get("summary", ""), adopted_on=adopted, by=request.user,
        )  # fmt: skip
    except ServiceError as error:
        messages.error(request, _error_text(error))
    else:
        messages.success(request, _("The plan of %(org)s was recorded.")
                         % {"org": organization.name})  # fmt: skip
    return redirect("campaign-detail", pk=campaign.pk)


def _error_text(error: ServiceError) -> str:
    """The message, and which fields are at fault."""
    if error.fields:
        return f"{error.message} " + "；".join(f"{k}: {v}" for k, v in error.fields.items())
    return error.message


@login_required
def publicity(request: HttpRequest) -> HttpResponse:
    """宣传: what the caller's organizations did to spread the word, and a new record."""
    from jinlin.campaigns.models import Publicity

    if not access.scope_of(request.user).can_read_tree:
        raise PermissionDenied
    mine = access.organizations_administered(
        request.user, [*PLAN_KINDS, Organization.Kind.DISTRICT], limit=500
    )
    if request.method == "POST":
        organization = next(
            (o for o in mine if str(o.pk) == request.POST.get("organization")), None
        )
        campaign = (services.campaigns_visible(request.user)
                    .filter(pk=request.POST.get("campaign") or 0).first()
                    if (request.POST.get("campaign") or "").isdigit() else None)  # fmt: skip
        try:
            if organization is None:
                raise InvalidInput(_("Choose an organization you administer."),
                                   fields={"organization": _("Required.")})  # fmt: skip
            try:
                date = (dt.date.fromisoformat(request.POST["date"])
                        if request.POST.get("date") else None)  # fmt: skip
            except ValueError:
                date = None
            services.publicity_record(
                organization=organization, channel=request.POST.get("channel", ""), date=date,
                title=request.POST.get("title", ""), reach=request.POST.get("reach"),
                campaign=campaign, by=request.user,
            )  # fmt: skip
        except ServiceError as error:
            messages.error(request, _error_text(error))
        else:
            messages.success(request, _("Recorded."))
            return redirect("campaign-publicity")
    rows = Publicity.objects.filter(access.of_organizations_in_reach(request.user)).filter(
        organization__in=access.organizations_visible(request.user)
    ).select_related("organization", "campaign")[:200]
    return render(
        request,
        "campaigns/publicity.html",
        {"rows": rows, "mine": mine, "channels": Publicity.Channel.choices,
         "campaigns": services.campaigns_visible(request.user).order_by("-start")[:50],
         "today": timezone.localdate()},
    )  # fmt: skip
