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
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from django.db.models import Count, Exists, F, OuterRef, Q, QuerySet, Subquery, Sum
from django.db.models.lookups import IsNull
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from jinlin.cloudmap.indicators import Period
from jinlin.core.sql import one_of, planner_settings
from jinlin.organizations.models import Organization, ids_on

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

    @property
    def walked(self) -> Rows | None:
        """The same rows in the same order, found by walking that order's index and asking
        each row whether it counts, when its rows say (``_walked``): a large organization's
        list reads its page that way (``read_walked``), only as far as the page."""
        return getattr(self.rows, "walked", None)

    @property
    def lookup(self) -> str:
        """How a row names its organization (``community``, ``organization``), when its rows
        say (``_named_by``): then a parent's rows, grouped by it, give every child's figure in
        one query (``by_child``)."""
        return str(getattr(self.rows, "lookup", ""))


def _named_by(lookup: str, rows: Rows) -> Rows:
    rows.lookup = lookup  # type: ignore[attr-defined]
    return rows


def _walked(walk: Rows, rows: Rows) -> Rows:
    rows.walked = walk  # type: ignore[attr-defined]
    return rows


def read_walked(rows: Any) -> list[Any]:
    """A page of a walked list (``Figure.walked``), read with each row's question answered by
    its own index: PostgreSQL otherwise ANDs it with the period's index, a bitmap of a city's
    month of credits (717,000 rows) built for every person asked — 8 s for a page of 50."""
    with planner_settings(rows.db, enable_bitmapscan="off"):
        return list(rows)


class PagedByOrganization:
    """A figure's rows in their order — by their organization's path, then id — paged without
    sorting them all: each organization's number of rows (one grouped count, no wide rows, no
    sort), the organizations in path order (the database's own order, as the rows'), then only
    the organizations a page falls in are read, in the rows' order. The registered people of a
    district at 30,000 members (every registration joined and sorted for each page): 205–266
    → 126–212 ms, the same pages. ``count``: the figure's own count, which the pages show."""

    ordered = True

    def __init__(
        self,
        rows: QuerySet[Any],
        lookup: str,
        count: int | None = None,
        spans: list[tuple[int, int]] | None = None,
    ) -> None:
        self.rows, self.lookup, self._count = rows, lookup, count
        # (organization, its rows) as counted now, or as kept for a city (``jinlin.cloudmap.kept``)
        self._spans: list[tuple[int, int]] | None = spans

    @staticmethod
    def fits(rows: Any, lookup: str) -> bool:
        """Are ``rows`` ordered by the path of the organization ``lookup`` names, then id?"""
        return bool(lookup) and tuple(rows.query.order_by) == (f"{lookup}__path", "id")

    def spans(self) -> list[tuple[int, int]]:
        """(organization, its rows) in path order."""
        if self._spans is None:
            counts = dict(
                self.rows.order_by().values_list(self.lookup).annotate(n=Count("pk"))
            )
            order = (
                Organization.objects.filter(pk__in=list(counts))
                .order_by("path")
                .values_list("pk", flat=True)
            )
            self._spans = [(pk, counts[pk]) for pk in order]
        return self._spans

    def count(self) -> int:
        return self._count if self._count is not None else sum(n for _pk, n in self.spans())

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, window: slice) -> list[Any]:
        start, stop = window.start or 0, window.stop
        assert stop is not None and window.step is None
        chosen: list[int] = []
        skip = seen = 0
        for pk, n in self.spans():
            if seen + n <= start:
                seen += n
                continue
            if not chosen:
                skip = start - seen
            chosen.append(pk)
            seen += n
            if seen >= stop:
                break
        if not chosen:
            return []
        inside = self.rows.filter(**{f"{self.lookup}__in": chosen})
        return list(inside[skip : skip + (stop - start)])


def under(org: Organization, lookup: str) -> Q:
    """Rows whose organization (``lookup``) is ``org`` or lies beneath it: an IN-subquery over
    the (few) organizations, so the rows' own indexes serve the count."""
    beneath = Organization.objects.filter(path__startswith=org.path).values("pk")
    return Q(**{f"{lookup}__in": beneath})


# The rows -----------------------------------------------------------------------------------


def _registrations(kind: str, group: str = "") -> Rows:
    """Confirmed registrations under the organization made before the period's end; member
    registrations of one group of people (a member has one active registration at a time, so
    these are distinct people)."""

    def rows(org: Organization, period: Period) -> QuerySet[Any]:
        from jinlin.members.models import PeopleGroup, Registration

        found = Registration.objects.filter(
            under(org, "community"),
            kind=kind,
            status=Registration.Status.CONFIRMED,
            created_at__lt=period.until,
        )
        if group:
            found = found.filter(PeopleGroup.q(group, "member__"))
        return found.select_related("community", "member", "unit").order_by("community__path", "id")

    return _named_by("community", rows)


def unit_registrations(org: Organization, period: Period) -> QuerySet[Any]:
    """Each unit party organization's confirmed registrations with communities under the
    organization, made before the period's end: one row per unit and community (a unit may
    register with several of its partner communities)."""
    from jinlin.members.models import Registration

    return _registrations(Registration.Kind.UNIT)(org, period)


def _units_registered(org: Organization, period: Period) -> QuerySet[Any]:
    """The unit party organizations registered with a community under the organization, each
    once however many communities it registered with (“N个单位党组织到社区报到”, as the
    briefing says it): with how many of those communities, and since when."""
    registrations = unit_registrations(org, period).filter(unit=OuterRef("pk")).order_by()
    return (
        Organization.objects.filter(Exists(registrations), kind=Organization.Kind.UNIT)
        .annotate(
            communities=Subquery(
                registrations.values("unit").annotate(n=Count("pk")).values("n")
            ),
            first_registered=Subquery(
                registrations.order_by("created_at", "id").values("created_at")[:1]
            ),
        )
        .select_related("parent")
        .order_by("path", "id")
    )


def _people_groups() -> dict[str, str]:
    """The figures of registered people, each counting one group (``_registrations``)."""
    from jinlin.members.models import PeopleGroup

    return {
        "members_registered": PeopleGroup.IN_SERVICE,
        "other_party_registered": PeopleGroup.OTHER_PARTY,
        "volunteers_registered": PeopleGroup.VOLUNTEER,
    }


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


# Credited work: what the ledger holds, never what was only claimed or accepted. Every page,
# paper and API answer that counts activities, 人次, people who served, hours or outcomes reads
# these (the campaign pages and the briefing's typical practices too).


def standing_credits(records: QuerySet[Any]) -> QuerySet[Any]:
    """Credits no reversal has taken back: each is one 人次."""
    from jinlin.service.models import ServiceRecord

    # NOT EXISTS rather than the reverse relation's LEFT JOIN … IS NULL: the planner reads it
    # as an anti-join and knows how few rows are reversed (it took the join for all of them,
    # estimated one credit for a month of a city, and chose nested loops over millions).
    # "reverses IS NOT NULL" lets it find the few reversals by their unique index instead of
    # hashing every row of the ledger (a tenth of a city's month of credits: 620 → 400 ms).
    reversals = ServiceRecord.objects.filter(reverses=OuterRef("pk"), reverses__isnull=False)
    return records.filter(~Exists(reversals), kind=ServiceRecord.Kind.CREDIT)


def activities_of(needs: QuerySet[Any]) -> QuerySet[Any]:
    """活动 / 场次: of these needs, those not cancelled with at least one standing credit."""
    from jinlin.needs.models import Need
    from jinlin.service.models import ServiceRecord

    credited = standing_credits(ServiceRecord.objects.filter(need=OuterRef("pk")))
    # “Its first standing credit IS NOT NULL”, not EXISTS: PostgreSQL turns an EXISTS into a
    # semi-join over every credit of the ledger (a city's month of needs: 10 M rows, 5.6 s),
    # a scalar subquery into one look-up of each need's credits by the need's index (0.4 s).
    first = Subquery(credited.order_by().values("pk")[:1])
    return needs.exclude(status=Need.Status.CANCELLED).filter(IsNull(first, False))


def outcome_rows(activities: QuerySet[Any], metric: str | None = None) -> QuerySet[Any]:
    """成效: each activity's recorded outcomes (one row per activity and outcome)."""
    from jinlin.service.models import ActivityOutcome

    found = ActivityOutcome.objects.filter(need__in=activities.values("pk"))
    if metric is not None:
        found = found.filter(metric=metric)
    return found


def work_of_needs(needs: QuerySet[Any]) -> dict[str, int | Decimal]:
    """The credited work of a set of needs (a campaign's): activities, 人次, hours and each
    outcome, by the definitions above."""
    from jinlin.needs.models import METRICS
    from jinlin.service.models import ServiceRecord

    records = ServiceRecord.objects.filter(need__in=needs.values("pk"))
    activities = activities_of(needs)
    values: dict[str, int | Decimal] = {
        "activities": activities.count(),
        "credits": standing_credits(records).count(),
        "hours": records.aggregate(h=Sum("hours"))["h"] or Decimal(0),
    }
    sums = dict(
        outcome_rows(activities).values_list("metric").annotate(n=Sum("count")).order_by()
    )
    values.update({f"outcome_{m}": sums.get(m, 0) for m in METRICS})
    return values


def _needs_in(org: Organization, period: Period) -> QuerySet[Any]:
    """Needs under the organization whose day (their start's Shanghai date) is in the
    period."""
    from jinlin.needs.models import Need

    return Need.objects.filter(
        under(org, "community"), starts_at__gte=period.since, starts_at__lt=period.until
    )


def _activities(org: Organization, period: Period) -> QuerySet[Any]:
    from jinlin.service.models import ServiceRecord

    credited = (
        standing_credits(ServiceRecord.objects.filter(need=OuterRef("pk")))
        .order_by()
        .values("need")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return (
        activities_of(_needs_in(org, period))
        .annotate(credited=Subquery(credited))
        .select_related("community")
        .order_by("-starts_at", "-id")
    )


_named_by("community", _activities)


def _ledger_q(org: Organization) -> Q:
    """A ledger row counts for its need's community, else its report's; a reversal for the
    reversed row's. That community is the row's chain (``ServiceRecord.chain``), so a row of
    a community's chain is found by its chain — a few numbers, read through the ledger's
    (chain, activity_date) index however many needs the organization has. Chain 0 (rows
    written before the ledger was split into chains, and rows of no community) is read by
    its need and report, as IN-subqueries (no outer joins)."""
    from jinlin.needs.models import Need
    from jinlin.service.models import ServiceReport

    # The chains as numbers, not a subquery: ``chain IN (…, 0)`` is then what the index
    # reads (an OR with the subqueries below hid it, and a street of a city read all 10 M rows).
    chains = list(
        Organization.objects.filter(
            path__startswith=org.path, kind=Organization.Kind.COMMUNITY
        ).values_list("pk", flat=True)
    )
    needs = Need.objects.filter(under(org, "community")).values("pk")
    reported = ServiceReport.objects.filter(under(org, "community"), record__isnull=False)
    unchained = (
        Q(need_id__in=needs)
        | Q(pk__in=reported.values("record_id"))
        | Q(reverses_id__in=reported.values("record_id"))
    )
    # One list: a row of the chains or of chain 0 (what the index reads), and of chain 0 only
    # if its need or report is the organization's. A second list for "a row of the chains"
    # cost a city's statements planning and a misestimate (PostgreSQL took the two lists for
    # independent and expected 40 % of the month's rows).
    return one_of("chain", [*chains, 0]) & (~Q(chain=0) | unchained)


def _ledger(org: Organization, period: Period) -> QuerySet[Any]:
    """Ledger rows under the organization whose hours belong to a day of the period (their
    activity's day; a reversal carries the day of the row it reverses)."""
    from jinlin.service.models import ServiceRecord

    return (
        ServiceRecord.objects.filter(
            _ledger_q(org), activity_date__gte=period.start, activity_date__lte=period.end
        )
        .select_related("member")
        .order_by("-id")
    )


def ledger_rows(org: Organization, period: Period) -> QuerySet[Any]:
    """Every ledger row (credits and corrections) under the organization in the period: what
    the national-system workbook lists."""
    return _ledger(org, period)


def _credits(org: Organization, period: Period) -> QuerySet[Any]:
    return standing_credits(_ledger(org, period))


def _served(group: str) -> Rows:
    """Distinct people with a standing credit in the period: party members (any), or
    resident volunteers."""

    def rows(org: Organization, period: Period) -> QuerySet[Any]:
        from jinlin.members.models import Member

        # The people named by the period's credits, found once, sorted and without repeats
        # (an IN of that list), not an EXISTS asked of each member: PostgreSQL paged through a
        # city's million members by key looking each up among a month's credits of 3,000
        # chains (the party members' list 12.3 s; its count, when not kept, over 13 minutes).
        served = _credits(org, period).values("member_id").order_by("member_id").distinct()
        return (
            Member.objects.filter(pk__in=served, is_party_member=group == "party")
            .select_related("community")
            .order_by("id")
        )

    def walk(org: Organization, period: Period) -> QuerySet[Any]:
        from jinlin.members.models import Member

        return (
            Member.objects.filter(is_party_member=group == "party")
            .filter(IsNull(_a_credit(org, period, member=OuterRef("pk")), False))
            .select_related("community")
            .order_by("id")
        )

    return _walked(walk, rows)


def _a_credit(org: Organization, period: Period, **whose: Any) -> Subquery:
    """One standing credit of the period under ``org`` of the person (or branch) ``whose``
    names, or NULL: a scalar subquery, which PostgreSQL asks of each row by its index."""
    return Subquery(_credits(org, period).filter(**whose).order_by().values("pk")[:1])


def _outcome(metric: str) -> Rows:
    def rows(org: Organization, period: Period) -> QuerySet[Any]:
        return (
            outcome_rows(activities_of(_needs_in(org, period)), metric)
            .select_related("need", "need__community")
            .order_by("-need__starts_at", "-id")
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


def _service_points(kind: str = "") -> Rows:
    def rows(org: Organization, period: Period) -> QuerySet[Any]:
        from jinlin.care.models import ServicePoint

        found = ServicePoint.objects.filter(under(org, "community"))
        if kind:
            found = found.filter(kind=kind)
        return found.select_related("community").order_by("community__path", "id")

    return rows


def _branches_served(org: Organization, period: Period) -> QuerySet[Any]:
    """Party branches (基层党支部) with at least one member credited for the period's work
    under the organization: the branches that took part (not those that held a self-
    inspection)."""
    # An IN-subquery over the period's credits (hashed once), not an EXISTS asked per branch.
    served = _credits(org, period).order_by().values("member__branch")
    return (
        Organization.objects.filter(kind=Organization.Kind.BRANCH, pk__in=served)
        .select_related("parent")
        .order_by("path")
    )


def _branches_walk(org: Organization, period: Period) -> QuerySet[Any]:
    return (
        Organization.objects.filter(kind=Organization.Kind.BRANCH)
        .filter(IsNull(_a_credit(org, period, member__branch=OuterRef("pk")), False))
        .select_related("parent")
        .order_by("path")
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

        # Those found, newest first, and those closed, last closed first: each read in its
        # index's order only as far as the page (``problem_found_at``, ``problem_closed_at``;
        # sorted by deadline, a month of a city's problems was read and sorted for every page).
        # The overdue, by deadline (``problem_open_by_deadline``).
        found = Problem.objects.filter(under(org, "organization"), source=source)
        if state == "found":
            found = found.filter(
                created_at__gte=period.since, created_at__lt=period.until
            ).order_by("-created_at", "-id")
        elif state == "closed":
            found = found.filter(
                status=Problem.Status.CLOSED,
                closed_at__gte=period.since,
                closed_at__lt=period.until,
            ).order_by("-closed_at", "-id")
        else:
            found = found.exclude(status__in=Problem.DONE).filter(
                deadline__lt=timezone.localdate()
            ).order_by("deadline", "id")
        return found.select_related("organization")

    return _named_by("organization", rows)


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


def _disputes_open(org: Organization, period: Period) -> QuerySet[Any]:
    """Members' disputes of service records the communities have not answered yet."""
    from jinlin.service.models import Dispute

    return (
        Dispute.objects.filter(under(org, "community"), status=Dispute.Status.OPEN)
        .select_related("community", "member")
        .order_by("due_by", "id")
    )


def _plans(org: Organization, period: Period) -> QuerySet[Any]:
    """活动方案 adopted by organizations under this one, for campaigns of the period."""
    from jinlin.campaigns.models import CampaignPlan

    return (
        CampaignPlan.objects.filter(
            under(org, "organization"),
            campaign__start__lte=period.end,
            campaign__end__gte=period.start,
            adopted_on__lte=period.end,
        )
        .select_related("organization", "campaign")
        .order_by("organization__path", "id")
    )


def _checkups(org: Organization, period: Period) -> QuerySet[Any]:
    from jinlin.oversight.models import PartyCheckup

    return (
        PartyCheckup.objects.filter(
            under(org, "organization"), date__gte=period.start, date__lte=period.end
        )
        .select_related("organization")
        .order_by("-date", "-id")
    )


def _brands(org: Organization, period: Period) -> QuerySet[Any]:
    return (
        Organization.objects.filter(
            path__startswith=org.path, kind=Organization.Kind.BRANCH
        )
        .exclude(brand="")
        .select_related("parent")
        .order_by("path")
    )


def _publicity(channel: str = "") -> Rows:
    def rows(org: Organization, period: Period) -> QuerySet[Any]:
        from jinlin.campaigns.models import Publicity

        found = Publicity.objects.filter(
            under(org, "organization"), date__gte=period.start, date__lte=period.end
        )
        if channel:
            found = found.filter(channel=channel)
        return found.select_related("organization").order_by("-date", "-id")

    return rows


# The figures --------------------------------------------------------------------------------

PEOPLE = _("Members and units")
SERVICE = _("Service")
CARE = _("Care")
PARTY = _("Party building")
OVERSIGHT = _("Oversight")


def _build() -> dict[str, Figure]:
    from jinlin.campaigns.models import Publicity
    from jinlin.care.models import ServicePoint, Team
    from jinlin.members.models import Registration
    from jinlin.needs.models import METRICS

    name = pgettext_lazy("of a person", "Name")
    community = _("Community")
    registered = ((name, "member.name"), (community, "community.name"),
                  (pgettext_lazy("when", "Registered"), "created_at"))
    groups, member = _people_groups(), Registration.Kind.MEMBER
    figures = [
        # The seed's “共有N名在职党员到社区报到”: in-service party members only.
        Figure(
            "members_registered", _("In-service party members registered (在职党员报到)"),
            PEOPLE, _registrations(member, groups["members_registered"]), registered,
        ),
        Figure(
            "other_party_registered", _("Other party members registered (retired, students …)"),
            PEOPLE, _registrations(member, groups["other_party_registered"]), registered,
        ),
        Figure(
            "volunteers_registered", _("Resident volunteers registered (群众志愿者)"),
            PEOPLE, _registrations(member, groups["volunteers_registered"]), registered,
        ),
        # Each unit once: a unit registered with three partner communities is one unit
        # party organization (the registrations sheet of the 台账 lists it per community).
        Figure(
            "units_registered", _("Unit party organizations registered (each unit once)"),
            PEOPLE, _units_registered,
            ((_("Unit"), "name"), (_("Under"), "parent.name"),
             (_("Communities registered with"), "communities"),
             (_("First registered"), "first_registered")),
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
            "activities", _("Activities held (with hours credited)"), SERVICE, _activities,
            ((_("Need"), "title"), (community, "community.name"), (_("Starts"), "starts_at"),
             (_("Times served (人次)"), "credited")),
        ),
        Figure(
            "credits", _("Times served (人次), party members and volunteers"), SERVICE,
            _credits,
            ((name, "member.name"), (_("Activity"), "activity_name"),
             (_("Date"), "activity_date"), (_("Hours"), "hours")),
        ),
        Figure(
            "members_served", _("Party members who served"), SERVICE, _served("party"),
            ((name, "name"), (community, "community.name")),
        ),
        Figure(
            "volunteers_served", _("Resident volunteers who served"), SERVICE,
            _served("volunteer"),
            ((name, "name"), (community, "community.name")),
        ),
        Figure(
            "branches_served", _("Party branches whose members served"), SERVICE,
            _walked(_branches_walk, _branches_served),
            ((pgettext_lazy("of a thing", "Name"), "name"), (_("Under"), "parent.name")),
        ),
        Figure(
            "hours", _("Hours credited, net of reversals"), SERVICE, _ledger,
            ((name, "member.name"), (_("Activity"), "activity_name"),
             (_("Date"), "activity_date"), (_("Hours"), "hours")),
            total="hours",
        ),
    ]  # fmt: skip
    for metric, (metric_label, unit) in METRICS.items():
        figures.append(
            Figure(
                f"outcome_{metric}", metric_label, SERVICE, _outcome(metric),
                ((_("Activity"), "need.title"), (community, "need.community.name"),
                 (_("Starts"), "need.starts_at"), (metric_label, "count"),
                 (_("Recorded as"), "how_recorded")),
                total="count", unit=unit,
            )
        )  # fmt: skip
    figures += [
        Figure(
            "households_paired", _("Households paired"), CARE, _households_paired,
            ((_("Head of household"), "masked_name"), (community, "community.name")),
        ),
        Figure(
            "visits", _("Visits made"), CARE, _visits,
            ((_("Date"), "date"), (_("Household"), "pairing.household.masked_name"),
             (_("Member"), "pairing.member.name")),
        ),
        Figure(
            "entrances", _("Entrances"), CARE, _entrances(False),
            ((_("Building"), "building.name"), (_("Entrance"), "name")), as_of_today=True,
        ),
        Figure(
            "captained", _("Entrances with a stairwell captain (楼道长)"), CARE, _entrances(True),
            ((_("Building"), "building.name"), (_("Entrance"), "name"),
             (_("Stairwell captain (楼道长)"), "captain.name")),
            as_of_today=True,
        ),
        Figure(
            "service_points", _("Service points"), CARE, _service_points(),
            ((pgettext_lazy("of a thing", "Name"), "name"), (community, "community.name"),
             (_("Kind"), "get_kind_display")),
            as_of_today=True,
        ),
    ]  # fmt: skip
    # 雷锋服务站点18个: each kind of service point counted on its own.
    for kind, label in ServicePoint.Kind.choices:
        figures.append(
            Figure(
                f"points_{kind}", label, CARE, _service_points(kind),
                ((pgettext_lazy("of a thing", "Name"), "name"), (community, "community.name")),
                as_of_today=True,
            )
        )  # fmt: skip
    figures += [
        Figure(
            "plans", _("Activity plans adopted (活动方案)"), PARTY, _plans,
            ((_("Organization"), "organization.name"), (_("Campaign"), "campaign.name"),
             (_("Title"), "title"), (_("Adopted on"), "adopted_on")),
        ),
        Figure(
            "checkups", _("Party-spirit check-ups held (党性体检)"), PARTY, _checkups,
            ((_("Party branch"), "organization.name"), (_("Date"), "date"),
             (_("Members examined"), "members")),
        ),
        Figure(
            "brands", _("Branches with a brand (一支部一品牌)"), PARTY, _brands,
            ((_("Party branch"), "name"), (_("Brand"), "brand"),
             (_("What it stands for"), "brand_note")),
            as_of_today=True,
        ),
        Figure(
            "publicity", _("Publicity held"), PARTY, _publicity(),
            ((_("Date"), "date"), (_("Organization"), "organization.name"),
             (_("Channel"), "get_channel_display"), (_("Title"), "title"),
             (_("People reached"), "reach")),
        ),
    ]  # fmt: skip
    for channel, label in Publicity.Channel.choices:
        figures.append(
            Figure(
                f"publicity_{channel}", label, PARTY, _publicity(channel),
                ((_("Date"), "date"), (_("Organization"), "organization.name"),
                 (_("Title"), "title"), (_("People reached"), "reach")),
            )
        )  # fmt: skip
    figures += [
        Figure(
            "disputes_open", _("Disputes of service records not yet answered"), OVERSIGHT,
            _disputes_open,
            ((name, "member.name"), (community, "community.name"), (_("Date"), "date"),
             (_("Answer by"), "due_by")),
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
             (_("Found on"), "created_at"), (_("Deadline"), "deadline")),
        ),
        Figure(
            "measures", _("Measures taken"), OVERSIGHT, _measures,
            ((_("Measure"), "text"), (_("Problem"), "problem.title"), (_("Owner"), "owner")),
        ),
        Figure(
            "round_problems", _("Problems found by supervision"), OVERSIGHT,
            _problems("round", "found"),
            ((_("Problem"), "title"), (_("Organization"), "organization.name"),
             (_("Found on"), "created_at"), (_("Deadline"), "deadline")),
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
    return {f.key: replace(f, unit=f.unit or measure_word(f.key)) for f in figures}


# Each figure's measure word (量词: 3,930 人, 221 个), after its value on the overview and in
# the 台账 cover's 单位 column; an outcome names its own (车, 人次 …). One per figure, by key
# or by the kind of figure a key begins with.
_PEOPLE_MW = pgettext_lazy("measure word", "people")
_ORGANIZATIONS_MW = pgettext_lazy("measure word of organizations", "organizations")
_MEASURE_WORDS: dict[str, Any] = {
    "members_registered": _PEOPLE_MW, "other_party_registered": _PEOPLE_MW,
    "volunteers_registered": _PEOPLE_MW, "members_served": _PEOPLE_MW,
    "volunteers_served": _PEOPLE_MW,
    "units_registered": _ORGANIZATIONS_MW, "branches_served": _ORGANIZATIONS_MW,
    "brands": pgettext_lazy("measure word", "branches"),
    "teams_": pgettext_lazy("measure word", "teams"),
    "activities": pgettext_lazy("measure word", "activities"),
    "credits": pgettext_lazy("measure word", "person-times"),
    "hours": pgettext_lazy("measure word", "hours"),
    "households_paired": pgettext_lazy("measure word", "households"),
    "visits": pgettext_lazy("measure word", "visits"),
    "entrances": pgettext_lazy("measure word", "entrances"),
    "captained": pgettext_lazy("measure word", "entrances"),
    "service_points": pgettext_lazy("measure word", "points"),
    "points_": pgettext_lazy("measure word", "points"),
    "plans": pgettext_lazy("measure word", "plans"),
    "checkups": pgettext_lazy("measure word", "check-ups"),
    "publicity": pgettext_lazy("measure word", "times"),
    "disputes_open": pgettext_lazy("measure word", "disputes"),
    "self_inspections": pgettext_lazy("measure word", "inspections"),
    "measures": pgettext_lazy("measure word", "measures"),
    "self_problems": pgettext_lazy("measure word", "problems"),
    "round_problems": pgettext_lazy("measure word", "problems"),
    "round_closed": pgettext_lazy("measure word", "problems"),
    "round_overdue": pgettext_lazy("measure word", "problems"),
}  # fmt: skip


def measure_word(key: str) -> Any:
    """The measure word of the figure ``key`` (``teams_…`` and the like by their kind)."""
    if key in _MEASURE_WORDS:
        return _MEASURE_WORDS[key]
    kind = key.split("_", 1)[0] + "_"
    return _MEASURE_WORDS.get(kind, _MEASURE_WORDS.get(key.split("_", 1)[0], ""))


_FIGURES: dict[str, Figure] = {}

# Attributes holding personal data in full. A figure's list is read by the district, streets
# and supervisors, who see households and contacts masked: its columns show ``masked_name``
# and the like, never these (the crawl plants such data and fails on any page showing it).
PERSONAL = frozenset({"head_name", "phone", "id_number", "address", "requester_name",
                      "requester_phone", "beneficiary"})  # fmt: skip


def all_figures() -> dict[str, Figure]:
    if not _FIGURES:
        built = _build()
        shown = [f"{f.key}: {path}" for f in built.values() for _h, path in f.columns
                 if path.rsplit(".", 1)[-1] in PERSONAL]  # fmt: skip
        if shown:
            raise AssertionError(f"figure lists showing personal data in full: {shown}")
        _FIGURES.update(built)
    return _FIGURES


def value_of(figure: Figure, org: Organization, period: Period) -> int | Decimal:
    """The figure's value: its rows counted (or their ``total`` summed); times served and
    hours from the ledger's running sums per community and day, which equal their rows (as
    ``verify_ledger`` checks) without reading a month of a city's ledger."""
    if figure.key in LEDGER_DAY_SUMS:
        column = LEDGER_DAY_SUMS[figure.key]
        return _ledger_days(org, period).aggregate(v=Sum(column))["v"] or 0
    rows = figure.rows(org, period)
    if figure.total:
        return rows.aggregate(v=Sum(figure.total))["v"] or 0
    return rows.count()


def _ledger_days(org: Organization, period: Period) -> QuerySet[Any]:
    """The ledger's running sums per community and day, under ``org``, for the period."""
    from jinlin.service.models import LedgerDay

    return LedgerDay.objects.filter(
        under(org, "community"), day__gte=period.start, day__lte=period.end
    )


# The figures the ledger's running sums per community and day give (as ``_shared`` reads them).
LEDGER_DAY_SUMS = {"credits": "credits", "hours": "hours"}


def by_child(
    figures: list[Figure],
    org: Organization,
    children: list[Organization],
    period: Period,
    known: dict[str, list[tuple[str, int]]] | None = None,
) -> dict[tuple[str, int], int | Decimal]:
    """``value_of`` (or the overview's value) of each figure for each child of ``org`` — a
    drill-down's table — in one grouped query per figure, not one per child: the parent's own
    rows, grouped by the organization each names, each path given to the child it lies under;
    ``known``: figures already so grouped (``registered_by_community``). A figure that cannot
    say which organization its rows belong to is asked child by child."""
    from jinlin.cloudmap.indicators import owner_of

    owner = {child.path: child.pk for child in children}
    out: dict[tuple[str, int], int | Decimal] = {
        (figure.key, child.pk): 0 for figure in figures for child in children
    }

    def add(key: str, rows: Any) -> None:
        for path, value in rows:
            child = owner_of(path, owner)
            if child is not None and value:
                out[(key, child)] += value

    for figure in figures:
        if known and figure.key in known:
            add(figure.key, known[figure.key])
        elif figure.key in LEDGER_DAY_SUMS:
            column = LEDGER_DAY_SUMS[figure.key]
            add(figure.key, _ledger_days(org, period).values_list("community__path")
                .annotate(v=Sum(column)).order_by())  # fmt: skip
        elif figure.lookup:
            total = Sum(figure.total) if figure.total else Count("pk")
            add(figure.key, figure.rows(org, period).order_by()
                .values_list(f"{figure.lookup}__path").annotate(v=total))  # fmt: skip
        else:
            for child in children:
                out[(figure.key, child.pk)] = value_of(figure, child, period)
    return out


@dataclass(frozen=True)
class CreditGroups:
    """The period's standing credits under an organization, counted in one statement: what
    people who served, branches that served and the breakdown by category and unit kind
    each add up (one scan of the ledger, not one per figure).

    ``cells``: per (member's branch, need's category or None for a report's credit) the
    times, hours and people. ``people``: per branch the people who served, as party members
    and others, and those with a need's credit. A member has one branch, so the people of
    different branches add up to the people of them all."""

    cells: list[tuple[int | None, str | None, int, Decimal, int]]
    people: dict[int | None, tuple[int, int, int]]  # branch: (party, others, of needs)

    def members(self, party: bool) -> int:
        return sum(members if party else others for members, others, _n in self.people.values())

    def branches(self) -> int:
        return sum(1 for branch in self.people if branch is not None)


def credit_rows(org: Organization, period: Period) -> QuerySet[Any]:
    """What ``credit_groups`` adds up of each standing credit: its member's branch, its need's
    category, its member and whether a party member, its hours. On PostgreSQL the ledger's
    part is read from its (chain, day) index alone, which holds these columns."""
    return (
        _credits(org, period)
        .order_by()
        .values(b=F("member__branch"), c=F("need__category"), m=F("member"),
                p=F("member__is_party_member"), h=F("hours"))
    )  # fmt: skip


def credit_groups(org: Organization, period: Period) -> CreditGroups:
    from django.db import connection

    # The credits added up per branch and category and per branch inside the database: a few
    # rows per branch reach Python, not one per member (a tenth of a city's month: 47,000).
    inner, params = credit_rows(org, period).query.sql_with_params()
    statement = (
        f"WITH g AS ({inner}) "
        "SELECT g.b, g.c, COUNT(*), SUM(g.h), COUNT(DISTINCT g.m), 0, 0 FROM g GROUP BY g.b, g.c "
        "UNION ALL "
        "SELECT g.b, NULL, -1, 0, COUNT(DISTINCT g.m) FILTER (WHERE g.p), "
        "COUNT(DISTINCT g.m) FILTER (WHERE NOT g.p), "
        "COUNT(DISTINCT g.m) FILTER (WHERE g.c IS NOT NULL) FROM g GROUP BY g.b"
    )
    cells, people = [], {}
    # Each row's need and member are found by their keys, in tables the database holds in
    # memory; planned as if each look-up were a disk's seek (PostgreSQL's 4), a street's month
    # of a city (5,400 rows) read every one of its 470,000 needs to join them (76 → 23 ms at
    # 1.1, as at a tenth; a whole district's month is joined by hashing either way).
    with planner_settings(random_page_cost=1.1), connection.cursor() as cursor:
        cursor.execute(statement, params)
        for branch, category, times, hours, count, others, of_needs in cursor.fetchall():
            if times == -1:  # a branch's people
                people[branch] = (count, others, of_needs)
            else:
                cells.append((branch, category, times, _summed_hours(hours), count))
    return CreditGroups(cells, people)


def _summed_hours(value: Any) -> Decimal:
    """A sum of hours as the ORM gives it (SQLite sums them as floats)."""
    if isinstance(value, Decimal):
        return value
    return Decimal(str(value or 0)).quantize(Decimal("0.01"))


def registered_by_community(org: Organization, period: Period) -> dict[str, list[tuple[str, int]]]:
    """The registered people of each group (``_people_groups``) per community, as (the
    community's path, how many), in one pass over the rows their lists show: the overview
    adds them up, a drill-down gives each to the child it lies under (a city's street read
    the same 6,800 registrations twice, 40–90 ms)."""
    from jinlin.members.models import PeopleGroup, Registration

    groups = _people_groups()
    rows = (
        _registrations(Registration.Kind.MEMBER)(org, period)
        .order_by()
        .values_list("community__path")
        .annotate(**{key: Count("pk", filter=PeopleGroup.q(group, "member__"))
                     for key, group in groups.items()})
    )  # fmt: skip
    out: dict[str, list[tuple[str, int]]] = {key: [] for key in groups}
    for path, *counts in rows:
        for key, n in zip(groups, counts, strict=True):
            out[key].append((path, n))
    return out


def _shared(
    org: Organization,
    period: Period,
    groups: CreditGroups | None = None,
    registered: dict[str, list[tuple[str, int]]] | None = None,
) -> dict[str, int | Decimal]:
    """The figures that read the same rows, read in one pass each: the ledger's (times served,
    people who served, hours) and the outcomes. Each equals what its own list counts (the
    figure tests compare them)."""
    from jinlin.needs.models import METRICS

    # Times served and hours from the ledger's running sums per community and day (exact:
    # written with each row); people who served are counted distinct, from the rows.
    ledger = _ledger_days(org, period).aggregate(credits=Sum("credits"), hours=Sum("hours"))
    groups = groups or credit_groups(org, period)
    served = {
        "members_served": groups.members(party=True),
        "volunteers_served": groups.members(party=False),
        "branches_served": groups.branches(),
    }
    # Registered people of each group, in one pass over the same rows their lists show.
    registered = registered or registered_by_community(org, period)
    people = {key: sum(n for _path, n in rows) for key, rows in registered.items()}
    sums = dict(
        outcome_rows(activities_of(_needs_in(org, period)))
        .values_list("metric")
        .annotate(n=Sum("count"))
        .order_by()
    )
    outcomes = {f"outcome_{m}": sums.get(m, 0) for m in METRICS}
    return {
        key: value or 0 for key, value in {**ledger, **served, **people, **outcomes}.items()
    }


def overview(
    org: Organization,
    period: Period,
    groups: CreditGroups | None = None,
    registered: dict[str, list[tuple[str, int]]] | None = None,
) -> list[tuple[Figure, int | Decimal]]:
    """Every figure of the organization for the period (zero outcomes left out); ``groups``
    the period's credits and ``registered`` its registered people if already read
    (``credit_groups``, ``registered_by_community``)."""
    out = []
    shared = _shared(org, period, groups, registered)
    for figure in all_figures().values():
        value = shared[figure.key] if figure.key in shared else value_of(figure, org, period)
        if figure.key.startswith(("outcome_", "teams_", "points_", "publicity_")) and not value:
            continue
        out.append((figure, value))
    return out


def cell(row: Any, path: str) -> Any:
    value: Any = row
    for part in path.split("."):
        value = getattr(value, part, None)
        if callable(value):  # get_kind_display
            value = value()
        if value is None:
            return ""
    if isinstance(value, dt.datetime):
        return timezone.localtime(value).strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):  # as the times beside it, not 2026年12月19日 by 2026-12-05 10:58
        return value.strftime("%Y-%m-%d")
    return value


# Breakdowns: the period's credited work split by what was done and by who did it -----------
# (“上门服务80余次”, “区直机关400余名党员干部参加交通劝导”). Every cell counts the rows of
# the figures above (standing credits), so a row's cells add up to the figures.


@dataclass
class Breakdown:
    categories: list[tuple[str, str]]  # (key, label) in the columns' order
    by_category: list[dict[str, Any]]  # category, label, activities, credits, people, hours
    by_unit_kind: list[dict[str, Any]]  # label, people, credits, cells: {category: credits}


def breakdown(
    org: Organization, period: Period, groups: CreditGroups | None = None
) -> Breakdown:
    from jinlin.needs.models import category_label

    activities = dict(
        _activities(org, period).order_by().values_list("category").annotate(n=Count("pk"))
    )
    # The credits of needs (a report's have no category), per branch and category.
    groups = groups or credit_groups(org, period)
    cells = [(b, c, times, hours, n) for b, c, times, hours, n in groups.cells if c is not None]
    by_category: dict[str, dict[str, Any]] = {}
    for _branch, category, times, hours, people in cells:
        entry = by_category.setdefault(category, {"credits": 0, "people": 0, "hours": Decimal(0)})
        entry["credits"] += times
        entry["people"] += people  # different branches' people are different people
        entry["hours"] += hours
    rows = [
        {"category": key, "label": category_label(key), "activities": activities.get(key, 0),
         "credits": entry["credits"], "people": entry["people"], "hours": entry["hours"]}
        for key, entry in by_category.items()
    ]  # fmt: skip
    rows.sort(key=lambda r: (-r["credits"], r["category"]))  # ties in a fixed order
    categories = [(r["category"], r["label"]) for r in rows]

    # Who: the kind of the unit a member's branch belongs to (机关, 学校, 企业 …); branches of
    # communities and members without a branch are their own rows.
    kind_of_branch = _unit_kind_of_branches({branch for branch, *_rest in cells})
    nobody = str(_("Volunteers and members without a branch"))
    table: dict[str, dict[str, Any]] = {}
    for branch_id, category, times, _h, _n in cells:
        label = (kind_of_branch.get(branch_id) if branch_id else None) or nobody
        entry = table.setdefault(label, {"label": label, "credits": 0, "cells": {}, "of": set()})
        entry["credits"] += times
        entry["cells"][category] = entry["cells"].get(category, 0) + times
        entry["of"].add(branch_id)
    by_kind = sorted(table.values(), key=lambda r: (-r["credits"], r["label"]))
    for entry in by_kind:
        # The people of a row: those of its branches with a need's credit.
        entry["people"] = sum(groups.people[branch][2] for branch in entry.pop("of"))
        entry["row"] = [entry["cells"].get(key, 0) for key, _label in categories]
    return Breakdown(categories=categories, by_category=rows, by_unit_kind=by_kind)


def _unit_kind_of_branches(branch_ids: Any) -> dict[int, str]:
    """Each branch's unit kind (its nearest unit above it), or “community branch”. A
    branch's parent nearly always decides (a unit, a community or a street), read with the
    branch in one statement; only the rest have their paths walked (a city's street has
    members from thousands of branches: reading every ancestor of each took 0.24 s)."""
    community_branch = str(_("Branches of communities"))
    # The labels looked up once (``get_subkind_display`` hashes every choice on each call).
    labels = {key: str(label) for key, label in Organization.Subkind.choices}
    Kind = Organization.Kind
    out: dict[int, str] = {}
    farther: list[tuple[int, str]] = []
    for pk, path, kind, subkind in Organization.objects.filter(
        one_of("id", [b for b in branch_ids if b])
    ).values_list("pk", "path", "parent__kind", "parent__subkind"):
        if kind == Kind.UNIT:
            out[pk] = labels.get(subkind, subkind)
        elif kind in (Kind.COMMUNITY, Kind.STREET, None):
            out[pk] = community_branch
        else:
            farther.append((pk, path))
    above = {pk for _pk, path in farther for pk in ids_on(path)[:-2]}
    orgs = {
        pk: (kind, labels.get(subkind, subkind))
        for pk, kind, subkind in Organization.objects.filter(one_of("id", list(above)))
        .values_list("pk", "kind", "subkind")
    } if above else {}  # fmt: skip
    for pk, path in farther:
        label = community_branch
        for org_id in reversed(ids_on(path)[:-2]):
            kind, name = orgs.get(org_id, ("", ""))
            if kind == Kind.UNIT:
                label = name
                break
            if kind in (Kind.COMMUNITY, Kind.STREET):
                break
        out[pk] = label
    return out
