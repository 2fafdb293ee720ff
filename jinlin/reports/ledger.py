"""台账: an organization's inspection-ready workbook for a period.

One sheet per part of the work — needs and activities, participants and hours, outcomes,
registrations, teams, pairings and visits, problems and rectifications — each titled, with a
frozen header, widths and A4 landscape page setup (jinlin.core.xlsx). The rows are the rows
the district's figures count (jinlin.cloudmap.figures), so a sheet's totals equal the figures
on the overview page. Households appear as 王** (an inspection counts visits, not who).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from jinlin.cloudmap import figures as fig
from jinlin.cloudmap.indicators import Period
from jinlin.core.xlsx import Book
from jinlin.organizations.models import Organization

Progress = Callable[[str, int, int], None]


def _quiet(phase: str, done: int, total: int) -> None:
    return None


def _local(value: Any) -> Any:
    return timezone.localtime(value).replace(tzinfo=None) if value else None


def ledger_book(org: Organization, period: Period, progress: Progress = _quiet) -> bytes:
    from jinlin.needs.models import METRICS, Need, category_label
    from jinlin.oversight.models import Problem

    book = Book()
    head = _("%(org)s 双报到工作台账（%(start)s 至 %(end)s）") % {
        "org": org.name,
        "start": period.start.isoformat(),
        "end": period.end.isoformat(),
    }
    steps = 7

    def title(part: str) -> str:
        return f"{head} · {part}"

    # 1. Needs and activities: every need of the period (cancelled ones say so).
    progress("needs", 0, steps)
    sheet = book.sheet(
        _("Needs and activities"),
        title=title(_("Needs and activities")),
        header=[_("Need"), _("Category"), _("Community"), _("Place"), _("Starts"), _("Ends"),
                _("Places"), _("Confirmed"), _("Status")],
        widths=[30, 14, 14, 24, 17, 17, 8, 8, 10],
    )  # fmt: skip
    needs = Need.objects.filter(
        fig.under(org, "community"), starts_at__gte=period.since, starts_at__lt=period.until
    ).select_related("community")
    for need in needs.order_by("starts_at", "id"):
        sheet.append(
            [need.title, category_label(need.category), need.community.name, need.place,
             _local(need.starts_at), _local(need.ends_at), need.slots, need.confirmed_count,
             need.get_status_display()]
        )  # fmt: skip

    # 2. Participants and hours: the ledger's rows of the period (credits and reversals).
    progress("hours", 1, steps)
    sheet = book.sheet(
        _("Participants and hours"),
        title=title(_("Participants and hours")),
        header=[_("Member"), _("Activity"), _("Date"), _("Place"), _("Who was served"),
                _("Content"), _("Hours"), _("Kind"), _("Recorder"), _("Recorded")],
        widths=[10, 26, 11, 20, 16, 30, 7, 8, 10, 17],
    )  # fmt: skip
    ledger = fig.all_figures()["hours"].rows(org, period).order_by("seq")
    total = Decimal(0)
    for row in ledger:
        total += row.hours
        sheet.append(
            [row.member.name, row.activity_name, row.activity_date, row.place, row.served,
             row.content, row.hours, row.get_kind_display(), row.recorder, _local(row.created_at)]
        )  # fmt: skip
    sheet.append([_("Total"), "", "", "", "", "", total])

    # 3. Outcomes: per need, what was counted when the work was accepted and credited.
    progress("outcomes", 2, steps)
    metrics = list(METRICS.items())
    sheet = book.sheet(
        _("Outcomes"),
        title=title(_("Outcomes")),
        header=[_("Need"), _("Community"), _("Date")]
        + [f"{label}（{unit}）" for _key, (label, unit) in metrics],
        widths=[30, 14, 11] + [12] * len(metrics),
    )
    # One row per activity: its outcomes as recorded once for the activity.
    per_need: dict[int, dict[str, int]] = {}
    names: dict[int, tuple[str, str, Any]] = {}
    for metric, _label in metrics:
        for row in fig.all_figures()[f"outcome_{metric}"].rows(org, period):
            names[row.need_id] = (row.need.title, row.need.community.name, row.need.starts_at)
            per_need.setdefault(row.need_id, {})[metric] = row.count
    sums = dict.fromkeys(METRICS, 0)
    for pk, counted in sorted(per_need.items(), key=lambda item: names[item[0]][2]):
        need_title, community_name, starts = names[pk]
        sheet.append(
            [need_title, community_name, _local(starts).date()]
            + [counted.get(key, 0) for key, _label in metrics]
        )
        for key, value in counted.items():
            sums[key] += value
    sheet.append([_("Total"), "", ""] + [sums[key] for key, _label in metrics])

    # 4. Registrations (members and units), as of the period's end.
    progress("registrations", 3, steps)
    registrations = pgettext("ledger sheet", "Registrations")
    sheet = book.sheet(
        registrations,
        title=title(registrations),
        header=[_("Kind"), _("Member or unit"), _("Community"), _("Registered")],
        widths=[12, 24, 16, 17],
    )
    every = fig.all_figures()
    for key in (
        "members_registered", "other_party_registered", "volunteers_registered", "units_registered"
    ):
        for reg in every[key].rows(org, period):
            who = reg.member.name if reg.member_id else (reg.unit.name if reg.unit_id else "")
            kind = reg.member.group.label if reg.member_id else reg.get_kind_display()
            sheet.append([kind, who, reg.community.name, _local(reg.created_at)])

    # 5. Teams.
    progress("teams", 4, steps)
    sheet = book.sheet(
        _("Teams"),
        title=title(_("Teams")),
        header=[pgettext("of a thing", "Name"), _("Kind"), _("Organization"), _("Leader")],
        widths=[24, 22, 20, 10],
    )
    from jinlin.care.models import Team

    for team in (
        Team.objects.filter(fig.under(org, "organization"), created_at__lt=period.until)
        .select_related("organization", "leader")
        .order_by("organization__path", "id")
    ):
        sheet.append(
            [team.name, team.get_kind_display(), team.organization.name,
             team.leader.name if team.leader else ""]
        )  # fmt: skip

    # 6. Pairings and visits.
    progress("visits", 5, steps)
    sheet = book.sheet(
        _("Pairings and visits"),
        title=title(_("Pairings and visits")),
        header=[_("Date"), _("Household"), _("Community"), _("Member"), _("Kind")],
        widths=[11, 12, 16, 10, 16],
    )
    for visit in every["visits"].rows(org, period).select_related("pairing__household__community"):
        household = visit.pairing.household
        sheet.append(
            [visit.date, household.masked_name, household.community.name,
             visit.pairing.member.name, visit.get_kind_display()]
        )  # fmt: skip

    # 7. Problems and rectifications: found in the period, or still open.
    progress("problems", 6, steps)
    sheet = book.sheet(
        _("Problems and rectifications"),
        title=title(_("Problems and rectifications")),
        header=[_("Problem"), _("Organization"), _("Source"), _("Found"), _("Deadline"),
                _("Status"), _("Measures taken"), _("Closed on")],
        widths=[28, 18, 10, 11, 11, 12, 40, 11],
    )  # fmt: skip
    problems = (
        Problem.objects.filter(fig.under(org, "organization"))
        .filter(created_at__lt=period.until)
        .exclude(closed_at__lt=period.since)
        .select_related("organization")
        .prefetch_related("measures")
        .order_by("created_at", "id")
    )
    for problem in problems:
        measures = "；".join(m.text for m in problem.measures.all())
        sheet.append(
            [problem.title, problem.organization.name, problem.get_source_display(),
             _local(problem.created_at).date(), problem.deadline, problem.get_status_display(),
             measures, _local(problem.closed_at).date() if problem.closed_at else None]
        )  # fmt: skip
    progress("finished", steps, steps)
    return book.to_bytes()
