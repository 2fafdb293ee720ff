"""Pages for 先验收后扫码: the site code, the member's scanner, the acceptance roster and the
member's hours."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from django.views.decorators.http import require_POST

from jinlin.core import charts, xlsx
from jinlin.core.errors import ServiceError
from jinlin.core.http import file_response, id_list, is_htmx, paginate, paper_name, param_id
from jinlin.core.qr import qr_svg
from jinlin.core.site import public_url
from jinlin.core.sql import JSONArrayLength
from jinlin.core.templatetags.jinlin import hours as hours_filter
from jinlin.members import access as member_access
from jinlin.members.models import Member
from jinlin.needs import access as need_access
from jinlin.needs.models import Claim, Need
from jinlin.organizations.models import Organization
from jinlin.service import selectors, services
from jinlin.service.models import Attendance, LedgerAnchor, ServiceRecord, ServiceReport
from jinlin.service.outcomes import activity_outcomes, activity_outcomes_set


def _managed_need(request: HttpRequest, pk: int) -> Need:
    need = get_object_or_404(Need.objects.select_related("community", "unit"), pk=pk)
    if not need_access.can_manage_need(request.user, need):
        raise PermissionDenied(_("Only the need's community admins see this."))
    return need


def _scan_url(request: HttpRequest, token: str) -> str:
    return public_url(f"{reverse('scan')}?t={token}", request)


# Site code -------------------------------------------------------------------------------


@login_required
def site_code(request: HttpRequest, pk: int) -> HttpResponse:
    """The rotating QR code, on the admin's phone; htmx swaps in a fresh one in time."""
    need = _managed_need(request, pk)
    token, expires_at = services.site_code_issue(need=need, by=request.user)
    context = {
        "need": need,
        "svg": qr_svg(_scan_url(request, token)),
        "token": token,
        "expires_at": expires_at,
        "refresh": max(10, services.rotate_seconds() // 2),
    }
    template = "service/_site_code.html" if is_htmx(request) else "service/site_code.html"
    return render(request, template, context)


@login_required
def site_poster(request: HttpRequest, pk: int) -> HttpResponse:
    """An A4 poster whose code is valid for the whole of the need's window."""
    need = _managed_need(request, pk)
    token, expires_at = services.site_code_issue(need=need, by=request.user, poster=True)
    return render(
        request,
        "service/poster.html",
        {
            "need": need,
            "svg": qr_svg(_scan_url(request, token)),
            "expires_at": expires_at,
        },
    )


# Scanning --------------------------------------------------------------------------------


@login_required
def scan(request: HttpRequest) -> HttpResponse:
    """The member's scanner: the camera reads the code, or the phone's own scanner opens
    this page with ``?t=…``; the scan itself is a POST."""
    member_id = member_access.scope_of(request.user).member_id
    if member_id is None:
        raise PermissionDenied(_("Only members scan site codes."))
    result: dict[str, Any] | None = None
    error: ServiceError | None = None
    need = None
    if request.method == "POST":
        member = Member.objects.get(pk=member_id)
        try:
            result = services.scan_record(token=request.POST.get("t", ""), member=member)
        except ServiceError as exc:
            error = exc
        claim_id = result["claim"] if result else None
        if claim_id:
            need = Claim.objects.select_related("need").get(pk=claim_id).need
    return render(
        request,
        "service/scan.html",
        {
            "token": request.GET.get("t", ""),
            "result": result,
            "error": error,
            "need": need,
            "scan_texts": {
                "no_camera": _(
                    "This browser cannot open the camera; use the phone camera or type the code."
                ),
                "camera_unavailable": _(
                    "The camera is not available; use the phone camera or type the code."
                ),
            },
        },
        status=error.status if error else 200,
    )


# Acceptance roster -----------------------------------------------------------------------


def _row_context(request: HttpRequest, claim: Claim, **extra: Any) -> dict[str, Any]:
    attendance = Attendance.objects.filter(claim=claim).first()
    record = ServiceRecord.objects.filter(claim=claim, kind="credit").first()
    return {
        "row": {
            "claim": claim,
            "attendance": attendance,
            "state": selectors.claim_state(claim, attendance),
            "record": record,
        },
        "need": claim.need,
        "started": timezone.now() >= claim.need.starts_at,
        "default_hours": hours_filter(Decimal(str(claim.need.window_hours))),
        **extra,
    }


@login_required
def roster(request: HttpRequest, pk: int) -> HttpResponse:
    need = _managed_need(request, pk)
    rows = selectors.need_roster(need)
    records = {r.claim_id: r for r in ServiceRecord.objects.filter(claim__need=need, kind="credit")}
    for row in rows:
        row["state"] = selectors.claim_state(row["claim"], row["attendance"])
        row["record"] = records.get(row["claim"].pk)
    recorded = activity_outcomes(need)
    from jinlin.members.pickers import picker_html

    return render(
        request,
        "service/roster.html",
        {
            "need": need,
            "rows": rows,
            "outcomes": [
                (key, label, unit, recorded.get(key)) for key, label, unit in need.metric_choices()
            ],
            "progress": selectors.need_progress(need),
            "default_hours": hours_filter(Decimal(str(need.window_hours))),
            "started": timezone.now() >= need.starts_at,
            "sign_up": picker_html(
                name="member", url=reverse("need-roster-pick", args=[need.pk]), chosen=[]
            )
            if need.status == Need.Status.PUBLISHED and timezone.now() < need.ends_at
            else "",
        },
    )


def _sign_up_candidates(need: Need) -> Any:
    """Members the community may sign up for its need: those registered with it."""
    from jinlin.members.models import Registration

    return Member.objects.filter(
        registrations__community=need.community_id,
        registrations__status=Registration.Status.CONFIRMED,
    )


@login_required
def roster_pick(request: HttpRequest, pk: int) -> HttpResponse:
    from jinlin.members.pickers import picker_results

    return picker_results(request, _sign_up_candidates(_managed_need(request, pk)))


@login_required
@require_POST
def roster_add(request: HttpRequest, pk: int) -> HttpResponse:
    """代为报名: the community signs up one of its members who cannot claim on a phone."""
    from jinlin.needs import services as need_services

    need = _managed_need(request, pk)
    member = _sign_up_candidates(need).filter(pk=param_id(request, "member") or 0).first()
    if member is None:
        messages.error(request, _("Choose one of the community's registered members."))
        return redirect("need-roster", pk=need.pk)
    try:
        claim = need_services.claim_create(need=need, member=member, by=request.user)
    except ServiceError as exc:
        messages.error(request, f"{member.name}: {exc.message}")
    else:
        messages.success(
            request,
            _("%(name)s is signed up (%(status)s).")
            % {"name": member.name, "status": claim.get_status_display()},
        )
    return redirect("need-roster", pk=need.pk)


@login_required
@require_POST
def roster_outcomes(request: HttpRequest, pk: int) -> HttpResponse:
    """成效: the activity's outcomes, recorded once as its totals."""
    need = _managed_need(request, pk)
    counts = {key: request.POST.get(f"outcome_{key}", "") for key in need.metrics}
    try:
        activity_outcomes_set(need=need, outcomes=counts, by=request.user)
    except ServiceError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, _("The activity's outcomes were saved."))
    return redirect("need-roster", pk=need.pk)


def _claim_for_admin(request: HttpRequest, pk: int) -> Claim:
    claim = get_object_or_404(
        Claim.objects.select_related("need", "need__community", "member"), pk=pk
    )
    if not need_access.can_manage_need(request.user, claim.need):
        raise PermissionDenied
    return claim


def _respond(request: HttpRequest, claim: Claim, error: ServiceError | None) -> HttpResponse:
    if is_htmx(request):
        claim.refresh_from_db()
        row = render(
            request,
            "service/_roster_row.html",
            _row_context(
                request,
                claim,
                row_error=error.message if error else "",
                default_hours=request.POST.get("hours")
                or hours_filter(Decimal(str(claim.need.window_hours))),
            ),
        )
        # The page's counts (signed in, accepted, credited, absent) change with the row.
        progress = {"need": claim.need, "progress": selectors.need_progress(claim.need)}
        row.content += render_to_string(
            "service/_roster_progress.html", {**progress, "oob": True}, request=request
        ).encode()
        return row
    if error:
        messages.error(request, f"{claim.member.name}: {error.message}")
    return redirect("need-roster", pk=claim.need_id)


@login_required
@require_POST
def claim_decide(request: HttpRequest, pk: int, decision: str) -> HttpResponse:
    claim = _claim_for_admin(request, pk)
    error = None
    try:
        if decision == "accept":
            services.claim_accept(
                claim=claim,
                hours=request.POST.get("hours"),
                note=request.POST.get("note", ""),
                photo=request.FILES.get("photo"),
                by=request.user,
            )
        elif decision == "reject":
            services.claim_reject(
                claim=claim, reason=request.POST.get("reason", ""), by=request.user
            )
        elif decision == "absent":
            services.claim_mark_absent(claim=claim, by=request.user)
        elif decision == "proxy":
            services.claim_credit_for_member(
                claim=claim,
                reason=request.POST.get("reason", ""),
                hours=request.POST.get("hours"),
                by=request.user,
            )
        elif decision == "reverse":
            record = get_object_or_404(ServiceRecord, claim=claim, kind="credit")
            services.record_reverse(
                record=record, reason=request.POST.get("reason", ""), by=request.user
            )
        else:
            raise PermissionDenied
    except ServiceError as exc:
        error = exc
    return _respond(request, claim, error)


@login_required
@require_POST
def roster_bulk(request: HttpRequest, pk: int) -> HttpResponse:
    """Accept the selected claims with the same hours, or mark them absent."""
    need = _managed_need(request, pk)
    ids = id_list(request, "claims")
    claims = list(need.claims.filter(pk__in=ids).select_related("member", "need"))
    action = request.POST.get("action")
    done, failed = 0, []
    for claim in claims:
        try:
            if action == "accept":
                services.claim_accept(
                    claim=claim,
                    hours=request.POST.get("hours"),
                    note=request.POST.get("note", ""),
                    by=request.user,
                )
            elif action == "absent":
                services.claim_mark_absent(claim=claim, by=request.user)
            else:
                raise PermissionDenied
            done += 1
        except ServiceError as error:
            failed.append(f"{claim.member.name}: {error.message}")
    if not claims:
        messages.error(request, _("Tick the members first."))
    if done:
        messages.success(request, _("%(n)d done.") % {"n": done})
    for text in failed[:20]:
        messages.error(request, text)
    return redirect("need-roster", pk=need.pk)


# The member's hours ----------------------------------------------------------------------


@login_required
def my_hours(request: HttpRequest) -> HttpResponse:
    member_id = member_access.scope_of(request.user).member_id
    if member_id is None:
        raise PermissionDenied(_("Your account is not linked to a member record."))
    member = Member.objects.get(pk=member_id)
    records = (
        ServiceRecord.objects.filter(member=member)
        .select_related("need")
        .order_by("-activity_date", "-id")
    )
    months = selectors.member_hours_by_month(member)
    return render(
        request,
        "service/my_hours.html",
        {
            "totals": selectors.member_totals(member),
            "page": paginate(request, records, per_page=30),
            "disputes": member.disputes.select_related("record").order_by("-created_at")[:20],
            "disputed": set(
                member.disputes.filter(status="open").values_list("record_id", flat=True)
            ),
            "communities": Organization.objects.filter(
                registrations__member=member, registrations__status="confirmed"
            ),
            "today": timezone.localdate(),
            "chart": charts.chart(
                categories=[m for m, _h in months],
                series=[charts.series(_("Hours"), [h for _m, h in months])],
            ),
        },
    )


# 服务登记 ----------------------------------------------------------------------------------


@login_required
def my_reports(request: HttpRequest) -> HttpResponse:
    """The member reports service done outside a need; it counts once approved."""
    import datetime as dt

    from django.utils.dateparse import parse_date

    member_id = member_access.member_id_of(request.user)
    if member_id is None:
        raise PermissionDenied(_("Your account is not linked to a member record."))
    member = Member.objects.get(pk=member_id)
    errors: dict[str, str] = {}
    if request.method == "POST":
        day = parse_date(request.POST.get("date") or "")
        starts = ends = None
        if day and request.POST.get("start") and request.POST.get("end"):
            try:
                starts = timezone.make_aware(
                    dt.datetime.combine(day, dt.time.fromisoformat(request.POST["start"]))
                )
                ends = timezone.make_aware(
                    dt.datetime.combine(day, dt.time.fromisoformat(request.POST["end"]))
                )
            except ValueError:
                errors["starts_at"] = _("Write the time like 09:30.")
        if not errors:
            try:
                services.report_submit(
                    member=member,
                    date=day,
                    content=request.POST.get("content", ""),
                    hours=request.POST.get("hours") or None,
                    starts_at=starts,
                    ends_at=ends,
                    served=request.POST.get("served", ""),
                    photo=request.FILES.get("photo"),
                    by=request.user,
                )
            except ServiceError as error:
                errors = error.fields or {"content": error.message}
                messages.error(request, error.message)
            else:
                messages.success(request, _("Reported; your community will review it."))
                return redirect("my-reports")
    reports = ServiceReport.objects.filter(member=member)
    return render(
        request,
        "service/my_reports.html",
        {"reports": reports, "errors": errors, "post": request.POST, "today": timezone.localdate()},
        status=400 if errors else 200,
    )


@login_required
def report_review(request: HttpRequest) -> HttpResponse:

    scope = member_access.scope_of(request.user)
    mine = scope.community_admin_ids
    if not mine:
        raise PermissionDenied(_("Community admins review reports."))
    if request.method == "POST":
        report = get_object_or_404(
            ServiceReport, pk=param_id(request, "report") or 0, community_id__in=mine
        )
        try:
            if request.POST.get("action") == "approve":
                services.report_approve(report=report, by=request.user)
            else:
                services.report_reject(
                    report=report, reason=request.POST.get("reason", ""), by=request.user
                )
        except ServiceError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("Saved."))
        return redirect("report-review")
    status = request.GET.get("status", "pending")
    rows = ServiceReport.objects.filter(community_id__in=mine).select_related("member")
    if status in ServiceReport.Status.values:
        rows = rows.filter(status=status)
    return render(
        request,
        "service/report_review.html",
        {
            "page": paginate(request, rows, 30),
            "status": status,
            "statuses": ServiceReport.Status.choices,
        },
    )


@login_required
def ledger_anchors(request: HttpRequest) -> HttpResponse:
    """The ledger's daily anchors, for the district to print or export and keep outside the
    database; the district may anchor today's head at once."""
    scope = member_access.scope_of(request.user)
    district = scope.superuser or scope.has_role(member_access.Role.DISTRICT_ADMIN)
    if not (district or scope.is_supervisor):
        raise PermissionDenied(_("The district and its supervisors keep the ledger's anchors."))
    if request.method == "POST":
        if not district:
            raise PermissionDenied
        services.ledger_anchor()
        messages.success(request, _("Today's anchor is made."))
        return redirect("ledger-anchors")
    # The heads themselves stay in the database (a city's anchor lists 3,000); their number
    # is counted there. An anchor from before the chains seals chain 0 alone.
    anchors = [
        (anchor, anchor.listed or (1 if anchor.seq else 0))
        for anchor in LedgerAnchor.objects.defer("heads").annotate(
            listed=JSONArrayLength("heads")
        )[:400]
    ]
    if request.GET.get("format") == "xlsx":
        book = xlsx.Book()
        sheet = book.sheet(
            _("Ledger anchors"),
            title=_("Service ledger anchors, printed %(day)s") % {"day": timezone.localdate()},
            header=[_("Day"), _("Rows"), _("Chains"), _("Digest of the chains' heads"),
                    _("Seal")],
            widths=(12, 10, 8, 70, 70),
        )  # fmt: skip
        for anchor, chains in anchors:
            sheet.append([anchor.day, anchor.seq, chains, anchor.head_hash, anchor.mac])
        return file_response(
            book.to_bytes(),
            filename=paper_name(
                pgettext("file", "Ledger anchors"), timezone.localdate(), ext="xlsx"
            ),
        )
    return render(
        request, "service/ledger_anchors.html", {"anchors": anchors, "can_anchor": district}
    )
