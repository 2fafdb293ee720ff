"""Pages for oversight: the board, problems and their timeline, rounds and the supervisor's
phone capture (offline-tolerant), self-inspections, and the publicity list of typical
practices."""

from __future__ import annotations

import datetime as dt
import html
import json
from typing import Any

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.dateparse import parse_date
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from django.views.decorators.http import require_POST

from jinlin.core import charts
from jinlin.core.errors import ServiceError
from jinlin.core.http import file_response, id_list, paginate, paper_name, param_id
from jinlin.members import access as member_access
from jinlin.organizations.models import Organization
from jinlin.oversight import access, selectors, services
from jinlin.oversight.models import (
    SEVERITIES,
    Finding,
    PartyCheckup,
    Problem,
    Round,
    SelfInspection,
)

Kind = Organization.Kind


def _require_reader(request: HttpRequest) -> None:
    if not member_access.scope_of(request.user).can_read_tree:
        raise PermissionDenied


def _date(value: str | None) -> dt.date | None:
    try:
        return parse_date(value or "")
    except ValueError:
        return None


# The board --------------------------------------------------------------------------------


def _board_filters(request: HttpRequest) -> dict[str, Any]:
    streets = list(
        member_access.organizations_visible(request.user).filter(kind=Kind.STREET).order_by("code")
    )
    street = next((s for s in streets if str(s.pk) == request.GET.get("street")), None)
    return {
        "source": request.GET.get("source", ""),
        "severity": request.GET.get("severity", ""),
        "street": street,
        "streets": streets,
    }


@login_required
def board(request: HttpRequest) -> HttpResponse:
    _require_reader(request)
    services.problems_escalate()  # overdue problems are flagged as soon as anyone looks
    f = _board_filters(request)
    problems = selectors.filtered(
        access.problems_visible(request.user),
        source=f["source"],
        severity=f["severity"],
        within=f["street"],
    )
    roots = member_access.organizations_visible(request.user).order_by("depth")[:1]
    root = f["street"] or (roots[0] if roots else None)
    rows = selectors.board_rows(problems, root)
    urgent = list(
        problems.exclude(status__in=Problem.DONE)
        .filter(deadline__lt=timezone.localdate())
        .select_related("organization")[:30]
    )
    return render(
        request,
        "oversight/board.html",
        {
            "rows": rows,
            "total": selectors.totals(rows),
            "weekly": _weekly_chart(selectors.weekly(problems)),
            "urgent": urgent,
            "severities": SEVERITIES,
            "sources": Problem.Source.choices,
            "query": request.GET.urlencode(),
            **f,
        },
    )


def _weekly_chart(weekly: dict[str, list[Any]]) -> dict[str, Any]:
    return charts.chart(
        categories=weekly["weeks"],
        series=[
            charts.series(_("Found"), weekly["found"], color=charts.RED),
            charts.series(
                pgettext("problems", "Closed"), weekly["closed"], kind="line", color=charts.GREEN
            ),
        ],
    )


@login_required
def board_export(request: HttpRequest) -> HttpResponse:
    _require_reader(request)
    f = _board_filters(request)
    problems = selectors.filtered(
        access.problems_visible(request.user),
        source=f["source"],
        severity=f["severity"],
        within=f["street"],
    )
    stamp = timezone.localdate().strftime("%Y%m%d")
    name = paper_name(pgettext("file", "Problems and rectifications"), stamp, ext="xlsx")
    return file_response(selectors.export_problems(problems), filename=name)


# Problems ---------------------------------------------------------------------------------


@login_required
def problem_list(request: HttpRequest) -> HttpResponse:
    _require_reader(request)
    overdue = request.GET.get("overdue") == "1"
    problems = (
        selectors.filtered(
            access.problems_visible(request.user),
            status=request.GET.get("status", ""),
            source=request.GET.get("source", ""),
            overdue=True if overdue else None,
        )
        .select_related("organization")
        .order_by("status", "deadline", "id")
    )
    return render(
        request,
        "oversight/problem_list.html",
        {
            "page": paginate(request, problems, 50),
            "statuses": Problem.Status.choices,
            "status": request.GET.get("status", ""),
            "overdue": overdue,
            "today": timezone.localdate(),
        },
    )


@login_required
def problem_detail(request: HttpRequest, pk: int) -> HttpResponse:
    problem = get_object_or_404(
        access.problems_visible(request.user).select_related("organization", "finding__round"),
        pk=pk,
    )
    return render(
        request,
        "oversight/problem_detail.html",
        {
            "problem": problem,
            "events": problem.events.select_related("by"),
            "measures": problem.measures.all(),
            "photos": problem.finding.photos.all() if problem.finding else [],
            "can_work": access.can_work_on(request.user, problem),
            "can_verify": access.can_verify(request.user, problem),
            "reasons": Problem.UnfixedReason.choices,
            "today": timezone.localdate(),
        },
    )


@login_required
@require_POST
def problem_act(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    problem = get_object_or_404(
        access.problems_visible(request.user).select_related(
            "organization", "organization__parent"
        ),
        pk=pk,
    )
    post = request.POST
    try:
        if action == "start":
            services.problem_start(problem=problem, by=request.user)
        elif action == "submit":
            services.problem_submit(
                problem=problem,
                evidence=post.get("evidence", ""),
                photo=request.FILES.get("photo"),
                by=request.user,
            )
        elif action == "verify":
            services.problem_verify(
                problem=problem, comment=post.get("comment", ""), by=request.user
            )
        elif action == "reopen":
            services.problem_reopen(
                problem=problem, comment=post.get("comment", ""), by=request.user
            )
        elif action == "close-unfixed":
            services.problem_close_unfixed(
                problem=problem,
                reason=post.get("reason", ""),
                comment=post.get("comment", ""),
                by=request.user,
            )
        elif action == "measure":
            services.measure_add(
                problem=problem,
                text=post.get("text", ""),
                owner=post.get("owner", ""),
                deadline=_date(post.get("deadline")),
                by=request.user,
            )
        else:
            raise PermissionDenied
    except ServiceError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Saved."))
    return redirect("problem-detail", pk=problem.pk)


@login_required
def problem_create(request: HttpRequest) -> HttpResponse:
    """Record a problem: supervisors from a round, an organization's admins from their own
    self-inspection."""
    _require_reader(request)
    organizations = (
        member_access.organizations_visible(request.user)
        .exclude(kind=Kind.DISTRICT)
        .order_by("path")
    )
    inspections = SelfInspection.objects.filter(organization__in=organizations).order_by("-date")
    error = None
    if request.method == "POST":
        org = organizations.filter(pk=param_id(request, "organization") or 0).first()
        inspection = (
            inspections.filter(pk=param_id(request, "self_inspection") or 0).first()
            if request.POST.get("self_inspection")
            else None
        )
        if org is None:
            messages.error(request, _("Choose the responsible organization."))
        else:
            try:
                problem = services.problem_create(
                    organization=org,
                    title=request.POST.get("title", ""),
                    description=request.POST.get("description", ""),
                    source=request.POST.get("source", ""),
                    severity=request.POST.get("severity", "medium"),
                    deadline=_date(request.POST.get("deadline")),
                    self_inspection=inspection,
                    by=request.user,
                )
            except ServiceError as exc:
                error = exc
            else:
                messages.success(request, _("Problem recorded."))
                return redirect("problem-detail", pk=problem.pk)
    return render(
        request,
        "oversight/problem_form.html",
        {
            "organizations": organizations[:2000],
            "inspections": inspections[:50],
            "severities": SEVERITIES,
            "sources": Problem.Source.choices,
            "error": error,
            "post": request.POST,
            "default_deadline": timezone.localdate() + dt.timedelta(days=14),
        },
        status=400 if error else 200,
    )


# Rounds and findings ----------------------------------------------------------------------


@login_required
def round_list(request: HttpRequest) -> HttpResponse:
    _require_reader(request)
    roots = access.supervision_roots(request.user)
    if request.method == "POST":
        org = next((r for r in roots if str(r.pk) == request.POST.get("organization")), None)
        supervisors = get_user_model().objects.filter(
            pk__in=id_list(request, "group"), role_assignments__role="supervisor"
        )
        places = member_access.organizations_visible(request.user).filter(
            pk__in=id_list(request, "places")
        )
        if org is None:
            messages.error(request, _("Choose the district or street the round is for."))
        else:
            try:
                round_ = services.round_create(
                    organization=org,
                    date=_date(request.POST.get("date")),
                    title=request.POST.get("title", ""),
                    kind=request.POST.get("kind", "weekly"),
                    group=supervisors,
                    places=places,
                    other_places=request.POST.get("other_places", ""),
                    by=request.user,
                )
            except ServiceError as error:
                messages.error(request, error.message)
            else:
                return redirect("round-detail", pk=round_.pk)
    rounds = access.rounds_visible(request.user)
    page = paginate(request, rounds.prefetch_related("group", "findings"), 30)
    supervisors = get_user_model().objects.filter(role_assignments__role="supervisor").distinct()
    places = (
        member_access.organizations_visible(request.user)
        .filter(kind__in=[Kind.COMMUNITY, Kind.UNIT])
        .order_by("path")[:500]
    )
    return render(
        request,
        "oversight/round_list.html",
        {
            "page": page,
            "roots": roots,
            "supervisors": supervisors,
            "places": places,
            "kinds": Round.Kind.choices,
            "today": timezone.localdate(),
        },
    )


@login_required
def round_detail(request: HttpRequest, pk: int) -> HttpResponse:
    round_ = get_object_or_404(
        access.rounds_visible(request.user).prefetch_related("group", "places"), pk=pk
    )
    findings = round_.findings.select_related("organization", "problem").prefetch_related("photos")
    return render(
        request,
        "oversight/round_detail.html",
        {
            "round": round_,
            "findings": findings,
            "can_record": access.can_supervise(request.user, round_.organization)
            or round_.group.filter(pk=request.user.pk or 0).exists(),
        },
    )


@login_required
def finding_capture(request: HttpRequest, pk: int) -> HttpResponse:
    """The supervisor's phone page. The form posts with fetch; when the signal fails the
    finding waits in the phone's storage and goes out when the connection returns."""
    round_ = get_object_or_404(access.rounds_visible(request.user), pk=pk)
    if not (
        access.can_supervise(request.user, round_.organization)
        or round_.group.filter(pk=request.user.pk or 0).exists()
    ):
        raise PermissionDenied
    if request.method == "POST":
        org = Organization.objects.filter(pk=param_id(request, "organization") or 0).first()
        if org is None:
            return JsonResponse(
                {
                    "error": {
                        "code": "invalid_input",
                        "message": _("Choose the responsible organization."),
                        "fields": {"organization": _("Required.")},
                    }
                },
                status=400,
            )
        try:
            finding = services.finding_record(
                round_=round_,
                kind=request.POST.get("kind", ""),
                organization=org,
                title=request.POST.get("title", ""),
                text=request.POST.get("text", ""),
                place=request.POST.get("place", ""),
                severity=request.POST.get("severity", "medium"),
                longitude=request.POST.get("longitude"),
                latitude=request.POST.get("latitude"),
                photos=request.FILES.getlist("photos"),
                client_id=request.POST.get("client_id", ""),
                by=request.user,
            )
        except ServiceError as error:
            return JsonResponse(
                {"error": {"code": error.code, "message": error.message, "fields": error.fields}},
                status=error.status,
            )
        return JsonResponse(
            {
                "id": finding.pk,
                "title": finding.title,
                "problem": getattr(finding, "problem", None) and finding.problem.pk,
            },
            status=201,
        )
    organizations = Organization.objects.filter(
        path__startswith=round_.organization.path, kind__in=[Kind.COMMUNITY, Kind.UNIT, Kind.STREET]
    ).order_by("path")
    visited = list(round_.places.all())
    return render(
        request,
        "oversight/capture.html",
        {
            "round": round_,
            "organizations": organizations,
            "visited": visited,
            "kinds": Finding.Kind.choices,
            "severities": SEVERITIES,
            "capture_config": {
                "round": round_.pk,
                "url": reverse("finding-capture", args=[round_.pk]),
                "worker": reverse("rounds-worker"),
                "scope": reverse("round-list"),
                "texts": {
                    "queued": _("Waiting for a connection: {n} finding(s) kept on this phone."),
                    "sending": _("Sending…"),
                    "failed": _("Not saved"),
                    "required": _("Choose the organization and write what you saw."),
                },
            },
        },
    )


# The pages a round needs, kept on the phone: the capture page itself (once visited) and the
# scripts and styles it uses. Scoped to /oversight/rounds/, so nothing else is cached.
WORKER_ASSETS = (
    "core/app.css",
    "vendor/htmx.min.js",
    "core/picker.js",
    "core/actions.js",
    "core/favicon.svg",
    "oversight/capture.js",
)


def rounds_worker(request: HttpRequest) -> HttpResponse:
    from django.templatetags.static import static

    response = render(
        request,
        "oversight/rounds_worker.js",
        {
            "assets": json.dumps([static(name) for name in WORKER_ASSETS]),
            "static_prefix": static(""),
            "version": "1",
        },
        content_type="application/javascript; charset=utf-8",
    )
    response["Cache-Control"] = "no-cache"
    return response


# Self-inspections -------------------------------------------------------------------------


@login_required
def self_inspections(request: HttpRequest) -> HttpResponse:
    _require_reader(request)
    visible = member_access.organizations_visible(request.user)
    if request.method == "POST" and request.POST.get("action") == "checkup":
        branch = visible.filter(pk=param_id(request, "organization") or 0).first()
        try:
            if branch is None:
                raise PermissionDenied
            services.party_checkup_record(
                organization=branch,
                date=_date(request.POST.get("date")),
                members=request.POST.get("members", ""),
                summary=request.POST.get("summary", ""),
                by=request.user,
            )
        except ServiceError as error:
            messages.error(request, error.message + " " + "；".join(
                f"{k}: {v}" for k, v in (error.fields or {}).items()))  # fmt: skip
        else:
            messages.success(request, _("The party-spirit check-up (党性体检) was recorded."))
        return redirect("self-inspections")
    if request.method == "POST":
        org = visible.filter(pk=param_id(request, "organization") or 0).first()
        try:
            if org is None:
                raise PermissionDenied
            inspection = services.self_inspection_create(
                organization=org,
                title=request.POST.get("title", ""),
                date=_date(request.POST.get("date")),
                note=request.POST.get("note", ""),
                by=request.user,
            )
        except ServiceError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("Self-inspection recorded; now add the problems it found."))
            return redirect(f"/oversight/problems/new/?self_inspection={inspection.pk}")
    from django.db.models import Count

    rows = (
        SelfInspection.objects.filter(organization__in=visible)
        .select_related("organization")
        .annotate(
            problems_n=Count("problems", distinct=True), measures_n=Count("problems__measures")
        )
        .order_by("-date", "-id")
    )
    totals = {
        "inspections": rows.count(),
        "branches": rows.values("organization").distinct().count(),
        "problems": sum(r.problems_n for r in rows),
        "measures": sum(r.measures_n for r in rows),
    }
    return render(
        request,
        "oversight/self_inspections.html",
        {
            "page": paginate(request, rows, 50),
            "totals": totals,
            "organizations": visible.filter(
                kind__in=[Kind.BRANCH, Kind.COMMUNITY, Kind.UNIT]
            ).order_by("path")[:2000],
            "branches": visible.filter(kind=Kind.BRANCH).order_by("path")[:2000],
            "checkups": PartyCheckup.objects.filter(organization__in=visible)
            .select_related("organization")[:50],
            "today": timezone.localdate(),
        },
    )


# Typical practices ------------------------------------------------------------------------


@login_required
def typical(request: HttpRequest) -> HttpResponse:
    _require_reader(request)
    findings = (
        access.findings_visible(request.user)
        .filter(kind=Finding.Kind.TYPICAL)
        .select_related("organization", "round")
        .prefetch_related("photos")
    )
    if request.method == "POST":
        finding = get_object_or_404(findings, pk=param_id(request, "finding") or 0)
        try:
            services.finding_publish(
                finding=finding, published=request.POST.get("published") == "1", by=request.user
            )
        except ServiceError as error:
            messages.error(request, error.message)
        return redirect("typical")
    return render(request, "oversight/typical.html", {"findings": findings})


def _article(request: HttpRequest, findings: list[Finding]) -> tuple[str, str]:
    """The publicity article, as WeChat-editor HTML (inline styles only) and as Markdown."""
    title = _("Typical practices of dual registration")
    today = timezone.localdate().strftime("%Y-%m-%d")
    parts_html = [
        f'<section style="font-size:16px;line-height:1.8;color:#333">'
        f'<h1 style="font-size:22px;color:#c8102e;text-align:center">{html.escape(title)}</h1>'
        f'<p style="text-align:center;color:#595959;font-size:14px">{today}</p>'
    ]
    parts_md = [f"# {title}", "", f"_{today}_", ""]
    for number, finding in enumerate(findings, start=1):
        heading = f"{number}. {finding.organization.name}：{finding.title}"
        parts_html.append(
            f'<h2 style="font-size:18px;border-left:4px solid #c8102e;padding-left:8px">'
            f"{html.escape(heading)}</h2>"
        )
        for paragraph in [p for p in finding.text.splitlines() if p.strip()]:
            parts_html.append(f'<p style="text-indent:2em">{html.escape(paragraph)}</p>')
        parts_md += [f"## {heading}", "", finding.text.strip(), ""]
        for photo in finding.photos.all():
            url = request.build_absolute_uri(photo.file.url)
            parts_html.append(
                f'<p style="text-align:center"><img src="{html.escape(url)}" '
                f'style="max-width:100%" alt=""></p>'
            )
            parts_md += [f"![]({url})", ""]
    parts_html.append("</section>")
    return "\n".join(parts_html), "\n".join(parts_md)


@login_required
def typical_export(request: HttpRequest, fmt: str) -> HttpResponse:
    _require_reader(request)
    findings = list(
        access.findings_visible(request.user)
        .filter(kind=Finding.Kind.TYPICAL, published=True)
        .select_related("organization")
        .prefetch_related("photos")
        .order_by("-created_at")
    )
    article_html, article_md = _article(request, findings)
    if fmt == "md":
        return file_response(
            article_md, filename=paper_name(pgettext("file", "Typical practices"), ext="md")
        )
    return render(request, "oversight/article.html", {"article": article_html})
