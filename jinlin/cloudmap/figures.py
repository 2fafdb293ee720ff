"""The figures the seed articles print, for any organization and period, each with the list
of records behind it.

A figure is defined once, by the rows it counts (``rows(org, period)``) and how it counts them
(the number of rows, or the sum of a column): the overview shows the value and links to the
list, and the list shows the same rows — so a figure always equals its list.

"Under an organization": its own records and those of every organization beneath it in the
tree (a district's figures include its streets', communities' and units' branches').
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.db.models import Count, Exists, IntegerField, OuterRef, Q, QuerySet, Sum
from django.db.models.fields.json import KeyTextTransform
from django.db.models.functions import Cast
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from jinlin.cloudmap.indicators import Period
from jinlin.organizations.models import Organization

Rows = Callable[[Organization, Period], QuerySet[Any]]


@dataclass(frozen=True)
class Figure:
    key: str
    label: Any
    group: Any
    rows: Rows
    columns: tuple[tuple[Any, str], ...]  # (heading, attribute path) of the list
    total: str = ""  # a column to sum instead of counting rows
    unit: Any = ""
    as_of_today: bool = False  # a state (open problems), not something done in the period


def under(org: Organization, lookup: str) -> Q:
    """Rows whose organization (``lookup``) is ``org`` or lies beneath it: an IN-subquery over
    the (few) organizations, so the rows' own indexes serve the count."""
    beneath = Organization.objects.filter(path__startswith=org.path).values("pk")
    return Q(**{f"{lookup}__in": beneath})


# The rows -----------------------------------------------------------------------------------


def _registrations(kind: str) -> Rows:
    def rows(org: Organization, period: Period) -> QuerySet[Any]:
        from jinlin.members.models import Registration

        return (
            Registration.objects.filter(
                under(org, "community"),
                kind=kind,
                status=Registration.Status.CONFIRMED,
                created_at__lt=period.until,
            )
            .select_related("community", "member", "unit")
            .order_by("community__path", "id")
        )

    return rows


def _teams(kind: str) -> Rows:
    def rows(org: Organization, period: Period) -> QuerySet[Any]:
        from jinlin.care.models import Team

        return (
            Team.objects.filter(under(org, "organization"), kind=kind, created_at__lt=period.until)
            .select_related("organization", "leader")
            .order_by("organization__path", "id")
        )

    return rows


def _households_paired(org: Organization, period: Period) -> QuerySet[Any]:
    from jinlin.care.models import Household, Pairing

    active = Pairing.objects.filter(household=OuterRef("pk"), started_on__lte=period.end).filter(
        Q(ended_on__isnull=True) | Q(ended_on__gte=period.start)
    )
    return (
        Household.objects.filter(under(org, "community"))
        .filter(Exists(active))
        .select_related("community")
        .order_by("community__path", "id")
    )


def _visits(org: Organization, period: Period) -> QuerySet[Any]:
    from jinlin.care.models import Visit

    return (
        Visit.objects.filter(
            under(org, "pairing__household__community"),
            date__gte=period.start,
            date__lte=period.end,
        )
        .select_related("pairing__household", "pairing__member")
        .order_by("-date", "-id")
    )


def _activities(org: Organization, period: Period) -> QuerySet[Any]:
    from jinlin.needs.models import Need

    now = timezone.now()
    return (
        Need.objects.filter(
            under(org, "community"),
            starts_at__gte=period.since,
            starts_at__lt=min(period.until, now),
            confirmed_count__gt=0,
        )
        .exclude(status=Need.Status.CANCELLED)
        .select_related("community")
        .order_by("-starts_at", "-id")
    )


def _ledger_q(org: Organization) -> Q:
    """A ledger row counts for its need's community, else its report's; a reversal for the
    reversed row's. Written as IN-subqueries (no outer joins), so the database keeps to the
    period's rows."""
    from jinlin.needs.models import Need
    from jinlin.service.models import ServiceReport

    needs = Need.objects.filter(under(org, "community")).values("pk")
    reported = ServiceReport.objects.filter(under(org, "community"), record__isnull=False)
    return (
        Q(need_id__in=needs)
        | Q(pk__in=reported.values("record_id"))
        | Q(reverses_id__in=reported.values("record_id"))
    )


def _ledger(org: Organization, period: Period) -> QuerySet[Any]:
    from jinlin.service.models import ServiceRecord

    return (
        ServiceRecord.objects.filter(
            _ledger_q(org), created_at__gte=period.since, created_at__lt=period.until
        )
        .select_related("member")
        .order_by("-seq")
    )


def _credits(org: Organization, period: Period) -> QuerySet[Any]:
    from jinlin.service.models import ServiceRecord

    return _ledger(org, period).filter(kind=ServiceRecord.Kind.CREDIT)


def _members_served(org: Organization, period: Period) -> QuerySet[Any]:
    from jinlin.members.models import Member
    from jinlin.service.models import ServiceRecord

    served = ServiceRecord.objects.filter(
        _ledger_q(org),
        member=OuterRef("pk"),
        kind=ServiceRecord.Kind.CREDIT,
        created_at__gte=period.since,
        created_at__lt=period.until,
    )
    return Member.objects.filter(Exists(served)).select_related("community").order_by("id")


def _outcome_value(metric: str) -> Cast:
    """An attendance's count of one outcome (its ``outcomes`` JSON), as a number."""
    return Cast(KeyTextTransform(metric, "outcomes"), IntegerField())


def _outcome(metric: str) -> Rows:
    def rows(org: Organization, period: Period) -> QuerySet[Any]:
        from jinlin.service.models import Attendance

        return (
            Attendance.objects.filter(
                under(org, "claim__need__community"),
                credited_at__gte=period.since,
                credited_at__lt=period.until,
                outcomes__has_key=metric,
            )
            .annotate(value=_outcome_value(metric))
            .select_related("claim__need", "claim__member")
            .order_by("-credited_at", "-id")
        )

    return rows


def _entrances(captained: bool) -> Rows:
    def rows(org: Organization, period: Period) -> QuerySet[Any]:
        from jinlin.care.models import Entrance

        found = Entrance.objects.filter(under(org, "building__community"))
        if captained:
            found = found.filter(captain__isnull=False)
        return found.select_related("building", "captain").order_by("building__community", "id")

    return rows


def _service_points(org: Organization, period: Period) -> QuerySet[Any]:
    from jinlin.care.models import ServicePoint

    return (
        ServicePoint.objects.filter(under(org, "community"))
        .select_related("community")
        .order_by("community__path", "id")
    )


def _self_inspections(org: Organization, period: Period) -> QuerySet[Any]:
    from jinlin.oversight.models import SelfInspection

    return (
        SelfInspection.objects.filter(
            under(org, "organization"), date__gte=period.start, date__lte=period.end
        )
        .select_related("organization")
        .order_by("-date", "-id")
    )


def _problems(source: str, state: str) -> Rows:
    def rows(org: Organization, period: Period) -> QuerySet[Any]:
        from jinlin.oversight.models import Problem

        found = Problem.objects.filter(under(org, "organization"), source=source)
        if state == "found":
            found = found.filter(created_at__gte=period.since, created_at__lt=period.until)
        elif state == "closed":
            found = found.filter(
                status=Problem.Status.CLOSED,
                closed_at__gte=period.since,
                closed_at__lt=period.until,
            )
        elif state == "overdue":
            found = found.exclude(status__in=Problem.DONE).filter(deadline__lt=timezone.localdate())
        return found.select_related("organization").order_by("deadline", "id")

    return rows


def _measures(org: Organization, period: Period) -> QuerySet[Any]:
    from jinlin.oversight.models import Measure, Problem

    return (
        Measure.objects.filter(
            under(org, "problem__organization"),
            problem__source=Problem.Source.SELF,
            created_at__gte=period.since,
            created_at__lt=period.until,
        )
        .select_related("problem__organization")
        .order_by("-created_at", "-id")
    )


# The figures --------------------------------------------------------------------------------

PEOPLE = _("Members and units")
SERVICE = _("Service")
CARE = _("Care")
OVERSIGHT = _("Oversight")


def _build() -> dict[str, Figure]:
    from jinlin.care.models import Team
    from jinlin.members.models import Registration
    from jinlin.needs.models import METRICS

    name = pgettext_lazy("of a person", "Name")
    community = _("Community")
    figures = [
        Figure(
            "members_registered", _("Members registered"), PEOPLE,
            _registrations(Registration.Kind.MEMBER),
            ((name, "member.name"), (community, "community.name"),
             (_("Registered"), "created_at")),
        ),
        Figure(
            "units_registered", _("Units registered"), PEOPLE,
            _registrations(Registration.Kind.UNIT),
            ((_("Unit"), "unit.name"), (community, "community.name"),
             (_("Registered"), "created_at")),
        ),
    ]  # fmt: skip
    for kind, label in Team.Kind.choices:
        figures.append(
            Figure(
                f"teams_{kind}", label, PEOPLE, _teams(kind),
                ((pgettext_lazy("of a thing", "Name"), "name"),
                 (_("Organization"), "organization.name")),
            )
        )  # fmt: skip
    figures += [
        Figure(
            "activities", _("Activities held"), SERVICE, _activities,
            ((_("Need"), "title"), (community, "community.name"), (_("Starts"), "starts_at"),
             (_("Confirmed"), "confirmed_count")),
        ),
        Figure(
            "credits", _("Times members served (人次)"), SERVICE, _credits,
            ((name, "member.name"), (_("Activity"), "activity_name"), (_("Hours"), "hours"),
             (_("Recorded"), "created_at")),
        ),
        Figure(
            "members_served", _("Members who served"), SERVICE, _members_served,
            ((name, "name"), (community, "community.name")),
        ),
        Figure(
            "hours", _("Hours credited"), SERVICE, _ledger,
            ((name, "member.name"), (_("Activity"), "activity_name"), (_("Hours"), "hours"),
             (_("Recorded"), "created_at")),
            total="hours",
        ),
    ]  # fmt: skip
    for metric, (metric_label, unit) in METRICS.items():
        figures.append(
            Figure(
                f"outcome_{metric}", metric_label, SERVICE, _outcome(metric),
                ((_("Need"), "claim.need.title"), (name, "claim.member.name"),
                 (metric_label, "value"), (_("Credited"), "credited_at")),
                total="value", unit=unit,
            )
        )  # fmt: skip
    figures += [
        Figure(
            "households_paired", _("Households paired"), CARE, _households_paired,
            ((_("Head of household"), "head_name"), (community, "community.name")),
        ),
        Figure(
            "visits", _("Visits made"), CARE, _visits,
            ((_("Date"), "date"), (_("Household"), "pairing.household.head_name"),
             (_("Member"), "pairing.member.name")),
        ),
        Figure(
            "entrances", _("Entrances"), CARE, _entrances(False),
            ((_("Building"), "building.name"), (_("Entrance"), "name")), as_of_today=True,
        ),
        Figure(
            "captained", _("Entrances with a 楼道长"), CARE, _entrances(True),
            ((_("Building"), "building.name"), (_("Entrance"), "name"),
             (_("楼道长"), "captain.name")),
            as_of_today=True,
        ),
        Figure(
            "service_points", _("Service points"), CARE, _service_points,
            ((pgettext_lazy("of a thing", "Name"), "name"), (community, "community.name")),
            as_of_today=True,
        ),
        Figure(
            "self_inspections", _("Self-inspections held"), OVERSIGHT, _self_inspections,
            ((_("Topic"), "title"), (_("Organization"), "organization.name"), (_("Date"), "date")),
        ),
        Figure(
            "self_problems", _("Problems found by self-inspection"), OVERSIGHT,
            _problems("self", "found"),
            ((_("Problem"), "title"), (_("Organization"), "organization.name"),
             (_("Deadline"), "deadline")),
        ),
        Figure(
            "measures", _("Measures taken"), OVERSIGHT, _measures,
            ((_("Measure"), "text"), (_("Problem"), "problem.title"), (_("Owner"), "owner")),
        ),
        Figure(
            "round_problems", _("Problems found by supervision"), OVERSIGHT,
            _problems("round", "found"),
            ((_("Problem"), "title"), (_("Organization"), "organization.name"),
             (_("Deadline"), "deadline")),
        ),
        Figure(
            "round_closed", _("Supervision problems closed"), OVERSIGHT,
            _problems("round", "closed"),
            ((_("Problem"), "title"), (_("Organization"), "organization.name"),
             (_("Closed on"), "closed_at")),
        ),
        Figure(
            "round_overdue", _("Supervision problems overdue"), OVERSIGHT,
            _problems("round", "overdue"),
            ((_("Problem"), "title"), (_("Organization"), "organization.name"),
             (_("Deadline"), "deadline")),
            as_of_today=True,
        ),
    ]  # fmt: skip
    return {f.key: f for f in figures}


_FIGURES: dict[str, Figure] = {}


def all_figures() -> dict[str, Figure]:
    if not _FIGURES:
        _FIGURES.update(_build())
    return _FIGURES


def value_of(figure: Figure, org: Organization, period: Period) -> int | Decimal:
    rows = figure.rows(org, period)
    if figure.total:
        return rows.aggregate(v=Sum(figure.total))["v"] or 0
    return rows.count()


def _shared(org: Organization, period: Period) -> dict[str, int | Decimal]:
    """The figures that read the same rows, read in one pass each: the ledger's (times served,
    members who served, hours) and the outcomes. Each equals what its own list counts (the
    figure tests compare them)."""
    from jinlin.needs.models import METRICS
    from jinlin.service.models import Attendance, LedgerDay, ServiceRecord

    credit = Q(kind=ServiceRecord.Kind.CREDIT)
    # Times served and hours from the ledger's running sums per community and day (exact:
    # written with each row); members who served are counted distinct, from the rows.
    ledger = LedgerDay.objects.filter(
        under(org, "community"), day__gte=period.start, day__lte=period.end
    ).aggregate(credits=Sum("credits"), hours=Sum("hours"))
    ledger["members_served"] = (
        _ledger(org, period)
        .filter(credit)
        .order_by()
        .aggregate(n=Count("member", distinct=True))["n"]
    )
    sums = {
        f"outcome_{metric}": Sum(_outcome_value(metric), filter=Q(outcomes__has_key=metric))
        for metric in METRICS
    }
    outcomes = (
        Attendance.objects.filter(
            under(org, "claim__need__community"),
            credited_at__gte=period.since,
            credited_at__lt=period.until,
        )
        .order_by()
        .aggregate(**sums)
    )
    return {key: value or 0 for key, value in {**ledger, **outcomes}.items()}


def overview(org: Organization, period: Period) -> list[tuple[Figure, int | Decimal]]:
    """Every figure of the organization for the period (zero outcomes left out)."""
    out = []
    shared = _shared(org, period)
    for figure in all_figures().values():
        value = shared[figure.key] if figure.key in shared else value_of(figure, org, period)
        if figure.key.startswith(("outcome_", "teams_")) and not value:
            continue
        out.append((figure, value))
    return out


def cell(row: Any, path: str) -> Any:
    value: Any = row
    for part in path.split("."):
        value = getattr(value, part, None)
        if value is None:
            return ""
    if isinstance(value, dt.datetime):
        return timezone.localtime(value).strftime("%Y-%m-%d %H:%M")
    return value
