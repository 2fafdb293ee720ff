"""报到证, the quarterly feedback to units, and 评议."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Q, QuerySet
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import get_language, pgettext
from django.utils.translation import gettext as _

from jinlin.core import charts
from jinlin.core.errors import InvalidInput, ServiceError
from jinlin.core.http import file_response, paginate, paper_name, param_id
from jinlin.core.replica import reads_from_replica
from jinlin.core.site import site_base
from jinlin.members import access as member_access
from jinlin.members.models import Member, Registration, RoleAssignment
from jinlin.organizations.models import Organization
from jinlin.reports import services
from jinlin.reports.exports import export_downloaded, export_file_name
from jinlin.reports.models import Evaluation, FeedbackSheet, RatingRule

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@login_required
def registration_slip(request: HttpRequest, pk: int) -> HttpResponse:
    registration = get_object_or_404(
        member_access.registrations_visible(request.user).select_related(
            "member",
            "member__branch",
            "member__branch__parent",
            "unit",
            "unit__parent",
            "community",
            "community__parent",
        ),
        pk=pk,
    )
    try:
        pdf = services.registration_slip_pdf(registration)
    except ServiceError as error:
        messages.error(request, error.message)
        return redirect("home")
    who = registration.party.name if registration.party else ""
    return file_response(
        pdf, filename=paper_name(pgettext("file", "Registration slip"), who, ext="pdf"),
        inline=True,
    )  # fmt: skip


@login_required
def member_card(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    """服务卡 (PDF): the member's own, or one the admin's scope covers."""
    if pk is None:
        member_id = member_access.member_id_of(request.user)
        if member_id is None:
            raise PermissionDenied(_("Your account is not linked to a member record."))
        pk = member_id
    member = get_object_or_404(
        member_access.members_visible(request.user).select_related("branch"), pk=pk
    )
    return file_response(
        services.member_card_pdf(member),
        filename=paper_name(pgettext("file", "Service card"), member.name, ext="pdf"),
        inline=True,
    )


def _units(request: HttpRequest) -> QuerySet[Organization]:
    """The units whose feedback and evaluations the reader may see: a unit admin's own, or
    every unit of a district admin's district (10,000 in a city)."""
    scope = member_access.scope_of(request.user)
    ids = [g.organization_id for g in scope.grants if g.role == RoleAssignment.Role.UNIT_ADMIN]
    if scope.superuser or scope.has_role(RoleAssignment.Role.DISTRICT_ADMIN):
        units = member_access.organizations_visible(request.user)
    else:
        units = Organization.objects.filter(pk__in=ids)
    return units.filter(kind=Organization.Kind.UNIT).order_by("name")


# A unit chooser longer than this is a search: a district reads 10,000 units' names.
UNIT_CHOICES = 100


@dataclass(frozen=True)
class UnitChoice:
    unit: Organization | None  # the unit shown
    choices: list[Organization]  # the units offered: those whose names contain ``q``
    searched: bool  # more units than one list shows: the page offers a search by name
    q: str
    unmatched: bool  # the search matched no unit: the unit shown stays


def _unit_choice(request: HttpRequest, units: QuerySet[Organization]) -> UnitChoice:
    """Which unit a page shows and which it offers. Every unit is offered when there are at
    most ``UNIT_CHOICES``; else the first ``UNIT_CHOICES`` by name whose names contain
    ``?unit_q=``. The unit shown is ``?unit=ID`` when it is among them, else the first of them
    (a new search shows its first match); a search matching nothing keeps the unit shown."""
    q = request.GET.get("unit_q", "").strip()[:50]
    asked = param_id(request, "unit", query=True)  # (a form may post a unit of its own)
    matching = units.filter(name__icontains=q) if q else units
    choices = list(matching[: UNIT_CHOICES + 1])
    searched = bool(q) or len(choices) > UNIT_CHOICES
    choices = choices[:UNIT_CHOICES]
    unit = next((u for u in choices if u.pk == asked), None)
    if unit is None and asked is not None:
        unit = matching.filter(pk=asked).first()
    if unit is None and choices:
        unit = choices[0]
    if unit is None:  # the search matched nothing: keep the unit asked for, or the first
        unit = (units.filter(pk=asked).first() if asked is not None else None) or units.first()
    unmatched = bool(q) and not choices
    if unit is not None and unit not in choices:
        choices.insert(0, unit)
    return UnitChoice(unit=unit, choices=choices, searched=searched, q=q, unmatched=unmatched)


@login_required
def feedback(request: HttpRequest) -> HttpResponse:
    """The unit admin's quarterly sheet: view it, download it as .xlsx or PDF."""
    choice = _unit_choice(request, _units(request))
    unit = choice.unit
    if unit is None:
        raise PermissionDenied(_("Unit admins read their unit's feedback."))
    quarter = request.GET.get("quarter") or services.previous_quarter()
    try:
        rows = services.unit_feedback_rows(unit, quarter)
    except ServiceError as error:
        messages.error(request, error.message)
        quarter = services.previous_quarter()
        rows = services.unit_feedback_rows(unit, quarter)
    fmt = request.GET.get("format")
    if fmt in ("xlsx", "pdf"):
        if fmt == "xlsx":
            content = services.feedback_xlsx(unit, quarter, rows)
        else:
            content = services.feedback_pdf(unit, quarter, rows)
        name = paper_name(unit.name, pgettext("file", "Feedback sheet"), quarter, ext=fmt)
        return file_response(content, filename=name)
    return render(
        request,
        "reports/feedback_page.html",
        {
            "choice": choice,
            "unit": unit,
            "quarter": quarter,
            "rows": rows,
            "sheets": FeedbackSheet.objects.filter(unit=unit)[:8],
            "total": sum(r.hours for r in rows),
            "chart": _feedback_chart(rows),
            "quarters": services.recent_quarters(),
        },
    )


def _feedback_chart(rows: list[services.FeedbackRow]) -> dict[str, Any]:
    """The members who served most this quarter, needs and reports stacked."""
    served = sorted((r for r in rows if r.hours), key=lambda r: r.hours, reverse=True)[:25]
    served.reverse()  # a horizontal bar chart draws from the bottom up
    return charts.chart(
        categories=[r.member.name for r in served],
        series=[
            charts.series(_("Hours from needs"), [float(r.need_hours) for r in served], stack="h"),
            charts.series(
                _("Hours reported and approved"),
                [float(r.report_hours) for r in served],
                stack="h",
                color="#e6a028",
            ),
        ],
        horizontal=True,
    )


@login_required
@reads_from_replica
def evaluations(request: HttpRequest) -> HttpResponse:
    """Communities grade their registered units and members; units read their members'."""
    scope = member_access.scope_of(request.user)
    this_year = timezone.localdate().year
    communities = scope.community_admin_ids
    choice = _unit_choice(request, _units(request))
    unit = choice.unit
    asked = request.GET.get("year", "")
    if asked.isdigit() and 2000 <= int(asked) <= this_year:
        year = int(asked)
    else:  # the latest year evaluated here, or this year when there is none yet
        here = Q(community_id__in=communities)
        if unit is not None:
            here |= Q(unit=unit) | Q(member__branch__path__startswith=unit.path)
        latest = (
            Evaluation.objects.filter(here)
            .order_by("-year")
            .values_list("year", flat=True)
            .first()
        )
        year = latest or this_year
    if not communities and unit is None:
        raise PermissionDenied(_("Community and unit admins see evaluations."))
    if request.method == "POST" and communities:
        community = get_object_or_404(
            Organization, pk=param_id(request, "community") or 0, pk__in=communities
        )
        if request.POST.get("action") == "fill":
            try:
                count = services.evaluation_fill(
                    community=community,
                    year=year,
                    grade=request.POST.get("grade", ""),
                    by=request.user,
                )
            except ServiceError as error:
                messages.error(request, error.message)
            else:
                messages.success(
                    request, _("%(n)d more graded; change the exceptions below.") % {"n": count}
                )
            return redirect(f"{request.path}?year={year}")
        member = Member.objects.filter(pk=param_id(request, "member") or 0).first()
        unit = Organization.objects.filter(pk=param_id(request, "unit") or 0).first()
        try:
            services.evaluation_set(
                community=community,
                year=year,
                member=member,
                unit=unit,
                grade=request.POST.get("grade", ""),
                comment=request.POST.get("comment", ""),
                by=request.user,
            )
        except ServiceError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("Saved."))
        return redirect(f"{request.path}?year={year}")
    subjects = []
    managed = list(Organization.objects.filter(pk__in=communities))
    if communities:
        given = {
            (e.community_id, e.member_id, e.unit_id): e
            for e in Evaluation.objects.filter(community_id__in=communities, year=year)
        }
        for r in (
            Registration.objects.filter(
                community_id__in=communities, status=Registration.Status.CONFIRMED
            )
            .select_related("member", "unit", "community")
            .order_by("community_id", "-kind", "id")
        ):
            subjects.append((r, given.get((r.community_id, r.member_id, r.unit_id))))
    received: list[Evaluation] = []
    unit_received: list[Evaluation] = []
    if unit is not None:
        received = list(
            Evaluation.objects.filter(year=year, member__branch__path__startswith=unit.path)
            .select_related("member", "community")
            .order_by("member__name")
        )
        unit_received = list(
            Evaluation.objects.filter(year=year, unit=unit).select_related("community")
        )
    counts = {code: 0 for code in Evaluation.Grade.values}
    for e in received:
        counts[e.grade] += 1
    return render(
        request,
        "reports/evaluations.html",
        {
            "year": year,
            "years": list(range(this_year, this_year - 4, -1)),
            "subjects": subjects,
            "managed": managed,
            "ungraded": sum(1 for _r, e in subjects if e is None),
            "grades": Evaluation.Grade.choices,
            "received": received,
            "unit_received": unit_received,
            "choice": choice,
            "unit": unit,
            "grade_counts": [(label, counts[code]) for code, label in Evaluation.Grade.choices],
        },
    )


# Exports on the queue ------------------------------------------------------------------------


def _export_create(request: HttpRequest, kind: str) -> HttpResponse:
    """POST: queue the 台账 or the 工作简报 of an organization for a period, then show its
    progress."""
    from jinlin.cloudmap.selectors import period_of
    from jinlin.reports.exports import export_request

    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    org = get_object_or_404(
        member_access.organizations_visible(request.user),
        pk=param_id(request, "organization") or 0,
    )
    try:
        period = period_of(request.POST.get("from"), request.POST.get("to"))
        export = export_request(
            kind=kind, organization=org, period=period, by=request.user, language=get_language()
        )
    except ServiceError as error:
        messages.error(request, error.message)
        return redirect("cloudmap-overview", pk=org.pk)
    return redirect("export-detail", pk=export.pk)


@login_required
def ledger_export(request: HttpRequest) -> HttpResponse:
    from jinlin.reports.models import Export

    return _export_create(request, Export.KIND_LEDGER)


@login_required
def national_export(request: HttpRequest) -> HttpResponse:
    from jinlin.reports.models import Export

    return _export_create(request, Export.KIND_NATIONAL)


@login_required
def briefing_create(request: HttpRequest) -> HttpResponse:
    from jinlin.reports.models import Export

    return _export_create(request, Export.KIND_BRIEFING)


def _readable_export(request: HttpRequest, pk: Any) -> Any:
    from jinlin.reports.exports import can_read_export
    from jinlin.reports.models import Export

    export = get_object_or_404(Export.objects.select_related("organization", "edited_by"), pk=pk)
    if not can_read_export(request.user, export):
        raise Http404
    return export


@login_required
def export_detail(request: HttpRequest, pk: Any) -> HttpResponse:
    """A queued file's progress, then its download; a briefing's editor once it is written."""
    import json

    from jinlin.reports import briefing
    from jinlin.reports.exports import briefing_refresh, briefing_save
    from jinlin.reports.models import Export

    export = _readable_export(request, pk)
    is_briefing = export.kind == Export.KIND_BRIEFING
    if request.method == "POST" and is_briefing:
        try:
            if request.POST.get("action") == "refresh":
                briefing_refresh(export=export, by=request.user)
                messages.success(request, _("The figures were read again."))
            else:
                try:
                    blocks = json.loads(request.POST.get("blocks") or "[]")
                except ValueError:
                    blocks = None
                masthead = {
                    key: request.POST[f"masthead_{key}"]
                    for key in briefing.MASTHEAD_FIELDS
                    if f"masthead_{key}" in request.POST
                }
                briefing_save(
                    export=export, title=request.POST.get("title"), blocks=blocks,
                    masthead=masthead, by=request.user,
                )  # fmt: skip
                messages.success(request, _("The briefing was saved."))
        except ServiceError as error:
            messages.error(request, error.message)
        return redirect("export-detail", pk=export.pk)
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET"])
    if request.headers.get("HX-Request"):
        if is_briefing and export.status == Export.Status.DONE:
            response = HttpResponse(status=204)
            response["HX-Refresh"] = "true"
            return response
        return render(request, "reports/_export.html", {"export": export})
    if is_briefing:
        ready = bool(export.content)
        return render(
            request,
            "reports/briefing.html",
            {"export": export, "b": briefing.rendered(export) if ready else None,
             "m": briefing.masthead_of(export) if ready else None},
        )  # fmt: skip
    return render(request, "reports/export.html", {"export": export})


@login_required
def briefing_download(request: HttpRequest, pk: Any, fmt: str) -> HttpResponse:
    """The briefing as .docx or PDF, with each figure linking to its list on this site."""
    from jinlin.reports import briefing
    from jinlin.reports.models import Export

    export = _readable_export(request, pk)
    if export.kind != Export.KIND_BRIEFING or export.status != Export.Status.DONE:
        raise Http404
    base = site_base(request)
    name = export_file_name(export, fmt)
    export_downloaded(export, fmt)
    if fmt == "docx":
        return file_response(briefing.briefing_docx(export, base), filename=name)
    return file_response(briefing.briefing_pdf(export, base), filename=name)


@login_required
def ledger_download(request: HttpRequest, pk: Any) -> HttpResponse:
    """The 台账 as the worker made it, under a name that says whose and for when."""
    from jinlin.reports.models import Export

    export = _readable_export(request, pk)
    if export.kind not in (Export.KIND_LEDGER, Export.KIND_NATIONAL):
        raise Http404
    if export.status != Export.Status.DONE:
        raise Http404
    export_downloaded(export, "xlsx")
    with export.file.open("rb") as handle:
        return file_response(handle.read(), filename=export_file_name(export, "xlsx"))


def certificate_verify(request: HttpRequest) -> HttpResponse:
    """Public: anyone checks a 志愿服务证明, a service card or a 报到证 by its number and code."""
    from jinlin.reports.verification import document_verify

    number = request.GET.get("number", "")[:24]
    code = request.GET.get("code", "")[:16]
    return render(
        request,
        "reports/certificate_verify.html",
        {
            "number": number,
            "code": code,
            "asked": bool(number and code),
            "v": document_verify(number, code) if number and code else None,
        },
    )


@login_required
def my_certificates(request: HttpRequest) -> HttpResponse:
    """The member's own 志愿服务证明: applied for a period, answered by the community that
    recorded the hours, listed and downloaded."""
    from jinlin.cloudmap.selectors import period_of
    from jinlin.reports.applications import certificate_apply
    from jinlin.reports.models import Certificate, CertificateApplication

    member_id = member_access.member_id_of(request.user)
    if member_id is None:
        raise PermissionDenied(_("Your account is not linked to a member record."))
    member = get_object_or_404(Member, pk=member_id)
    if request.method == "POST":
        try:
            period = period_of(request.POST.get("from"), request.POST.get("to"))
            certificate_apply(member=member, period=period,
                              purpose=request.POST.get("purpose", ""))  # fmt: skip
        except ServiceError as error:
            messages.error(request, error.message)
        else:
            messages.success(
                request, _("Your application was sent; the community will answer it.")
            )
        return redirect("my-certificates")
    today = timezone.localdate()
    return render(
        request,
        "reports/my_certificates.html",
        {
            "certificates": Certificate.objects.filter(member=member).select_related("issuer"),
            "applications": CertificateApplication.objects.filter(member=member)
            .exclude(status=CertificateApplication.Status.ISSUED)
            .select_related("issuer")[:20],
            "start": today.replace(month=1, day=1),
            "end": today,
        },
    )


@login_required
def certificate_applications(request: HttpRequest) -> HttpResponse:
    """The community admin's worklist of applications: issue or refuse with reasons."""
    from jinlin.reports import applications
    from jinlin.reports.models import CertificateApplication

    visible = applications.applications_visible(request.user)
    if not member_access.scope_of(request.user).community_admin_ids and not (
        request.user.is_superuser
    ):
        raise PermissionDenied(_("Only community admins answer certificate applications."))
    if request.method == "POST":
        application = get_object_or_404(visible, pk=param_id(request, "application") or 0)
        try:
            answered = applications.application_decide(
                application=application, by=request.user,
                decision=request.POST.get("decision", ""), reason=request.POST.get("reason", ""),
            )  # fmt: skip
        except ServiceError as error:
            messages.error(request, error.message)
        else:
            if answered.certificate is not None:
                messages.success(request, _("Certificate %(number)s was issued.")
                                 % {"number": answered.certificate.number})  # fmt: skip
            else:
                messages.success(request, _("The application was refused; the member is told."))
        return redirect("certificate-applications")
    pending = list(
        visible.filter(status=CertificateApplication.Status.APPLIED)
        .select_related("member", "issuer")
        .order_by("applied_at")[:200]
    )
    hours = applications.hours_applied_for(pending)
    rows = [(a, hours.get(a.pk) or 0) for a in pending]
    lately = (
        visible.exclude(status=CertificateApplication.Status.APPLIED)
        .select_related("member", "certificate")
        .order_by("-decided_at")[:30]
    )
    return render(request, "reports/certificate_applications.html",
                  {"pending": rows, "answered": lately})  # fmt: skip


@login_required
def certificate_register(request: HttpRequest) -> HttpResponse:
    """The register of issued certificates (出具登记) of the communities in the admin's scope,
    as a workbook."""
    from jinlin.audit.services import audit
    from jinlin.core import xlsx
    from jinlin.reports.applications import register

    rows = register(request.user).select_related("member", "issuer", "issued_by")
    if not member_access.scope_of(request.user).is_admin:
        raise PermissionDenied(_("Only admins keep the register."))
    book = xlsx.Book()
    header = [_("Certificate number"), _("Volunteer"), _("Volunteer number"), _("Issued by"),
              _("From"), _("To"), _("Hours"), _("Issued"), _("Handled by")]  # fmt: skip
    sheet = book.sheet(pgettext("a list of papers issued", "Register"),
                       title=_("Register of volunteer service certificates"),
                       header=header)  # fmt: skip
    for c in rows.order_by("issued_at")[:100_000]:
        sheet.append([c.number, c.member.name, c.member.volunteer_no, c.issuer.name, c.start,
                      c.end, float(c.hours), timezone.localtime(c.issued_at).date(),
                      (c.issued_by.get_full_name() or c.issued_by.get_username())
                      if c.issued_by else ""])  # fmt: skip
    audit("export_download", "certificate register")
    return file_response(
        book.to_bytes(),
        filename=paper_name(pgettext("file", "Register of certificates"), ext="xlsx"),
    )


@login_required
def certificate_publicity(request: HttpRequest) -> HttpResponse:
    """公示: certificates the caller's communities issued lately, names masked."""
    from django.conf import settings

    from jinlin.reports.applications import publicity

    return render(
        request,
        "reports/certificate_publicity.html",
        {"certificates": publicity(request.user).order_by("-issued_at")[:500],
         "days": settings.CERTIFICATE_PUBLICITY_DAYS},
    )  # fmt: skip


@login_required
def certificate_download(request: HttpRequest, number: str) -> HttpResponse:
    """A certificate's PDF: for its member and the admins whose scope covers the member."""
    from jinlin.reports.certificates import certificate_pdf
    from jinlin.reports.models import Certificate

    cert = get_object_or_404(Certificate.objects.select_related("member", "issuer"),
                             number=number)  # fmt: skip
    if not member_access.members_visible(request.user).filter(pk=cert.member_id).exists():
        raise Http404
    return file_response(
        certificate_pdf(cert, request),
        filename=paper_name(pgettext("file", "Volunteer service certificate"), cert.member.name,
                            cert.number, ext="pdf"),
        inline=True,
    )  # fmt: skip


# 星级创评 -------------------------------------------------------------------------------------


@login_required
@reads_from_replica
def rating_rules(request: HttpRequest) -> HttpResponse:
    """The rating rules the caller can read; its admins add one."""
    import datetime as dt

    from jinlin.reports import ratings

    managed = member_access.organizations_administered(
        request.user, [Organization.Kind.DISTRICT, Organization.Kind.STREET]
    )
    if not member_access.scope_of(request.user).can_read_tree:
        raise PermissionDenied(_("Ratings are for administrators and supervisors."))
    form: dict[str, Any] = {}
    errors: dict[str, str] = {}
    if request.method == "POST":
        form = dict(request.POST.dict())
        org = next((o for o in managed if str(o.pk) == form.get("organization")), None)
        try:
            if org is None:
                raise InvalidInput(_("Choose an organization you administer."),
                                   fields={"organization": _("Not yours.")})  # fmt: skip
            try:
                start = dt.date.fromisoformat(form.get("start", ""))
                end = dt.date.fromisoformat(form.get("end", ""))
            except ValueError:
                raise InvalidInput(_("Write the date as YYYY-MM-DD."),
                                   fields={"start": _("Not a date.")}) from None  # fmt: skip
            rule = ratings.rule_save(
                organization=org, name=form.get("name", ""), subject=form.get("subject", ""),
                start=start, end=end,
                thresholds=[form.get(f"threshold_{i}", "") for i in range(1, 6)],
                weights={k: form.get(f"weight_{k}", "") for k in ratings.WEIGHTS},
                by=request.user,
            )  # fmt: skip
        except ServiceError as error:
            messages.error(request, error.message)
            errors = error.fields
        else:
            messages.success(request, _("The rule was saved."))
            return redirect("rating-detail", pk=rule.pk)
    today = timezone.localdate()
    values = {
        "organization": form.get("organization", ""),
        "name": form.get("name", ""),
        "subject": form.get("subject", RatingRule.Subject.MEMBER),
        "start": form.get("start") or today.replace(month=1, day=1).isoformat(),
        "end": form.get("end") or today.replace(month=12, day=31).isoformat(),
        "thresholds": [
            (i, form.get(f"threshold_{i}", ratings.MEMBER_THRESHOLDS[i - 1])) for i in range(1, 6)
        ],
        "weights": [
            (k, ratings.WEIGHT_LABELS[k], form.get(f"weight_{k}", v))
            for k, v in ratings.WEIGHTS.items()
        ],
    }
    return render(
        request,
        "reports/rating_rules.html",
        {
            "rules": ratings.rules_visible(request.user).select_related("organization"),
            "managed": managed,
            "subjects": RatingRule.Subject.choices,
            "values": values,
            "errors": errors,
            "examples": {
                "member": " / ".join(map(str, ratings.MEMBER_THRESHOLDS)),
                "score": " / ".join(map(str, ratings.SCORE_THRESHOLDS)),
            },
        },
    )


# A city's rule has a leaderboard for each of its 150 streets: ten boards a page (1,500
# ratings with their reasons took 0.3 s to render, and a phone to scroll).
BOARDS_PER_PAGE = 10


@login_required
@reads_from_replica
def rating_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """A rule's ratings: how many earned each star (chart), the leaderboards by street or by
    kind (``BOARDS_PER_PAGE`` a page), each rating with its reasons."""
    from jinlin.reports import ratings

    rule = get_object_or_404(
        ratings.rules_visible(request.user).select_related("organization"), pk=pk
    )
    within = rule.organization
    if not member_access.can_view_organization(request.user, within):
        within = (
            member_access.organizations_visible(request.user)
            .filter(path__startswith=rule.organization.path)
            .order_by("depth")
            .first()
        ) or within
    by = "kind" if request.GET.get("by") == "kind" else "street"
    (counts, rated, boards), as_of = ratings.rating_page_kept(rule, within, by)
    who = ratings.rated_label(rule)
    chart = charts.chart(
        categories=[_("No star")] + [_("%(n)d★") % {"n": n} for n in range(1, 6)],
        series=[charts.series(who, counts, kind="bar", color=charts.RED)],
        axes=[{"name": who}],
        legend=False,
    )
    return render(
        request,
        "reports/rating_detail.html",
        {
            "rule": rule,
            "within": within,
            "by": by,
            "page": paginate(request, boards, per_page=BOARDS_PER_PAGE),
            "rated": rated,
            "who": who,
            "counts": counts,
            "chart": chart,
            "weights": [(ratings.WEIGHT_LABELS[k], v) for k, v in rule.weights.items()],
            "as_of": as_of,
            "keep_minutes": settings.FIGURES_KEEP_SECONDS // 60,
        },
    )
