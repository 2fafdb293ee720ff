"""Writes about teams, buildings, 楼道长, zones, service points, households, pairings and
visits — each rule in one function."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from typing import Any

from django.core.files.uploadedfile import UploadedFile
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from jinlin.care import access
from jinlin.care.models import (
    Building,
    Entrance,
    Household,
    HouseholdAccess,
    Pairing,
    ServicePoint,
    Team,
    Visit,
    Zone,
)
from jinlin.core.errors import Conflict, InvalidInput, NotAllowed
from jinlin.core.numbers import decimal_of
from jinlin.core.uploads import check_photo, photo_content
from jinlin.members import access as member_access
from jinlin.members.models import Member, Registration
from jinlin.organizations.models import Organization

PHONE_RE = re.compile(r"^[0-9+\-\s()]{7,20}$")


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise NotAllowed(message)


def _text(value: Any, field: str, limit: int, *, required: bool = True) -> str:
    text = (value or "").strip() if isinstance(value, str) else str(value or "").strip()
    if required and not text:
        raise InvalidInput(_("Please correct the marked fields."), fields={field: _("Required.")})
    if len(text) > limit:
        raise InvalidInput(
            _("Please correct the marked fields."),
            fields={field: _("At most %(n)d characters.") % {"n": limit}},
        )
    return text


def member_in_community(member: Member, community: Organization) -> bool:
    """Lives there, or is registered (confirmed) with it."""
    return (
        member.community_id == community.pk
        or Registration.objects.filter(
            member=member, community=community, status=Registration.Status.CONFIRMED
        ).exists()
    )


# Teams -----------------------------------------------------------------------------------


def team_save(
    *,
    organization: Organization,
    name: str,
    kind: str,
    custom_kind: str = "",
    leader: Member | None = None,
    members: Iterable[Member] | None = None,
    team: Team | None = None,
    by: Any = None,
) -> Team:
    """Create or change a team; the leader is always one of its members."""
    target = team.organization if team else organization
    if by is not None:
        _require(
            member_access.can_manage_organization(by, target),
            _("This organization is outside your part of the tree."),
        )
    name = _text(name, "name", 100)
    if kind not in Team.Kind.values:
        raise InvalidInput(_("Unknown kind of team."), fields={"kind": _("Unknown kind.")})
    custom_kind = _text(custom_kind, "custom_kind", 30, required=kind == Team.Kind.CUSTOM)
    chosen = list(members) if members is not None else None
    with transaction.atomic():
        if team is None:
            if Team.objects.filter(organization=organization, name=name).exists():
                raise InvalidInput(
                    _("A team of this name already exists here."),
                    fields={"name": _("Already used.")},
                )
            team = Team.objects.create(
                organization=organization,
                name=name,
                kind=kind,
                custom_kind=custom_kind,
                leader=leader,
            )
        else:
            if (
                Team.objects.filter(organization=team.organization, name=name)
                .exclude(pk=team.pk)
                .exists()
            ):
                raise InvalidInput(
                    _("A team of this name already exists here."),
                    fields={"name": _("Already used.")},
                )
            team.name, team.kind, team.custom_kind, team.leader = name, kind, custom_kind, leader
            team.save()
        if chosen is not None:
            team.members.set(chosen)
        if leader is not None:
            team.members.add(leader)
    return team


def team_delete(*, team: Team, by: Any = None) -> None:
    if by is not None:
        _require(access.can_manage_team(by, team), _("This team is outside your scope."))
    if team.orders.exists():
        raise Conflict(_("This team has orders; it cannot be deleted."), code="has_orders")
    team.delete()


# Buildings and 楼道长 -----------------------------------------------------------------------


def building_create(
    *,
    community: Organization,
    name: str,
    entrances: Iterable[str],
    compound: str = "",
    address: str = "",
    by: Any = None,
) -> Building:
    if by is not None:
        _require(access.can_manage_care(by, community), _("This community is outside your scope."))
    if community.kind != Organization.Kind.COMMUNITY:
        raise InvalidInput(
            _("Buildings belong to a community."),
            fields={"community": _("Not a community or village.")},
        )
    name = _text(name, "name", 50)
    compound = _text(compound, "compound", 100, required=False)
    names = [e.strip() for e in entrances if e and e.strip()]
    if not names:
        raise InvalidInput(
            _("Name at least one entrance, e.g. 1单元."), fields={"entrances": _("Required.")}
        )
    if len(set(names)) != len(names):
        raise InvalidInput(_("An entrance is named twice."), fields={"entrances": _("Duplicates.")})
    try:
        with transaction.atomic():
            building = Building.objects.create(
                community=community,
                compound=compound,
                name=name,
                address=_text(address, "address", 200, required=False),
            )
            Entrance.objects.bulk_create([Entrance(building=building, name=n[:50]) for n in names])
    except IntegrityError as exc:
        raise InvalidInput(
            _("This building already exists in the community."), fields={"name": _("Already used.")}
        ) from exc
    return building


def entrance_set_captain(*, entrance: Entrance, captain: Member | None, by: Any = None) -> Entrance:
    """One 楼道长 per entrance: a member who lives in, or is registered with, the community."""
    community = entrance.building.community
    if by is not None:
        _require(access.can_manage_care(by, community), _("This community is outside your scope."))
    if captain is not None and not member_in_community(captain, community):
        raise InvalidInput(
            _("%(name)s neither lives in nor is registered with %(community)s.")
            % {"name": captain.name, "community": community.name},
            fields={"captain": _("Not a member of this community.")},
        )
    entrance.captain = captain
    entrance.save(update_fields=["captain"])
    return entrance


# Zones and service points ---------------------------------------------------------------


def parse_points(text: str, field: str = "shape") -> list[list[float]]:
    """'118.10,24.58; 118.11,24.59' → [[118.1, 24.58], [118.11, 24.59]]."""
    points: list[list[float]] = []
    for chunk in re.split(r"[;；\n]+", text or ""):
        chunk = chunk.strip()
        if not chunk:
            continue
        parts = re.split(r"[,，\s]+", chunk)
        try:
            lng, lat = (float(parts[0]), float(parts[1])) if len(parts) == 2 else (None, None)
        except ValueError:
            lng = lat = None
        if lng is None or lat is None or not (-180 <= lng <= 180 and -90 <= lat <= 90):
            raise InvalidInput(
                _("“%(text)s” is not a point; write longitude,latitude pairs separated by ;")
                % {"text": chunk},
                fields={field: _("Not a list of points.")},
            )
        points.append([round(lng, 6), round(lat, 6)])
    return points


def zone_save(
    *,
    community: Organization,
    name: str,
    kind: str,
    shape: list[list[float]],
    organization: Organization | None = None,
    member: Member | None = None,
    description: str = "",
    zone: Zone | None = None,
    by: Any = None,
) -> Zone:
    if by is not None:
        _require(access.can_manage_care(by, community), _("This community is outside your scope."))
    if kind not in Zone.Kind.values:
        raise InvalidInput(_("Unknown kind of zone."), fields={"kind": _("Unknown kind.")})
    if organization is None and member is None:
        raise InvalidInput(
            _("Say who answers for the zone: an organization or a member."),
            fields={"organization": _("Choose one.")},
        )
    if len(shape) < 2:
        raise InvalidInput(
            _("A zone needs at least two points."), fields={"shape": _("At least two points.")}
        )
    zone = zone or Zone(community=community)
    zone.name = _text(name, "name", 100)
    zone.kind, zone.shape, zone.organization, zone.member = kind, shape, organization, member
    zone.description = _text(description, "description", 300, required=False)
    zone.save()
    return zone


def _coordinate(value: Any, field: str, limit: int) -> Decimal | None:
    if value in (None, ""):
        return None
    try:
        number = decimal_of(value, "0.000001")
    except InvalidOperation as exc:
        raise InvalidInput(_("Not a coordinate."), fields={field: _("Not a coordinate.")}) from exc
    if not -limit <= number <= limit:
        raise InvalidInput(_("Not a coordinate."), fields={field: _("Not a coordinate.")})
    return number


def service_point_save(
    *,
    community: Organization,
    name: str,
    kind: str,
    address: str,
    longitude: Any = None,
    latitude: Any = None,
    opening_hours: str = "",
    services: str = "",
    phone: str = "",
    point: ServicePoint | None = None,
    by: Any = None,
) -> ServicePoint:
    if by is not None:
        _require(access.can_manage_care(by, community), _("This community is outside your scope."))
    if kind not in ServicePoint.Kind.values:
        raise InvalidInput(_("Unknown kind of service point."), fields={"kind": _("Unknown kind.")})
    point = point or ServicePoint(community=community)
    point.name = _text(name, "name", 100)
    point.kind = kind
    point.address = _text(address, "address", 200)
    point.longitude = _coordinate(longitude, "longitude", 180)
    point.latitude = _coordinate(latitude, "latitude", 90)
    point.opening_hours = _text(opening_hours, "opening_hours", 100, required=False)
    point.services = _text(services, "services", 300, required=False)
    point.phone = _text(phone, "phone", 20, required=False)
    point.save()
    return point


# Households ------------------------------------------------------------------------------


def clean_household_fields(
    *,
    community: Organization,
    head_name: str,
    address: str,
    phone: str = "",
    size: Any = 1,
    tags: Iterable[str] = (),
    entrance: Entrance | None = None,
    note: str = "",
) -> dict[str, Any]:
    errors: dict[str, str] = {}
    head_name = (head_name or "").strip()
    if not head_name:
        errors["head_name"] = _("Required.")
    elif len(head_name) > 50:
        errors["head_name"] = _("At most 50 characters.")
    address = (address or "").strip()
    if not address:
        errors["address"] = _("Required.")
    phone = (phone or "").strip()
    if phone and not PHONE_RE.match(phone):
        errors["phone"] = _("A phone number has 7 to 20 digits.")
    try:
        size = int(size)
        if not 1 <= size <= 30:
            raise ValueError
    except (TypeError, ValueError):
        errors["size"] = _("From 1 to 30 people.")
    tag_list = list(dict.fromkeys(tags or []))
    unknown = [t for t in tag_list if t not in Household.Tag.values]
    if unknown:
        errors["tags"] = _("Unknown groups: %(names)s.") % {"names": ", ".join(unknown)}
    if entrance is not None and entrance.building.community_id != community.pk:
        errors["entrance"] = _("The entrance is in another community.")
    if errors:
        raise InvalidInput(_("Please correct the marked fields."), fields=errors)
    return {
        "head_name": head_name,
        "address": address[:200],
        "phone": phone,
        "size": size,
        "tags": tag_list,
        "entrance": entrance,
        "note": (note or "").strip(),
    }


def household_save(
    *,
    community: Organization,
    household: Household | None = None,
    by: Any = None,
    **fields: Any,
) -> Household:
    if by is not None:
        _require(
            member_access.scope_of(by).holds(member_access.Role.COMMUNITY_ADMIN, community.pk),
            _("Only the community's own admins record its households."),
        )
    cleaned = clean_household_fields(community=community, **fields)
    household = household or Household(community=community)
    for name, value in cleaned.items():
        setattr(household, name, value)
    household.save()
    return household


def household_record_view(*, household: Household, user: Any, via: str) -> bool:
    """Decide whether ``user`` sees the full record; log it when they do."""
    full = access.can_see_household_full(user, household)
    if full:
        HouseholdAccess.objects.create(
            user=user if user.is_authenticated else None, household=household, via=via[:100]
        )
    return full


# Pairings and visits ---------------------------------------------------------------------


def pairing_create(
    *,
    member: Member,
    household: Household,
    cadence_days: Any = 30,
    started_on: dt.date | None = None,
    by: Any = None,
) -> Pairing:
    """认邻居、结亲戚: pair a member of the community with a household."""
    community = household.community
    if by is not None:
        _require(
            member_access.scope_of(by).holds(member_access.Role.COMMUNITY_ADMIN, community.pk),
            _("Only the community's own admins make pairings."),
        )
    try:
        cadence = int(cadence_days)
        if not 1 <= cadence <= 366:
            raise ValueError
    except (TypeError, ValueError) as exc:
        raise InvalidInput(
            _("Visit every 1 to 366 days."), fields={"cadence_days": _("From 1 to 366.")}
        ) from exc
    if not member_in_community(member, community):
        raise InvalidInput(
            _("%(name)s neither lives in nor is registered with %(community)s.")
            % {"name": member.name, "community": community.name},
            fields={"member": _("Not a member of this community.")},
        )
    started_on = started_on or timezone.localdate()
    try:
        with transaction.atomic():
            return Pairing.objects.create(
                member=member, household=household, cadence_days=cadence, started_on=started_on
            )
    except IntegrityError as exc:
        raise Conflict(
            _("This member is already paired with this household."), code="already_paired"
        ) from exc


def pairing_end(*, pairing: Pairing, by: Any = None) -> Pairing:
    if by is not None:
        _require(
            member_access.scope_of(by).holds(
                member_access.Role.COMMUNITY_ADMIN, pairing.household.community_id
            ),
            _("Only the community's own admins end pairings."),
        )
    updated = Pairing.objects.filter(pk=pairing.pk, ended_on__isnull=True).update(
        ended_on=timezone.localdate()
    )
    if not updated:
        raise Conflict(_("This pairing has already ended."), code="ended")
    pairing.refresh_from_db()
    return pairing


def visit_log(
    *,
    pairing: Pairing,
    date: dt.date | None,
    kind: str,
    note: str = "",
    need_raised: str = "",
    photo: UploadedFile | None = None,
    by: Any = None,
) -> Visit:
    """慰问走访: the paired member records a visit; the pairing's next visit moves on."""
    if by is not None:
        _require(access.can_log_visit(by, pairing), _("Only the paired member logs visits."))
    if not pairing.active:
        raise Conflict(_("This pairing has ended."), code="ended")
    errors: dict[str, str] = {}
    today = timezone.localdate()
    if date is None:
        errors["date"] = _("Required.")
    elif date > today:
        errors["date"] = _("A visit cannot be in the future.")
    elif date < pairing.started_on:
        errors["date"] = _("The pairing began on %(date)s; a visit cannot be earlier.") % {
            "date": pairing.started_on.isoformat()
        }
    if kind not in Visit.Kind.values:
        errors["kind"] = _("Choose the kind of visit.")
    if len(note or "") > 2000:
        errors["note"] = _("At most 2000 characters.")
    if len(need_raised or "") > 300:
        errors["need_raised"] = _("At most 300 characters.")
    if errors:
        raise InvalidInput(_("Please correct the marked fields."), fields=errors)
    if photo is not None:
        check_photo(photo)
    assert date is not None
    with transaction.atomic():
        visit = Visit(
            pairing=pairing,
            date=date,
            kind=kind,
            note=(note or "").strip(),
            need_raised=(need_raised or "").strip(),
            created_by=by if by is not None and by.is_authenticated else None,
        )
        if photo is not None:
            visit.photo.save(*photo_content(photo), save=False)
        visit.save()
        Pairing.objects.filter(pk=pairing.pk).filter(
            Q(last_visit_on__isnull=True) | Q(last_visit_on__lt=date)
        ).update(last_visit_on=date, next_visit_on=pairing.due_after(date))
    pairing.refresh_from_db()
    return visit


def visit_link_need(*, visit: Visit, need: Any, by: Any = None) -> Visit:
    """Remember the need a community made from a visit's raised need."""
    if by is not None:
        _require(
            member_access.scope_of(by).holds(
                member_access.Role.COMMUNITY_ADMIN, visit.pairing.household.community_id
            ),
            _("Only the community's own admins turn visits into needs."),
        )
    Visit.objects.filter(pk=visit.pk).update(need=need)
    visit.refresh_from_db()
    return visit


# Grids ------------------------------------------------------------------------------------


def grid_save(
    *,
    community: Organization,
    name: str,
    parent: Any = None,
    leader: Member | None = None,
    area: str = "",
    grid: Any = None,
    by: Any = None,
) -> Any:
    from jinlin.care.models import Grid

    if by is not None:
        _require(access.can_manage_care(by, community), _("This community is outside your scope."))
    if parent is not None and parent.community_id != community.pk:
        raise InvalidInput(
            _("A micro-grid sits in a grid of the same community."),
            fields={"parent": _("Another community's grid.")},
        )
    if leader is not None and not member_in_community(leader, community):
        raise InvalidInput(
            _("%(name)s neither lives in nor is registered with %(community)s.")
            % {"name": leader.name, "community": community.name},
            fields={"leader": _("Not a member of this community.")},
        )
    grid = grid or Grid(community=community)
    grid.name = _text(name, "name", 50)
    grid.parent, grid.leader = parent, leader
    grid.area = _text(area, "area", 200, required=False)
    try:
        with transaction.atomic():
            grid.save()
    except IntegrityError as exc:
        raise InvalidInput(
            _("A grid of this name already exists here."), fields={"name": _("Already used.")}
        ) from exc
    return grid


def grid_place(*, member: Member, grid: Any, by: Any = None) -> Any:
    """Put a registered member in one grid (moving them from any other)."""
    from jinlin.care.models import GridPlacement

    community = grid.community
    if by is not None:
        _require(access.can_manage_care(by, community), _("This community is outside your scope."))
    if not member_in_community(member, community):
        raise InvalidInput(
            _("%(name)s neither lives in nor is registered with %(community)s.")
            % {"name": member.name, "community": community.name},
            fields={"member": _("Not a member of this community.")},
        )
    placement, _created = GridPlacement.objects.update_or_create(
        member=member, defaults={"grid": grid}
    )
    return placement
