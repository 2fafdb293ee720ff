"""Who sees which communities on the cloud map, and the period they are read for."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db.models import BigIntegerField, FloatField, QuerySet, Subquery
from django.db.models.functions import Cast
from django.utils.translation import gettext as _

from jinlin.cloudmap.indicators import Period
from jinlin.cloudmap.places import Community, Street
from jinlin.core.errors import InvalidInput, NotAllowed
from jinlin.core.http import parse_day
from jinlin.members import access
from jinlin.organizations.models import Organization
from jinlin.organizations.selectors import tree_mark_row

MAX_PERIOD_DAYS = 366


def communities_visible(user: Any) -> QuerySet[Organization]:
    """Communities in the caller's scope; admins and supervisors only."""
    if not access.scope_of(user).can_read_tree:
        raise NotAllowed(_("The cloud map is for administrators and supervisors."))
    return (
        access.organizations_visible(user)
        .filter(kind=Organization.Kind.COMMUNITY)
        .select_related("parent")
        .order_by("path")
    )


def communities_with_streets(user: Any) -> list[Community]:
    """The communities in the caller's scope, in path order, as the map reads them (id, name,
    code, path, street, centre): plain rows, each street made once (a city's 3,000
    communities as model instances with their streets: 35 ms; as rows: 6 ms)."""
    rows = list(
        communities_visible(user)
        .select_related(None)
        .values_list("pk", "name", "code", "path", "parent_id", "longitude", "latitude")
    )
    streets = {
        pk: Street(pk, name)
        for pk, name in Organization.objects.filter(
            pk__in={row[4] for row in rows if row[4] is not None}
        ).values_list("pk", "name")
    }
    return [
        Community(pk, name, code, path, parent, streets.get(parent) if parent else None, lon, lat)
        for pk, name, code, path, parent, lon, lat in rows
    ]


def community_centres(user: Any) -> dict[int, tuple[float, float]]:
    """The centres of the communities in the caller's scope, as ``shapes.centres`` gives them
    from the map's rows (by id, in the ids' order), read as two numbers the database makes
    floats: the shapes file read a city's 3,000 map rows — names, paths, streets, coordinates
    as decimals, sorted by path — to use two numbers of each."""
    return community_centres_marked(user)[1]


def community_centres_marked(user: Any) -> tuple[int | None, dict[int, tuple[float, float]]]:
    """``community_centres`` and the organization tree's mark (``tree_mark``) read by the same
    statement, so that the centres are exactly those of that mark, wherever the statement is
    answered (the primary or a replica); no mark when no community has a centre."""
    mark = tree_mark_row().values("n")[:1]
    rows = (
        communities_visible(user)
        .select_related(None)
        .order_by()
        .filter(longitude__isnull=False, latitude__isnull=False)
        .values_list(
            "pk",
            Cast("longitude", FloatField()),
            Cast("latitude", FloatField()),
            Subquery(mark, output_field=BigIntegerField()),
        )
    )
    read = sorted(rows)
    # One statement, one mark: every row carries the same.
    return (read[0][3] if read else None), {pk: (lon, lat) for pk, lon, lat, _n in read}


def period_of(start: dt.date | str | None, end: dt.date | str | None) -> Period:
    """The period asked for (both days inclusive); by default the last four weeks."""
    default = Period.last_weeks(4)

    def day(value: dt.date | str | None, name: str, fallback: dt.date) -> dt.date:
        return parse_day(value, name) or fallback

    period = Period(day(start, "from", default.start), day(end, "to", default.end))
    if period.end < period.start:
        raise InvalidInput(
            _("The period ends before it starts."), fields={"to": _("Before the start.")}
        )
    if (period.end - period.start).days >= MAX_PERIOD_DAYS:
        raise InvalidInput(
            _("A period is at most a year."), fields={"to": _("More than a year after the start.")}
        )
    return period


def proposals_visible(user: Any) -> QuerySet[Any]:
    """Proposals of the districts the caller administers or supervises."""
    from jinlin.cloudmap.models import Proposal

    scope = access.scope_of(user)
    if scope.superuser:
        return Proposal.objects.all()
    district_ids = [
        g.organization_id
        for g in scope.grants
        if g.role in (access.Role.DISTRICT_ADMIN, access.Role.SUPERVISOR)
    ]
    return Proposal.objects.filter(district_id__in=district_ids)
