"""Pages for the standing structures of care: a community's teams, buildings and 楼道长,
households and pairings, zones and service points; the member's visits on a phone; the
public list of service points."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Count, Prefetch
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from jinlin.care import access, selectors, services
from jinlin.care.forms import (
    BuildingForm,
    HouseholdForm,
    PairingForm,
    ServicePointForm,
    TeamForm,
    VisitForm,
    ZoneForm,
    community_members,
)
from jinlin.care.models import (
    Building,
    Entrance,
    Grid,
    Household,
    HouseholdAccess,
    Pairing,
    ServicePoint,
    Team,
    Visit,
    Zone,
)
from jinlin.core import charts
from jinlin.core.errors import InvalidInput, ServiceError
from jinlin.core.http import add_service_error, is_htmx, paginate, param_id, parse_id
from jinlin.members import access as member_access
from jinlin.members.models import Member, RoleAssignment
from jinlin.members.pickers import picker_results
from jinlin.organizations.models import Organization

Kind = Organization.Kind


def _community(request: HttpRequest, pk: int) -> Organization:
    return get_object_or_404(access.care_communities(request.user), pk=pk)


def _map_data(zones: Any, points: Any, communities: Any = ()) -> dict[str, Any]:
    """An offline map for core/charts.js: zones as lines and rings, points, communities."""
    return {
        "kind": "map",
        "labels": {
            "points": _("Service points"),
            "community": _("Community"),
            "address": _("Address"),
            "hours": _("Opening hours"),
            "empty": _("Nothing to draw yet."),
        },
        "zones": [
            {"name": z.name, "kind": z.get_kind_display(), "shape": z.shape}
            for z in zones
            if z.shape
        ],
        "points": [
            {
                "name": p.name,
                "kind": p.get_kind_display(),
                "address": p.address,
                "hours": p.opening_hours,
                "value": [float(p.longitude), float(p.latitude)],
            }
            for p in points
            if p.longitude is not None and p.latitude is not None
        ],
        "communities": [
            {"name": c.name, "value": [float(c.longitude), float(c.latitude)]}
            for c in communities
            if c.longitude is not None and c.latitude is not None
        ],
    }


# Overview --------------------------------------------------------------------------------


@login_required
def care_home(request: HttpRequest) -> HttpResponse:
    """Admins: figures by area; a community admin goes straight to their community."""
    scope = member_access.scope_of(request.user)
    if not scope.can_read_tree:
        raise PermissionDenied
    communities = list(member_access.administered_communities(request.user))
    if len(communities) == 1 and len(scope.grants) == 1:
        return redirect("care-community", pk=communities[0].pk)
    parent = None
    parent_id = param_id(request, "parent")
    if parent_id is not None:
        parent = get_object_or_404(member_access.organizations_visible(request.user), pk=parent_id)
        areas = list(
            Organization.objects.filter(parent=parent, kind__in=[Kind.STREET, Kind.COMMUNITY])
        )
    else:
        roots = [
            o
            for o in member_access.organizations_visible(request.user)
            .filter(kind__in=[Kind.DISTRICT, Kind.STREET, Kind.COMMUNITY])
            .order_by("depth")[:1]
        ]
        top = roots[0] if roots else None
        if top is None:
            areas = []
        elif top.kind == Kind.COMMUNITY:
            areas = list(access.care_communities(request.user))
        else:
            areas = list(
                Organization.objects.filter(parent=top, kind__in=[Kind.STREET, Kind.COMMUNITY])
            )
    rows = selectors.care_table(areas)
    kinds = Team.Kind.choices
    chart = charts.chart(
        categories=[r.organization.name for r in rows],
        series=[
            *(
                charts.series(label, [r.teams.get(k, 0) for r in rows], stack="t")
                for k, label in kinds
            ),
            charts.series(
                _("Captain coverage"),
                [round(r.coverage * 100) for r in rows],
                kind="line",
                axis=1,
                color=charts.INK,
            ),
        ],
        axes=[{"name": _("Teams")}, {"name": "%", "max": 100}],
        rotate=30,
    )
    return render(
        request, "care/home.html", {"rows": rows, "kinds": kinds, "parent": parent, "chart": chart}
    )


@login_required
def community_care(request: HttpRequest, pk: int) -> HttpResponse:
    community = _community(request, pk)
    teams = (
        Team.objects.filter(organization__path__startswith=community.path)
        .select_related("leader")
        .prefetch_related("members")
    )
    pairings = list(
        Pairing.objects.filter(
            household__community=community, ended_on__isnull=True
        ).select_related("member", "household")
    )
    overdue = sorted(selectors.overdue_pairings(pairings), key=lambda p: p.next_visit_due)
    row = selectors.care_table([community])[0]
    zones = Zone.objects.filter(community=community).select_related("organization", "member")
    points = ServicePoint.objects.filter(community=community)
    return render(
        request,
        "care/community.html",
        {
            "community": community,
            "teams": teams,
            "row": row,
            "overdue": overdue,
            "pairings": pairings,
            "zones": zones,
            "points": points,
            "can_manage": access.can_manage_care(request.user, community),
            "full": member_access.scope_of(request.user).holds(
                member_access.Role.COMMUNITY_ADMIN, community.pk
            ),
            "map": _map_data(zones, points, [community]),
            "today": timezone.localdate(),
        },
    )


# Teams -----------------------------------------------------------------------------------


@login_required
def team_edit(
    request: HttpRequest, pk: int | None = None, community_pk: int | None = None
) -> HttpResponse:
    team = get_object_or_404(Team.objects.select_related("organization"), pk=pk) if pk else None
    if team is not None:
        community = team.organization
        if not access.can_manage_team(request.user, team):
            raise PermissionDenied
    else:
        community = _community(request, community_pk or 0)
        if not access.can_manage_care(request.user, community):
            raise PermissionDenied
    initial = {}
    if team is not None:
        initial = {
            "name": team.name,
            "kind": team.kind,
            "custom_kind": team.custom_kind,
            "leader": team.leader,
            "members": list(team.members.all()),
        }
    form = TeamForm(request.POST or None, community=community, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            team = services.team_save(
                organization=community,
                team=team,
                by=request.user,
                name=data["name"],
                kind=data["kind"],
                custom_kind=data["custom_kind"],
                leader=data["leader"],
                members=data["members"],
            )
        except ServiceError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("Saved."))
            return redirect("care-community", pk=community.pk)
    return render(
        request, "care/team_form.html", {"form": form, "team": team, "community": community}
    )


# Buildings and 楼道长 -----------------------------------------------------------------------


@login_required
def buildings(request: HttpRequest, pk: int) -> HttpResponse:
    community = _community(request, pk)
    can_manage = access.can_manage_care(request.user, community)
    form = BuildingForm(request.POST or None)
    if request.method == "POST":
        if not can_manage:
            raise PermissionDenied
        if form.is_valid():
            data = form.cleaned_data
            try:
                services.building_create(
                    community=community,
                    name=data["name"],
                    compound=data["compound"],
                    address=data["address"],
                    by=request.user,
                    entrances=[e for e in data["entrances"].replace("，", ",").split(",")],
                )
            except ServiceError as error:
                add_service_error(form, error)
            else:
                messages.success(request, _("Building added."))
                return redirect("care-buildings", pk=community.pk)
    rows = Building.objects.filter(community=community).prefetch_related(
        Prefetch("entrances", queryset=Entrance.objects.select_related("captain"))
    )
    return render(
        request,
        "care/buildings.html",
        {
            "community": community,
            "buildings": rows,
            "form": form,
            "can_manage": can_manage,
            "row": selectors.care_table([community])[0],
        },
    )


@login_required
def member_pick(request: HttpRequest, pk: int) -> HttpResponse:
    """Matches for a member picker on the community's care pages (captains, teams, grids,
    pairings, zones): the community's members, for those who manage its care."""
    community = get_object_or_404(Organization, pk=pk, kind=Organization.Kind.COMMUNITY)
    _require_care_manager(request, community)
    return picker_results(request, community_members(community))


def _require_care_manager(request: HttpRequest, community: Organization) -> None:
    """404 for a community outside the user's tree, 403 inside it without the right."""
    if access.can_manage_care(request.user, community):
        return
    if not member_access.can_view_organization(request.user, community):
        raise Http404
    raise PermissionDenied


@login_required
@require_POST
def entrance_captain(request: HttpRequest, pk: int) -> HttpResponse:
    entrance = get_object_or_404(
        Entrance.objects.select_related("building__community", "captain"), pk=pk
    )
    community = entrance.building.community
    # Refuse before anything is read for the answer: a refused fragment lists nobody.
    _require_care_manager(request, community)
    captain = None
    captain_id = param_id(request, "captain")
    if captain_id is not None:
        captain = get_object_or_404(Member, pk=captain_id)
    error = ""
    try:
        services.entrance_set_captain(entrance=entrance, captain=captain, by=request.user)
    except ServiceError as exc:
        error = exc.message
    if is_htmx(request):
        return render(
            request,
            "care/_entrance.html",
            {"entrance": entrance, "can_manage": True, "error": error},
        )
    if error:
        messages.error(request, error)
    return redirect("care-buildings", pk=community.pk)


# Households and pairings ------------------------------------------------------------------


@login_required
def households(request: HttpRequest, pk: int) -> HttpResponse:
    community = _community(request, pk)
    full = community.pk in member_access.scope_of(request.user).community_admin_ids
    form = HouseholdForm(request.POST or None, community=community)
    if request.method == "POST":
        if not full:
            raise PermissionDenied
        if form.is_valid():
            try:
                household = services.household_save(
                    community=community, by=request.user, **form.cleaned_data
                )
            except ServiceError as error:
                add_service_error(form, error)
            else:
                messages.success(request, _("Household added; pair it with a member now."))
                return redirect("care-household", pk=household.pk)
    rows = (
        Household.objects.filter(community=community)
        .select_related("entrance__building")
        .prefetch_related(
            Prefetch(
                "pairings",
                queryset=Pairing.objects.filter(ended_on__isnull=True).select_related("member"),
            )
        )
    )
    overdue = request.GET.get("overdue") == "1"
    if overdue:
        rows = rows.filter(pk__in=Pairing.objects.overdue().values("household_id"))
    tag = request.GET.get("tag", "")
    listed: Any = rows
    if tag in Household.Tag.values:  # a JSON list: filtered here, SQLite has no JSON contains
        listed = [h for h in rows if tag in (h.tags or [])]
    page = paginate(request, listed, per_page=50)
    return render(
        request,
        "care/households.html",
        {
            "community": community,
            "page": page,
            "full": full,
            "form": form if full else None,
            "tags": Household.Tag.choices,
            "tag": tag,
            "overdue": overdue,
            "today": timezone.localdate(),
        },
    )


@login_required
def household_detail(request: HttpRequest, pk: int) -> HttpResponse:
    household = get_object_or_404(
        access.households_visible(request.user).select_related("community", "entrance__building"),
        pk=pk,
    )
    community = household.community
    full = services.household_record_view(household=household, user=request.user, via=request.path)
    # Editing shows the household in full: the same people who may see it so.
    is_admin = community.pk in member_access.scope_of(request.user).community_admin_ids
    edit_form = pair_form = None
    if is_admin:
        action = request.POST.get("action")
        edit_form = HouseholdForm(
            request.POST if action == "edit" else None,
            community=community,
            initial={
                "head_name": household.head_name,
                "phone": household.phone,
                "address": household.address,
                "entrance": household.entrance,
                "size": household.size,
                "tags": household.tags,
                "note": household.note,
            },
            prefix="edit",
        )
        pair_form = PairingForm(
            request.POST if action == "pair" else None, community=community, prefix="pair"
        )
        if request.method == "POST":
            try:
                if action == "edit" and edit_form.is_valid():
                    services.household_save(
                        community=community,
                        household=household,
                        by=request.user,
                        **edit_form.cleaned_data,
                    )
                    messages.success(request, _("Saved."))
                    return redirect("care-household", pk=household.pk)
                if action == "pair" and pair_form.is_valid():
                    services.pairing_create(
                        household=household, by=request.user, **pair_form.cleaned_data
                    )
                    messages.success(request, _("Paired."))
                    return redirect("care-household", pk=household.pk)
            except ServiceError as error:
                add_service_error(edit_form if action == "edit" else pair_form, error)
    pairings = household.pairings.select_related("member").order_by("ended_on", "-started_on")
    visits = Visit.objects.filter(pairing__household=household).select_related(
        "pairing__member", "need"
    )[:50]
    return render(
        request,
        "care/household.html",
        {
            "household": household,
            "full": full,
            "is_admin": is_admin,
            "pairings": pairings,
            "visits": visits,
            "edit_form": edit_form,
            "pair_form": pair_form,
            "today": timezone.localdate(),
        },
    )


@login_required
@require_POST
def pairing_end(request: HttpRequest, pk: int) -> HttpResponse:
    pairing = get_object_or_404(Pairing.objects.select_related("household__community"), pk=pk)
    _require_care_manager(request, pairing.household.community)
    try:
        services.pairing_end(pairing=pairing, by=request.user)
    except ServiceError as error:
        messages.error(request, error.message)
    return redirect("care-household", pk=pairing.household_id)


@login_required
def visit_to_need(request: HttpRequest, pk: int) -> HttpResponse:
    """One click from a raised need to a prefilled need form."""
    visit = get_object_or_404(Visit.objects.select_related("pairing__household"), pk=pk)
    if not member_access.scope_of(request.user).holds(
        member_access.Role.COMMUNITY_ADMIN, visit.pairing.household.community_id
    ):
        raise PermissionDenied
    url = reverse("need-create")
    return redirect(f"{url}?from_visit={visit.pk}&community={visit.pairing.household.community_id}")


# Zones and service points -----------------------------------------------------------------


@login_required
def zones_and_points(request: HttpRequest, pk: int) -> HttpResponse:
    community = _community(request, pk)
    can_manage = access.can_manage_care(request.user, community)
    zone_form = ZoneForm(
        request.POST if request.POST.get("action") == "zone" else None,
        community=community,
        prefix="zone",
    )
    point_form = ServicePointForm(
        request.POST if request.POST.get("action") == "point" else None,
        prefix="point",
        initial={"longitude": community.longitude, "latitude": community.latitude},
    )
    if request.method == "POST":
        if not can_manage:
            raise PermissionDenied
        try:
            if request.POST.get("action") == "zone" and zone_form.is_valid():
                data = zone_form.cleaned_data
                services.zone_save(
                    community=community,
                    by=request.user,
                    name=data["name"],
                    kind=data["kind"],
                    organization=data["organization"],
                    member=data["member"],
                    description=data["description"],
                    shape=services.parse_points(data["shape"]),
                )
                messages.success(request, _("Zone saved."))
                return redirect("care-map", pk=community.pk)
            if request.POST.get("action") == "point" and point_form.is_valid():
                services.service_point_save(
                    community=community, by=request.user, **point_form.cleaned_data
                )
                messages.success(request, _("Service point saved."))
                return redirect("care-map", pk=community.pk)
        except ServiceError as error:
            add_service_error(
                zone_form if request.POST.get("action") == "zone" else point_form, error
            )
    zones = Zone.objects.filter(community=community).select_related("organization", "member")
    points = ServicePoint.objects.filter(community=community)
    return render(
        request,
        "care/map.html",
        {
            "community": community,
            "zones": zones,
            "points": points,
            "can_manage": can_manage,
            "zone_form": zone_form,
            "point_form": point_form,
            "map": _map_data(zones, points, [community]),
        },
    )


def public_points(request: HttpRequest) -> HttpResponse:
    """Open to everyone: where the 雷锋服务站, 爱心屋 and 爱心驿站 are, and when they open."""
    points = ServicePoint.objects.select_related("community", "community__parent").order_by(
        "community__parent__code", "community__code", "name"
    )
    kind = request.GET.get("kind", "")
    if kind in ServicePoint.Kind.values:
        points = points.filter(kind=kind)
    rows = list(points)
    return render(
        request,
        "care/public_points.html",
        {
            "points": rows,
            "kinds": ServicePoint.Kind.choices,
            "kind": kind,
            "map": _map_data([], rows),
        },
    )


# Privacy ---------------------------------------------------------------------------------


@login_required
def access_log(request: HttpRequest) -> HttpResponse:
    scope = member_access.scope_of(request.user)
    if not (scope.superuser or scope.has_role(RoleAssignment.Role.DISTRICT_ADMIN)):
        raise PermissionDenied(_("The district's admins read the access log."))
    rows = HouseholdAccess.objects.filter(
        scope.org_q("household__community", frozenset({RoleAssignment.Role.DISTRICT_ADMIN}))
    ).select_related("user", "household", "household__community")
    return render(request, "care/access_log.html", {"page": paginate(request, rows, 50)})


# The member's phone pages ----------------------------------------------------------------


def _member_id(request: HttpRequest) -> int:
    member_id = member_access.member_id_of(request.user)
    if member_id is None:
        raise PermissionDenied(_("Your account is not linked to a member record."))
    return member_id


@login_required
def my_pairings(request: HttpRequest) -> HttpResponse:
    member_id = _member_id(request)
    pairings = list(
        Pairing.objects.filter(member_id=member_id, ended_on__isnull=True).select_related(
            "household", "household__community"
        )
    )
    today = timezone.localdate()
    for pairing in pairings:
        services.household_record_view(
            household=pairing.household, user=request.user, via=request.path
        )
    pairings.sort(key=lambda p: p.next_visit_due)
    return render(
        request,
        "care/my_pairings.html",
        {"pairings": pairings, "today": today, "form": VisitForm()},
    )


@login_required
def pairing_visit(request: HttpRequest, pk: int) -> HttpResponse:
    pairing = get_object_or_404(
        access.pairings_visible(request.user).select_related("household", "member"), pk=pk
    )
    if not access.can_log_visit(request.user, pairing):
        raise PermissionDenied
    form = VisitForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.visit_log(pairing=pairing, by=request.user, **form.cleaned_data)
        except ServiceError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("Visit recorded. Thank you."))
            return redirect("my-pairings")
    full = services.household_record_view(
        household=pairing.household, user=request.user, via="visit form"
    )
    return render(
        request,
        "care/visit_form.html",
        {"pairing": pairing, "form": form, "full": full},
        status=400 if form.errors else 200,
    )


@login_required
def my_entrance(request: HttpRequest) -> HttpResponse:
    """The 楼道长's page: their entrances, households (masked) and pending issues."""
    entrances = list(
        access.captained_entrances(request.user).select_related("building", "building__community")
    )
    if not entrances:
        raise PermissionDenied(_("You are not a stairwell captain."))
    rows = []
    for entrance in entrances:
        homes = list(entrance.households.all())
        issues = (
            Visit.objects.filter(pairing__household__in=homes, need__isnull=True)
            .exclude(need_raised="")
            .select_related("pairing__household")[:20]
        )
        overdue = selectors.overdue_pairings(
            Pairing.objects.filter(household__in=homes, ended_on__isnull=True).select_related(
                "household", "member"
            )
        )
        rows.append(
            {"entrance": entrance, "households": homes, "issues": issues, "overdue": overdue}
        )
    return render(request, "care/my_entrance.html", {"rows": rows})


# Grids ------------------------------------------------------------------------------------


@login_required
def grids(request: HttpRequest, pk: int) -> HttpResponse:

    community = _community(request, pk)
    can_manage = access.can_manage_care(request.user, community)
    members = community_members(community)
    if request.method == "POST":
        if not can_manage:
            raise PermissionDenied
        try:
            if request.POST.get("action") == "grid":
                parent = Grid.objects.filter(
                    pk=param_id(request, "parent") or 0, community=community
                ).first()
                leader = members.filter(pk=param_id(request, "leader") or 0).first()
                services.grid_save(
                    community=community,
                    name=request.POST.get("name", ""),
                    parent=parent,
                    leader=leader,
                    area=request.POST.get("area", ""),
                    by=request.user,
                )
            elif request.POST.get("action") == "place":
                grid = get_object_or_404(
                    Grid, pk=param_id(request, "grid") or 0, community=community
                )
                chosen = [parse_id(m) for m in request.POST.getlist("members")]
                if not chosen or None in chosen:
                    raise InvalidInput(_("Choose the members to place."))
                with transaction.atomic():
                    for member in members.filter(pk__in=chosen):
                        services.grid_place(member=member, grid=grid, by=request.user)
        except ServiceError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("Saved."))
        return redirect("care-grids", pk=community.pk)
    rows = list(
        Grid.objects.filter(community=community)
        .select_related("leader", "parent")
        .annotate(placed=Count("placements"))
        .order_by("id")
    )
    # A grid's count includes its micro-grids; micro-grids are listed under their grid.
    children: dict[int, list[Any]] = {}
    for grid in rows:
        if grid.parent_id:
            children.setdefault(grid.parent_id, []).append(grid)
    tree: list[dict[str, Any]] = []
    for grid in rows:
        if grid.parent_id is None:
            micro = children.get(grid.pk, [])
            total = grid.placed + sum(g.placed for g in micro)
            tree.append({"grid": grid, "micro": micro, "total": total})
    widest = max([row["total"] for row in tree] or [1]) or 1
    for row in tree:
        row["bar"] = round(100 * row["total"] / widest)
    member_count = members.count()
    placed = members.filter(grid_placement__grid__community=community).count()
    return render(
        request,
        "care/grids.html",
        {
            "community": community,
            "grids": rows,
            "tree": tree,
            "can_manage": can_manage,
            "member_count": member_count,
            "unplaced": member_count - placed,
            "pick_url": reverse("care-member-pick", args=[community.pk]),
        },
    )
