"""Members and 双报到 registrations."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from ninja import Router, Schema, Status

from jinlin.api.pagination import page_of
from jinlin.api.routes.accounts import ErrorOut
from jinlin.api.types import Id, PageNumber, PageSize, one_of
from jinlin.core.errors import InvalidInput, NotAllowed
from jinlin.members import access, services
from jinlin.members.models import Member, Registration
from jinlin.organizations.models import Organization

router = Router(tags=["members and registrations"])
Kind = Organization.Kind


class MemberOut(Schema):
    id: int
    name: str
    phone: str
    branch: int | None
    community: int | None
    is_party_member: bool
    in_service: bool


class MemberPage(Schema):
    count: int
    results: list[MemberOut]


class RegistrationIn(Schema):
    community: Id
    unit: Id | None = None


class RegistrationOut(Schema):
    id: int
    kind: str
    status: str
    community: int
    member: int | None = None
    unit: int | None = None
    reason: str = ""
    created_at: dt.datetime | None = None
    decided_at: dt.datetime | None = None


class RegistrationPage(Schema):
    count: int
    results: list[RegistrationOut]


class DeclineIn(Schema):
    reason: str


def member_dict(member: Member, user: Any) -> dict[str, Any]:
    return {
        "id": member.pk,
        "name": member.name,
        "phone": access.phone_for(user, member),
        "branch": member.branch_id,
        "community": member.community_id,
        "is_party_member": member.is_party_member,
        "in_service": member.in_service,
    }


def registration_dict(registration: Registration) -> dict[str, Any]:
    return {
        "id": registration.pk,
        "kind": registration.kind,
        "status": registration.status,
        "community": registration.community_id,
        "member": registration.member_id,
        "unit": registration.unit_id,
        "reason": registration.decline_reason,
        "created_at": registration.created_at,
        "decided_at": registration.decided_at,
    }


@router.get(
    "/members",
    response={200: MemberPage, 400: ErrorOut, 401: ErrorOut, 403: ErrorOut},
    summary="Members in the caller's scope (phones masked unless the caller manages them)",
)
def member_list(
    request: HttpRequest,
    organization: Id | None = None,
    page: PageNumber = 1,
    page_size: PageSize = 50,
) -> dict[str, Any]:
    if not access.scope_of(request.user).can_read_tree:
        raise NotAllowed(_("Only administrators and supervisors list members."))
    rows = access.members_visible(request.user).select_related("branch", "community")
    if organization is not None:
        org = access.organizations_visible(request.user).filter(pk=organization).first()
        if org is None:
            raise InvalidInput(
                _("That organization is unknown or outside your scope."),
                fields={"organization": _("Unknown or outside your scope.")},
            )
        rows = rows.filter(community__path__startswith=org.path) | rows.filter(
            branch__path__startswith=org.path
        )
    return page_of(
        rows.order_by("id"),
        page=page,
        page_size=page_size,
        serialize=lambda m: member_dict(m, request.user),
    )


@router.get("/members/{member_id}", response={200: MemberOut, 401: ErrorOut, 404: ErrorOut})
def member_get(request: HttpRequest, member_id: Id) -> dict[str, Any]:
    member = get_object_or_404(
        access.members_visible(request.user).select_related("branch", "community"), pk=member_id
    )
    return member_dict(member, request.user)


def _organization(pk: int, kind: str, field: str) -> Organization:
    org = Organization.objects.filter(pk=pk, kind=kind).first()
    if org is None:
        raise InvalidInput(
            _("There is no %(kind)s with id %(id)d.") % {"kind": Kind(kind).label, "id": pk},
            fields={field: _("Unknown %(kind)s.") % {"kind": Kind(kind).label}},
        )
    return org


@router.post(
    "/registrations",
    response={201: RegistrationOut, 400: ErrorOut, 401: ErrorOut, 403: ErrorOut, 409: ErrorOut},
    summary="Register a member (yourself) or, with `unit`, your unit with a community",
)
def registration_create(request: HttpRequest, payload: RegistrationIn) -> Status[dict[str, Any]]:
    community = _organization(payload.community, Kind.COMMUNITY, "community")
    if payload.unit is not None:
        unit = _organization(payload.unit, Kind.UNIT, "unit")
        registration = services.registration_create_for_unit(
            unit=unit, community=community, by=request.user
        )
    else:
        member_id = access.scope_of(request.user).member_id
        if member_id is None:
            raise NotAllowed(
                _("Your account is not a member; a unit admin registers with `unit`."),
            )
        registration = services.registration_create_for_member(
            member=Member.objects.get(pk=member_id), community=community, by=request.user
        )
    return Status(201, registration_dict(registration))


@router.get(
    "/registrations",
    response={200: RegistrationPage, 400: ErrorOut, 401: ErrorOut},
    summary="Registrations the caller may see: their own, their unit's, their communities'",
)
def registration_list(
    request: HttpRequest,
    status: Annotated[str, one_of("", "pending", "confirmed", "declined", "withdrawn")] = "",
    community: Id | None = None,
    page: PageNumber = 1,
    page_size: PageSize = 50,
) -> dict[str, Any]:
    rows = access.registrations_visible(request.user).order_by("-created_at", "-id")
    if status:
        if status not in Registration.Status.values:
            raise InvalidInput(_("Unknown status."), fields={"status": _("Unknown status.")})
        rows = rows.filter(status=status)
    if community is not None:
        rows = rows.filter(community_id=community)
    return page_of(rows, page=page, page_size=page_size, serialize=registration_dict)


def _visible_registration(request: HttpRequest, registration_id: Id) -> Registration:
    return get_object_or_404(
        access.registrations_visible(request.user).select_related("community", "unit"),
        pk=registration_id,
    )


@router.get(
    "/registrations/{registration_id}",
    response={200: RegistrationOut, 401: ErrorOut, 404: ErrorOut},
)
def registration_get(request: HttpRequest, registration_id: Id) -> dict[str, Any]:
    return registration_dict(_visible_registration(request, registration_id))


@router.post(
    "/registrations/{registration_id}/confirm",
    response={200: RegistrationOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut},
    summary="The community's admin confirms a pending registration",
)
def registration_confirm(request: HttpRequest, registration_id: Id) -> dict[str, Any]:
    registration = _visible_registration(request, registration_id)
    return registration_dict(
        services.registration_confirm(registration=registration, by=request.user)
    )


@router.post(
    "/registrations/{registration_id}/decline",
    response={
        200: RegistrationOut,
        400: ErrorOut,
        401: ErrorOut,
        403: ErrorOut,
        404: ErrorOut,
        409: ErrorOut,
    },
    summary="The community's admin declines a pending registration, with a reason",
)
def registration_decline(
    request: HttpRequest, registration_id: Id, payload: DeclineIn
) -> dict[str, Any]:
    registration = _visible_registration(request, registration_id)
    return registration_dict(
        services.registration_decline(
            registration=registration, reason=payload.reason, by=request.user
        )
    )


@router.post(
    "/registrations/{registration_id}/withdraw",
    response={200: RegistrationOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut},
    summary="The member (or the unit's admin) withdraws a registration",
)
def registration_withdraw(request: HttpRequest, registration_id: Id) -> dict[str, Any]:
    registration = _visible_registration(request, registration_id)
    return registration_dict(
        services.registration_withdraw(registration=registration, by=request.user)
    )
