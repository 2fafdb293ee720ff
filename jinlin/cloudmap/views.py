"""党群云图 pages: the map coloured by an indicator with every community's figures, a
community's card with its weekly trend, and the rebalancer's proposals."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from jinlin.cloudmap import indicators as ind
from jinlin.cloudmap import kept, planning, selectors, services, shapes
from jinlin.cloudmap.models import Proposal
from jinlin.cloudmap.places import Community, Street
from jinlin.core import charts
from jinlin.core.errors import ServiceError
from jinlin.core.http import paginate, param_id
from jinlin.core.replica import reads_from_replica
from jinlin.members import access as member_access
from jinlin.organizations.models import Organization
from jinlin.organizations.selectors import tree_mark

TREND_WEEKS = 12


def _communities(request: HttpRequest) -> list[Community]:
    """The communities the reader sees, with what the map and its tables show of them (a
    city's 3,000 whole rows and their streets' took half of 党群云图's time)."""
    try:
        return selectors.communities_with_streets(request.user)
    except ServiceError:
        raise PermissionDenied from None


def _period(request: HttpRequest) -> tuple[ind.Period, str]:
    """The period of the query string; a bad one is said on the page and the default used."""
    try:
        return selectors.period_of(request.GET.get("from"), request.GET.get("to")), ""
    except ServiceError as exc:
        return ind.Period.last_weeks(4), exc.message


@login_required
@reads_from_replica
def index(request: HttpRequest) -> HttpResponse:
    communities = _communities(request)
    period, period_error = _period(request)
    shown = request.GET.get("show", "shortfall_score")
    if shown not in ind.CHOICES:
        shown = "shortfall_score"
    figures, as_of = kept.community_figures(communities, period)
    streets: dict[int, Street] = {}
    for community in communities:
        if community.parent is not None:
            streets[community.parent.pk] = community.parent
    by_street = ind.rollup(figures, communities)
    label, worse_high = ind.CHOICES[shown]
    values = {pk: f.value(shown) for pk, f in figures.items()}
    # The shapes are a file of their own, named by their digest, which the browser keeps: a
    # city's are a megabyte, sent again with every page of the table otherwise.
    digest, body = shapes.geojson_file(shapes.centres(communities))
    shapes.give(member_access.scope_of(request.user), digest, body)
    spec = {
        "kind": "cloudmap",
        "geo": None if digest else shapes.EMPTY,
        "geo_url": f"{reverse('cloudmap-shapes')}?v={digest}" if digest else "",
        "indicator": str(label),
        "worse_high": worse_high,
        "percent": shown in ("fill_rate", "captain_coverage"),
        "communities": [
            {"id": f"c{c.pk}", "pk": c.pk, "name": c.name, "value": values[c.pk]}
            for c in communities
        ],
        "card_url": "/cloudmap/c/0/card/",
        "tile_url": settings.CLOUDMAP_TILE_URL,
        "labels": {
            "empty": _("No community in your scope has coordinates to draw."),
            "failed": _("The map could not be loaded. Reload the page to try again."),
        },
    }
    rows = sorted(communities, key=lambda c: -figures[c.pk].shortfall_score)
    return render(
        request,
        "cloudmap/index.html",
        {
            "period": period,
            "period_error": period_error,
            "choices": [(k, v[0]) for k, v in ind.CHOICES.items()],
            "shown": shown,
            "spec": spec,
            # The map colours every community; the table lists them 50 at a time, most short
            # first (a city's 3,000 rows were most of the page's time and no one reads them).
            "page": paginate(request, [(c, figures[c.pk]) for c in rows], per_page=50),
            "streets": [(streets[pk], f) for pk, f in by_street.items() if pk in streets],
            "total": ind.total(figures.values()),
            "formula": ind.SCORE_FORMULA,
            "unmapped": [c for c in communities if c.longitude is None or c.latitude is None],
            "top": _top(request),
            "as_of": as_of,
            "keep_minutes": settings.FIGURES_KEEP_SECONDS // 60,
            "can_rebalance": any(
                services.can_rebalance(request.user, d)
                for d in Organization.objects.filter(kind=Organization.Kind.DISTRICT)
            ),
        },
    )


@login_required
@reads_from_replica
def community_shapes(request: HttpRequest) -> HttpResponse:
    """The shapes of the communities the reader sees (GeoJSON), which 党群云图 draws. Asked
    for by their digest (``?v=``), they are kept by the browser; otherwise checked each time.
    Asked for by the digest this reader was last given, or unnamed while the organization
    tree is as it was when they were read, they are sent without reading the communities
    again (``shapes.given``)."""
    # A reader's scope (account and roles) was given a file only after reading it was allowed.
    asked, scope = request.GET.get("v", ""), member_access.scope_of(request.user)
    found = shapes.given(scope, asked, tree_mark)
    if found is not None:
        digest, body = found
    else:
        try:
            mark, centres = selectors.community_centres_marked(request.user)
        except ServiceError:
            raise PermissionDenied from None
        digest, body = shapes.geojson_file(centres)
        shapes.give(scope, digest, body, mark)
    response = HttpResponse(body, content_type="application/json")
    if digest:
        response["ETag"] = f'"{digest}"'
    if digest and request.GET.get("v") == digest:
        patch_cache_control(response, private=True, max_age=30 * 86400, immutable=True)
    else:
        patch_cache_control(response, private=True, no_cache=True)
    # Checked with the server (unnamed, or kept past its age): the browser's copy, if it is
    # this one, is answered "not modified", without the megabyte.
    etag = response.get("ETag")
    return get_conditional_response(request, etag=etag, response=response) or response


def _top(request: HttpRequest) -> Organization | None:
    """The highest district, street or community the user sees: where their figures start."""
    from jinlin.members import access

    return (
        access.organizations_visible(request.user)
        .filter(
            kind__in=[
                Organization.Kind.DISTRICT,
                Organization.Kind.STREET,
                Organization.Kind.COMMUNITY,
            ]
        )
        .order_by("depth", "path")
        .first()
    )


@login_required
@reads_from_replica
def community_card(request: HttpRequest, pk: int) -> HttpResponse:
    """A community's figures for the period and its trend by week (the map's click)."""
    try:  # the one community asked for, not every community the reader sees
        community = selectors.communities_visible(request.user).filter(pk=pk).first()
    except ServiceError:
        raise PermissionDenied from None
    if community is None:
        raise Http404
    period, _error = _period(request)
    figures = ind.community_indicators([community], period)[community.pk]
    weeks = ind.weeks_ending(period.end, TREND_WEEKS)
    trend = ind.weekly_totals([community], weeks)
    chart = charts.chart(
        categories=[w.start.strftime("%m-%d") for w in weeks],
        series=[
            charts.series(_("Places published"), [t.places for t in trend], color=charts.GOLD),
            charts.series(_("Places filled"), [t.filled for t in trend], color=charts.RED),
            charts.series(
                _("Hours credited"),
                [float(t.hours) for t in trend],
                kind="line",
                color=charts.BLUE,
                axis=1,
            ),
        ],
        axes=[{"name": _("Places")}, {"name": _("Hours")}],
        legend=True,
    )
    return render(
        request,
        "cloudmap/_card.html",
        {"community": community, "figures": figures, "period": period, "chart": chart},
    )


# The rebalancer ----------------------------------------------------------------------------


@login_required
def proposals(request: HttpRequest) -> HttpResponse:
    rows = selectors.proposals_visible(request.user).select_related("district", "created_by")
    try:
        district = services.district_of(request.user)
    except ServiceError:
        district = None
    if not rows.exists() and district is None:
        raise PermissionDenied
    if request.method == "POST":
        if district is None:
            raise PermissionDenied
        try:
            proposal = services.proposal_create(
                district=district, weeks=request.POST.get("weeks"), by=request.user
            )
        except ServiceError as exc:
            messages.error(request, exc.message)
            return redirect("cloudmap-proposals")
        return redirect("cloudmap-proposal", pk=proposal.pk)
    return render(
        request,
        "cloudmap/proposals.html",
        {
            "proposals": rows[:50],
            "can_create": district is not None,
            "max_weeks": services.MAX_WEEKS,
            "formula": planning.FORMULA
            % {
                "percent": settings.REBALANCE_SPARE_PERCENT,
                "km": settings.REBALANCE_MAX_KM,
            },
        },
    )


def _proposal(request: HttpRequest, pk: int) -> Proposal:
    return get_object_or_404(
        selectors.proposals_visible(request.user).select_related("district"), pk=pk
    )


@login_required
def proposal_detail(request: HttpRequest, pk: int) -> HttpResponse:
    proposal = _proposal(request, pk)
    rows = list(proposal.assignments.select_related("unit", "community"))
    ids = {a.community_id for a in rows} | {
        int(k) for k, v in proposal.inputs.get("communities", {}).items() if v.get("shortfall")
    }
    communities = list(Organization.objects.filter(pk__in=ids).order_by("path"))
    inputs = proposal.inputs.get("communities", {})
    received: dict[int, int] = {}
    for a in rows:
        received[a.community_id] = received.get(a.community_id, 0) + a.members
    spec = {
        "kind": "cloudmap",
        "geo": shapes.geojson(
            Organization.objects.filter(
                kind=Organization.Kind.COMMUNITY, path__startswith=proposal.district.path
            )
        ),
        "indicator": _("Expected shortfall"),
        "tile_url": settings.CLOUDMAP_TILE_URL,
        "worse_high": True,
        "percent": False,
        "communities": [
            {
                "id": f"c{c.pk}",
                "pk": c.pk,
                "name": c.name,
                "value": inputs.get(str(c.pk), {}).get("shortfall", 0),
            }
            for c in communities
        ],
        "arrows": [
            {
                "from": [float(a.unit.longitude or 0), float(a.unit.latitude or 0)],
                "to": [float(a.community.longitude or 0), float(a.community.latitude or 0)],
                "unit": a.unit.name,
                "community": a.community.name,
                "members": a.members,
                "new": not a.partnered,
            }
            for a in rows
            if None
            not in (a.unit.longitude, a.unit.latitude, a.community.longitude, a.community.latitude)
        ],
        "labels": {
            "empty": _("No community in your scope has coordinates to draw."),
            "members": _("members"),
            "new": _("new partnership"),
        },
    }
    return render(
        request,
        "cloudmap/proposal.html",
        {
            "proposal": proposal,
            "rows": rows,
            "spec": spec,
            "current": services.objective_of(proposal),
            "can_decide": proposal.status == Proposal.Status.DRAFT
            and services.can_rebalance(request.user, proposal.district),
            "short": [(c, inputs.get(str(c.pk), {}), received.get(c.pk, 0)) for c in communities],
            "units": Organization.objects.filter(
                pk__in=[int(k) for k, v in proposal.inputs.get("units", {}).items() if v["spare"]]
            ).order_by("name"),
            "untold": Organization.objects.filter(
                pk__in=(proposal.outcome or {}).get("untold", [])
            ).order_by("name"),
        },
    )


def _decide(request: HttpRequest, pk: int) -> Proposal:
    proposal = _proposal(request, pk)
    if not services.can_rebalance(request.user, proposal.district):
        raise PermissionDenied
    return proposal


@login_required
@require_POST
def proposal_edit(request: HttpRequest, pk: int) -> HttpResponse:
    proposal = _decide(request, pk)
    unit_id, community_id = param_id(request, "unit"), param_id(request, "community")
    unit = Organization.objects.filter(pk=unit_id or 0, kind=Organization.Kind.UNIT).first()
    community = Organization.objects.filter(
        pk=community_id or 0, kind=Organization.Kind.COMMUNITY
    ).first()
    try:
        if unit is None or community is None:
            raise ServiceError(_("Choose a unit and a community of the plan."))
        services.assignment_set(
            proposal=proposal,
            unit=unit,
            community=community,
            members=request.POST.get("members"),
            by=request.user,
        )
    except ServiceError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, _("The proposal was changed."))
    return redirect("cloudmap-proposal", pk=proposal.pk)


@login_required
@require_POST
def proposal_decide(request: HttpRequest, pk: int, decision: str) -> HttpResponse:
    proposal = _decide(request, pk)
    try:
        if decision == "approve":
            proposal = services.proposal_approve(proposal=proposal, by=request.user)
            outcome: dict[str, Any] = proposal.outcome
            untold = len(outcome.get("untold", []))
            messages.success(
                request,
                _(
                    "Approved: %(partnerships)d new partnerships and %(needs)d orders to units. "
                    "%(told)d units were told in Jinlin; %(untold)d have no admin account and "
                    "must be told another way (listed below with their telephones)."
                )
                % {
                    "partnerships": len(outcome.get("partnerships", [])),
                    "needs": len(outcome.get("needs", [])),
                    "told": proposal.assignments.values("unit").distinct().count() - untold,
                    "untold": untold,
                },
            )
        else:
            services.proposal_discard(proposal=proposal, by=request.user)
            messages.success(request, _("The proposal was discarded."))
    except ServiceError as exc:
        messages.error(request, exc.message)
    return redirect("cloudmap-proposal", pk=proposal.pk)


# The figures the articles report -------------------------------------------------------------


def _organization(request: HttpRequest, pk: int) -> Organization:
    from jinlin.members import access

    if not access.scope_of(request.user).can_read_tree:
        raise PermissionDenied
    return get_object_or_404(
        access.organizations_visible(request.user).filter(
            kind__in=[
                Organization.Kind.DISTRICT,
                Organization.Kind.STREET,
                Organization.Kind.COMMUNITY,
            ]
        ),
        pk=pk,
    )


@login_required
@reads_from_replica
def overview(request: HttpRequest, pk: int) -> HttpResponse:
    """District, street or community: the figures the seed articles print for a period, each
    linking to its list; the children below with theirs; the trend by week."""
    from jinlin.cloudmap import figures as fig

    org = _organization(request, pk)
    period, period_error = _period(request)
    # Counted now, or for a city-sized district kept a few minutes (``kept``: it says when).
    parts, as_of = kept.kept("page", org, period, lambda: kept.page_parts(org, period))
    every = fig.all_figures()
    groups: dict[str, list[tuple[fig.Figure, Any]]] = {}
    for key, value in parts["values"]:
        groups.setdefault(str(every[key].group), []).append((every[key], value))
    children = list(
        Organization.objects.filter(
            parent=org, kind__in=[Organization.Kind.STREET, Organization.Kind.COMMUNITY]
        ).order_by("path")
    )
    drilled = parts["drilled"]
    drill = [every[key] for key in kept.DRILL]
    child_rows = [(c, [drilled.get((f.key, c.pk), 0) for f in drill]) for c in children]
    shown = request.GET.get("trend", kept.DEFAULT_TREND)
    trend_keys = [k for k in ind.CHOICES if k not in ("shortfall_score",)] + ["shortfall_score"]
    if shown not in ind.CHOICES:
        shown = kept.DEFAULT_TREND
    weeks = ind.weeks_ending(period.end, kept.TREND_WEEKS)
    series, _counted = kept.kept(
        f"trend:{shown}", org, period, lambda: kept.trend(org, period, shown)
    )
    label, _worse = ind.CHOICES[shown]
    chart = charts.chart(
        categories=[w.start.strftime("%m-%d") for w in weeks],
        series=[charts.series(label, series, kind="line", color=charts.RED)],
        axes=[{"name": label}],
        legend=False,
    )
    return render(
        request,
        "cloudmap/overview.html",
        {
            "org": org,
            "ancestors": Organization.objects.filter(pk__in=org.ancestor_ids).order_by("depth"),
            "period": period,
            "period_error": period_error,
            "groups": groups,
            "drill": drill,
            "child_rows": child_rows,
            "trend_choices": [(k, ind.CHOICES[k][0]) for k in trend_keys],
            "trend": shown,
            "chart": chart,
            "split": parts["split"],
            "as_of": as_of,
            "keep_minutes": settings.FIGURES_KEEP_SECONDS // 60,
            "can_manage": member_access.can_manage_organization(request.user, org),
        },
    )


@login_required
@reads_from_replica
def figure_rows(request: HttpRequest, pk: int, key: str) -> HttpResponse:
    """The list behind one figure: the same rows the figure counts."""
    from jinlin.cloudmap import figures as fig
    from jinlin.core.http import paginate

    org = _organization(request, pk)
    period, _error = _period(request)
    figure = fig.all_figures().get(key)
    if figure is None:
        raise Http404
    rows = figure.rows(org, period)
    listed: Any = rows
    as_of = None
    counted_by_organization = (
        not figure.total
        and figure.key not in fig.LEDGER_DAY_SUMS
        and fig.PagedByOrganization.fits(rows, figure.lookup)
    )
    if counted_by_organization:
        # The rows counted per organization (for paging) are the figure's count, summed:
        # one pass over them, not a count and then the counts per organization. Under a
        # city-sized district (850,000 registered people) those counts are kept a few minutes
        # as its figures are: paging on reads only the rows of the page, as they are now.
        spans, as_of = kept.kept(
            f"spans:{figure.key}", org, period,
            fig.PagedByOrganization(rows, figure.lookup).spans,
        )  # fmt: skip
        listed = fig.PagedByOrganization(rows, figure.lookup, spans=spans)
        value: Any = listed.count()
        count: int | None = value
    else:
        # Under a city-sized district the figure heading the list is the one its figures page
        # shows, kept a few minutes (summing a month of 3,000 communities' day sums on each
        # page of the list otherwise); the rows of each page are read as they are.
        value, as_of = kept.figure_value(figure, org, period)
        # A figure that counts its rows has counted the list: the pages need no second count.
        # A sum's rows are counted for its pages; under a large organization once for each
        # count of the sum (a city's month of hours: 717,000 ledger rows, 71 ms a page).
        if not figure.total:
            count = int(value)
        elif as_of is None:
            count = rows.count()
        else:
            count, _counted = kept.kept(f"count:{figure.key}:{as_of.isoformat()}", org, period,
                                        rows.count)  # fmt: skip
        if fig.PagedByOrganization.fits(rows, figure.lookup):
            listed = fig.PagedByOrganization(rows, figure.lookup, count)
    # Under a large organization a list of the people (or branches) who served walks them in
    # order, asking each, as far as its page: not every credit of a city's month read, sorted
    # and made distinct for each page (party members 213 → 15 ms).
    walk = figure.walked if as_of is not None else None
    if walk is not None:
        listed = walk(org, period)
    page = paginate(request, listed, count=count)
    if walk is not None:
        page.object_list = fig.read_walked(page.object_list)
    return render(
        request,
        "cloudmap/figure.html",
        {
            "org": org,
            "period": period,
            "figure": figure,
            "value": value,
            "page": page,
            "table": [[fig.cell(row, path) for _h, path in figure.columns] for row in page],
            "headings": [h for h, _p in figure.columns],
            "as_of": as_of,
            "counted_by_organization": counted_by_organization,
            "keep_minutes": settings.FIGURES_KEEP_SECONDS // 60,
        },
    )
