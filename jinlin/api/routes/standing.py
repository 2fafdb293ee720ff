"""三单制 and standing service: residents' requests, service reports, posts and wishes."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from ninja import Router, Schema, Status
from pydantic import Field

from jinlin.api.pagination import page_of
from jinlin.api.routes.accounts import ErrorOut
from jinlin.api.security import OptionalBearerAuth
from jinlin.api.types import Hours, Id, PageNumber, PageSize, Slots, Stars, one_of, text
from jinlin.core.errors import InvalidInput, NotAllowed
from jinlin.members import access as member_access
from jinlin.members.auth import client_address
from jinlin.members.models import Member, RoleAssignment
from jinlin.needs.access import claimable_community_ids
from jinlin.organizations.models import Organization
from jinlin.posts import services as post_services
from jinlin.posts.models import Application, Post
from jinlin.residents import services as resident_services
from jinlin.residents.models import ResidentRequest, Wish
from jinlin.service import services as service_services
from jinlin.service.models import ServiceReport

router = Router(tags=["requests, reports, posts and wishes"])
ERRORS: dict[int, Any] = {
    400: ErrorOut,
    401: ErrorOut,
    403: ErrorOut,
    404: ErrorOut,
    409: ErrorOut,
    429: ErrorOut,
}
Role = RoleAssignment.Role


def _member(request: HttpRequest) -> Member:
    member_id = member_access.member_id_of(request.user)
    if member_id is None:
        raise NotAllowed(_("Only members do this."))
    return Member.objects.select_related("community", "branch").get(pk=member_id)


def _signed_in(request: HttpRequest) -> bool:
    return bool(getattr(request.user, "is_authenticated", False))


# Residents' requests -------------------------------------------------------------------------


class PhoneCodeIn(Schema):
    phone: Annotated[str, text(30)]


class PhoneCodeOut(Schema):
    phone: str
    expires_in: int


class RequestIn(Schema):
    community: Id
    title: Annotated[str, text(100)]
    place: Annotated[str, text(200)]
    details: str = ""
    wanted_on: dt.date | None = None
    name: str = ""
    phone: str = ""
    code: str = ""
    minor: bool = Field(False, description="the resident is under 14: a guardian must consent")
    guardian_name: str = Field("", max_length=50)
    guardian_phone: str = Field("", max_length=20)
    guardian_code: str = Field(
        "", max_length=6, description="a code sent to the guardian's phone (POST /phone-codes)"
    )


class RequestOut(Schema):
    id: int
    community: int
    title: str
    details: str
    place: str
    wanted_on: dt.date | None
    status: str
    status_label: str
    need: int | None
    merged_into: int | None
    decline_reason: str
    requester: str
    rating: int | None
    can_rate: bool
    created_at: dt.datetime
    tracking_token: str | None = None
    minor: bool = False
    guardian_consent: bool = Field(
        True, description="false while a resident under 14 waits for their guardian's consent"
    )


class RequestAcceptIn(Schema):
    title: str | None = None
    place: str | None = None
    starts_at: dt.datetime | None = None
    ends_at: dt.datetime | None = None
    slots: Slots | None = None


class AcceptOut(Schema):
    id: int
    status: str
    need: int


class DecisionReasonIn(Schema):
    reason: str


class MergeIn(Schema):
    into: Id


class RatingIn(Schema):
    stars: Stars
    comment: str = ""
    token: str = ""


class RatingOut(Schema):
    request: int
    need: int
    stars: int
    comment: str


def request_dict(item: ResidentRequest, *, with_token: bool = False) -> dict[str, Any]:
    rating = getattr(item, "rating", None) if hasattr(item, "rating") else None
    return {
        "id": item.pk,
        "community": item.community_id,
        "title": item.title,
        "details": item.details,
        "place": item.place,
        "wanted_on": item.wanted_on,
        "status": item.status,
        "status_label": str(item.get_status_display()),
        "need": item.need_id or (item.merged_into.need_id if item.merged_into else None),
        "merged_into": item.merged_into_id,
        "decline_reason": item.decline_reason,
        "requester": item.masked_requester,
        "rating": rating.stars if rating else None,
        "can_rate": rating is None and resident_services.request_served(item),
        "created_at": item.created_at,
        "tracking_token": item.tracking_token if with_token else None,
        "minor": item.minor,
        "guardian_consent": not item.minor or item.guardian_consent_at is not None,
    }


def _request_for(request: HttpRequest, request_id: Id, token: str = "") -> tuple[Any, bool]:
    """The request, if the caller is its resident (account or tracking token) or may read
    the community's requests; and whether they are its resident."""
    item = get_object_or_404(
        ResidentRequest.objects.select_related("merged_into", "rating"), pk=request_id
    )
    own = bool(token) and token == item.tracking_token
    if _signed_in(request) and item.requester_user_id == request.user.pk:
        own = True
    if own:
        return item, True
    if _signed_in(request):
        scope = member_access.scope_of(request.user)
        visible = ResidentRequest.objects.filter(
            scope.org_q("community", member_access.READ_ROLES), pk=item.pk
        )
        if scope.can_read_tree and visible.exists():
            return item, False
    raise Http404


@router.post(
    "/phone-codes",
    auth=None,
    response={202: PhoneCodeOut, 503: ErrorOut, **ERRORS},
    summary="Send a one-time code to a resident's phone (one a minute, five an hour)",
    description="`503` `sms_unavailable` when the site has no text-message gateway.",
)
def phone_code_send(request: HttpRequest, payload: PhoneCodeIn) -> Status[Any]:
    resident_services.phone_code_send(phone=payload.phone, client=client_address(request))
    return Status(
        202,
        {
            "phone": payload.phone.replace(" ", ""),
            "expires_in": int(resident_services.CODE_TTL.total_seconds()),
        },
    )


@router.post(
    "/requests",
    auth=OptionalBearerAuth(),
    response={201: RequestOut, **ERRORS},
    summary="居民点单: a resident asks their community (signed in, or phone + one-time code)",
)
def request_create(request: HttpRequest, payload: RequestIn) -> Status[Any]:
    member = None
    if _signed_in(request):
        member_id = member_access.member_id_of(request.user)
        member = Member.objects.filter(pk=member_id).first() if member_id else None
    if member is not None and member.phone and not payload.code:
        phone = member.phone
    else:
        if not payload.phone or not payload.code:
            raise InvalidInput(
                _("Confirm the phone: send it with the one-time code (POST /phone-codes)."),
                fields={"code": _("Required.")},
            )
        phone = resident_services.phone_code_verify(phone=payload.phone, code=payload.code)
    community = Organization.objects.filter(
        pk=payload.community, kind=Organization.Kind.COMMUNITY
    ).first()
    if community is None:
        raise InvalidInput(
            _("Choose your community."), fields={"community": _("No such community.")}
        )
    item = resident_services.request_submit(
        community=community,
        title=payload.title,
        place=payload.place,
        details=payload.details,
        wanted_on=payload.wanted_on,
        name=payload.name or (member.name if member else ""),
        phone=phone,
        user=request.user if _signed_in(request) else None,
        minor=payload.minor,
        guardian_name=payload.guardian_name,
        guardian_phone=payload.guardian_phone,
        guardian_code=payload.guardian_code,
    )
    return Status(201, request_dict(item, with_token=True))


@router.post(
    "/requests/{request_id}/guardian-consent",
    response={200: RequestOut, **ERRORS},
    summary="The community's admin records a guardian's consent for a resident under 14",
)
def request_guardian_consent(request: HttpRequest, request_id: Id) -> dict[str, Any]:
    item, _own = _request_for(request, request_id)
    return request_dict(resident_services.request_guardian_consent(request=item, by=request.user))


@router.get(
    "/requests/{request_id}",
    auth=OptionalBearerAuth(),
    response={200: RequestOut, **ERRORS},
    summary="A request: for its resident (account or ?token=) and the community's readers",
)
def request_get(request: HttpRequest, request_id: Id, token: str = "") -> dict[str, Any]:
    item, own = _request_for(request, request_id, token)
    return request_dict(item, with_token=own)


@router.post(
    "/requests/{request_id}/accept",
    response={201: AcceptOut, **ERRORS},
    summary="社区下单: the community admin publishes a need for the request (prefilled)",
)
def request_accept(
    request: HttpRequest, request_id: Id, payload: RequestAcceptIn | None = None
) -> Status[Any]:
    item, _own = _request_for(request, request_id)
    changes = {k: v for k, v in (payload.dict() if payload else {}).items() if v is not None}
    need = resident_services.request_accept(request=item, by=request.user, **changes)
    return Status(201, {"id": item.pk, "status": ResidentRequest.Status.ACCEPTED, "need": need.pk})


@router.post("/requests/{request_id}/decline", response={200: RequestOut, **ERRORS})
def request_decline(
    request: HttpRequest, request_id: Id, payload: DecisionReasonIn
) -> dict[str, Any]:
    item, _own = _request_for(request, request_id)
    return request_dict(
        resident_services.request_decline(request=item, reason=payload.reason, by=request.user)
    )


@router.post("/requests/{request_id}/merge", response={200: RequestOut, **ERRORS})
def request_merge(request: HttpRequest, request_id: Id, payload: MergeIn) -> dict[str, Any]:
    item, _own = _request_for(request, request_id)
    into = ResidentRequest.objects.filter(pk=payload.into).first()
    if into is None:
        raise InvalidInput(_("No such request."), fields={"into": _("No such request.")})
    return request_dict(resident_services.request_merge(request=item, into=into, by=request.user))


@router.post(
    "/requests/{request_id}/rating",
    auth=OptionalBearerAuth(),
    response={201: RatingOut, **ERRORS},
    summary="The resident rates the service once it was done (1–5 stars)",
)
def request_rate(request: HttpRequest, request_id: Id, payload: RatingIn) -> Status[Any]:
    item, own = _request_for(request, request_id, payload.token)
    if not own:
        raise NotAllowed(_("Only the resident who asked rates the service."))
    rating = resident_services.request_rate(
        request=item, stars=payload.stars, comment=payload.comment
    )
    return Status(
        201,
        {
            "request": item.pk,
            "need": rating.need_id,
            "stars": rating.stars,
            "comment": rating.comment,
        },
    )


# 服务登记 ----------------------------------------------------------------------------------


class ReportIn(Schema):
    date: dt.date
    hours: Hours | None = None
    content: Annotated[str, text(300)]
    served: str = ""
    starts_at: dt.datetime | None = None
    ends_at: dt.datetime | None = None


class ReportOut(Schema):
    id: int
    member: int
    community: int
    date: dt.date
    hours: float
    content: str
    served: str
    status: str
    reason: str
    record: int | None
    created_at: dt.datetime


class ReportPage(Schema):
    count: int
    results: list[ReportOut]


def report_dict(report: ServiceReport) -> dict[str, Any]:
    return {
        "id": report.pk,
        "member": report.member_id,
        "community": report.community_id,
        "date": report.date,
        "hours": float(report.hours),
        "content": report.content,
        "served": report.served,
        "status": report.status,
        "reason": report.reason,
        "record": report.record_id,
        "created_at": report.created_at,
    }


def _reports_visible(request: HttpRequest) -> Any:
    scope = member_access.scope_of(request.user)
    mine = ServiceReport.objects.filter(member_id=scope.member_id or 0)
    if scope.can_read_tree:
        return (
            ServiceReport.objects.filter(scope.org_q("community", member_access.READ_ROLES)) | mine
        )
    return mine


@router.post(
    "/service-reports",
    response={201: ReportOut, **ERRORS},
    summary="服务登记: a member reports service done outside a need (pending until reviewed)",
)
def report_create(request: HttpRequest, payload: ReportIn) -> Status[Any]:
    report = service_services.report_submit(
        member=_member(request),
        date=payload.date,
        hours=payload.hours,
        content=payload.content,
        served=payload.served,
        starts_at=payload.starts_at,
        ends_at=payload.ends_at,
        by=request.user,
    )
    return Status(201, report_dict(report))


@router.get(
    "/service-reports",
    response={200: ReportPage, **ERRORS},
    summary="A member's own reports; the communities' reports for admins in scope",
)
def report_list(
    request: HttpRequest,
    status: Annotated[str, one_of("", "pending", "approved", "rejected")] = "",
    page: PageNumber = 1,
    page_size: PageSize = 50,
) -> dict[str, Any]:
    rows = _reports_visible(request)
    if status:
        _known_status(status, ServiceReport.Status.values)
        rows = rows.filter(status=status)
    return page_of(
        rows.order_by("-date", "-id"), page=page, page_size=page_size, serialize=report_dict
    )


def _known_status(status: str, values: list[str]) -> None:
    if status not in values:
        raise InvalidInput(_("Unknown status."), fields={"status": _("Unknown status.")})


def _report(request: HttpRequest, report_id: Id) -> ServiceReport:
    return get_object_or_404(_reports_visible(request).select_related("community"), pk=report_id)


@router.post(
    "/service-reports/{report_id}/approve",
    response={200: ReportOut, **ERRORS},
    summary="The member's community approves: the hours enter the ledger now",
)
def report_approve(request: HttpRequest, report_id: Id) -> dict[str, Any]:
    report = _report(request, report_id)
    return report_dict(service_services.report_approve(report=report, by=request.user))


@router.post("/service-reports/{report_id}/reject", response={200: ReportOut, **ERRORS})
def report_reject(request: HttpRequest, report_id: Id, payload: DecisionReasonIn) -> dict[str, Any]:
    report = _report(request, report_id)
    return report_dict(
        service_services.report_reject(report=report, reason=payload.reason, by=request.user)
    )


# 岗位认领 ----------------------------------------------------------------------------------


class PostOut(Schema):
    id: int
    community: int
    community_name: str
    title: str
    category: str
    category_label: str
    description: str
    places: int
    taken: int
    skills_wanted: list[str]
    schedule: str
    holders: list[str]


class PostPage(Schema):
    count: int
    results: list[PostOut]


class ApplyIn(Schema):
    note: str = ""


class ApplicationOut(Schema):
    id: int
    post: int
    member: int
    status: str
    note: str


@router.get(
    "/posts",
    auth=OptionalBearerAuth(),
    response={200: PostPage, **ERRORS},
    summary="Open standing posts and who holds them (public)",
)
def post_list(
    request: HttpRequest,
    community: Id | None = None,
    page: PageNumber = 1,
    page_size: PageSize = 50,
) -> dict[str, Any]:
    rows = Post.objects.filter(status=Post.Status.OPEN).select_related("community")
    if community is not None:
        rows = rows.filter(community_id=community)

    def serialize(post: Post) -> dict[str, Any]:
        holders = [
            a.member.name
            for a in post.applications.filter(status__in=Application.HOLDING).select_related(
                "member"
            )
        ]
        return {
            "id": post.pk,
            "community": post.community_id,
            "community_name": post.community.name,
            "title": post.title,
            "category": post.category,
            "category_label": str(post.get_category_display()),
            "description": post.description,
            "places": post.places,
            "taken": len(holders),
            "skills_wanted": post.skills_wanted or [],
            "schedule": post.schedule,
            "holders": holders,
        }

    return page_of(rows.order_by("id"), page=page, page_size=page_size, serialize=serialize)


@router.post(
    "/posts/{post_id}/apply",
    response={201: ApplicationOut, **ERRORS},
    summary="A member applies for a post; the community decides",
)
def post_apply(request: HttpRequest, post_id: Id, payload: ApplyIn | None = None) -> Status[Any]:
    post = get_object_or_404(Post, pk=post_id)
    application = post_services.post_apply(
        post=post, member=_member(request), note=payload.note if payload else "", by=request.user
    )
    return Status(
        201,
        {
            "id": application.pk,
            "post": post.pk,
            "member": application.member_id,
            "status": application.status,
            "note": application.note,
        },
    )


# 微心愿 ------------------------------------------------------------------------------------


class WishOut(Schema):
    id: int
    community: int
    title: str
    story: str
    beneficiary: str
    status: str
    status_label: str
    claimed_by: int | None
    mine: bool


class WishPage(Schema):
    count: int
    results: list[WishOut]


@router.get(
    "/wishes",
    auth=OptionalBearerAuth(),
    response={200: WishPage, **ERRORS},
    summary="Wishes: fulfilled ones for everyone; open ones a member may claim; the "
    "community's for its admins",
)
def wish_list(
    request: HttpRequest,
    status: Annotated[
        str, one_of("", "open", "claimed", "fulfilled", "confirmed", "withdrawn")
    ] = "",
    page: PageNumber = 1,
    page_size: PageSize = 50,
) -> dict[str, Any]:
    if status:
        _known_status(status, Wish.Status.values)
    rows = Wish.objects.filter(status=Wish.Status.CONFIRMED)
    member_id = None
    full: set[int] = set()
    if _signed_in(request):
        scope = member_access.scope_of(request.user)
        member_id = scope.member_id
        if member_id:
            member = Member.objects.select_related("branch").get(pk=member_id)
            rows = rows | Wish.objects.filter(
                status=Wish.Status.OPEN, community_id__in=claimable_community_ids(member)
            )
            rows = rows | Wish.objects.filter(claimed_by_id=member_id)
        if scope.can_read_tree:
            rows = rows | Wish.objects.filter(scope.org_q("community", member_access.READ_ROLES))
            full = set(scope.community_admin_ids)
    if status:
        rows = rows.filter(status=status)

    def serialize(wish: Wish) -> dict[str, Any]:
        return {
            "id": wish.pk,
            "community": wish.community_id,
            "title": wish.title,
            "story": wish.story,
            "beneficiary": wish.beneficiary
            if wish.community_id in full
            else wish.masked_beneficiary,
            "status": wish.status,
            "status_label": str(wish.get_status_display()),
            "claimed_by": wish.claimed_by_id,
            "mine": member_id is not None and wish.claimed_by_id == member_id,
        }

    return page_of(
        rows.distinct().order_by("-id"), page=page, page_size=page_size, serialize=serialize
    )


@router.post(
    "/wishes/{wish_id}/claim",
    response={200: WishOut, **ERRORS},
    summary="A member takes a wish (one member per wish; the second is told it is taken)",
)
def wish_claim(request: HttpRequest, wish_id: Id) -> dict[str, Any]:
    wish = get_object_or_404(Wish, pk=wish_id)
    member = _member(request)
    wish = resident_services.wish_claim(wish=wish, member=member, by=request.user)
    return {
        "id": wish.pk,
        "community": wish.community_id,
        "title": wish.title,
        "story": wish.story,
        "beneficiary": wish.masked_beneficiary,
        "status": wish.status,
        "status_label": str(wish.get_status_display()),
        "claimed_by": wish.claimed_by_id,
        "mine": True,
    }
