"""Teams, households, pairings, visits and service points."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from ninja import Router, Schema, Status

from jinlin.api.pagination import page_of
from jinlin.api.routes.accounts import ErrorOut
from jinlin.api.types import Id, PageNumber, PageSize
from jinlin.care import access, services
from jinlin.care.models import Household, Pairing, ServicePoint, Visit
from jinlin.core.errors import InvalidInput

router = Router(tags=["care"])
ERRORS: dict[int, Any] = {400: ErrorOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut}


class TeamOut(Schema):
    id: int
    name: str
    kind: str
    kind_label: str
    organization: int
    leader: int | None
    members: int


class TeamPage(Schema):
    count: int
    results: list[TeamOut]


class HouseholdOut(Schema):
    id: int
    community: int
    name: str
    phone: str
    address: str
    size: int
    tags: list[str]
    masked: bool


class HouseholdPage(Schema):
    count: int
    results: list[HouseholdOut]


class PairingOut(Schema):
    id: int
    member: int
    household: int
    household_name: str
    cadence_days: int
    started_on: dt.date
    last_visit_on: dt.date | None
    next_visit_due: dt.date
    overdue: bool


class PairingPage(Schema):
    count: int
    results: list[PairingOut]


class VisitIn(Schema):
    date: dt.date
    kind: str
    note: str = ""
    need_raised: str = ""


class VisitOut(Schema):
    id: int
    pairing: int
    date: dt.date
    kind: str
    note: str
    need_raised: str


class PointOut(Schema):
    id: int
    community: int
    name: str
    kind: str
    address: str
    longitude: float | None
    latitude: float | None
    opening_hours: str
    services: str
    phone: str


@router.get("/teams", response={200: TeamPage, **ERRORS}, summary="Teams in the caller's scope")
def team_list(
    request: HttpRequest,
    organization: Id | None = None,
    kind: str = "",
    page: PageNumber = 1,
    page_size: PageSize = 50,
) -> dict[str, Any]:
    rows = access.teams_visible(request.user).prefetch_related("members").order_by("id")
    if organization is not None:
        rows = rows.filter(organization_id=organization)
    if kind:
        rows = rows.filter(kind=kind)
    return page_of(
        rows,
        page=page,
        page_size=page_size,
        serialize=lambda t: {
            "id": t.pk,
            "name": t.name,
            "kind": t.kind,
            "kind_label": t.kind_label,
            "organization": t.organization_id,
            "leader": t.leader_id,
            "members": len(t.members.all()),
        },
    )


@router.get(
    "/households",
    response={200: HouseholdPage, **ERRORS},
    summary="Households in scope; masked unless the caller may see them in full",
)
def household_list(
    request: HttpRequest,
    community: Id | None = None,
    page: PageNumber = 1,
    page_size: PageSize = 50,
) -> dict[str, Any]:
    rows = access.households_visible(request.user).select_related("entrance__building")
    if community is not None:
        rows = rows.filter(community_id=community)

    def serialize(h: Household) -> dict[str, Any]:
        full = services.household_record_view(household=h, user=request.user, via="api:/households")
        return {
            "id": h.pk,
            "community": h.community_id,
            "name": h.head_name if full else h.masked_name,
            "phone": h.phone if full else h.masked_phone,
            "address": h.address if full else h.masked_address,
            "size": h.size,
            "tags": h.tags,
            "masked": not full,
        }

    return page_of(rows.order_by("id"), page=page, page_size=page_size, serialize=serialize)


def pairing_dict(p: Pairing) -> dict[str, Any]:
    return {
        "id": p.pk,
        "member": p.member_id,
        "household": p.household_id,
        "household_name": p.household.masked_name,
        "cadence_days": p.cadence_days,
        "started_on": p.started_on,
        "last_visit_on": p.last_visit_on,
        "next_visit_due": p.next_visit_due,
        "overdue": p.is_overdue(),
    }


@router.get(
    "/pairings",
    response={200: PairingPage, **ERRORS},
    summary="Active pairings: a member gets their own; admins those in scope",
)
def pairing_list(
    request: HttpRequest, page: PageNumber = 1, page_size: PageSize = 50
) -> dict[str, Any]:
    rows = (
        access.pairings_visible(request.user)
        .filter(ended_on__isnull=True)
        .select_related("household")
        .order_by("id")
    )
    return page_of(rows, page=page, page_size=page_size, serialize=pairing_dict)


@router.post(
    "/pairings/{pairing_id}/visits",
    response={201: VisitOut, **ERRORS},
    summary="The paired member logs a visit",
)
def visit_create(request: HttpRequest, pairing_id: Id, payload: VisitIn) -> Status[Any]:
    pairing = get_object_or_404(
        access.pairings_visible(request.user).select_related("household"), pk=pairing_id
    )
    if payload.kind not in Visit.Kind.values:
        raise InvalidInput(
            _("Choose the kind of visit."), fields={"kind": ", ".join(Visit.Kind.values)}
        )
    visit = services.visit_log(
        pairing=pairing,
        by=request.user,
        date=payload.date,
        kind=payload.kind,
        note=payload.note,
        need_raised=payload.need_raised,
    )
    return Status(
        201,
        {
            "id": visit.pk,
            "pairing": pairing.pk,
            "date": visit.date,
            "kind": visit.kind,
            "note": visit.note,
            "need_raised": visit.need_raised,
        },
    )


@router.get(
    "/service-points",
    auth=None,
    response={200: list[PointOut], **ERRORS},
    summary="Service points of the district (public)",
)
def point_list(
    request: HttpRequest, community: Id | None = None, kind: str = ""
) -> list[dict[str, Any]]:
    rows = ServicePoint.objects.order_by("community_id", "name")
    if community is not None:
        rows = rows.filter(community_id=community)
    if kind:
        rows = rows.filter(kind=kind)
    return [
        {
            "id": p.pk,
            "community": p.community_id,
            "name": p.name,
            "kind": p.kind,
            "address": p.address,
            "longitude": float(p.longitude) if p.longitude is not None else None,
            "latitude": float(p.latitude) if p.latitude is not None else None,
            "opening_hours": p.opening_hours,
            "services": p.services,
            "phone": p.phone,
        }
        for p in rows[:1000]
    ]
