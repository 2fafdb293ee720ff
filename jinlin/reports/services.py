"""一单一表一卡 and 评议: the registration slip (报到证, with its receipt), the quarterly
feedback sheet each unit gets about its members' service (双向反馈), and the yearly
evaluation communities give registered units and members."""

from __future__ import annotations

import datetime as dt
import functools
import re
import threading
import uuid
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import Count, Sum
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop, pgettext

from jinlin.core import xlsx
from jinlin.core.errors import InvalidInput, NotAllowed
from jinlin.members import access as member_access
from jinlin.members.models import Member, Registration, RoleAssignment
from jinlin.notifications.models import Notification
from jinlin.notifications.services import notify
from jinlin.organizations.models import Organization
from jinlin.posts.models import Application
from jinlin.reports.models import Evaluation, FeedbackSheet
from jinlin.service.models import ServiceRecord

QUARTER_RE = re.compile(r"^(\d{4})Q([1-4])$")


def quarter_bounds(quarter: str) -> tuple[dt.date, dt.date]:
    """'2026Q3' → (2026-07-01, 2026-09-30)."""
    match = QUARTER_RE.match((quarter or "").strip().upper())
    if not match:
        raise InvalidInput(
            _("A quarter is written like 2026Q3."), fields={"quarter": _("Like 2026Q3.")}
        )
    year, number = int(match.group(1)), int(match.group(2))
    start = dt.date(year, 3 * number - 2, 1)
    end = dt.date(year + (number == 4), (3 * number) % 12 + 1, 1) - dt.timedelta(days=1)
    return start, end


def previous_quarter(today: dt.date | None = None) -> str:
    today = today or timezone.localdate()
    number = (today.month - 1) // 3
    return f"{today.year - 1}Q4" if number == 0 else f"{today.year}Q{number}"


def feedback_units() -> list[Organization]:
    """The units with members, whose feedback sheets are made each quarter."""
    return [
        unit
        for unit in Organization.objects.filter(kind=Organization.Kind.UNIT).order_by("path")
        if Member.objects.filter(branch__path__startswith=unit.path).exists()
    ]


def feedback_quarter_due(today: dt.date) -> int:
    """The scheduled job: in the first month of a quarter, the last quarter's sheet of every
    unit that has none yet (a worker that was down on the first catches up)."""
    quarter = previous_quarter(today)
    if (today - quarter_bounds(this_quarter(today))[0]).days > 31:
        return 0
    done = set(FeedbackSheet.objects.filter(quarter=quarter).values_list("unit_id", flat=True))
    made = 0
    for unit in feedback_units():
        if unit.pk not in done:
            feedback_generate(unit=unit, quarter=quarter, notify_admins=True)
            made += 1
    return made


def this_quarter(today: dt.date) -> str:
    return f"{today.year}Q{(today.month - 1) // 3 + 1}"


def recent_quarters(count: int = 8, today: dt.date | None = None) -> list[str]:
    """This quarter and the ones before it, newest first."""
    today = today or timezone.localdate()
    year, number = today.year, (today.month - 1) // 3 + 1
    quarters = []
    for _step in range(count):
        quarters.append(f"{year}Q{number}")
        year, number = (year - 1, 4) if number == 1 else (year, number - 1)
    return quarters


# 报到证 ------------------------------------------------------------------------------------


def html_to_pdf(html: str) -> bytes:
    from weasyprint import HTML

    return HTML(string=html).write_pdf(stylesheets=[_paper_rules()], font_config=_fonts())


_threads_fonts = threading.local()


def _fonts() -> Any:
    """WeasyPrint's font configuration, made once a thread and kept: making one reads the
    system's fonts into a new Pango font map, 40 % of a paper's time (a page of Chinese 144 →
    88 ms), and a font map is not shared between threads. The papers declare no @font-face,
    so nothing accumulates in it."""
    config = getattr(_threads_fonts, "config", None)
    if config is None:
        from weasyprint.text.fonts import FontConfiguration

        config = _threads_fonts.config = FontConfiguration()
    return config


@functools.cache
def _paper_rules() -> Any:
    """What every paper keeps whole across a page break: a table's row (a record split between
    two pages had left its last lines under empty cells on the next) and an image (a QR code)."""
    from weasyprint import CSS

    return CSS(string="tr, img { break-inside: avoid; }")


def registration_slip_pdf(registration: Registration) -> bytes:
    if registration.status != Registration.Status.CONFIRMED:
        raise InvalidInput(
            _("Only a confirmed registration has a slip."),
            fields={"registration": _("Not confirmed.")},
        )
    from jinlin.reports.verification import seal, slip_code, slip_number

    number = slip_number(registration)
    html = render_to_string(
        "reports/slip.html",
        {
            "r": registration,
            "number": number,
            "seal": seal(number, slip_code(registration)),
            "today": timezone.localdate(),
        },
    )
    return html_to_pdf(html)


# Quarterly feedback ----------------------------------------------------------------------


@dataclass
class FeedbackRow:
    member: Member
    community: str
    needs: int
    need_hours: Decimal
    report_hours: Decimal
    posts: str
    rating: float | None
    evaluation: str

    @property
    def hours(self) -> Decimal:
        return self.need_hours + self.report_hours


def unit_feedback_rows(unit: Organization, quarter: str) -> list[FeedbackRow]:
    """Each member of the unit: what they did in their community during the quarter."""
    start, end = quarter_bounds(quarter)
    members = list(Member.objects.filter(branch__path__startswith=unit.path).order_by("name"))
    ids = [m.pk for m in members]
    communities = dict(
        Registration.objects.filter(
            member_id__in=ids, status=Registration.Status.CONFIRMED
        ).values_list("member_id", "community__name")
    )
    ledger = ServiceRecord.objects.filter(member_id__in=ids, activity_date__range=(start, end))
    need_hours = dict(
        ledger.filter(source=ServiceRecord.Source.NEED)
        .values("member_id")
        .annotate(h=Sum("hours"))
        .values_list("member_id", "h")
    )
    report_hours = dict(
        ledger.filter(source=ServiceRecord.Source.REPORT)
        .values("member_id")
        .annotate(h=Sum("hours"))
        .values_list("member_id", "h")
    )
    needs = dict(
        ledger.filter(kind=ServiceRecord.Kind.CREDIT, need__isnull=False)
        .values("member_id")
        .annotate(n=Count("need", distinct=True))
        .values_list("member_id", "n")
    )
    from jinlin.residents.services import member_ratings

    ratings = {m: avg for m, (avg, _n) in member_ratings(ids, (start, end)).items()}
    posts: dict[int, list[str]] = {}
    for member_id, title in Application.objects.filter(
        member_id__in=ids, status__in=Application.HOLDING
    ).values_list("member_id", "post__title"):
        posts.setdefault(member_id, []).append(title)
    # The latest yearly evaluation up to the quarter's year (评议 happens at the year's end).
    grades: dict[int, str] = {}
    for e in Evaluation.objects.filter(member_id__in=ids, year__lte=start.year).order_by(
        "year", "at"
    ):
        if e.member_id is not None:
            grades[e.member_id] = f"{e.year} {e.get_grade_display()}"

    return [
        FeedbackRow(
            member=m,
            community=communities.get(m.pk, ""),
            needs=needs.get(m.pk, 0),
            need_hours=need_hours.get(m.pk) or Decimal(0),
            report_hours=report_hours.get(m.pk) or Decimal(0),
            posts="、".join(posts.get(m.pk, [])),
            rating=ratings.get(m.pk),
            evaluation=str(grades.get(m.pk, "")),
        )
        for m in members
    ]


def feedback_xlsx(unit: Organization, quarter: str, rows: list[FeedbackRow]) -> bytes:
    book = xlsx.Book()
    sheet = book.sheet(
        quarter,
        title=_("%(unit)s: members' service in their communities, %(quarter)s")
        % {"unit": unit.name, "quarter": quarter},
        header=[
            pgettext("of a person", "Name"),
            _("Registered with"),
            _("Needs served"),
            _("Hours from needs"),
            _("Hours reported and approved"),
            _("Hours in all"),
            _("Posts held"),
            _("Residents' rating"),
            _("Community evaluation"),
        ],
        widths=(12, 18, 10, 12, 14, 10, 24, 10, 14),
    )
    for row in rows:
        sheet.append(
            [
                row.member.name,
                row.community,
                row.needs,
                float(row.need_hours),
                float(row.report_hours),
                float(row.hours),
                row.posts,
                round(row.rating, 1) if row.rating is not None else None,
                row.evaluation,
            ]
        )
    return book.to_bytes()


def feedback_pdf(unit: Organization, quarter: str, rows: list[FeedbackRow]) -> bytes:
    start, end = quarter_bounds(quarter)
    html = render_to_string(
        "reports/feedback.html",
        {
            "unit": unit,
            "quarter": quarter,
            "rows": rows,
            "start": start,
            "end": end,
            "total": sum((r.hours for r in rows), Decimal(0)),
            "today": timezone.localdate(),
        },
    )
    return html_to_pdf(html)


def can_read_feedback(user: Any, unit: Organization) -> bool:
    return member_access.scope_of(user).covers(unit, member_access.ADMIN_ROLES)


def feedback_generate(
    *, unit: Organization, quarter: str, with_pdf: bool = True, notify_admins: bool = False
) -> FeedbackSheet:
    """Make (or remake) a unit's sheet for the quarter and keep it."""
    rows = unit_feedback_rows(unit, quarter)
    sheet, _created = FeedbackSheet.objects.get_or_create(unit=unit, quarter=quarter)
    stem = f"{unit.code}-{quarter}-{uuid.uuid4().hex[:12]}"  # not to be guessed
    sheet.xlsx.save(f"{stem}.xlsx", ContentFile(feedback_xlsx(unit, quarter, rows)), save=False)
    if with_pdf:
        sheet.pdf.save(f"{stem}.pdf", ContentFile(feedback_pdf(unit, quarter, rows)), save=False)
    sheet.rows = len(rows)
    sheet.generated_at = timezone.now()
    sheet.save()
    if notify_admins:
        notify(
            user_ids=RoleAssignment.objects.filter(
                role=RoleAssignment.Role.UNIT_ADMIN, organization=unit
            ).values_list("user_id", flat=True),
            kind=Notification.Kind.OTHER,
            message=gettext_noop("The %(quarter)s feedback on your members' service is ready."),
            params={"quarter": quarter},
            url="/reports/feedback/",
        )
    return sheet


# 评议 -------------------------------------------------------------------------------------


def evaluation_set(
    *,
    community: Organization,
    year: int,
    grade: str,
    comment: str = "",
    member: Member | None = None,
    unit: Organization | None = None,
    by: Any = None,
) -> Evaluation:
    """The community rates a unit or a member registered with it, once a year."""
    if by is not None and not member_access.scope_of(by).holds(
        RoleAssignment.Role.COMMUNITY_ADMIN, community.pk
    ):
        raise NotAllowed(_("Only the community's own admins evaluate."))
    if grade not in Evaluation.Grade.values:
        raise InvalidInput(_("Choose a grade."), fields={"grade": _("Unknown grade.")})
    if (member is None) == (unit is None):
        raise InvalidInput(_("Evaluate a member or a unit."), fields={"member": _("Choose one.")})
    registered = Registration.objects.filter(
        community=community,
        status=Registration.Status.CONFIRMED,
        **({"member": member} if member is not None else {"unit": unit}),
    )
    if not registered.exists():
        raise InvalidInput(
            _("Only those registered with the community are evaluated."),
            fields={"member": _("Not registered here.")},
        )
    if not 2000 <= year <= timezone.localdate().year:
        raise InvalidInput(_("Not a year that can be evaluated."), fields={"year": _("Invalid.")})
    evaluation, _created = Evaluation.objects.update_or_create(
        community=community,
        year=year,
        member=member,
        unit=unit,
        defaults={
            "grade": grade,
            "comment": (comment or "").strip()[:300],
            "by": by if by is not None and by.is_authenticated else None,
            "at": timezone.now(),
        },
    )
    return evaluation


def evaluation_fill(*, community: Organization, year: int, grade: str, by: Any = None) -> int:
    """Give ``grade`` to everyone registered with the community not yet graded for the year
    (the usual start: everyone 合格, then the exceptions one by one). Returns how many."""
    if by is not None and not member_access.scope_of(by).holds(
        RoleAssignment.Role.COMMUNITY_ADMIN, community.pk
    ):
        raise NotAllowed(_("Only the community's own admins evaluate."))
    if grade not in Evaluation.Grade.values:
        raise InvalidInput(_("Choose a grade."), fields={"grade": _("Unknown grade.")})
    if not 2000 <= year <= timezone.localdate().year:
        raise InvalidInput(_("Not a year that can be evaluated."), fields={"year": _("Invalid.")})
    given = Evaluation.objects.filter(community=community, year=year)
    graded_members = set(given.values_list("member_id", flat=True))
    graded_units = set(given.values_list("unit_id", flat=True))
    rows = [
        Evaluation(
            community=community,
            year=year,
            member_id=member_id,
            unit_id=unit_id,
            grade=grade,
            by=by if by is not None and by.is_authenticated else None,
        )
        for member_id, unit_id in Registration.objects.filter(
            community=community, status=Registration.Status.CONFIRMED
        ).values_list("member_id", "unit_id")
        if (member_id is not None and member_id not in graded_members)
        or (unit_id is not None and unit_id not in graded_units)
    ]
    with transaction.atomic():
        Evaluation.objects.bulk_create(rows, ignore_conflicts=True)
    return len(rows)


# 一单一表一卡: the needs table and the member's service card ------------------------------------


def needs_table_xlsx(needs: list[Any]) -> bytes:
    """需求清单: each need with its places, who came, what was accepted and credited, the
    outcomes counted and the residents' rating — from the ledger and the acceptances."""
    from django.db.models import Avg, Q

    from jinlin.needs.models import METRICS, Claim
    from jinlin.residents.models import Rating
    from jinlin.service.models import Attendance

    ids = [n.pk for n in needs]
    came = dict(
        Claim.objects.filter(need_id__in=ids)
        .values("need_id")
        .annotate(
            n=Count("attendance", filter=Q(attendance__signed_in_at__isnull=False)),
        )
        .values_list("need_id", "n")
    )
    absent = dict(
        Claim.objects.filter(need_id__in=ids, status=Claim.Status.ABSENT)
        .values("need_id")
        .annotate(n=Count("id"))
        .values_list("need_id", "n")
    )
    hours = dict(
        ServiceRecord.objects.filter(need_id__in=ids)
        .values("need_id")
        .annotate(h=Sum("hours"))
        .values_list("need_id", "h")
    )
    outcomes: dict[int, dict[str, int]] = {}
    for need_id, counted in Attendance.objects.filter(
        claim__need_id__in=ids, decision=Attendance.Decision.ACCEPTED
    ).values_list("claim__need_id", "outcomes"):
        totals = outcomes.setdefault(need_id, {})
        for key, value in (counted or {}).items():
            totals[key] = totals.get(key, 0) + int(value)
    ratings = dict(
        Rating.objects.filter(need_id__in=ids)
        .values("need_id")
        .annotate(a=Avg("stars"))
        .values_list("need_id", "a")
    )
    book = xlsx.Book()
    sheet = book.sheet(
        _("Needs"),
        title=_("Needs table (需求清单)"),
        header=[
            _("Community"),
            _("Need"),
            _("Category"),
            _("Place"),
            _("Starts"),
            _("Ends"),
            _("Mode"),
            _("Places"),
            _("Confirmed"),
            _("Waitlisted"),
            _("Signed in on site"),
            _("Absent"),
            _("Hours credited"),
            _("Outcomes"),
            _("Residents' rating"),
            _("Status"),
        ],
        widths=(14, 28, 12, 24, 17, 17, 14, 7, 8, 8, 10, 7, 10, 30, 9, 9),
    )
    for need in needs:
        counted = outcomes.get(need.pk, {})
        sheet.append(
            [
                need.community.name,
                need.title,
                need.category_label,
                need.place,
                timezone.localtime(need.starts_at).strftime("%Y-%m-%d %H:%M"),
                timezone.localtime(need.ends_at).strftime("%Y-%m-%d %H:%M"),
                str(need.get_mode_display()),
                need.slots,
                need.confirmed_count,
                need.waitlisted_count,
                came.get(need.pk, 0),
                absent.get(need.pk, 0),
                float(hours.get(need.pk) or 0),
                "；".join(
                    f"{METRICS[k][0]} {v} {METRICS[k][1]}"
                    for k, v in counted.items()
                    if k in METRICS
                ),
                round(ratings[need.pk], 1) if need.pk in ratings else None,
                str(need.get_status_display()),
            ]
        )
    sheet.ws.freeze_panes = "C3"  # the header, and each row's community and need
    return book.to_bytes()


def member_card_pdf(member: Member, *, months: int = 12) -> bytes:
    """服务卡: the member's card — registration, verified hours by month, every ledger row of
    the period, posts held, ratings and evaluations — for the member, the community and the
    unit to print."""
    return html_to_pdf(member_card_html(member, months=months))


def member_card_html(member: Member, *, months: int = 12) -> str:
    from jinlin.reports.selectors import member_service_record
    from jinlin.reports.verification import card_seal, seal
    from jinlin.service.selectors import member_hours_by_month, months_window

    since = months_window(months)  # the same months as the bars
    registration = (
        Registration.objects.filter(member=member, status=Registration.Status.CONFIRMED)
        .select_related("community", "community__parent")
        .first()
    )
    records = list(
        ServiceRecord.objects.filter(member=member, activity_date__gte=since).order_by(
            "activity_date", "id"
        )
    )
    return render_to_string(
        "reports/card.html",
        {
            "member": member,
            "registration": registration,
            "record": member_service_record(member),
            "by_month": member_hours_by_month(member, months),
            "records": records,
            "period_hours": sum((r.hours for r in records), Decimal(0)),
            "since": since,
            "today": timezone.localdate(),
            "card": (card := card_seal(member)),
            "seal": seal(card["number"], card["code"]),
        },
    )
