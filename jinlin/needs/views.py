"""Pages for needs: members find and claim them on a phone; communities publish and manage
them; unit admins dispatch members for orders."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from django.views.decorators.http import require_POST

from jinlin.core.errors import ServiceError
from jinlin.core.http import (
    add_service_error,
    file_response,
    paginate,
    paper_name,
    parse_id,
    redirect_back,
)
from jinlin.core.site import public_url
from jinlin.members import access as member_access
from jinlin.members.models import Member
from jinlin.members.pickers import picker_results
from jinlin.needs import access, selectors, services
from jinlin.needs.forms import CancelForm, DispatchForm, NeedForm
from jinlin.needs.models import CalendarFeed, Claim, Need
from jinlin.organizations.models import Organization


def _own_member(request: HttpRequest) -> Member | None:
    member_id = member_access.scope_of(request.user).member_id
    if member_id is None:
        return None
    return Member.objects.select_related("community", "branch").get(pk=member_id)


# Members ---------------------------------------------------------------------------------


@login_required
def need_list(request: HttpRequest) -> HttpResponse:
    """A member's list: needs they may claim, nearest and soonest first."""
    member = _own_member(request)
    if member is None:
        return redirect("need-manage")
    rows = selectors.claimable_needs_for(member)
    held = selectors.active_claims_by_need(member, [need.pk for need, _km in rows])
    cards = [(need, km, held.get(need.pk)) for need, km in rows]
    return render(request, "needs/need_list.html", {"rows": cards, "member": member})


@login_required
def my_claims(request: HttpRequest) -> HttpResponse:
    member = _own_member(request)
    if member is None:
        raise PermissionDenied(_("Your account is not linked to a member record."))
    from jinlin.service.models import Attendance
    from jinlin.service.selectors import claim_state

    claims = list(selectors.member_claims(member)[:200])
    attendance = {a.claim_id: a for a in Attendance.objects.filter(claim__in=claims)}
    now = timezone.now()
    rows = [
        {
            "claim": c,
            "attendance": attendance.get(c.pk),
            "state": claim_state(c, attendance.get(c.pk)),
            "upcoming": c.need.ends_at > now,
        }
        for c in claims
    ]
    from jinlin.needs.calendar import feed_of

    feed = feed_of(member)
    return render(
        request,
        "needs/my_claims.html",
        {
            "upcoming": [r for r in rows if r["upcoming"]],
            "past": [r for r in rows if not r["upcoming"]],
            "feed_url": public_url(reverse("calendar-feed", args=[feed.secret]), request)
            if feed
            else "",
        },
    )


@login_required
def my_calendar(request: HttpRequest) -> HttpResponse:
    """The member starts, renews or ends their private calendar address."""
    from jinlin.needs.calendar import feed_end, feed_renew

    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    member = _own_member(request)
    if member is None:
        raise PermissionDenied(_("Your account is not linked to a member record."))
    if request.POST.get("action") == "end":
        feed_end(member=member)
        messages.success(request, _("Your calendar address was ended; it shows nothing now."))
    else:
        feed_renew(member=member)
        messages.success(
            request,
            _("Your calendar address is ready. Add it to your phone's calendar as a "
              "subscription; an older address no longer works."),
        )  # fmt: skip
    return redirect("my-claims")


def calendar_feed(request: HttpRequest, secret: str) -> HttpResponse:
    """A member's claims as a calendar, for whoever holds the secret address (a phone's
    calendar app, which cannot sign in)."""
    from jinlin.needs.calendar import feed_by_secret, member_feed_ics

    feed = feed_by_secret(secret)
    if feed is None:
        raise Http404
    CalendarFeed.objects.filter(pk=feed.pk).update(last_read_at=timezone.now())
    body = member_feed_ics(
        feed.member_id,
        _("Jinlin: my service"),
        lambda need: public_url(reverse("need-detail", args=[need.pk]), request),
    )
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Cache-Control"] = "private, max-age=900"
    return response


@login_required
def need_detail(request: HttpRequest, pk: int) -> HttpResponse:
    need = get_object_or_404(
        access.needs_visible(request.user).select_related("community", "unit", "team"), pk=pk
    )
    member = _own_member(request)
    claim = None
    refusal = None
    if member is not None:
        claim = (
            need.claims.filter(member=member)
            .exclude(status=Claim.Status.CANCELLED)
            .order_by("-id")
            .first()
        )
        refusal = access.claim_refusal(member, need)
    from jinlin.service.models import Attendance
    from jinlin.service.selectors import claim_state, need_outcomes, need_progress

    attendance = Attendance.objects.filter(claim=claim).first() if claim else None

    ratings = list(need.ratings.select_related("request").order_by("-created_at"))

    return render(
        request,
        "needs/need_detail.html",
        {
            "need": need,
            "claim": claim,
            "claim_state": claim_state(claim, attendance) if claim else "",
            "attendance": attendance,
            "refusal": refusal,
            "can_manage": access.can_manage_need(request.user, need),
            "sent_messages": list(need.messages.all()[:5])
            if access.can_manage_need(request.user, need)
            else [],
            "can_dispatch": access.can_dispatch(request.user, need),
            "dispatched": _dispatched(request, need),
            "outcomes": [
                (label, unit, need_outcomes(need).get(key, 0))
                for key, label, unit in need.metric_choices()
            ],
            "progress": need_progress(need),
            "phase": need.phase(),
            "cancel_form": CancelForm(),
            "ratings": ratings,
            "rating_average": sum(r.stars for r in ratings) / len(ratings) if ratings else None,
            "requests": need.resident_requests.all()
            if access.can_manage_need(request.user, need)
            else [],
        },
    )


@login_required
@require_POST
def need_claim(request: HttpRequest, pk: int) -> HttpResponse:
    need = get_object_or_404(access.needs_visible(request.user), pk=pk)
    member = _own_member(request)
    if member is None:
        raise PermissionDenied(_("Your account is not linked to a member record."))
    try:
        claim = services.claim_create(need=need, member=member, by=request.user)
    except ServiceError as error:
        messages.error(request, error.message)
    else:
        if claim.status == Claim.Status.CONFIRMED:
            messages.success(request, _("You are confirmed. Scan the site code when you arrive."))
        else:
            messages.info(
                request,
                _(
                    "The need is full; you are on the waitlist and will be "
                    "told if a place opens up."
                ),
            )
    return redirect("need-detail", pk=need.pk)


@login_required
@require_POST
def claim_cancel(request: HttpRequest, pk: int) -> HttpResponse:
    claim = get_object_or_404(Claim.objects.select_related("need", "member"), pk=pk)
    if not access.can_cancel_claim(request.user, claim):
        raise PermissionDenied
    try:
        services.claim_cancel(claim=claim, by=request.user)
    except ServiceError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("The claim was cancelled."))
    return redirect_back(request, "need-detail", pk=claim.need_id)


@login_required
def claim_calendar(request: HttpRequest, pk: int) -> HttpResponse:
    """An .ics file, so the claim lands in the phone's calendar."""
    claim = get_object_or_404(Claim.objects.select_related("need", "need__community"), pk=pk)
    scope = member_access.scope_of(request.user)
    if scope.member_id != claim.member_id and not access.can_manage_need(request.user, claim.need):
        raise PermissionDenied
    need = claim.need
    from jinlin.needs.calendar import claim_ics

    return file_response(
        claim_ics(claim, public_url(f"/needs/{need.pk}/", request)),
        filename=paper_name(need.title, ext="ics"),
    )



# Community admins ------------------------------------------------------------------------


def _managed_communities(request: HttpRequest) -> list[Organization]:
    return list(member_access.administered_communities(request.user))


def _managed_needs(request: HttpRequest) -> tuple[Any, str, str]:
    """The needs an admin's list shows, filtered as asked: (needs, status, query)."""
    scope = member_access.scope_of(request.user)
    if not scope.can_read_tree:
        raise PermissionDenied
    needs = access.needs_visible(request.user).select_related("community", "unit", "team")
    status = request.GET.get("status", "current")
    if status in selectors.WHEN:
        needs = selectors.needs_when(needs, status)
    elif status == "to_accept":
        from jinlin.service.work import awaiting_acceptance

        waiting = awaiting_acceptance(scope.community_admin_ids).values("claim__need_id")
        needs = needs.filter(pk__in=waiting)
    elif status in Need.Status.values:
        needs = needs.filter(status=status)
    else:
        status = "all"
    query = request.GET.get("q", "").strip()
    if query:
        needs = needs.filter(Q(title__contains=query) | Q(place__contains=query))
    if status in selectors.WHEN:
        return needs, status, query  # in the order ``needs_when`` gives
    return needs.order_by("-starts_at", "id"), status, query


def _dispatched(request: HttpRequest, need: Need) -> list[dict[str, Any]]:
    """For whoever fills an order: the members sent and where each stands."""
    if not access.can_dispatch(request.user, need):
        return []
    from jinlin.service.selectors import claim_state, need_roster

    rows = need_roster(need)
    return [{**row, "state": claim_state(row["claim"], row["attendance"])} for row in rows]


@login_required
def need_manage(request: HttpRequest) -> HttpResponse:
    """The community's needs (and, for unit admins, the orders addressed to their unit)."""
    needs, status, query = _managed_needs(request)
    page = paginate(request, needs, per_page=30)
    return render(
        request,
        "needs/need_manage.html",
        {
            "page": page,
            "status": status,
            "q": query,
            "can_publish": bool(_managed_communities(request)),
            "managed": {c.pk for c in _managed_communities(request)},
            "dispatchable": {
                n.pk for n in page.object_list if access.can_dispatch(request.user, n)
            },
        },
    )


@login_required
def need_create(request: HttpRequest) -> HttpResponse:
    communities = _managed_communities(request)
    if not communities:
        raise PermissionDenied(_("Only community admins publish needs."))
    community = communities[0]
    if request.GET.get("community") or request.POST.get("community"):
        chosen = request.POST.get("community") or request.GET.get("community")
        community = next((c for c in communities if str(c.pk) == chosen), community)
    start = timezone.localtime().replace(minute=0, second=0, microsecond=0) + dt.timedelta(days=1)
    initial: dict[str, object] = {
        "starts_at": start.replace(hour=9),
        "ends_at": start.replace(hour=11),
        "metrics": ["people"],
    }
    visit = _visit_for_need(request, community)
    resident_request = _request_for_need(request, community)
    if resident_request is not None:
        from jinlin.residents.services import need_fields_from

        prefill = need_fields_from(resident_request)
        initial.update({k: v for k, v in prefill.items() if k not in ("unit", "mode")})
    if visit is not None:
        household = visit.pairing.household
        initial.update(
            title=_("Help: %(need)s") % {"need": visit.need_raised[:60]},
            category="assistance",
            place=household.masked_address,
            description=visit.need_raised,
            slots=2,
            metrics=["households"],
        )
    form = NeedForm(request.POST or None, community=community, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            if resident_request is not None:
                from jinlin.residents.services import request_accept

                need = request_accept(
                    request=resident_request, by=request.user, **form.service_fields()
                )
            else:
                need = services.need_publish(
                    community=community, by=request.user, **form.service_fields()
                )
            if visit is not None:
                from jinlin.care.services import visit_link_need

                visit_link_need(visit=visit, need=need, by=request.user)
        except ServiceError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("Published. Members can claim it now."))
            return redirect("need-detail", pk=need.pk)
    return render(
        request,
        "needs/need_form.html",
        {
            "form": form,
            "community": community,
            "communities": communities,
            "visit": visit,
            "resident_request": resident_request,
        },
    )


@login_required
def need_edit(request: HttpRequest, pk: int) -> HttpResponse:
    need = get_object_or_404(Need.objects.select_related("community", "unit"), pk=pk)
    if not access.can_manage_need(request.user, need):
        raise PermissionDenied
    form = NeedForm(
        request.POST or None, community=need.community, initial=NeedForm.initial_for(need)
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.need_update(need=need, by=request.user, **form.service_fields())
        except ServiceError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("Saved. Members holding a claim were told."))
            return redirect("need-detail", pk=need.pk)
    return render(
        request, "needs/need_form.html", {"form": form, "need": need, "community": need.community}
    )


@login_required
@require_POST
def need_cancel(request: HttpRequest, pk: int) -> HttpResponse:
    need = get_object_or_404(Need, pk=pk)
    if not access.can_manage_need(request.user, need):
        raise PermissionDenied
    try:
        services.need_cancel(need=need, reason=request.POST.get("reason", ""), by=request.user)
    except ServiceError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("The need was cancelled and its members told."))
    return redirect("need-detail", pk=need.pk)


@login_required
@require_POST
def need_message(request: HttpRequest, pk: int) -> HttpResponse:
    need = get_object_or_404(Need.objects.select_related("community"), pk=pk)
    if not access.can_manage_need(request.user, need):
        raise PermissionDenied
    try:
        sent = services.need_message(need=need, text=request.POST.get("text", ""), by=request.user)
    except ServiceError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Sent to %(n)d people (%(t)d of them by text message).")
                         % {"n": sent.recipients, "t": sent.texted})  # fmt: skip
    return redirect("need-detail", pk=need.pk)


def _visit_for_need(request: HttpRequest, community: Organization) -> Any:
    """The visit whose raised need this form turns into a need (``?from_visit=``)."""
    raw = parse_id(request.POST.get("from_visit") or request.GET.get("from_visit"))
    if raw is None:
        return None
    from jinlin.care.models import Visit

    return (
        Visit.objects.select_related("pairing__household")
        .filter(pk=raw, pairing__household__community=community, need__isnull=True)
        .first()
    )


def _request_for_need(request: HttpRequest, community: Organization) -> Any:
    """The resident's request this form answers (``?from_request=``): 社区下单."""
    raw = parse_id(request.POST.get("from_request") or request.GET.get("from_request"))
    if raw is None:
        return None
    from jinlin.residents.models import ResidentRequest

    return ResidentRequest.objects.filter(
        pk=raw, community=community, status=ResidentRequest.Status.SUBMITTED
    ).first()


@login_required
def need_export(request: HttpRequest) -> HttpResponse:
    """需求清单: the needs of the list as filtered, with their claims, hours and outcomes."""
    from jinlin.reports.services import needs_table_xlsx

    needs, status, _query = _managed_needs(request)
    stamp = timezone.localdate().strftime("%Y%m%d")
    name = paper_name(pgettext("file", "Needs table"), status, stamp, ext="xlsx")
    return file_response(needs_table_xlsx(list(needs[:20000])), filename=name)


# Unit admins -----------------------------------------------------------------------------


def _dispatchable_need(request: HttpRequest, pk: int) -> Need:
    need = get_object_or_404(Need.objects.select_related("unit", "team"), pk=pk)
    if not access.can_dispatch(request.user, need):
        raise PermissionDenied(_("Only the ordered unit's admin dispatches members."))
    return need


def _dispatch_candidates(need: Need) -> Any:
    """The order's unit's (or team's) members not already on the need."""
    held = need.claims.filter(status__in=Claim.ACTIVE).values("member_id")
    return access.dispatchable_members(need).exclude(pk__in=held)


@login_required
def dispatch_pick(request: HttpRequest, pk: int) -> HttpResponse:
    return picker_results(request, _dispatch_candidates(_dispatchable_need(request, pk)))


@login_required
def need_dispatch(request: HttpRequest, pk: int) -> HttpResponse:
    need = _dispatchable_need(request, pk)
    form = DispatchForm(
        request.POST or None,
        candidates=_dispatch_candidates(need),
        url=reverse("need-dispatch-pick", args=[need.pk]),
    )
    if request.method == "POST" and form.is_valid():
        chosen = list(form.cleaned_data["members"])
        try:
            services.claims_dispatch(need=need, members=chosen, by=request.user)
        except ServiceError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("%(n)d members dispatched.") % {"n": len(chosen)})
            return redirect("need-detail", pk=need.pk)
    return render(
        request, "needs/need_dispatch.html", {"need": need, "form": form, "free": need.free_slots}
    )
