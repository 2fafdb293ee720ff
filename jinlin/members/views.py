"""Pages for members (phone-first) and for admins (members, registrations, figures)."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext, pgettext
from django.views.decorators.http import require_POST

from jinlin.core import charts
from jinlin.core.errors import ServiceError
from jinlin.core.http import (
    add_service_error,
    id_list,
    is_htmx,
    next_path,
    paginate,
    param_id,
    redirect_back,
)
from jinlin.members import access, selectors, services
from jinlin.members.auth import sign_in
from jinlin.members.forms import CommunityChoiceForm, DeclineForm, MemberForm, SignInForm
from jinlin.members.models import Member, Registration
from jinlin.organizations.models import Organization, Partnership
from jinlin.posts.models import SKILLS
from jinlin.reports.selectors import member_service_record

Kind = Organization.Kind
Status = Registration.Status


# Signing in ------------------------------------------------------------------------------


def signin(request: HttpRequest) -> HttpResponse:
    next_url = next_path(request)
    form = SignInForm(request.POST or None)
    status = 200
    if request.method == "POST" and form.is_valid():
        try:
            user = sign_in(
                request=request,
                username=form.cleaned_data["username"],
                password=form.cleaned_data["password"],
            )
        except ServiceError as error:
            form.add_error(None, error.message)
            status = error.status if error.status == 429 else 200
        else:
            login(request, user, backend="jinlin.members.auth.UsernameOrPhoneBackend")
            from jinlin.members import mfa

            if mfa.is_required(user):
                target = "mfa-verify" if mfa.factor_of(user) is not None else "mfa-setup"
                return redirect(f"{reverse(target)}?{urlencode({'next': next_url or '/'})}")
            return redirect(next_url or "home")
    return render(request, "members/signin.html", {"form": form, "next": next_url}, status=status)


ELDER_COOKIE = "jinlin_elder"  # 长辈版 of a visitor without an account


@login_required
def account(request: HttpRequest) -> HttpResponse:
    scope = access.scope_of(request.user)
    member = (
        Member.objects.filter(pk=scope.member_id or 0).select_related("branch", "community").first()
    )
    from jinlin.api.models import ApiToken

    tokens = ApiToken.objects.filter(
        user_id=request.user.pk or 0, expires_at__gt=timezone.now()
    ).order_by("-created_at")
    from jinlin.members import mfa
    from jinlin.members.models import Consent

    consents = []
    if member is not None:
        standing = {c.purpose: c for c in member.consents.filter(withdrawn_at__isnull=True)}
        consents = [(value, label, standing.get(value)) for value, label in Consent.Purpose.choices]
    return render(
        request,
        "members/account.html",
        {
            "member": member,
            "scope": scope,
            "tokens": tokens,
            "consents": consents,
            "second_factor": mfa.factor_of(request.user),
        },
    )


def privacy(request: HttpRequest) -> HttpResponse:
    """The privacy notice (个人信息保护法 art. 17), open to everyone."""
    from django.conf import settings

    return render(
        request,
        "members/privacy.html",
        {"version": settings.PRIVACY_NOTICE_VERSION,
         "controller": settings.PRIVACY_CONTROLLER, "contact": settings.PRIVACY_CONTACT,
         "dispute_days": settings.DISPUTE_DAYS,
         "retention_days": getattr(settings, "RETENTION_DAYS", 365)},
    )  # fmt: skip


@require_POST
def elder_mode(request: HttpRequest) -> HttpResponse:
    """Turn 长辈版 on or off: for a member on their record (every device they use), for a
    resident without an account in a cookie of this browser; back to the page."""
    from jinlin.core.http import next_path
    from jinlin.members.services import member_elder_mode_set

    on = request.POST.get("on") == "1"
    if request.user.is_authenticated:
        member_elder_mode_set(member_id=_own_member(request).pk, on=on)
    response = redirect(next_path(request) or "home")
    if not request.user.is_authenticated:
        response.set_cookie(ELDER_COOKIE, "1" if on else "0", max_age=365 * 86400,
                            httponly=True, samesite="Lax", secure=request.is_secure())  # fmt: skip
    return response


@login_required
@require_POST
def account_consent(request: HttpRequest) -> HttpResponse:
    """Give or withdraw a consent (the privacy notice, the ID number, location)."""
    from jinlin.members import privacy as rights

    member = _own_member(request)
    purpose = request.POST.get("purpose", "")
    try:
        if request.POST.get("action") == "withdraw":
            rights.consent_withdraw(member=member, purpose=purpose)
            messages.success(request, _("Your consent was withdrawn."))
        else:
            rights.consent_give(member=member, purpose=purpose)
            messages.success(request, _("Thank you: your consent is recorded."))
    except ServiceError as error:
        messages.error(request, error.message)
    return redirect("account")


@login_required
def account_data(request: HttpRequest) -> HttpResponse:
    """My data: everything Jinlin holds about me, as a workbook (the API gives it as JSON)."""
    from jinlin.core.http import file_response, paper_name
    from jinlin.members import privacy as rights

    member = _own_member(request)
    return file_response(
        rights.member_data_xlsx(member),
        filename=paper_name(pgettext("file", "My data"), member.name, ext="xlsx"),
    )


@login_required
def account_delete(request: HttpRequest) -> HttpResponse:
    """End my account: confirmed with the password; the ledger keeps its rows."""
    from django.contrib.auth import logout

    from jinlin.members import privacy as rights

    member = _own_member(request)
    if request.method == "POST":
        try:
            rights.member_erase(member=member, by=request.user,
                                password=request.POST.get("password", ""))  # fmt: skip
        except ServiceError as error:
            messages.error(request, error.message)
        else:
            logout(request)
            messages.success(request, _("Your account has been ended and your data erased."))
            return redirect("login")
    return render(request, "members/account_delete.html", {"member": member})


@login_required
@require_POST
def account_token_revoke(request: HttpRequest) -> HttpResponse:
    """End one signed-in phone or app (``token``), or all of them."""
    from jinlin.api.security import token_revoke

    token_id = param_id(request, "token")
    count = token_revoke(user=request.user, token_id=token_id)
    messages.success(
        request,
        ngettext("%(n)d device signed out.", "%(n)d devices signed out.", count) % {"n": count},
    )
    return redirect("account")


# The member's own registration --------------------------------------------------------------


def _own_member(request: HttpRequest) -> Member:
    scope = access.scope_of(request.user)
    if scope.member_id is None:
        raise PermissionDenied(_("Your account is not linked to a member record."))
    return Member.objects.select_related("community", "community__parent", "branch").get(
        pk=scope.member_id
    )


@login_required
def my_registration(request: HttpRequest) -> HttpResponse:
    member = _own_member(request)
    registrations = list(selectors.member_registrations(member))
    active = next((r for r in registrations if r.status in Registration.ACTIVE), None)
    street = member.community.parent if member.community else None
    street_id = param_id(request, "street")
    if street_id is not None:
        street = Organization.objects.filter(pk=street_id, kind=Kind.STREET).first() or street
    form = CommunityChoiceForm(
        request.POST or None,
        street=street,
        initial={"street": street, "community": member.community},
    )
    from jinlin.members import privacy as rights

    consented = rights.has_consented(member, "notice")
    consent_error = ""
    if (
        request.method == "POST" and active is None and not consented
        and request.POST.get("consent") != "on"
    ):  # fmt: skip
        consent_error = _("Read the privacy notice and tick that you agree to it.")
    elif request.method == "POST" and active is None and form.is_valid():
        try:
            with transaction.atomic():  # the consent stands only with the registration
                if not consented:
                    rights.consent_give(member=member, purpose="notice")
                services.registration_create_for_member(
                    member=member, community=form.cleaned_data["community"], by=request.user
                )
        except ServiceError as error:
            add_service_error(form, error)
        else:
            messages.success(
                request,
                _("Registered with %(community)s. The community will confirm it soon.")
                % {"community": form.cleaned_data["community"].name},
            )
            return redirect("my-registration")
    return render(
        request,
        "members/my_registration.html",
        {
            "member": member,
            "registrations": registrations,
            "active": active,
            "form": form,
            "skills": SKILLS,
            "consented": consented,
            "consent_error": consent_error,
        },
        status=400 if consent_error else 200,
    )


@login_required
def community_options(request: HttpRequest) -> HttpResponse:
    """The <option>s of a street's communities, for the chained select."""
    street = get_object_or_404(Organization, pk=param_id(request, "street") or 0, kind=Kind.STREET)
    communities = Organization.objects.filter(parent=street, kind=Kind.COMMUNITY).order_by("code")
    return render(request, "members/_community_options.html", {"communities": communities})


@login_required
@require_POST
def registration_withdraw(request: HttpRequest, pk: int) -> HttpResponse:
    registration = get_object_or_404(access.registrations_visible(request.user), pk=pk)
    try:
        services.registration_withdraw(registration=registration, by=request.user)
    except ServiceError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("The registration was withdrawn."))
    if registration.kind == Registration.Kind.UNIT:
        return redirect("unit-registration")
    return redirect("my-registration")


# A unit's registrations -------------------------------------------------------------------


@login_required
def unit_registration(request: HttpRequest) -> HttpResponse:
    units = list(access.administered_units(request.user))
    if not units:
        raise PermissionDenied(_("Only unit admins register units."))
    if request.method == "POST":
        unit = get_object_or_404(Organization, pk=param_id(request, "unit") or 0, kind=Kind.UNIT)
        community = get_object_or_404(
            Organization, pk=param_id(request, "community") or 0, kind=Kind.COMMUNITY
        )
        try:
            services.registration_create_for_unit(unit=unit, community=community, by=request.user)
        except ServiceError as error:
            messages.error(request, error.message)
        else:
            messages.success(
                request,
                _("%(unit)s registered with %(community)s; waiting for the community.")
                % {"unit": unit.name, "community": community.name},
            )
        return redirect("unit-registration")
    rows = []
    for unit in units:
        partners = Partnership.objects.filter(unit=unit).select_related("community__parent")
        regs = {
            r.community_id: r for r in Registration.objects.filter(unit=unit).order_by("created_at")
        }
        rows.append(
            {
                "unit": unit,
                "partners": [(p.community, regs.get(p.community_id)) for p in partners],
            }
        )
    return render(request, "members/unit_registration.html", {"rows": rows})


# Admin: registrations -----------------------------------------------------------------------


@login_required
def registration_list(request: HttpRequest) -> HttpResponse:
    scope = access.scope_of(request.user)
    if not scope.can_read_tree and not access.administered_units(request.user).exists():
        raise PermissionDenied
    registrations = access.registrations_visible(request.user).select_related(
        "member", "unit", "community", "community__parent"
    )
    status = request.GET.get("status", Status.PENDING)
    if status in Status.values:
        registrations = registrations.filter(status=status)
    kind = request.GET.get("kind", "")
    if kind in Registration.Kind.values:
        registrations = registrations.filter(kind=kind)
    query = request.GET.get("q", "").strip()
    if query:
        registrations = registrations.filter(
            Q(member__name__contains=query)
            | Q(unit__name__contains=query)
            | Q(community__name__contains=query)
        )
    page = paginate(request, registrations.order_by("created_at", "id"))
    decidable = {r.pk for r in page.object_list if access.can_decide_registration(request.user, r)}
    return render(
        request,
        "members/registration_list.html",
        {
            "page": page,
            "status": status,
            "kind": kind,
            "q": query,
            "decidable": decidable,
            "decidable_pending": any(
                r.pk in decidable and r.status == Status.PENDING for r in page.object_list
            ),
            "statuses": Status.choices,
            "kinds": Registration.Kind.choices,
            "decline_form": DeclineForm(),
        },
    )


@login_required
@require_POST
def registrations_confirm(request: HttpRequest) -> HttpResponse:
    """确认 several pending registrations at once, from the queue."""
    ids = id_list(request, "registrations")
    chosen = list(
        access.registrations_visible(request.user)
        .filter(pk__in=ids, status=Status.PENDING)
        .select_related("community", "member", "unit")
    )
    if not chosen:
        messages.error(request, _("Tick the registrations to confirm first."))
        return redirect_back(request, "registration-list")
    done, failed = services.registrations_confirm(registrations=chosen, by=request.user)
    if done:
        messages.success(
            request,
            ngettext("%(n)d registration confirmed.", "%(n)d registrations confirmed.", done)
            % {"n": done},
        )
    for registration, reason in failed:
        who = registration.member or registration.unit
        messages.error(request, f"{who}: {reason}")
    return redirect_back(request, "registration-list")


def _registration_row(
    request: HttpRequest, registration: Registration, **extra: object
) -> HttpResponse:
    return render(
        request,
        "members/_registration_row.html",
        {
            "r": registration,
            "decidable": {registration.pk}
            if access.can_decide_registration(request.user, registration)
            else set(),
            "decline_form": DeclineForm(),
            # The row is swapped into a list that offers bulk confirmation: keep its column.
            "decidable_pending": True,
            **extra,
        },
    )


@login_required
@require_POST
def registration_decide(request: HttpRequest, pk: int, decision: str) -> HttpResponse:
    registration = get_object_or_404(
        access.registrations_visible(request.user).select_related("member", "unit", "community"),
        pk=pk,
    )
    error_text = ""
    try:
        if decision == "confirm":
            services.registration_confirm(registration=registration, by=request.user)
        elif decision == "decline":
            services.registration_decline(
                registration=registration,
                reason=request.POST.get("reason", ""),
                by=request.user,
            )
        else:
            raise Http404
    except ServiceError as error:
        error_text = error.message
        if not is_htmx(request):
            messages.error(request, error.message)
    else:
        if not is_htmx(request):
            messages.success(request, _("Saved."))
    if is_htmx(request):
        registration.refresh_from_db()
        return _registration_row(request, registration, row_error=error_text)
    return redirect_back(request, "registration-list")


@login_required
def registration_stats(request: HttpRequest) -> HttpResponse:
    if not access.scope_of(request.user).can_read_tree:
        raise PermissionDenied
    parent = None
    parent_id = param_id(request, "parent")
    if parent_id is not None:
        parent = get_object_or_404(access.organizations_visible(request.user), pk=parent_id)
    rows = selectors.registration_table(request.user, parent)
    totals = selectors.RegistrationCounts()
    for row in rows:
        totals.add(row.counts)
    chart = charts.chart(
        categories=[row.organization.name for row in rows],
        series=[
            charts.series(
                _("In-service party members"),
                [row.counts.in_service for row in rows],
                stack="m",
                color=charts.RED,
            ),
            charts.series(
                _("Other party members"),
                [row.counts.other_party for row in rows],
                stack="m",
                color=charts.GOLD,
            ),
            charts.series(
                _("Resident volunteers"),
                [row.counts.volunteers for row in rows],
                stack="m",
                color=charts.GREEN,
            ),
            charts.series(
                _("Members pending"),
                [row.counts.members_pending for row in rows],
                stack="m",
                color=charts.GREY,
            ),
            charts.series(
                _("Units confirmed"),
                [row.counts.units_confirmed for row in rows],
                color=charts.BLUE,
            ),
        ],
        rotate=40,
    )
    return render(
        request,
        "members/registration_stats.html",
        {"rows": rows, "parent": parent, "totals": totals, "chart": chart},
    )


# Admin: members -----------------------------------------------------------------------------


def _listed_members(request: HttpRequest) -> tuple[Any, dict[str, Any]]:
    """The members list as filtered (the page and its bulk action read the same filter)."""
    if not access.scope_of(request.user).can_read_tree:
        raise PermissionDenied
    members = access.members_visible(request.user).select_related("branch", "community")
    query = request.GET.get("q", "").strip()
    if query:
        members = members.filter(Q(name__contains=query) | Q(phone__contains=query))
    org_id = param_id(request, "organization")
    organization = None
    if org_id is not None:
        organization = access.organizations_visible(request.user).filter(pk=org_id).first()
        if organization is not None:
            members = members.filter(
                Q(community__path__startswith=organization.path)
                | Q(branch__path__startswith=organization.path)
            )
    party = request.GET.get("party", "")
    if party in ("1", "0"):
        members = members.filter(is_party_member=party == "1")
    account = request.GET.get("account", "")
    if account == "none":
        members = members.filter(user__isnull=True)
    return members, {"q": query, "organization": organization, "party": party,
                     "account": account}  # fmt: skip


def _accounts_issue(request: HttpRequest, members: Any) -> HttpResponse:
    """开通账号 for the listed members who have none (at most ``services.ACCOUNTS_AT_ONCE``):
    the workbook of their user names and first passwords is handed out once, here."""
    from jinlin.core import xlsx
    from jinlin.core.http import file_response, paper_name

    try:
        issued = services.member_accounts_issue(
            members=members.filter(user__isnull=True), by=request.user
        )
    except ServiceError as error:
        messages.error(request, error.message)
        return redirect(request.get_full_path())
    if not issued:
        messages.info(request, _("Everyone listed has an account already."))
        return redirect(request.get_full_path())
    book = xlsx.Book()
    sheet = book.sheet(
        _("Accounts"),
        title=_("New accounts: give each person their own line, and ask them to change the "
                "password at first sign-in"),
        header=[pgettext("of a person", "Name"), _("Residential community"), _("User name"),
                _("First password")],
        widths=[10, 16, 14, 14], landscape=False,
    )  # fmt: skip
    from jinlin.audit.services import audit

    audit("accounts_issue", f"{len(issued)} accounts")
    for member, user, password in issued:
        sheet.append([member.name, member.community.name if member.community else "",
                      user.get_username(), password])  # fmt: skip
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M")
    return file_response(
        book.to_bytes(), filename=paper_name(pgettext("file", "New accounts"), stamp, ext="xlsx")
    )


@login_required
def member_list(request: HttpRequest) -> HttpResponse:
    members, filters = _listed_members(request)
    if request.method == "POST":
        return _accounts_issue(request, members)
    page = paginate(request, members.order_by("id"))
    rows = [(m, access.phone_for(request.user, m)) for m in page.object_list]
    is_admin = access.scope_of(request.user).is_admin
    without = members.filter(user__isnull=True).count() if is_admin else 0
    return render(
        request,
        "members/member_list.html",
        {"page": page, "rows": rows, **filters, "without_account": without},
    )


@login_required
def member_detail(request: HttpRequest, pk: int) -> HttpResponse:
    member = get_object_or_404(
        access.members_visible(request.user).select_related("branch", "community", "user"), pk=pk
    )
    can_manage = access.can_manage_member(request.user, member)
    form = None
    issued_password = None
    if can_manage:
        organizations = access.organizations_visible(request.user)
        if request.method == "POST" and request.POST.get("action") == "issue_account":
            try:
                user, issued_password = services.member_account_issue(
                    member=member, by=request.user
                )
            except ServiceError as error:
                messages.error(request, error.message)
            else:
                messages.success(
                    request,
                    _("Account %(username)s is ready; give the member this password.")
                    % {"username": user.username},
                )
        elif request.method == "POST":
            form = MemberForm(request.POST, organizations=organizations)
            if form.is_valid():
                try:
                    services.member_update(member=member, by=request.user, **form.cleaned_data)
                except ServiceError as error:
                    add_service_error(form, error)
                else:
                    messages.success(request, _("Saved."))
                    return redirect("member-detail", pk=member.pk)
        if form is None:
            form = MemberForm(
                organizations=organizations,
                initial={
                    "name": member.name,
                    "phone": access.phone_for(request.user, member),
                    "is_party_member": member.is_party_member,
                    "in_service": member.in_service,
                    "branch": member.branch,
                    "community": member.community,
                },
            )
    return render(
        request,
        "members/member_detail.html",
        {
            "member": member,
            "phone": access.phone_for(request.user, member),
            "registrations": selectors.member_registrations(member),
            "record": member_service_record(member),
            "form": form,
            "issued_password": issued_password,
        },
    )


@login_required
def member_create(request: HttpRequest) -> HttpResponse:
    if not access.scope_of(request.user).is_admin:
        raise PermissionDenied
    form = MemberForm(
        request.POST or None, organizations=access.organizations_visible(request.user)
    )
    if request.method == "POST" and form.is_valid():
        try:
            member = services.member_create(by=request.user, **form.cleaned_data)
        except ServiceError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("Member added."))
            return redirect("member-detail", pk=member.pk)
    return render(request, "members/member_form.html", {"form": form})


# The second factor (等保 2.0) ---------------------------------------------------------------


@login_required
def mfa_verify(request: HttpRequest) -> HttpResponse:
    """The code after the password: from the authenticator app, or a recovery code."""
    from jinlin.members import mfa

    next_url = next_path(request)
    if mfa.factor_of(request.user) is None:
        return redirect(f"{reverse('mfa-setup')}?{urlencode({'next': next_url or '/'})}")
    if mfa.session_verified(request):
        return redirect(next_url or "home")
    error, status = "", 200
    if request.method == "POST":
        try:
            used = mfa.verify(request.user, request.POST.get("otp", ""))
        except ServiceError as failure:
            error, status = failure.message, failure.status if failure.status == 429 else 200
        else:
            mfa.mark_verified(request)
            if used == "recovery":
                left = mfa.unused_recovery_codes(request.user)
                messages.warning(request, ngettext(
                    "A recovery code was used; %(n)d is left. Make new ones on the account page.",
                    "A recovery code was used; %(n)d are left. Make new ones on the account page.",
                    left,
                ) % {"n": left})  # fmt: skip
            return redirect(next_url or "home")
    return render(request, "members/mfa_verify.html",
                  {"error": error, "next": next_url}, status=status)  # fmt: skip


@login_required
def mfa_setup(request: HttpRequest) -> HttpResponse:
    """Enrol an authenticator app (QR code or typed secret, confirmed by a code), see how many
    recovery codes are left, make new ones, or turn the factor off."""
    from jinlin.core.qr import qr_svg
    from jinlin.members import mfa

    user, next_url = request.user, next_path(request)
    factor = mfa.factor_of(user)
    if factor is not None and not mfa.session_verified(request):
        return redirect(f"{reverse('mfa-verify')}?{urlencode({'next': request.path})}")
    action, error, codes = request.POST.get("action", ""), "", None
    if request.method == "POST":
        try:
            if factor is None:
                codes = mfa.enroll(user, secret=request.session.get("jinlin_mfa_secret", ""),
                                   code=request.POST.get("otp", ""))  # fmt: skip
                request.session.pop("jinlin_mfa_secret", None)
                mfa.mark_verified(request)
            elif action == "codes":
                mfa.verify(user, request.POST.get("otp", ""))
                codes = mfa.new_recovery_codes(user)
            elif action == "off":
                mfa.disable(user, password=request.POST.get("password", ""),
                            code=request.POST.get("otp", ""))  # fmt: skip
                messages.success(request, _("The second factor is off."))
                return redirect("account")
        except ServiceError as failure:
            error = failure.message
        if codes is not None:
            return render(request, "members/mfa_codes.html", {"codes": codes, "next": next_url})
    context: dict[str, Any] = {"factor": factor, "error": error, "next": next_url,
                               "required": mfa.must_use(user)}  # fmt: skip
    if factor is None:
        secret = request.session.get("jinlin_mfa_secret") or mfa.new_secret()
        request.session["jinlin_mfa_secret"] = secret
        context.update(secret=mfa.grouped(secret),
                       qr=qr_svg(mfa.provisioning_uri(user, secret)))  # fmt: skip
    else:
        context["left"] = mfa.unused_recovery_codes(user)
    return render(request, "members/mfa_setup.html", context)


# The volunteer file (民政部令第67号) ----------------------------------------------------------


def _file_page(request: HttpRequest, member: Member, *, own: bool) -> HttpResponse:
    from jinlin.members import file as volunteer_file
    from jinlin.members.forms import FileEntryForm
    from jinlin.members.models import FileEntry

    can_record = not own and access.can_manage_member(request.user, member)
    form = FileEntryForm() if can_record else None
    if request.method == "POST":
        if not can_record:
            raise PermissionDenied
        action = request.POST.get("action", "")
        try:
            if action == "record":
                form = FileEntryForm(request.POST)
                if form.is_valid():
                    volunteer_file.entry_record(member=member, by=request.user,
                                                **form.cleaned_data)  # fmt: skip
                    messages.success(request, _("Recorded in the file."))
                    return redirect("member-file", pk=member.pk)
            else:
                entry = get_object_or_404(
                    FileEntry, pk=param_id(request, "entry") or 0, member=member
                )
                if action == "handle":
                    volunteer_file.complaint_handle(
                        entry=entry, by=request.user, handling=request.POST.get("handling", "")
                    )
                    messages.success(request, _("Saved."))
                elif action == "delete":
                    volunteer_file.entry_delete(entry=entry, by=request.user)
                    messages.success(request, _("The entry was taken back."))
                return redirect("member-file", pk=member.pk)
        except ServiceError as error:
            if form is not None and action == "record":
                add_service_error(form, error)
            else:
                messages.error(request, error.message)
    return render(
        request,
        "members/member_file.html",
        {
            "member": member,
            "own": own,
            "file": volunteer_file.member_file(member),
            "can_record": can_record,
            "form": form,
            "organization": volunteer_file.recording_organization(request.user, member)
            if can_record
            else None,
        },
    )


@login_required
def member_file(request: HttpRequest, pk: int) -> HttpResponse:
    """A member's volunteer file, for the admins and supervisors who reach them; their admins
    record trainings, awards and complaints here."""
    member = get_object_or_404(
        access.members_visible(request.user).select_related("branch", "community"), pk=pk
    )
    return _file_page(request, member, own=False)


@login_required
def my_file(request: HttpRequest) -> HttpResponse:
    """The member's own volunteer file, complaints included."""
    return _file_page(request, _own_member(request), own=True)
