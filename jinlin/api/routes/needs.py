"""Needs, claims, site codes, scans, acceptance and the member's service records."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from django.db.models import Sum
from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from ninja import Router, Schema, Status
from pydantic import Field

from jinlin.api.pagination import page_of
from jinlin.api.routes.accounts import ErrorOut
from jinlin.api.types import Count, Id, Minutes, PageNumber, PageSize, Slots, one_of, text
from jinlin.core.errors import InvalidInput, NotAllowed
from jinlin.members import access as member_access
from jinlin.members.models import Member
from jinlin.needs import access, selectors, services
from jinlin.needs.models import Claim, Need
from jinlin.organizations.models import Organization
from jinlin.service import services as service_services
from jinlin.service.models import Attendance, ServiceRecord

router = Router(tags=["needs and service"])
ERRORS: dict[int, Any] = {400: ErrorOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut}


class NeedIn(Schema):
    community: Id
    title: Annotated[str, text(100)]
    category: Annotated[str, text(30)]
    place: Annotated[str, text(200)]
    starts_at: dt.datetime
    ends_at: dt.datetime
    slots: Slots
    mode: Annotated[str, one_of("open", "order")] = "open"
    unit: Id | None = None
    team: Id | None = None
    description: str = ""
    metrics: list[str] = []
    grace_minutes: Minutes = 30
    longitude: float | None = None
    latitude: float | None = None


class NeedPatch(Schema):
    title: str | None = None
    category: str | None = None
    place: str | None = None
    starts_at: dt.datetime | None = None
    ends_at: dt.datetime | None = None
    slots: Slots | None = None
    description: str | None = None
    metrics: list[str] | None = None
    grace_minutes: Minutes | None = None


class NeedOut(Schema):
    id: int
    community: int
    title: str
    category: str
    category_label: str
    place: str
    description: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    slots: int
    confirmed: int
    waitlisted: int
    mode: str
    unit: int | None
    team: int | None
    metrics: list[str]
    status: str
    longitude: float | None
    latitude: float | None


class NeedPage(Schema):
    count: int
    results: list[NeedOut]


class ClaimOut(Schema):
    id: int
    need: int
    member: int
    status: str


class DispatchIn(Schema):
    members: list[Id] = Field(max_length=10_000)


class DispatchOut(Schema):
    claims: list[ClaimOut]


class ReasonIn(Schema):
    reason: str


class SiteCodeOut(Schema):
    token: str
    expires_at: dt.datetime


class ScanIn(Schema):
    token: str
    need: Id | None = None


class ScanOut(Schema):
    claim: int
    kind: str
    hours: float


class AcceptIn(Schema):
    hours: float
    outcomes: dict[str, Count] = {}
    note: str = ""


class OutcomesIn(Schema):
    # A count per outcome the need counts; null leaves the outcome unrecorded.
    outcomes: dict[str, Count | None]


class OutcomeOut(Schema):
    metric: str
    label: str
    unit: str
    count: int
    from_shares: bool


class OutcomesOut(Schema):
    need: int
    outcomes: list[OutcomeOut]


class DecisionOut(Schema):
    id: int
    status: str


class RecordOut(Schema):
    id: int
    need: int | None
    activity: str
    date: dt.date
    hours: float
    kind: str
    created_at: dt.datetime


class RecordsOut(Schema):
    total_hours: float
    count: int
    results: list[RecordOut]


def need_dict(need: Need) -> dict[str, Any]:
    return {
        "id": need.pk,
        "community": need.community_id,
        "title": need.title,
        "category": need.category,
        "category_label": need.category_label,
        "place": need.place,
        "description": need.description,
        "starts_at": need.starts_at,
        "ends_at": need.ends_at,
        "slots": need.slots,
        "confirmed": need.confirmed_count,
        "waitlisted": need.waitlisted_count,
        "mode": need.mode,
        "unit": need.unit_id,
        "team": need.team_id,
        "metrics": need.metrics,
        "status": need.status,
        "longitude": float(need.longitude) if need.longitude is not None else None,
        "latitude": float(need.latitude) if need.latitude is not None else None,
    }


def claim_dict(claim: Claim) -> dict[str, Any]:
    return {
        "id": claim.pk,
        "need": claim.need_id,
        "member": claim.member_id,
        "status": claim.status,
    }


def _member_of(request: HttpRequest) -> Member:
    member_id = member_access.member_id_of(request.user)
    if member_id is None:
        raise NotAllowed(_("Only members do this."))
    # Loaded lazily (branch, community) only where a rule needs them.
    return Member(pk=member_id, user_id=request.user.pk)


def _visible_need(request: HttpRequest, need_id: Id) -> Need:
    return get_object_or_404(
        access.needs_visible(request.user).select_related("community"), pk=need_id
    )


@router.get("/needs", response={200: NeedPage, **ERRORS}, summary="Needs the caller may see")
def need_list(
    request: HttpRequest,
    community: Id | None = None,
    status: Annotated[str, one_of("", "published", "cancelled", "closed")] = "",
    when: Annotated[str, one_of("", *selectors.WHEN)] = "",
    page: PageNumber = 1,
    page_size: PageSize = 50,
) -> dict[str, Any]:
    """``when=current``: published needs not yet ended, the soonest first (what a member's
    app lists to claim); ``when=ended``: ended or closed needs, the latest first. Without it,
    every need the caller may see, in order of start."""
    rows = access.needs_visible(request.user).order_by("starts_at", "id")
    if community is not None:
        rows = rows.filter(community_id=community)
    if status:
        if status not in Need.Status.values:
            raise InvalidInput(_("Unknown status."), fields={"status": _("Unknown status.")})
        rows = rows.filter(status=status)
    if when:
        if when not in selectors.WHEN:
            raise InvalidInput(_("Unknown “when”."), fields={"when": _("current or ended.")})
        rows = selectors.needs_when(rows, when)
    return page_of(rows, page=page, page_size=page_size, serialize=need_dict)


@router.post("/needs", response={201: NeedOut, **ERRORS}, summary="A community publishes a need")
def need_create(request: HttpRequest, payload: NeedIn) -> Status[dict[str, Any]]:
    community = Organization.objects.filter(
        pk=payload.community, kind=Organization.Kind.COMMUNITY
    ).first()
    if community is None:
        raise InvalidInput(_("Unknown community."), fields={"community": _("Unknown community.")})
    unit = None
    if payload.unit is not None:
        unit = Organization.objects.filter(pk=payload.unit, kind=Organization.Kind.UNIT).first()
        if unit is None:
            raise InvalidInput(_("Unknown unit."), fields={"unit": _("Unknown unit.")})
    team = None
    if payload.team is not None:
        from jinlin.care.models import Team

        team = Team.objects.select_related("organization").filter(pk=payload.team).first()
        if team is None:
            raise InvalidInput(_("Unknown team."), fields={"team": _("Unknown team.")})
    fields = payload.dict(exclude={"community", "unit", "team"})
    need = services.need_publish(
        community=community, unit=unit, team=team, by=request.user, **fields
    )
    return Status(201, need_dict(need))


@router.get("/needs/{need_id}", response={200: NeedOut, **ERRORS})
def need_get(request: HttpRequest, need_id: Id) -> dict[str, Any]:
    return need_dict(_visible_need(request, need_id))


@router.patch(
    "/needs/{need_id}",
    response={200: NeedOut, **ERRORS},
    summary="Edit a need before it starts (slots may go up or down)",
)
def need_patch(request: HttpRequest, need_id: Id, payload: NeedPatch) -> dict[str, Any]:
    need = _visible_need(request, need_id)
    changes = {k: v for k, v in payload.dict().items() if v is not None}
    return need_dict(services.need_update(need=need, by=request.user, **changes))


@router.post("/needs/{need_id}/cancel", response={200: NeedOut, **ERRORS})
def need_cancel(request: HttpRequest, need_id: Id, payload: ReasonIn) -> dict[str, Any]:
    need = _visible_need(request, need_id)
    return need_dict(services.need_cancel(need=need, reason=payload.reason, by=request.user))


class MessageIn(Schema):
    text: Annotated[str, text(300)]


class MessageOut(Schema):
    id: int
    recipients: int = Field(description="members holding the need (confirmed and waitlisted)")
    texted: int = Field(description="of them, those also sent a text message (their choice)")


@router.post(
    "/needs/{need_id}/messages",
    response={201: MessageOut, 429: ErrorOut, **ERRORS},
    summary="The need's community admins message everyone holding it (bell, and SMS to those "
    "who chose it)",
    description="At most 5 an hour per need (`429`).",
)
def need_message(request: HttpRequest, need_id: Id, payload: MessageIn) -> Status[Any]:
    need = _visible_need(request, need_id)
    sent = services.need_message(need=need, text=payload.text, by=request.user)
    return Status(201, {"id": sent.pk, "recipients": sent.recipients, "texted": sent.texted})


@router.post(
    "/needs/{need_id}/claims",
    response={201: ClaimOut, **ERRORS},
    summary="A member claims a place (confirmed, or waitlisted when full)",
)
def claim_create(request: HttpRequest, need_id: Id) -> Status[dict[str, Any]]:
    member = _member_of(request)
    # The service reads the need under its lock and decides who may claim (403 otherwise; an
    # unknown need is 404): a member claims for themselves, so nothing else is read first.
    claim = services.claim_create(need=Need(pk=need_id), member=member, by=request.user)
    return Status(201, claim_dict(claim))


@router.post(
    "/needs/{need_id}/dispatch",
    response={201: DispatchOut, **ERRORS},
    summary="The ordered unit's admin dispatches members (all or none)",
)
def need_dispatch(request: HttpRequest, need_id: Id, payload: DispatchIn) -> Status[Any]:
    need = _visible_need(request, need_id)
    members = list(Member.objects.filter(pk__in=payload.members).select_related("branch"))
    missing = set(payload.members) - {m.pk for m in members}
    if missing:
        raise InvalidInput(
            _("Unknown members: %(ids)s.") % {"ids": ", ".join(map(str, missing))},
            fields={"members": _("Unknown member ids.")},
        )
    if len(payload.members) != len(set(payload.members)):
        raise InvalidInput(_("A member is listed twice."), fields={"members": _("Duplicates.")})
    claims = services.claims_dispatch(need=need, members=members, by=request.user)
    return Status(201, {"claims": [claim_dict(c) for c in claims]})


def _claim(request: HttpRequest, claim_id: Id) -> Claim:
    claim = get_object_or_404(
        Claim.objects.select_related("need", "need__community", "member"), pk=claim_id
    )
    scope = member_access.scope_of(request.user)
    if scope.member_id != claim.member_id and not access.can_view_need(request.user, claim.need):
        raise Http404
    return claim


@router.post("/claims/{claim_id}/cancel", response={200: ClaimOut, **ERRORS})
def claim_cancel(request: HttpRequest, claim_id: Id) -> dict[str, Any]:
    claim = _claim(request, claim_id)
    return claim_dict(services.claim_cancel(claim=claim, by=request.user))


@router.get(
    "/needs/{need_id}/site-code",
    response={200: SiteCodeOut, **ERRORS},
    summary="The signed, expiring payload of the site QR code",
)
def site_code(request: HttpRequest, need_id: Id) -> dict[str, Any]:
    need = _visible_need(request, need_id)
    token, expires_at = service_services.site_code_issue(need=need, by=request.user)
    return {"token": token, "expires_at": expires_at}


@router.post(
    "/scans",
    response={200: ScanOut, **ERRORS},
    summary="A member scans a site code: sign in, or collect the accepted hours",
)
def scan(request: HttpRequest, payload: ScanIn) -> dict[str, Any]:
    # The hot path of a burst on site: the member id came with the token's user.
    member_id = getattr(request.user, "jinlin_member_id", None)
    if member_id is None:
        raise NotAllowed(_("Only members do this."))
    return service_services.scan_by(token=payload.token, member_id=member_id, need_id=payload.need)


@router.post(
    "/claims/{claim_id}/accept",
    response={200: DecisionOut, **ERRORS},
    summary="The need's community admin accepts the work",
)
def claim_accept(request: HttpRequest, claim_id: Id, payload: AcceptIn) -> dict[str, Any]:
    claim = _claim(request, claim_id)
    service_services.claim_accept(
        claim=claim,
        hours=payload.hours,
        outcomes=payload.outcomes,
        note=payload.note,
        by=request.user,
    )
    return {"id": claim.pk, "status": Attendance.Decision.ACCEPTED}


def _outcomes_dict(need: Need) -> dict[str, Any]:
    from jinlin.needs.models import METRICS
    from jinlin.service.outcomes import activity_outcomes

    recorded = activity_outcomes(need)
    return {
        "need": need.pk,
        "outcomes": [
            {"metric": key, "label": str(METRICS[key][0]), "unit": str(METRICS[key][1]),
             "count": row.count, "from_shares": row.from_shares}
            for key, row in sorted(recorded.items())
            if key in METRICS
        ],
    }  # fmt: skip


@router.get(
    "/needs/{need_id}/outcomes",
    response={200: OutcomesOut, **ERRORS},
    summary="The activity's outcomes (成效), one count per outcome for the whole activity",
)
def outcomes_get(request: HttpRequest, need_id: Id) -> dict[str, Any]:
    return _outcomes_dict(_visible_need(request, need_id))


@router.put(
    "/needs/{need_id}/outcomes",
    response={200: OutcomesOut, **ERRORS},
    summary="The need's community admin records the activity's outcomes as its totals",
    description=(
        "Recorded once for the activity (清理出杂物28车), not per participant. A per-claim "
        "`outcomes` sent with an acceptance is that member's share: until the activity's total "
        "is recorded here the shares' sum stands in for it; once it is, shares never change it."
    ),
)
def outcomes_put(request: HttpRequest, need_id: Id, payload: OutcomesIn) -> dict[str, Any]:
    from jinlin.service.outcomes import activity_outcomes_set

    need = _visible_need(request, need_id)
    activity_outcomes_set(need=need, outcomes=payload.outcomes, by=request.user)
    return _outcomes_dict(need)


@router.post("/claims/{claim_id}/reject", response={200: DecisionOut, **ERRORS})
def claim_reject(request: HttpRequest, claim_id: Id, payload: ReasonIn) -> dict[str, Any]:
    claim = _claim(request, claim_id)
    service_services.claim_reject(claim=claim, reason=payload.reason, by=request.user)
    return {"id": claim.pk, "status": Attendance.Decision.REJECTED}


@router.post("/claims/{claim_id}/absent", response={200: DecisionOut, **ERRORS})
def claim_absent(request: HttpRequest, claim_id: Id) -> dict[str, Any]:
    claim = _claim(request, claim_id)
    service_services.claim_mark_absent(claim=claim, by=request.user)
    return {"id": claim.pk, "status": Claim.Status.ABSENT}


@router.get("/me/claims", response={200: list[ClaimOut], **ERRORS})
def my_claims(request: HttpRequest) -> list[dict[str, Any]]:
    member = _member_of(request)
    return [claim_dict(c) for c in Claim.objects.filter(member=member).order_by("-id")[:200]]


class CalendarOut(Schema):
    url: str | None = Field(description="the private calendar address, or null when none")


def _calendar_url(request: HttpRequest, feed: Any) -> str | None:
    from django.urls import reverse

    from jinlin.core.site import public_url

    return public_url(reverse("calendar-feed", args=[feed.secret]), request) if feed else None


@router.get(
    "/me/calendar",
    response={200: CalendarOut, **ERRORS},
    summary="The caller's private calendar address (.ics of their claims), if they made one",
)
def my_calendar(request: HttpRequest) -> dict[str, Any]:
    from jinlin.needs.calendar import feed_of

    return {"url": _calendar_url(request, feed_of(_member_of(request)))}


@router.post(
    "/me/calendar",
    response={201: CalendarOut, **ERRORS},
    summary="Make (or renew) the caller's private calendar address; an older one stops",
)
def my_calendar_renew(request: HttpRequest) -> Status[Any]:
    from jinlin.needs.calendar import feed_renew

    return Status(201, {"url": _calendar_url(request, feed_renew(member=_member_of(request)))})


@router.delete(
    "/me/calendar",
    response={204: None, **ERRORS},
    summary="End the caller's private calendar address",
)
def my_calendar_end(request: HttpRequest) -> Status[None]:
    from jinlin.needs.calendar import feed_end

    feed_end(member=_member_of(request))
    return Status(204, None)


@router.get(
    "/me/service-records",
    response={200: RecordsOut, **ERRORS},
    summary="The member's hours: the total and the ledger rows",
)
def my_records(
    request: HttpRequest, page: PageNumber = 1, page_size: PageSize = 50
) -> dict[str, Any]:
    member = _member_of(request)
    rows = ServiceRecord.objects.filter(member=member).order_by("-id")
    total = rows.aggregate(total=Sum("hours"))["total"] or 0
    body = page_of(
        rows,
        page=page,
        page_size=page_size,
        serialize=lambda r: {
            "id": r.pk,
            "need": r.need_id,
            "activity": r.activity_name,
            "date": r.activity_date,
            "hours": float(r.hours),
            "kind": r.kind,
            "created_at": r.created_at,
        },
    )
    return {"total_hours": float(total), **body}
