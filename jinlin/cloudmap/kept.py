"""Figures kept a few minutes for an organization too large to count on every visit.

A district of a few hundred communities is counted as its page is asked for. A city-sized
one (more than ``FIGURES_LIVE_COMMUNITIES`` communities beneath it) reads a month of hundreds
of thousands of ledger rows for its figures page: there the page's parts (the figures, the
breakdown, the children's figures, the trend) are counted by the same definitions, kept in
the shared cache with the time they were counted (``FIGURES_KEEP_SECONDS``), and the page
says so. The worker counts the default period again every five minutes
(``refresh_large``), so the district's reader finds them ready; another period is counted
on its first visit and kept likewise. Each figure's list reads its rows when it is opened,
headed by the figure as the page shows it (or its rows' counts per community, kept likewise,
where the list is paged by community), and papers (台账, briefing, national workbook) are
always counted whole.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone, translation

from jinlin.cloudmap import indicators as ind
from jinlin.cloudmap.indicators import Period
from jinlin.cloudmap.places import Place
from jinlin.organizations.models import Organization

T = TypeVar("T")
logger = logging.getLogger(__name__)

# The figures each child of a district or street shows in its drill-down table.
DRILL = ("members_registered", "activities", "credits", "hours", "round_problems")
TREND_WEEKS = 12
DEFAULT_TREND = "places"


def is_large(org: Organization) -> bool:
    """Whether more than ``FIGURES_LIVE_COMMUNITIES`` communities lie beneath ``org``."""
    limit = settings.FIGURES_LIVE_COMMUNITIES
    beneath = Organization.objects.filter(
        kind=Organization.Kind.COMMUNITY, path__startswith=org.path
    )
    return beneath[: limit + 1].count() > limit


def _key(name: str, org: Organization | None, period: Period) -> str:
    language = translation.get_language() or settings.LANGUAGE_CODE
    where = org.pk if org is not None else "-"
    return f"jinlin:kept:{name}:{where}:{period.start}:{period.end}:{language}"


def kept(
    name: str, org: Organization, period: Period, count: Callable[[], T]
) -> tuple[T, dt.datetime | None]:
    """``count()`` now for an organization of ordinary size (and None); for a large one,
    what it gave within the last ``FIGURES_KEEP_SECONDS`` and when it was counted."""
    if not is_large(org):
        return count(), None
    return _cached(_key(name, org, period), count)


def figure_value(figure: Any, org: Organization, period: Period) -> tuple[Any, dt.datetime | None]:
    """A figure's value as its own list heads it: counted now for an organization of ordinary
    size (and None); for a large one, the value its kept figures page shows (counted at the
    same time by the same definition), or, before the page is counted, the figure alone,
    kept likewise — and when it was counted."""
    from jinlin.cloudmap import figures as fig

    if not is_large(org):
        return fig.value_of(figure, org, period), None
    try:
        page = cache.get(_key("page", org, period))
    except Exception:  # the cache down: counted now, below
        page = None
    if page is not None:
        parts, at = page
        values = dict(parts["values"])
        if figure.key in values:
            return values[figure.key], at
    return _cached(_key(f"value:{figure.key}", org, period),
                   lambda: fig.value_of(figure, org, period))  # fmt: skip


def _map_name(communities: Sequence[Place]) -> str:
    return "map:" + hashlib.sha1(",".join(str(c.pk) for c in communities).encode()).hexdigest()


def community_figures(
    communities: Sequence[Place], period: Period
) -> tuple[dict[int, ind.Indicators], dt.datetime | None]:
    """Each community's indicators (党群云图 and its API): counted now for a reader who sees up
    to ``FIGURES_LIVE_COMMUNITIES`` communities (a community's or a street's admin sees what
    they just wrote); for one who sees more, kept as a large district's page is."""
    if len(communities) <= settings.FIGURES_LIVE_COMMUNITIES:
        return ind.community_indicators(communities, period), None
    return _cached(
        _key(_map_name(communities), None, period),
        lambda: ind.community_indicators(communities, period),
    )


def _cached(key: str, count: Callable[[], T]) -> tuple[T, dt.datetime | None]:
    try:
        entry = cache.get(key)
    except Exception:  # the cache down: count now, as for an ordinary district
        logger.warning("the cache did not answer; the figures are counted now", exc_info=True)
        return count(), None
    if entry is None:
        entry = (count(), timezone.now())
        try:
            cache.set(key, entry, settings.FIGURES_KEEP_SECONDS)
        except Exception:
            logger.warning("the cache did not keep the figures", exc_info=True)
    return entry


def page_parts(org: Organization, period: Period) -> dict[str, Any]:
    """What the figures page of ``org`` counts: every figure's value, the breakdown by
    category and unit kind, and each child's drill-down figures."""
    from jinlin.cloudmap import figures as fig

    children = list(
        Organization.objects.filter(
            parent=org, kind__in=[Organization.Kind.STREET, Organization.Kind.COMMUNITY]
        ).order_by("path")
    )
    every = fig.all_figures()
    credits = fig.credit_groups(org, period)  # read once, for the figures and the breakdown
    registered = fig.registered_by_community(org, period)  # for the figures and the children
    return {
        "values": [(figure.key, value)
                   for figure, value in fig.overview(org, period, credits, registered)],
        "split": fig.breakdown(org, period, credits),
        "drilled": fig.by_child([every[key] for key in DRILL], org, children, period,
                                known=registered),
    }  # fmt: skip


def trend(org: Organization, period: Period, shown: str) -> list[Any]:
    """The weekly totals of one indicator over the weeks up to the period's end."""
    communities = list(
        Organization.objects.filter(kind=Organization.Kind.COMMUNITY, path__startswith=org.path)
    )
    weeks = ind.weeks_ending(period.end, TREND_WEEKS)
    return [week.value(shown) for week in ind.weekly_totals(communities, weeks, only=[shown])]


def refresh_large(now: dt.datetime | None = None) -> str:
    """Count the default period's page again for every large district and street (the
    scheduled job), in the site's language."""
    period = Period.last_weeks(4)
    counted = []
    with translation.override(settings.LANGUAGE_CODE):
        for org in Organization.objects.filter(
            kind__in=[Organization.Kind.DISTRICT, Organization.Kind.STREET]
        ).order_by("path"):
            if not is_large(org):
                continue
            at, keep = timezone.now(), settings.FIGURES_KEEP_SECONDS
            cache.set(_key("page", org, period), (page_parts(org, period), at), keep)
            shown = trend(org, period, DEFAULT_TREND)
            cache.set(_key(f"trend:{DEFAULT_TREND}", org, period), (shown, at), keep)
            # 党群云图 as the district's readers see it: every community beneath, in path order.
            communities = list(
                Organization.objects.filter(
                    kind=Organization.Kind.COMMUNITY, path__startswith=org.path
                ).order_by("path")
            )
            if len(communities) > settings.FIGURES_LIVE_COMMUNITIES:
                figures = ind.community_indicators(communities, period)
                cache.set(_key(_map_name(communities), None, period), (figures, at), keep)
            counted.append(org.name)
    return f"{len(counted)} kept"
