"""党群云图's indicators: per community for a period, rolled up per street and district.

Each indicator is one grouped query over all the communities asked for (a constant number of
queries however many communities there are), counted the way the list it links to counts.
The shortfall score combines three of them; its formula is ``SCORE_FORMULA``, shown on the page.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from decimal import Decimal
from typing import Any

from django.db.models import Count, F, Q, Sum
from django.db.models.functions import Least
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from jinlin.cloudmap.places import Place
from jinlin.organizations.models import Partnership

# Weights of the shortfall score (out of 100): places not filled, needs left short, entrances
# without a 楼道长.
WEIGHT_UNFILLED, WEIGHT_UNMET, WEIGHT_CAPTAINS = 50, 30, 20
SCORE_FORMULA = _(
    "Shortfall score = 50 × (1 − fill rate) + 30 × (needs left short ÷ needs) + "
    "20 × (1 − stairwell captain coverage); 0 is no shortfall, 100 the most. A community with "
    "no needs in the period counts its fill rate as full."
)


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date  # inclusive

    @classmethod
    def last_weeks(cls, weeks: int = 4, today: dt.date | None = None) -> Period:
        today = today or timezone.localdate()
        return cls(today - dt.timedelta(weeks=weeks) + dt.timedelta(days=1), today)

    @property
    def since(self) -> dt.datetime:
        return timezone.make_aware(dt.datetime.combine(self.start, dt.time.min))

    @property
    def until(self) -> dt.datetime:  # exclusive
        return timezone.make_aware(
            dt.datetime.combine(self.end + dt.timedelta(days=1), dt.time.min)
        )


@dataclass
class Indicators:
    registered: int = 0  # members with a confirmed registration (by the period's end)
    partner_units: int = 0
    needs: int = 0  # needs starting in the period, not cancelled
    places: int = 0
    filled: int = 0  # confirmed places of those needs (never more than the places)
    unmet_needs: int = 0  # of those needs, the ones with fewer confirmed than places
    hours: Decimal = Decimal(0)  # credited in the period (needs and reports), net of reversals
    entrances: int = 0
    captained: int = 0  # entrances with a 楼道长
    overdue_visits: int = 0  # paired households whose visit is overdue (today)
    open_problems: int = 0  # not closed (today)
    overdue_problems: int = 0  # not closed and past the deadline (today)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def fill_rate(self) -> float:
        return self.filled / self.places if self.places else 1.0

    @property
    def hours_per_member(self) -> float:
        return float(self.hours) / self.registered if self.registered else 0.0

    @property
    def captain_coverage(self) -> float:
        return self.captained / self.entrances if self.entrances else 1.0

    @property
    def shortfall_score(self) -> float:
        unmet_share = self.unmet_needs / self.needs if self.needs else 0.0
        return round(
            WEIGHT_UNFILLED * (1 - self.fill_rate)
            + WEIGHT_UNMET * unmet_share
            + WEIGHT_CAPTAINS * (1 - self.captain_coverage),
            1,
        )

    def add(self, other: Indicators) -> None:
        for name in (
            "registered", "partner_units", "needs", "places", "filled", "unmet_needs", "hours",
            "entrances", "captained", "overdue_visits", "open_problems", "overdue_problems",
        ):  # fmt: skip
            setattr(self, name, getattr(self, name) + getattr(other, name))

    ROUNDED = {"fill_rate": 4, "hours_per_member": 2, "captain_coverage": 4}

    def as_dict(self) -> dict[str, Any]:
        # The counted fields read as they are (all numbers: ``asdict``'s deep copy of each
        # was half of the cloud map API's 3,000 communities).
        data = {name: getattr(self, name) for name in _COUNTED}
        for key in ("hours", *self.ROUNDED, "shortfall_score"):
            data[key] = self.value(key)
        return data

    def value(self, key: str) -> Any:
        """One indicator as ``as_dict`` gives it (without copying the rest: the map reads one
        of 3,000 communities' at a time)."""
        if key == "hours":
            return float(self.hours)
        found = getattr(self, key)
        return round(found, self.ROUNDED[key]) if key in self.ROUNDED else found


_COUNTED = tuple(f.name for f in fields(Indicators) if f.name != "extra")


# The indicators a map may be coloured by: key → (label, higher is worse).
CHOICES: dict[str, tuple[Any, bool]] = {
    "shortfall_score": (_("Shortfall score"), True),
    "registered": (_("Registered people (party members and volunteers)"), False),
    "partner_units": (_("Partner units"), False),
    "needs": (_("Needs published"), False),
    "places": (_("Places published"), False),
    "fill_rate": (_("Fill rate"), False),
    "unmet_needs": (_("Needs left short"), True),
    "hours_per_member": (_("Hours per registered person"), False),
    "captain_coverage": (_("Stairwell captain (楼道长) coverage"), False),
    "overdue_visits": (_("Overdue visits"), True),
    "open_problems": (_("Open problems"), True),
    "overdue_problems": (_("Overdue problems"), True),
}


def _grouped(rows: Iterable[dict[str, Any]], key: str) -> dict[int, dict[str, Any]]:
    return {row[key]: row for row in rows}


# What each indicator is made of: the counted fields it reads (a counted field reads itself).
MADE_OF: dict[str, set[str]] = {
    "fill_rate": {"filled", "places"},
    "hours_per_member": {"hours", "registered"},
    "captain_coverage": {"captained", "entrances"},
    "shortfall_score": {"filled", "places", "unmet_needs", "needs", "captained", "entrances"},
}


def counted_for(keys: Iterable[str]) -> set[str]:
    """The counted fields that the indicators ``keys`` are made of."""
    return {name for key in keys for name in MADE_OF.get(key, {key})}


def community_indicators(
    communities: Iterable[Place],
    period: Period,
    today: dt.date | None = None,
    only: set[str] | None = None,
) -> dict[int, Indicators]:
    """Each community's indicators for the period; ``only``: count just these counted fields
    (``counted_for``), the others left at zero (each query is asked only for what needs it)."""
    from jinlin.care.models import Entrance, Pairing
    from jinlin.members.models import Registration
    from jinlin.needs.models import Need
    from jinlin.oversight.models import Problem
    from jinlin.service.models import LedgerDay

    today = today or timezone.localdate()
    by_id = {c.pk: c for c in communities}
    ids = list(by_id)
    out = {pk: Indicators() for pk in ids}
    if not ids:
        return out

    def wants(*names: str) -> bool:
        return only is None or not only.isdisjoint(names)

    if wants("registered"):
        for row0 in (
            Registration.objects.filter(
                kind=Registration.Kind.MEMBER,
                status=Registration.Status.CONFIRMED,
                community_id__in=ids,
                created_at__lt=period.until,
            )
            .values("community_id")
            .annotate(n=Count("id"))
            .order_by()
        ):
            out[row0["community_id"]].registered = row0["n"]
    if wants("partner_units"):
        for row1 in (
            Partnership.objects.filter(community_id__in=ids)
            .values("community_id")
            .annotate(n=Count("id"))
            .order_by()
        ):
            out[row1["community_id"]].partner_units = row1["n"]
    if wants("needs", "places", "filled", "unmet_needs"):
        for row2 in (
            Need.objects.filter(
                community_id__in=ids, starts_at__gte=period.since, starts_at__lt=period.until
            )
            .exclude(status=Need.Status.CANCELLED)
            .values("community_id")
            .annotate(
                n=Count("id"),
                places=Sum("slots"),
                filled=Sum(Least(F("confirmed_count"), F("slots"))),
                unmet=Count("id", filter=Q(confirmed_count__lt=F("slots"))),
            )
            .order_by()
        ):
            ind = out[row2["community_id"]]
            ind.needs, ind.places = row2["n"], row2["places"] or 0
            ind.filled, ind.unmet_needs = row2["filled"] or 0, row2["unmet"]
    if wants("hours"):
        for day_row in (
            LedgerDay.objects.filter(
                community_id__in=ids, day__gte=period.start, day__lte=period.end
            )
            .values("community_id")
            .annotate(h=Sum("hours"))
            .order_by()
        ):
            out[day_row["community_id"]].hours = day_row["h"] or Decimal(0)
    if wants("entrances", "captained"):
        for row4 in (
            Entrance.objects.filter(building__community_id__in=ids)
            .values("building__community_id")
            .annotate(n=Count("id"), c=Count("captain"))
            .order_by()
        ):
            ind = out[row4["building__community_id"]]
            ind.entrances, ind.captained = row4["n"], row4["c"]
    if wants("overdue_visits"):
        for row5 in (
            Pairing.objects.overdue(today)
            .filter(household__community_id__in=ids)
            .values("household__community_id")
            .annotate(n=Count("id"))
            .order_by()
        ):
            out[row5["household__community_id"]].overdue_visits = row5["n"]
    if not wants("open_problems", "overdue_problems"):
        return out
    # Problems of the community and of any organization beneath it in the tree.
    owner = {}
    for pk, community in by_id.items():
        owner[community.path] = pk
    paths = Q()
    for community in by_id.values():
        paths |= Q(organization__path__startswith=community.path)
    for path, deadline in (
        Problem.objects.filter(paths)
        .exclude(status__in=Problem.DONE)
        .values_list("organization__path", "deadline")
    ):
        found = owner_of(path, owner)
        if found is None:
            continue
        out[found].open_problems += 1
        out[found].overdue_problems += deadline < today
    return out


def owner_of(path: str, owner: dict[str, int]) -> int | None:
    """The organization (of ``owner``: path → id) whose path is the longest prefix of ``path``."""
    parts = path.strip("/").split("/")
    for length in range(len(parts), 0, -1):
        found = owner.get("/" + "/".join(parts[:length]) + "/")
        if found is not None:
            return found
    return None


def rollup(
    indicators: dict[int, Indicators], communities: Iterable[Place]
) -> dict[int, Indicators]:
    """Per street (the communities' parents): the sum of its communities' indicators."""
    totals: dict[int, Indicators] = {}
    for community in communities:
        if community.parent_id is None or community.pk not in indicators:
            continue
        totals.setdefault(community.parent_id, Indicators()).add(indicators[community.pk])
    return totals


def total(indicators: Iterable[Indicators]) -> Indicators:
    out = Indicators()
    for ind in indicators:
        out.add(ind)
    return out


# The counted fields that are as of today, the same for every week.
TODAYS = {"partner_units", "entrances", "captained", "overdue_visits", "open_problems",
          "overdue_problems"}  # fmt: skip


def weekly_totals(
    communities: Iterable[Place],
    weeks: list[Period],
    today: dt.date | None = None,
    only: Iterable[str] | None = None,
) -> list[Indicators]:
    """For each period of ``weeks``, what ``total(community_indicators(communities, week)
    .values())`` gives, in ten queries however many weeks (not seven per week): what depends
    on the period (registered by its end, needs starting in it, hours credited in it) is one
    query each with a filtered sum per week, the rest (partners, entrances, overdue visits and
    problems, all as of today) is the same for every week and read once. ``only``: the
    indicators wanted (a trend shows one); the queries that count nothing of them are not
    asked, and what they would count is left at zero."""
    from jinlin.members.models import Registration
    from jinlin.needs.models import Need
    from jinlin.service.models import LedgerDay

    communities = list(communities)
    if not weeks:
        return []
    wanted = counted_for(only) if only is not None else set(_COUNTED)
    ids = [c.pk for c in communities]
    span = Period(min(w.start for w in weeks), max(w.end for w in weeks))
    base = Indicators()
    if wanted & TODAYS:
        base = total(community_indicators(communities, span, today, wanted & TODAYS).values())
    registered: dict[str, Any] = {}
    if "registered" in wanted:
        registered = Registration.objects.filter(
            kind=Registration.Kind.MEMBER,
            status=Registration.Status.CONFIRMED,
            community_id__in=ids,
            created_at__lt=span.until,
        ).aggregate(**{f"r{i}": Count("id", filter=Q(created_at__lt=w.until))
                       for i, w in enumerate(weeks)})  # fmt: skip
    counted: dict[str, Any] = {}
    if wanted & {"needs", "places", "filled", "unmet_needs"}:
        needs: dict[str, Any] = {}
        for i, w in enumerate(weeks):
            inside = Q(starts_at__gte=w.since, starts_at__lt=w.until)
            needs |= {
                f"n{i}": Count("id", filter=inside),
                f"p{i}": Sum("slots", filter=inside),
                f"f{i}": Sum(Least(F("confirmed_count"), F("slots")), filter=inside),
                f"u{i}": Count("id", filter=inside & Q(confirmed_count__lt=F("slots"))),
            }
        counted = (
            Need.objects.filter(
                community_id__in=ids, starts_at__gte=span.since, starts_at__lt=span.until
            )
            .exclude(status=Need.Status.CANCELLED)
            .aggregate(**needs)
        )
    hours: dict[str, Any] = {}
    if "hours" in wanted:
        hours = LedgerDay.objects.filter(
            community_id__in=ids, day__gte=span.start, day__lte=span.end
        ).aggregate(**{f"h{i}": Sum("hours", filter=Q(day__gte=w.start, day__lte=w.end))
                       for i, w in enumerate(weeks)})  # fmt: skip
    out = []
    for i in range(len(weeks)):
        week = Indicators(
            registered=registered.get(f"r{i}", 0),
            partner_units=base.partner_units,
            needs=counted.get(f"n{i}") or 0,
            places=counted.get(f"p{i}") or 0,
            filled=counted.get(f"f{i}") or 0,
            unmet_needs=counted.get(f"u{i}") or 0,
            hours=hours.get(f"h{i}") or Decimal(0),
            entrances=base.entrances,
            captained=base.captained,
            overdue_visits=base.overdue_visits,
            open_problems=base.open_problems,
            overdue_problems=base.overdue_problems,
        )
        out.append(week)
    return out


def weeks_ending(end: dt.date, count: int) -> list[Period]:
    """The ``count`` weeks (seven days each) up to and including ``end``, oldest first."""
    return [
        Period(end - dt.timedelta(days=7 * n + 6), end - dt.timedelta(days=7 * n))
        for n in reversed(range(count))
    ]
