"""星级创评: star ratings of members, party branches and units under a rule of a period.

Members: the net hours the ledger credits them in the period (积分 equal hours). Branches and
units: a score out of 100 —

- participation: the share of their members who served at least once in the period;
- rectification: the share of their problems due in the period that were closed by the
  deadline (full marks when none were due);
- supervision: full marks less a fifth of the weight for each problem supervision found on
  them in the period (never below zero);
- 评议: the average grade the communities gave the unit for the year the period ends in
  (excellent 100 %, qualified 80 %, basically qualified 50 %, unqualified 0; a branch takes
  its unit's; none given counts as qualified).

A value equal to a threshold earns its star. Every rating carries the reasons it was given.
"""

from __future__ import annotations

import bisect
import datetime as dt
import heapq
import itertools
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, overload

from django.db.models import Q, Sum
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from jinlin.cloudmap.indicators import Period
from jinlin.core.errors import InvalidInput, NotAllowed
from jinlin.core.numbers import decimal_of
from jinlin.core.sql import read_in_parallel
from jinlin.members import access
from jinlin.organizations.models import Organization, ids_on
from jinlin.reports.models import Evaluation, RatingRule

MEMBER_THRESHOLDS = [100, 300, 600, 1000, 1500]  # hours, as the district's rules print them
SCORE_THRESHOLDS = [60, 70, 80, 90, 95]
WEIGHTS = {"participation": 40, "rectification": 30, "supervision": 20, "evaluation": 10}
WEIGHT_LABELS = {
    "participation": gettext_lazy("Participation"),
    "rectification": gettext_lazy("Rectification on time"),
    "supervision": gettext_lazy("Supervision results"),
    "evaluation": gettext_lazy("Yearly evaluation (评议) grades"),
}
GRADE_SHARE = {"excellent": Decimal(1), "good": Decimal("0.8"), "fair": Decimal("0.5"),
               "poor": Decimal(0)}  # fmt: skip
PER_SUPERVISION_PROBLEM = Decimal("0.2")  # of the weight


@dataclass
class Rating:
    subject: Any  # a Member or an Organization
    name: str
    group: str  # its street, or its kind
    kind: str
    value: Decimal
    stars: int
    reasons: Sequence[str] = field(default_factory=list)
    to_next: Decimal | None = None  # how much more earns the next star


class _Later(Sequence[str]):
    """Reasons written when first read: a rule rates thousands of members, its page shows the
    reasons of the few on its leaderboards."""

    def __init__(self, write: Callable[[], list[str]]) -> None:
        self._write = write
        self._items: list[str] | None = None

    def _all(self) -> list[str]:
        if self._items is None:
            self._items = self._write()
        return self._items

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[str]: ...
    def __getitem__(self, index: int | slice) -> str | Sequence[str]:
        return self._all()[index]

    def __len__(self) -> int:
        return len(self._all())


def stars_for(value: Decimal | int | float, thresholds: list[Any]) -> int:
    """How many thresholds the value reaches (equal counts)."""
    number = Decimal(str(value))
    return sum(1 for t in thresholds if number >= Decimal(str(t)))


# The rule ------------------------------------------------------------------------------------


def rule_save(
    *, organization: Organization, name: str, subject: str, start: dt.date, end: dt.date,
    thresholds: Iterable[Any], weights: dict[str, Any] | None, by: Any,
    rule: RatingRule | None = None,
) -> RatingRule:  # fmt: skip
    """Create or change a rule; its admins only. Thresholds rise strictly; weights add to 100."""
    if not (access.scope_of(by).can_read_tree and access.can_manage_organization(by, organization)):
        raise NotAllowed(_("Only the organization's own admins set its rating rules."))
    name = (name or "").strip()
    if not name:
        raise InvalidInput(_("Give the rule a name."), fields={"name": _("Required.")})
    if subject not in RatingRule.Subject.values:
        raise InvalidInput(_("Choose who is rated."), fields={"subject": _("Not a choice.")})
    if end < start:
        raise InvalidInput(_("The period ends before it starts."),
                           fields={"end": _("Before the start.")})  # fmt: skip
    try:
        steps = [decimal_of(t, "0.01") for t in thresholds]
    except ArithmeticError:
        raise InvalidInput(
            _("Thresholds are numbers."), fields={"thresholds": _("Not a number.")}
        ) from None
    if len(steps) != 5:
        raise InvalidInput(_("Give five thresholds, for one to five stars."),
                           fields={"thresholds": _("Five numbers.")})  # fmt: skip
    for star, (low, high) in enumerate(itertools.pairwise(steps), start=2):
        if high <= low:
            raise InvalidInput(
                _("The threshold for %(star)d stars must be above the one for %(below)d.")
                % {"star": star, "below": star - 1},
                fields={f"threshold_{star}": _("Not above the one before.")},
            )
    if steps[0] <= 0:
        raise InvalidInput(_("Thresholds are above zero."),
                           fields={"threshold_1": _("Not above zero.")})  # fmt: skip
    if subject != RatingRule.Subject.MEMBER:
        if steps[-1] > 100:
            raise InvalidInput(_("A score is out of 100."),
                               fields={"threshold_5": _("Above 100.")})  # fmt: skip
        clean = {}
        for key in WEIGHTS:
            try:
                clean[key] = int((weights or {}).get(key, WEIGHTS[key]))
            except (TypeError, ValueError):
                raise InvalidInput(
                    _("Weights are whole numbers."),
                    fields={f"weight_{key}": _("Not a whole number.")},
                ) from None
            if clean[key] < 0:
                raise InvalidInput(_("Weights are not negative."),
                                   fields={f"weight_{key}": _("Below zero.")})  # fmt: skip
        if sum(clean.values()) != 100:
            raise InvalidInput(
                _("The weights add up to %(sum)d; they must add up to 100.")
                % {"sum": sum(clean.values())},
                fields={"weights": _("Not 100 in all.")},
            )
        weights = clean
    else:
        weights = {}
    rule = rule or RatingRule(created_by=by if getattr(by, "is_authenticated", False) else None)
    rule.organization, rule.name, rule.subject = organization, name, subject
    rule.start, rule.end = start, end
    rule.thresholds = [float(s) if s % 1 else int(s) for s in steps]
    rule.weights = weights
    rule.save()
    return rule


def rules_visible(user: Any) -> Any:
    """Rules of the organizations the caller can read, and of those above them (a street admin
    sees the district's rules, rated within the street)."""
    return RatingRule.objects.filter(access.of_organizations_in_reach(user))


# Rating --------------------------------------------------------------------------------------


def _street_names(org: Organization) -> dict[int, str]:
    return dict(
        Organization.objects.filter(
            path__startswith=org.path, kind=Organization.Kind.STREET
        ).values_list("pk", "name")
    )


def _street_of(path: str, streets: dict[int, str]) -> str:
    for pk in ids_on(path):
        if pk in streets:
            return streets[pk]
    return _("District level")


def _member_hours(rule: RatingRule, members: Q) -> dict[int, Decimal]:
    """Net hours the ledger credits each member for days of the rule's period (the day an
    hour belongs to is its activity's)."""
    from jinlin.service.models import ServiceRecord

    return dict(read_in_parallel(
        ServiceRecord.objects.filter(members, activity_date__gte=rule.start,
                                     activity_date__lte=rule.end)
        .values("member").annotate(h=Sum("hours")).values_list("member", "h")
    ))  # fmt: skip


def _member_rating(rule: RatingRule, member: Any, hours: Decimal, street: str) -> Rating:
    value = (hours or Decimal(0)).quantize(Decimal("0.01"))
    steps = [Decimal(str(t)) for t in rule.thresholds]
    stars = stars_for(value, rule.thresholds)
    to_next = steps[stars] - value if stars < 5 else None

    def reasons() -> list[str]:
        written = [
            _("%(hours)s hours credited from %(start)s to %(end)s.")
            % {"hours": _number(value), "start": rule.start, "end": rule.end}
        ]
        if stars:
            written.append(_("At least %(t)s hours: %(n)d stars.")
                           % {"t": _number(steps[stars - 1]), "n": stars})  # fmt: skip
        if to_next is not None:
            written.append(_("%(more)s hours more for %(n)d stars.")
                           % {"more": _number(to_next), "n": stars + 1})  # fmt: skip
        return written

    return Rating(member, member.name, street, str(member.group.label), value, stars,
                  _Later(reasons), to_next)  # fmt: skip


def _rated_members(
    rule: RatingRule, within: Organization
) -> tuple[dict[int, Decimal], dict[int, str], Any]:
    """What a member rule rates under ``within``: each party member's net hours, the streets
    by id, and the members with hours — found by the same ledger rows (a subquery, not
    thousands of ids sent back)."""
    from jinlin.members.models import Member
    from jinlin.service.models import ServiceRecord

    rated = Q(member__community__path__startswith=within.path, member__is_party_member=True)
    with_hours = (
        ServiceRecord.objects.filter(rated, activity_date__gte=rule.start,
                                     activity_date__lte=rule.end).values("member")
    )  # fmt: skip
    members = Member.objects.filter(pk__in=with_hours)
    return _member_hours(rule, rated), _street_names(within), members


def _members(rule: RatingRule, within: Organization) -> list[Rating]:
    """党员星级: party members only (群众志愿者 are not ranked among party members)."""
    hours, streets, members = _rated_members(rule, within)
    members = (
        members.select_related("community")
        .only("pk", "name", "is_party_member", "in_service", "community__path")
    )
    return [
        _member_rating(rule, member, hours[member.pk],
                       _street_of(member.community.path if member.community else "", streets))
        for member in members
    ]  # fmt: skip


def _member_best(
    rule: RatingRule, within: Organization, by: str, top: int
) -> tuple[list[int], list[tuple[str, list[Any]]]]:
    """A member rule's page without a model or a rating per member: the members with hours
    as plain rows, counted by stars, and each leaderboard's best as plain rows (made into
    ratings by ``_member_boards``: the same ratings, in the same order, as ``ratings`` and
    ``leaderboards`` give)."""
    from jinlin.members.models import Member, PeopleGroup

    hours, streets, _members_with_hours = _rated_members(rule, within)
    # The party members under ``within`` read straight (one pass over the members, not a
    # second pass over the year's ledger to pick those with hours), kept if they have hours.
    everyone = Member.objects.filter(
        community__path__startswith=within.path, is_party_member=True
    ).values_list("pk", "name", "is_party_member", "in_service", "community__path")
    rows = (row for row in everyone.iterator(chunk_size=5000) if row[0] in hours)
    steps = sorted(Decimal(str(t)) for t in rule.thresholds)
    counts = [0] * 6
    groups: dict[str, list[tuple[Decimal, str, int, bool, bool, str]]] = defaultdict(list)
    street_of: dict[str, str] = {}
    kind_of: dict[tuple[bool, bool], str] = {}
    for pk, name, is_party, in_service, path in rows:
        value = (hours[pk] or Decimal(0)).quantize(Decimal("0.01"))
        counts[bisect.bisect_right(steps, value)] += 1
        path = path or ""
        if path not in street_of:
            street_of[path] = _street_of(path, streets)
        if by == "street":
            group = street_of[path]
        else:
            if (is_party, in_service) not in kind_of:
                kind_of[is_party, in_service] = str(PeopleGroup.of(is_party, in_service).label)
            group = kind_of[is_party, in_service]
        groups[group].append((value, name, pk, is_party, in_service, street_of[path]))
    best = [
        (group, heapq.nsmallest(top, members, key=lambda m: (-m[0], m[1])))
        for group, members in sorted(groups.items(), key=lambda item: item[0])
    ]
    return counts, best


def _member_boards(rule: RatingRule, best: list[tuple[str, list[Any]]]) -> list[Any]:
    """Each leaderboard's best as ratings (with their reasons)."""
    from jinlin.members.models import Member

    return [
        (group, [
            _member_rating(rule, Member(pk=pk, name=name, is_party_member=is_party,
                                        in_service=in_service), value, street)
            for value, name, pk, is_party, in_service, street in rows
        ])
        for group, rows in best
    ]  # fmt: skip


class MemberBoards(Sequence[tuple[str, list[Rating]]]):
    """A member rule's leaderboards, each made into ratings (with their reasons) only when it
    is read: a city's page shows ten of its 150 streets' boards."""

    def __init__(self, rule: RatingRule, best: list[tuple[str, list[Any]]]) -> None:
        self.rule, self.best = rule, best

    def __len__(self) -> int:
        return len(self.best)

    @overload
    def __getitem__(self, index: int) -> tuple[str, list[Rating]]: ...
    @overload
    def __getitem__(self, index: slice) -> list[tuple[str, list[Rating]]]: ...
    def __getitem__(self, index: int | slice) -> Any:
        if isinstance(index, slice):
            return _member_boards(self.rule, self.best[index])
        return _member_boards(self.rule, [self.best[index]])[0]


def rating_page(
    rule: RatingRule, within: Organization, by: str, top: int = 10
) -> tuple[list[int], int, Sequence[tuple[str, list[Rating]]]]:
    """What a rule's page shows: how many earned each star, how many were rated, and the
    leaderboards (``by`` street or kind)."""
    page, _counted = rating_page_kept(rule, within, by, top)
    return page


def rating_page_kept(
    rule: RatingRule, within: Organization, by: str, top: int = 10
) -> tuple[tuple[list[int], int, Sequence[tuple[str, list[Rating]]]], Any]:
    """``rating_page`` and when it was counted: a member rule over a city-sized organization
    (``jinlin.cloudmap.kept``: a year of every member's hours) is counted once and kept a few
    minutes, the time said; otherwise counted now (None)."""
    if not within.path.startswith(rule.organization.path):
        within = rule.organization
    if rule.subject == RatingRule.Subject.MEMBER:
        from jinlin.cloudmap import kept
        from jinlin.cloudmap.indicators import Period

        # The rule's steps are part of the name: a rule changed is counted afresh.
        name = f"rating:{rule.pk}:{by}:{top}:{'-'.join(str(t) for t in rule.thresholds)}"
        (counts, best), counted = kept.kept(
            name, within, Period(rule.start, rule.end),
            lambda: _member_best(rule, within, by, top),
        )  # fmt: skip
        return (counts, sum(counts), MemberBoards(rule, best)), counted
    found = ratings(rule, within)
    return (star_counts(found), len(found), leaderboards(found, by, top)), None


def member_stars(member: Any) -> list[tuple[RatingRule, Rating]]:
    """A party member's own ratings: under every member rule of the organizations above their
    residential community whose period has begun."""
    from django.utils import timezone

    if not member.is_party_member or member.community is None:
        return []
    above = ids_on(member.community.path)
    rules = RatingRule.objects.filter(
        organization_id__in=above,
        subject=RatingRule.Subject.MEMBER,
        start__lte=timezone.localdate(),
    ).order_by("-end", "pk")[:5]
    out = []
    for rule in rules:
        hours = _member_hours(rule, Q(member=member)).get(member.pk, Decimal(0))
        out.append((rule, _member_rating(rule, member, hours, "")))
    return out


def _number(value: Decimal) -> str:
    from jinlin.core.templatetags.jinlin import hours

    return hours(value)


def _organizations(rule: RatingRule, within: Organization) -> list[Rating]:
    from jinlin.cloudmap.figures import standing_credits
    from jinlin.members.models import Member
    from jinlin.oversight.models import Problem
    from jinlin.service.models import ServiceRecord

    kind = Organization.Kind.UNIT if rule.subject == RatingRule.Subject.UNIT else (
        Organization.Kind.BRANCH)  # fmt: skip
    subjects = list(Organization.objects.filter(path__startswith=within.path, kind=kind)
                    .select_related("parent"))  # fmt: skip
    if not subjects:
        return []
    period = Period(rule.start, rule.end)
    weights = {k: Decimal(rule.weights.get(k, v)) for k, v in WEIGHTS.items()}
    by_path = sorted(subjects, key=lambda o: len(o.path), reverse=True)

    def owner(path: str) -> Organization | None:
        """The rated organization a path lies in (the deepest one: a branch of a branch
        counts for itself)."""
        for org in by_path:
            if path.startswith(org.path):
                return org
        return None

    members: dict[int, int] = defaultdict(int)
    served: dict[int, int] = defaultdict(int)
    credited = set(
        standing_credits(ServiceRecord.objects.filter(
            member__branch__path__startswith=within.path,
            activity_date__gte=rule.start, activity_date__lte=rule.end,
        )).values_list("member_id", flat=True)
    )  # fmt: skip
    for member_id, path in Member.objects.filter(branch__path__startswith=within.path).values_list(
        "pk", "branch__path"
    ):
        org = owner(path)
        if org is not None:
            members[org.pk] += 1
            served[org.pk] += member_id in credited
    due: dict[int, int] = defaultdict(int)
    on_time: dict[int, int] = defaultdict(int)
    found: dict[int, int] = defaultdict(int)
    problems = Problem.objects.filter(organization__path__startswith=within.path)
    for path, deadline, closed_at, status, source, created_at in problems.filter(
        Q(deadline__gte=rule.start, deadline__lte=rule.end)
        | Q(source=Problem.Source.ROUND, created_at__gte=period.since,
            created_at__lt=period.until)
    ).values_list("organization__path", "deadline", "closed_at", "status", "source",
                  "created_at"):  # fmt: skip
        org = owner(path)
        if org is None:
            continue
        if rule.start <= deadline <= rule.end:
            due[org.pk] += 1
            closed_day = closed_at and closed_at.astimezone(period.since.tzinfo).date()
            on_time[org.pk] += bool(status == Problem.Status.CLOSED and closed_day
                                    and closed_day <= deadline)  # fmt: skip
        if source == Problem.Source.ROUND and period.since <= created_at < period.until:
            found[org.pk] += 1
    grades: dict[int, list[str]] = defaultdict(list)
    for graded, grade in Evaluation.objects.filter(
        unit__path__startswith=within.path, year=rule.end.year
    ).values_list("unit_id", "grade"):
        grades[graded].append(grade)
    streets = _street_names(within)
    units = set(
        Organization.objects.filter(
            path__startswith=within.path, kind=Organization.Kind.UNIT
        ).values_list("pk", flat=True)
    )

    def unit_above(path: str) -> int | None:
        return next((i for i in reversed(ids_on(path)) if i in units), None)

    out = []
    for org in subjects:
        unit_id = org.pk if kind == Organization.Kind.UNIT else unit_above(org.path)
        parts: dict[str, Decimal] = {}
        reasons = []
        n, s = members[org.pk], served[org.pk]
        share = Decimal(s) / n if n else Decimal(0)
        parts["participation"] = weights["participation"] * share
        reasons.append(_("Participation: %(served)d of %(members)d members served (%(points)s of "
                         "%(weight)s).") % {"served": s, "members": n,
                         "points": _number(parts["participation"]),
                         "weight": weights["participation"]})  # fmt: skip
        d, t = due[org.pk], on_time[org.pk]
        parts["rectification"] = weights["rectification"] * (Decimal(t) / d if d else 1)
        reasons.append(
            _("Rectification: %(on_time)d of %(due)d problems due were closed by the deadline "
              "(%(points)s of %(weight)s).")
            % {"on_time": t, "due": d, "points": _number(parts["rectification"]),
               "weight": weights["rectification"]}
        )  # fmt: skip
        f = found[org.pk]
        parts["supervision"] = max(
            Decimal(0), weights["supervision"] * (1 - PER_SUPERVISION_PROBLEM * f)
        )
        reasons.append(_("Supervision: %(found)d problems found (%(points)s of %(weight)s).")
                       % {"found": f, "points": _number(parts["supervision"]),
                          "weight": weights["supervision"]})  # fmt: skip
        given = grades.get(unit_id or 0, [])
        mean = (sum((GRADE_SHARE[g] for g in given), Decimal(0)) / len(given) if given
                 else GRADE_SHARE["good"])  # fmt: skip
        parts["evaluation"] = weights["evaluation"] * mean
        if given:
            reasons.append(_("Yearly evaluation (评议): %(count)d grades (%(points)s of "
                             "%(weight)s).")
                           % {"count": len(given), "points": _number(parts["evaluation"]),
                              "weight": weights["evaluation"]})  # fmt: skip
        else:
            reasons.append(
                _("Yearly evaluation (评议): no grade given for %(year)d, counted as qualified "
                  "(%(points)s of %(weight)s).")
                % {"year": rule.end.year, "points": _number(parts["evaluation"]),
                   "weight": weights["evaluation"]}
            )  # fmt: skip
        value = sum(parts.values(), Decimal(0)).quantize(Decimal("0.01"))
        stars = stars_for(value, rule.thresholds)
        steps = [Decimal(str(x)) for x in rule.thresholds]
        to_next = steps[stars] - value if stars < 5 else None
        # A unit's kind is its type (机关, 学校 …); a branch's, what it is a branch of.
        group = (org.get_subkind_display() if kind == Organization.Kind.UNIT
                 else org.parent.get_kind_display() if org.parent else "")  # fmt: skip
        out.append(Rating(org, org.name, _street_of(org.path, streets), str(group), value,
                          stars, reasons, to_next))  # fmt: skip
    return out


def rated_label(rule: RatingRule) -> str:
    """Who a rule rates, as a count of them reads (people, or organizations)."""
    labels: dict[str, str] = {
        RatingRule.Subject.MEMBER: _("Party members rated (people)"),
        RatingRule.Subject.BRANCH: _("Party branches rated"),
        RatingRule.Subject.UNIT: _("Units rated"),
    }
    return labels[rule.subject]


def ratings(rule: RatingRule, within: Organization | None = None) -> list[Rating]:
    """Every rating under the rule, best first; ``within`` narrows it to a street or
    community (the rule's organization by default)."""
    within = within or rule.organization
    if not within.path.startswith(rule.organization.path):
        within = rule.organization
    found = (_members(rule, within) if rule.subject == RatingRule.Subject.MEMBER
             else _organizations(rule, within))  # fmt: skip
    return sorted(found, key=lambda r: (-r.value, r.name))


def star_counts(found: list[Rating]) -> list[int]:
    """How many earned zero, one … five stars."""
    counts = [0] * 6
    for r in found:
        counts[r.stars] += 1
    return counts


def leaderboards(found: list[Rating], by: str, top: int = 10) -> list[tuple[str, list[Rating]]]:
    """The best ``top`` of each street (``by="street"``) or each kind (``by="kind"``)."""
    groups: dict[str, list[Rating]] = defaultdict(list)
    for r in found:
        groups[r.group if by == "street" else r.kind].append(r)
    return sorted(((g, rows[:top]) for g, rows in groups.items()), key=lambda item: item[0])
