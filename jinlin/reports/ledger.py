"""台账: an organization's inspection-ready workbook for a period.

A cover sheet with the period's figures (each as the overview page gives it, saying whom it
counts and which sheet lists it), then one sheet per part of the work — needs and activities,
participants and hours, outcomes, registrations (by community and group, and the period's new
ones), teams, pairings and visits, problems and rectifications — each titled, with a frozen
header, a 合计 row, and A4 landscape page setup that prints cleanly (jinlin.core.xlsx). The rows
are the rows the district's figures count (jinlin.cloudmap.figures), so a sheet's totals equal
the figures on the cover and the overview page. Households appear as 王**.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from django.db.models import Count, DateTimeField, Func
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from jinlin.cloudmap import figures as fig
from jinlin.cloudmap.indicators import Period
from jinlin.core.sql import read_beside, stream_values
from jinlin.core.xlsx import Book
from jinlin.organizations.models import Organization

Progress = Callable[[str, int, int], None]
STEP = 100  # progress is told in hundredths of a step
PROGRESS_ROWS = 10_000  # the ledger's rows between two reports of progress


def _quiet(phase: str, done: int, total: int) -> None:
    return None


def _local(value: Any, zone: Any = None) -> Any:
    """The time as a clerk reads it: local, without a zone (Excel keeps none); ``zone`` the
    current zone when a sheet already looked it up (once, not once a row). A time already
    local (``LocalTime``) stays as it is."""
    if not value:
        return None
    if value.tzinfo is None:
        return value
    return value.astimezone(zone or timezone.get_current_timezone()).replace(tzinfo=None)


class LocalTime(Func):
    """A time column as ``_local`` gives it, turned by PostgreSQL (``AT TIME ZONE``): a city's
    台账 has hundreds of thousands of ledger rows, each turned in Python for 3 µs. On SQLite
    the column as it is, which ``_local`` turns."""

    output_field = DateTimeField()

    def as_sqlite(self, compiler: Any, connection: Any, **extra: Any) -> Any:
        return compiler.compile(self.source_expressions[0])

    def as_postgresql(self, compiler: Any, connection: Any, **extra: Any) -> Any:
        column, params = compiler.compile(self.source_expressions[0])
        zone = timezone.get_current_timezone_name()
        return f"({column} AT TIME ZONE %s)", [*params, zone]


def _labels(choices: Any) -> dict[str, str]:
    """A choice's labels in the language at work, looked up once for a whole sheet
    (``get_FOO_display`` hashes every choice on each row)."""
    return {value: str(label) for value, label in choices}


def ledger_book(org: Organization, period: Period, progress: Progress = _quiet) -> bytes:
    from jinlin.care.models import Visit
    from jinlin.core.personal import mask_name
    from jinlin.members.models import PeopleGroup, Registration, volunteer_number
    from jinlin.needs.models import METRICS, Need, category_label
    from jinlin.oversight.models import Measure, Problem
    from jinlin.service.models import ServiceRecord

    book = Book()
    zone = timezone.get_current_timezone()
    head = _("%(org)s: dual registration (双报到) ledger, %(start)s to %(end)s") % {
        "org": org.name,
        "start": period.start.isoformat(),
        "end": period.end.isoformat(),
    }
    steps = 9

    def step(phase: str, number: int, within: float = 0.0) -> None:
        """Step ``number`` of the nine, and how far into it (the ledger's rows are most of a
        large 台账's time: the bar moves while they are written)."""
        progress(phase, number * STEP + min(int(within * STEP), STEP - 1), steps * STEP)

    def title(part: str) -> str:
        return f"{head} · {part}"

    sheets = {
        "needs": _("Needs and activities"),
        "hours": _("Participants and hours"),
        "outcomes": _("Outcomes"),
        "registrations": pgettext("ledger sheet", "Registrations"),
        "new": _("Registered in the period"),
        "teams": _("Teams"),
        "visits": _("Pairings and visits"),
        "problems": _("Problems and rectifications"),
    }

    # 0. The cover: the overview's figures, each with the sheet that lists its rows. The
    # sheet comes first in the book; its figures, and the registrations' counts by community
    # (sheet 4), are read beside the needs' and the ledger's rows (``read_beside``: PostgreSQL's
    # seconds on a city while Python writes) and written once those are.
    step("cover", 0)
    cover_name = _("Overview")
    cover = book.sheet(
        cover_name, title=title(cover_name),
        header=[_("Part"), _("Figure (whom it counts)"), _("Value"), _("Unit"),
                _("Listed on sheet")],
        widths=[12, 44, 10, 8, 22], landscape=False,
    )  # fmt: skip
    every = fig.all_figures()
    groups = ("members_registered", "other_party_registered", "volunteers_registered",
              "units_registered")  # fmt: skip
    # The registrations behind each group's figure, one row per person or per unit and
    # community: the units' figure counts each unit once, its rows here are per community.
    registrations = {key: every[key].rows for key in groups[:-1]}
    registrations["units_registered"] = fig.unit_registrations

    def figures_and_registered() -> tuple[list[Any], dict[str, list[int]]]:
        by_community: dict[str, list[int]] = {}
        for column, key in enumerate(groups):
            for name, n in (
                registrations[key](org, period).order_by().values_list("community__name")
                .annotate(n=Count("pk"))
            ):  # fmt: skip
                by_community.setdefault(name, [0] * len(groups))[column] = n
        return fig.overview(org, period), by_community

    read = read_beside(figures_and_registered)

    # 1. Needs and activities: every need of the period (cancelled ones say so).
    step("needs", 1)
    sheet = book.sheet(
        sheets["needs"],
        title=title(sheets["needs"]),
        header=[_("Need"), _("Category"), _("Community"), _("Place"), _("Starts"), _("Ends"),
                _("Places"), _("Confirmed"), _("Times served (人次)"), _("Status")],
        widths=[30, 14, 14, 24, 17, 17, 8, 8, 10, 10],
    )  # fmt: skip
    needs = Need.objects.filter(
        fig.under(org, "community"), starts_at__gte=period.since, starts_at__lt=period.until
    )
    served = dict(
        fig.standing_credits(fig._ledger(org, period).filter(need__in=needs.values("pk")))
        .order_by().values_list("need_id").annotate(n=Count("pk"))
    )  # fmt: skip
    # The ledger's rows the hours sheet will list, about: the credits of the period's needs
    # (the cover's count of them is being read beside).
    expected = sum(served.values())
    count = slots = confirmed = times = 0
    statuses = _labels(Need.Status.choices)
    # The rows' values, not model instances (a city's month is 34,000 needs: 5 → 1.8 s).
    for pk, need_title, category, community_name, place, starts, ends, places, held, status in (
        stream_values(
            needs.order_by("starts_at", "id").values_list(
                "pk", "title", "category", "community__name", "place", LocalTime("starts_at"),
                LocalTime("ends_at"), "slots", "confirmed_count", "status")
        )
    ):  # fmt: skip
        sheet.append(
            [need_title, category_label(category), community_name, place, _local(starts, zone),
             _local(ends, zone), places, held, served.get(pk, 0), statuses.get(status, status)]
        )  # fmt: skip
        count, slots = count + 1, slots + places
        confirmed, times = confirmed + held, times + served.get(pk, 0)
    sheet.total([_("Total: %(n)d needs") % {"n": count}, "", "", "", "", "", slots, confirmed,
                 times, ""])  # fmt: skip

    # 2. Participants and hours: the ledger's rows of the period (credits and reversals).
    step("hours", 2)
    sheet = book.sheet(
        sheets["hours"],
        title=title(sheets["hours"]),
        header=[pgettext("of a person", "Name"), _("Volunteer number"), _("Activity"),
                _("Date"), _("Place"), _("Who was served"),
                _("Content"), _("Hours"), _("Kind"), _("Recorder"), _("Recorded"), _("Note")],
        widths=[10, 12, 26, 11, 20, 16, 30, 7, 8, 10, 17, 20],
    )  # fmt: skip
    # The rows' values, not model instances: a city's month is hundreds of thousands of rows.
    ledger = (
        every["hours"].rows(org, period).order_by("id")
        .values_list("member__name", "member_id", "activity_name", "activity_date",
                     "place", "served", "content", "hours", "kind", "recorder",
                     LocalTime("created_at"), "reason")
    )  # fmt: skip
    total = Decimal(0)
    kinds = _labels(ServiceRecord.Kind.choices)
    rows = enumerate(stream_values(ledger), start=1)
    for written, (name, member_id, activity, day, place, served_whom, content, hours, kind,
                  recorder, recorded, reason) in rows:  # fmt: skip
        total += hours
        if written % PROGRESS_ROWS == 0:
            step("hours", 2, written / max(expected, 1))
        sheet.append(
            [name, volunteer_number(member_id), activity, day, place, served_whom, content, hours,
             kinds.get(kind, kind), recorder, _local(recorded, zone), reason]
        )  # fmt: skip
    sheet.total([_("Total"), "", "", "", "", "", "", total])

    overview, by_community = read()
    listed_on = {"members_registered": "registrations", "other_party_registered": "registrations",
                 "volunteers_registered": "registrations", "units_registered": "registrations",
                 "activities": "needs", "credits": "hours", "members_served": "hours",
                 "volunteers_served": "hours", "hours": "hours", "visits": "visits",
                 "round_problems": "problems", "round_closed": "problems",
                 "round_overdue": "problems", "self_problems": "problems"}  # fmt: skip
    for figure, value in overview:
        where = listed_on.get(figure.key) or ("outcomes" if figure.key.startswith("outcome_")
                                              else "teams" if figure.key.startswith("teams_")
                                              else "")  # fmt: skip
        label = str(figure.label)
        if figure.as_of_today:
            label = _("%(figure)s (today)") % {"figure": label}
        cover.append([str(figure.group), label, value, str(figure.unit or ""),
                      str(sheets[where]) if where else ""])  # fmt: skip
    cover.append([])
    cover.append([_("Made by"), org.name])
    cover.append([_("Made at"), _local(timezone.now())])

    # 3. Outcomes: per need, what was counted when the work was accepted and credited.
    step("outcomes", 3)
    metrics = list(METRICS.items())
    sheet = book.sheet(
        sheets["outcomes"],
        title=title(sheets["outcomes"]),
        header=[_("Need"), _("Community"), _("Date")]
        + [f"{label}\n（{unit}）" for _key, (label, unit) in metrics],
        widths=[30, 14, 11] + [12] * len(metrics),
    )
    # One row per activity: its outcomes as recorded once for the activity.
    per_need: dict[int, dict[str, int]] = {}
    names: dict[int, tuple[str, str, Any]] = {}
    for metric, _label in metrics:
        for need_id, need_title, community_name, starts, count in (
            every[f"outcome_{metric}"].rows(org, period)
            .values_list("need_id", "need__title", "need__community__name", "need__starts_at",
                         "count")
        ):  # fmt: skip
            names[need_id] = (need_title, community_name, starts)
            per_need.setdefault(need_id, {})[metric] = count
    sums = dict.fromkeys(METRICS, 0)
    for pk, counted in sorted(per_need.items(), key=lambda item: names[item[0]][2]):
        need_title, community_name, starts = names[pk]
        sheet.append(
            [need_title, community_name, _local(starts).date()]
            + [counted.get(key, 0) for key, _label in metrics]
        )
        for key, value in counted.items():
            sums[key] += value
    sheet.total([_("Total"), "", ""] + [sums[key] for key, _label in metrics])

    # 4. Registrations as of the period's end, by community and group (not the whole roster:
    # the figures count these); then the registrations made in the period, by name.
    step("registrations", 4)
    sheet = book.sheet(
        sheets["registrations"],
        title=title(sheets["registrations"]),
        header=[_("Community"), _("In-service party members"), _("Other party members"),
                _("Resident volunteers"), _("Unit party organizations")],
        widths=[20, 12, 12, 12, 12],
    )  # fmt: skip
    for name, counts in sorted(by_community.items()):
        sheet.append([name, *counts])
    sheet.total([_("Total"), *[sum(c[i] for c in by_community.values())
                              for i in range(len(groups))]])  # fmt: skip
    # A unit registered with several communities is in each one's row above: the cover's
    # figure counts it once.
    units = next(value for figure, value in overview if figure.key == "units_registered")
    sheet.append([str(every["units_registered"].label), "", "", "", units])

    sheet = book.sheet(
        sheets["new"],
        title=title(sheets["new"]),
        header=[_("Kind"), _("Member or unit"), _("Community"), pgettext("when", "Registered")],
        widths=[16, 24, 16, 17],
    )
    new = 0
    registration_kinds = _labels(Registration.Kind.choices)
    for key in groups:
        for (kind, member_name, unit_name, party, in_service, community_name,
             created) in (
            stream_values(
                registrations[key](org, period).filter(created_at__gte=period.since)
                .values_list("kind", "member__name", "unit__name", "member__is_party_member",
                             "member__in_service", "community__name", LocalTime("created_at"))
            )
        ):  # fmt: skip
            if member_name is not None:
                who, label = member_name, str(PeopleGroup.of(party, in_service).label)
            else:
                who, label = unit_name or "", registration_kinds.get(kind, kind)
            sheet.append([label, who, community_name, _local(created, zone)])
            new += 1
    sheet.total([_("Total: %(n)d") % {"n": new}])

    # 5. Teams.
    step("teams", 5)
    sheet = book.sheet(
        sheets["teams"],
        title=title(sheets["teams"]),
        header=[pgettext("of a thing", "Name"), _("Kind"), _("Organization"), _("Leader")],
        widths=[24, 22, 20, 10],
    )
    from jinlin.care.models import Team

    teams = 0
    for team in (
        Team.objects.filter(fig.under(org, "organization"), created_at__lt=period.until)
        .select_related("organization", "leader")
        .order_by("organization__path", "id")
    ):
        sheet.append(
            [team.name, team.get_kind_display(), team.organization.name,
             team.leader.name if team.leader else ""]
        )  # fmt: skip
        teams += 1
    sheet.total([_("Total: %(n)d") % {"n": teams}])

    # 6. Pairings and visits.
    step("visits", 6)
    sheet = book.sheet(
        sheets["visits"],
        title=title(sheets["visits"]),
        header=[_("Date"), _("Household"), _("Community"), _("Member"), _("Kind")],
        widths=[11, 12, 16, 10, 16],
    )
    visits = 0
    visit_kinds = _labels(Visit.Kind.choices)
    for day, head_name, community_name, member_name, kind in (
        every["visits"].rows(org, period)
        .values_list("date", "pairing__household__head_name",
                     "pairing__household__community__name", "pairing__member__name", "kind")
        .iterator(chunk_size=2000)
    ):  # fmt: skip
        # As ``Household.masked_name`` shows it: a 台账 names no household in full.
        sheet.append([day, mask_name(head_name), community_name, member_name,
                      visit_kinds.get(kind, kind)])  # fmt: skip
        visits += 1
    sheet.total([_("Total: %(n)d") % {"n": visits}])

    # 7. Problems and rectifications: found in the period, or still open.
    step("problems", 7)
    sheet = book.sheet(
        sheets["problems"],
        title=title(sheets["problems"]),
        header=[_("Problem"), _("Organization"), _("Source"), _("Found"), _("Deadline"),
                _("Status"), _("Measures taken"), _("Closed on")],
        widths=[28, 18, 10, 11, 11, 12, 40, 11],
    )  # fmt: skip
    problems = (
        Problem.objects.filter(fig.under(org, "organization"))
        .filter(created_at__lt=period.until)
        .exclude(closed_at__lt=period.since)
        .order_by("created_at", "id")
    )
    # Each problem's measures in their order, read once for all (as values: a city has
    # 100,000 problems).
    measures: dict[int, list[str]] = {}
    for problem_id, text in (
        Measure.objects.filter(problem__in=problems.values("pk"))
        .order_by("problem_id", "deadline", "id")
        .values_list("problem_id", "text")
        .iterator(chunk_size=2000)
    ):
        measures.setdefault(problem_id, []).append(text)
    sources, problem_statuses = _labels(Problem.Source.choices), _labels(Problem.Status.choices)
    found = 0
    for pk, problem_title, organization, source, created, deadline, status, closed in (
        stream_values(
            problems.values_list("pk", "title", "organization__name", "source",
                                 LocalTime("created_at"), "deadline", "status",
                                 LocalTime("closed_at"))
        )
    ):  # fmt: skip
        sheet.append(
            [problem_title, organization, sources.get(source, source),
             _local(created, zone).date(), deadline, problem_statuses.get(status, status),
             "；".join(measures.get(pk, ())), _local(closed, zone).date() if closed else None]
        )  # fmt: skip
        found += 1
    sheet.total([_("Total: %(n)d") % {"n": found}])
    progress("finished", steps * STEP, steps * STEP)
    return book.to_bytes()
