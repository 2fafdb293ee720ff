"""The oversight board: problems found, measures, closed, overdue and days to close, by
area and by week; and the spreadsheet a district hands to inspectors."""

from __future__ import annotations

import datetime as dt
import statistics
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Count, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from jinlin.core import xlsx
from jinlin.organizations.models import Organization
from jinlin.oversight.models import Problem

Kind = Organization.Kind


@dataclass
class BoardRow:
    label: str
    organization: Organization | None
    found: int = 0
    measures: int = 0
    closed: int = 0
    unfixed: int = 0
    overdue: int = 0
    days: list[int] = field(default_factory=list)

    @property
    def median_days(self) -> float | None:
        return statistics.median(self.days) if self.days else None

    @property
    def open(self) -> int:
        return self.found - self.closed - self.unfixed


def filtered(
    problems: QuerySet[Problem],
    *,
    source: str = "",
    severity: str = "",
    within: Organization | None = None,
    status: str = "",
    overdue: bool | None = None,
) -> QuerySet[Problem]:
    if source in Problem.Source.values:
        problems = problems.filter(source=source)
    if severity in ("low", "medium", "high"):
        problems = problems.filter(severity=severity)
    if within is not None:
        problems = problems.filter(organization__path__startswith=within.path)
    if status in Problem.Status.values:
        problems = problems.filter(status=status)
    if overdue is True:
        problems = problems.filter(deadline__lt=timezone.localdate()).exclude(
            status__in=Problem.DONE
        )
    return problems


def board_rows(problems: QuerySet[Problem], root: Organization | None) -> list[BoardRow]:
    """Rows under ``root``: its streets or communities, and one row for the units and
    branches directly under it."""
    today = timezone.localdate()
    areas: list[Organization] = []
    if root is not None and root.kind in (Kind.DISTRICT, Kind.STREET):
        child_kind = Kind.STREET if root.kind == Kind.DISTRICT else Kind.COMMUNITY
        areas = list(Organization.objects.filter(parent=root, kind=child_kind).order_by("code"))
    rows = [BoardRow(label=a.name, organization=a) for a in areas]
    direct = BoardRow(
        label=_("Units and branches directly under %(name)s") % {"name": root.name}
        if root
        else _("All"),
        organization=None,
    )
    measure_counts = dict(problems.values_list("pk").annotate(n=Count("measures")))
    for problem in problems.select_related("organization"):
        row = next(
            (
                r
                for r in rows
                if r.organization is not None
                and problem.organization.path.startswith(r.organization.path)
            ),
            direct,
        )
        row.found += 1
        row.measures += measure_counts.get(problem.pk, 0)
        if problem.status == Problem.Status.CLOSED:
            row.closed += 1
        elif problem.status == Problem.Status.CLOSED_UNFIXED:
            row.unfixed += 1
        if problem.is_overdue(today):
            row.overdue += 1
        if problem.days_to_close is not None and problem.status == Problem.Status.CLOSED:
            row.days.append(problem.days_to_close)
    if direct.found or not rows:
        rows.append(direct)
    return rows


def totals(rows: list[BoardRow]) -> BoardRow:
    total = BoardRow(label=_("Total"), organization=None)
    for row in rows:
        total.found += row.found
        total.measures += row.measures
        total.closed += row.closed
        total.unfixed += row.unfixed
        total.overdue += row.overdue
        total.days.extend(row.days)
    return total


def weekly(problems: QuerySet[Problem], weeks: int = 12) -> dict[str, list[Any]]:
    """Problems found and closed per week (Monday to Sunday, local time)."""
    today = timezone.localdate()
    start = today - dt.timedelta(days=today.weekday() + 7 * (weeks - 1))
    labels = [(start + dt.timedelta(weeks=i)) for i in range(weeks)]
    found = [0] * weeks
    closed = [0] * weeks
    for created, closed_at in problems.values_list("created_at", "closed_at"):
        index = (timezone.localtime(created).date() - start).days // 7
        if 0 <= index < weeks:
            found[index] += 1
        if closed_at is not None:
            index = (timezone.localtime(closed_at).date() - start).days // 7
            if 0 <= index < weeks:
                closed[index] += 1
    return {"weeks": [d.strftime("%m-%d") for d in labels], "found": found, "closed": closed}


def export_problems(problems: QuerySet[Problem]) -> bytes:
    """The 台账 of problems and rectifications, ready for an inspection."""
    book = xlsx.Book()
    sheet = book.sheet(
        _("Problems"),
        title=_("Problems and rectifications (台账), %(day)s")
        % {"day": timezone.localdate().isoformat()},
        widths=(22, 40, 12, 10, 12, 12, 14, 8, 50, 12, 10, 8),
    )
    header = [
        _("Organization"),
        _("Problem"),
        _("Source"),
        _("Severity"),
        _("Found on"),
        _("Deadline"),
        _("Status"),
        _("Overdue"),
        _("Measures"),
        _("Closed on"),
        _("Days to close"),
        _("Reopened"),
    ]
    sheet.header(header)
    today = timezone.localdate()
    rows = (
        problems.select_related("organization")
        .prefetch_related("measures")
        .order_by("organization__path", "deadline")
    )
    for problem in rows:
        sheet.append(
            [
                problem.organization.name,
                problem.title,
                problem.get_source_display(),
                problem.get_severity_display(),
                timezone.localtime(problem.created_at).date(),
                problem.deadline,
                problem.get_status_display(),
                _("yes") if problem.is_overdue(today) else "",
                "；".join(
                    f"{m.text}（{m.owner}，{m.deadline:%m-%d}）" for m in problem.measures.all()
                ),
                timezone.localtime(problem.closed_at).date() if problem.closed_at else None,
                problem.days_to_close,
                problem.reopen_count or "",
            ]
        )
    return book.to_bytes()
