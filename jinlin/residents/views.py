"""Pages for residents (no account needed: a one-time code confirms the phone), for the
community handling requests and wishes, and the public wall of fulfilled wishes."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.dateparse import parse_date
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from jinlin.core import sms
from jinlin.core.errors import ServiceError
from jinlin.core.http import paginate, param_id
from jinlin.members import access as member_access
from jinlin.members.auth import client_address
from jinlin.members.models import Member
from jinlin.organizations.models import Organization
from jinlin.residents import services
from jinlin.residents.access import wishes_visible
from jinlin.residents.models import ResidentRequest, Wish

SESSION_PHONE = "jinlin_verified_phone"
Kind = Organization.Kind


def _signed_in_member(request: HttpRequest) -> Member | None:
    member_id = member_access.member_id_of(request.user)
    return (
        Member.objects.select_related("community").filter(pk=member_id).first()
        if member_id
        else None
    )


# The resident's side --------------------------------------------------------------------


def request_new(request: HttpRequest) -> HttpResponse:
    """居民点单 from a phone: signed in, or with a phone confirmed by a one-time code."""
    member = _signed_in_member(request) if request.user.is_authenticated else None
    phone = member.phone if member and member.phone else request.session.get(SESSION_PHONE)
    streets = Organization.objects.filter(kind=Kind.STREET).order_by("code")
    communities = (
        Organization.objects.filter(kind=Kind.COMMUNITY).select_related("parent").order_by("code")
    )
    context: dict[str, Any] = {
        "phone": phone,
        "member": member,
        "streets": streets,
        "communities": communities,
        "post": request.POST,
        "errors": {},
        "code_sent": False,
        "sms_available": sms.available(),
        "code_phone": request.POST.get("phone", ""),
    }
    action = request.POST.get("action")
    if request.method == "POST" and action == "send_code":
        try:
            code = services.phone_code_send(
                phone=request.POST.get("phone", ""), client=client_address(request)
            )
        except ServiceError as error:
            context["errors"] = error.fields or {"phone": error.message}
        else:
            context["code_sent"] = True
            context["code_phone"] = request.POST.get("phone", "")
            if settings.DEBUG:  # a trial without a text-message gateway shows the code
                context["demo_code"] = code
    elif request.method == "POST" and action == "verify_code":
        try:
            verified = services.phone_code_verify(
                phone=request.POST.get("phone", ""), code=request.POST.get("code", "")
            )
        except ServiceError as error:
            context["errors"] = error.fields or {"code": error.message}
            context["code_sent"] = True
            context["code_phone"] = request.POST.get("phone", "")
        else:
            request.session[SESSION_PHONE] = verified
            context["phone"] = verified
    elif request.method == "POST" and action == "submit":
        if not phone:
            raise PermissionDenied(_("Confirm your phone first."))
        community = Organization.objects.filter(
            pk=param_id(request, "community") or 0, kind=Kind.COMMUNITY
        ).first()
        try:
            created = services.request_submit(
                community=community or Organization(kind="none"),
                title=request.POST.get("title", ""),
                details=request.POST.get("details", ""),
                place=request.POST.get("place", ""),
                wanted_on=parse_date(request.POST.get("wanted_on") or "") or None,
                name=request.POST.get("name", "") or (member.name if member else ""),
                phone=phone,
                photo=request.FILES.get("photo"),
                user=request.user if request.user.is_authenticated else None,
                minor=request.POST.get("minor") == "on",
                guardian_name=request.POST.get("guardian_name", ""),
                guardian_phone=request.POST.get("guardian_phone", ""),
                guardian_code=request.POST.get("guardian_code", ""),
            )
        except (ServiceError, ValueError) as error:
            context["errors"] = getattr(error, "fields", {}) or {
                "title": getattr(error, "message", str(error))
            }
        else:
            return redirect("request-track", token=created.tracking_token)
    status = 400 if context["errors"] else 200
    return render(request, "residents/request_new.html", context, status=status)


def request_track(request: HttpRequest, token: str) -> HttpResponse:
    """The resident follows the request to the end, and rates the service."""
    item = get_object_or_404(
        ResidentRequest.objects.select_related("community", "need", "merged_into__need", "rating"),
        tracking_token=token,
    )
    need = item.effective_need()
    if request.method == "POST":
        try:
            services.request_rate(
                request=item,
                stars=request.POST.get("stars"),
                comment=request.POST.get("comment", ""),
            )
        except ServiceError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("Thank you for your rating."))
        return redirect("request-track", token=token)
    progress = None
    if need is not None:
        from jinlin.service.selectors import need_progress

        progress = need_progress(need)
    rating = getattr(item, "rating", None) if hasattr(item, "rating") else None
    return render(
        request,
        "residents/request_track.html",
        {
            "item": item,
            "need": need,
            "progress": progress,
            "rating": rating,
            "can_rate": rating is None and services.request_served(item),
        },
    )


@login_required
def my_requests(request: HttpRequest) -> HttpResponse:
    rows = ResidentRequest.objects.filter(requester_user_id=request.user.pk).select_related("need")
    return render(request, "residents/my_requests.html", {"rows": rows})


# The community's side -----------------------------------------------------------------------


def _visible_requests(request: HttpRequest) -> Any:
    scope = member_access.scope_of(request.user)
    if not scope.can_read_tree:
        raise PermissionDenied
    return ResidentRequest.objects.filter(
        scope.org_q("community", member_access.READ_ROLES)
    ).select_related("community", "need")


@login_required
def request_manage(request: HttpRequest) -> HttpResponse:
    rows = _visible_requests(request)
    status = request.GET.get("status", "submitted")
    if status in ResidentRequest.Status.values:
        rows = rows.filter(status=status)
    return render(
        request,
        "residents/request_manage.html",
        {
            "page": paginate(request, rows, 30),
            "status": status,
            "statuses": ResidentRequest.Status.choices,
            "mine": member_access.scope_of(request.user).community_admin_ids,
        },
    )


@login_required
def request_detail(request: HttpRequest, pk: int) -> HttpResponse:
    item = get_object_or_404(_visible_requests(request), pk=pk)
    can_decide = item.community_id in member_access.scope_of(request.user).community_admin_ids
    similar = (
        ResidentRequest.objects.filter(community=item.community)
        .exclude(pk=item.pk)
        .exclude(status__in=[ResidentRequest.Status.DECLINED, ResidentRequest.Status.MERGED])
        .order_by("-created_at")[:20]
    )
    if request.method == "POST" and can_decide:
        action = request.POST.get("action")
        try:
            if action == "accept":  # one click: publish the prefilled need as it is
                need = services.request_accept(request=item, by=request.user)
                messages.success(request, _("Published; the resident can follow it."))
                return redirect("need-detail", pk=need.pk)
            if action == "guardian":
                services.request_guardian_consent(request=item, by=request.user)
                messages.success(request, _("The guardian's consent was recorded."))
            if action == "merge":
                into = get_object_or_404(ResidentRequest, pk=param_id(request, "into") or 0)
                services.request_merge(request=item, into=into, by=request.user)
            elif action == "decline":
                services.request_decline(
                    request=item, reason=request.POST.get("reason", ""), by=request.user
                )
            elif action == "wish":
                services.wish_post(
                    community=item.community,
                    title=item.title,
                    beneficiary=item.requester_name,
                    story=item.details,
                    request=item,
                    by=request.user,
                )
                messages.success(request, _("Posted as a small wish."))
                return redirect("wish-manage")
            else:
                raise Http404
        except ServiceError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("Saved; the resident can see it."))
        return redirect("request-detail", pk=item.pk)
    return render(
        request,
        "residents/request_detail.html",
        {
            "item": item,
            "can_decide": can_decide,
            "similar": similar,
            "accept_url": f"{reverse('need-create')}?from_request={item.pk}&community="
            f"{item.community_id}",
        },
    )


# Wishes -----------------------------------------------------------------------------------


def wish_wall(request: HttpRequest) -> HttpResponse:
    """Public: wishes fulfilled, names masked."""
    rows = (
        Wish.objects.filter(status=Wish.Status.CONFIRMED)
        .select_related("community", "claimed_by")
        .order_by("-confirmed_at")
    )
    return render(request, "residents/wish_wall.html", {"page": paginate(request, rows, 24)})


@login_required
def wish_list(request: HttpRequest) -> HttpResponse:
    """Members: open wishes they may take, and their own."""
    member = _signed_in_member(request)
    if member is None:
        raise PermissionDenied(_("Your account is not linked to a member record."))
    from jinlin.needs.access import claimable_community_ids

    open_wishes = Wish.objects.filter(
        status=Wish.Status.OPEN, community_id__in=claimable_community_ids(member)
    )
    mine = Wish.objects.filter(claimed_by=member).exclude(status=Wish.Status.WITHDRAWN)
    return render(request, "residents/wish_list.html", {"open": open_wishes, "mine": mine})


@login_required
@require_POST
def wish_act(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    wish = get_object_or_404(wishes_visible(request.user), pk=pk)
    try:
        if action == "claim":
            member = _signed_in_member(request)
            if member is None:
                raise PermissionDenied
            services.wish_claim(wish=wish, member=member, by=request.user)
        elif action == "fulfil":
            services.wish_fulfil(
                wish=wish,
                photo=request.FILES.get("photo"),
                note=request.POST.get("note", ""),
                by=request.user,
            )
        elif action == "confirm":
            services.wish_confirm(wish=wish, by=request.user)
        elif action == "withdraw":
            services.wish_withdraw(wish=wish, by=request.user)
        else:
            raise Http404
    except ServiceError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Saved."))
    # The community acts from its list, members from theirs.
    return redirect("wish-manage" if action in ("confirm", "withdraw") else "wish-list")


@login_required
def wish_manage(request: HttpRequest) -> HttpResponse:
    mine = member_access.scope_of(request.user).community_admin_ids
    if not mine:
        raise PermissionDenied(_("Community admins post wishes."))
    if request.method == "POST":
        community = Organization.objects.filter(
            pk=param_id(request, "community") or mine[0]
        ).first()
        try:
            if community is None or community.pk not in mine:
                raise PermissionDenied
            services.wish_post(
                community=community,
                title=request.POST.get("title", ""),
                beneficiary=request.POST.get("beneficiary", ""),
                story=request.POST.get("story", ""),
                by=request.user,
            )
        except ServiceError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("Wish posted."))
        return redirect("wish-manage")
    rows = Wish.objects.filter(community_id__in=mine).select_related("claimed_by")
    return render(
        request,
        "residents/wish_manage.html",
        {"rows": rows, "communities": Organization.objects.filter(pk__in=mine)},
    )
