"""异议: a member disputes a record of their service; the recording community answers."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated, Any

from django.http import Http404, HttpRequest
from django.utils.translation import gettext as _
from ninja import Query, Router, Schema, Status
from pydantic import Field

from jinlin.api.pagination import page_of
from jinlin.api.routes.accounts import ErrorOut
from jinlin.api.types import Id, PageNumber, PageSize, one_of, text
from jinlin.core.errors import NotAllowed
from jinlin.members import access as member_access
from jinlin.members.models import Member
from jinlin.service import disputes
from jinlin.service.models import Dispute, ServiceRecord

router = Router(tags=["records and certificates"])
ERRORS: dict[int, Any] = {400: ErrorOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut}
Hours = Annotated[Decimal, Field(gt=0, le=24, decimal_places=2)]


class DisputeIn(Schema):
    reason: Annotated[str, text(500)]
    hours: Hours | None = None


class DisputeCreated(Schema):
    id: int
    status: str


class DisputeOut(Schema):
    id: int
    record: int | None
    member: int
    reason: str
    hours: float | None
    status: str
    created_at: dt.datetime


class DisputePage(Schema):
    count: int
    results: list[DisputeOut]


class ResolveIn(Schema):
    decision: Annotated[str, one_of("corrected", "refused")]
    reason: Annotated[str, text(500)]
    hours: Hours | None = None


def _dispute_dict(d: Dispute) -> dict[str, Any]:
    return {"id": d.pk, "record": d.record_id, "member": d.member_id, "reason": d.reason,
            "hours": float(d.hours) if d.hours is not None else None, "status": d.status,
            "created_at": d.created_at}  # fmt: skip


@router.post(
    "/service-records/{record_id}/disputes",
    response={201: DisputeCreated, **ERRORS},
    summary="The record's member disputes it; the recording community answers",
)
def dispute_create(request: HttpRequest, record_id: Id, payload: DisputeIn) -> Status[Any]:
    member_id = member_access.member_id_of(request.user)
    record = ServiceRecord.objects.filter(pk=record_id).first()
    if member_id is None or record is None or record.member_id != member_id:
        raise Http404  # someone else's record is as good as none
    dispute = disputes.dispute_raise(
        member=Member.objects.get(pk=member_id), record=record, reason=payload.reason,
        hours=payload.hours,
    )  # fmt: skip
    return Status(201, {"id": dispute.pk, "status": dispute.status})


@router.get(
    "/disputes",
    response={200: DisputePage, **ERRORS},
    summary="Disputes the caller's communities answer",
)
def dispute_list(
    request: HttpRequest,
    status: Annotated[str, one_of("", "open", "corrected", "refused")] = "",
    page: PageNumber = 1,
    page_size: PageSize = 50,
) -> dict[str, Any]:
    if not member_access.scope_of(request.user).community_admin_ids and not (
        member_access.scope_of(request.user).superuser
    ):
        raise NotAllowed(_("Only community admins answer disputes."))
    rows = disputes.disputes_visible(request.user)
    if status:
        rows = rows.filter(status=status)
    return page_of(rows.order_by("-created_at", "-id"), page=page, page_size=page_size,
                   serialize=_dispute_dict)  # fmt: skip


@router.post(
    "/disputes/{dispute_id}/resolve",
    response={200: DisputeCreated, **ERRORS},
    summary="The recording community corrects the record or refuses, with reasons",
)
def dispute_resolve(request: HttpRequest, dispute_id: Id, payload: ResolveIn) -> dict[str, Any]:
    dispute = disputes.disputes_visible(request.user).filter(pk=dispute_id).first()
    if dispute is None:
        raise Http404
    done = disputes.dispute_resolve(
        dispute=dispute, decision=payload.decision, reason=payload.reason, hours=payload.hours,
        by=request.user,
    )  # fmt: skip
    return {"id": done.pk, "status": done.status}


# People's rights over their data -----------------------------------------------------------


class MyData(Schema):
    profile: dict[str, Any]
    registrations: list[dict[str, Any]]
    claims: list[dict[str, Any]]
    service_records: list[dict[str, Any]]
    certificates: list[dict[str, Any]]
    disputes: list[dict[str, Any]]
    notifications: list[dict[str, Any]] = Field(
        description="Each notice as held (`message` in the source language, `params`) and as "
        "read (`text`, in the caller's language)"
    )
    consents: list[dict[str, Any]]
    certificate_applications: list[dict[str, Any]] = Field(
        default_factory=list, description="Applications for certificates and their answers"
    )
    file_entries: list[dict[str, Any]] = Field(
        default_factory=list, description="The volunteer file: trainings, awards, complaints"
    )


class FileEntryOut(Schema):
    id: int
    kind: str
    title: str
    by: str
    date: dt.date
    hours: Decimal | None
    handling: str
    handled_at: dt.datetime | None
    recorded_by: str


class RatingsOut(Schema):
    count: int
    average: float | None


class EvaluationOut(Schema):
    year: int
    by: str
    grade: str
    comment: str


class VolunteerFileOut(Schema):
    trainings: list[FileEntryOut]
    training_hours: Decimal
    awards: list[FileEntryOut]
    evaluations: list[EvaluationOut]
    ratings: RatingsOut = Field(
        description="Residents' stars for the services the member took part in"
    )
    complaints: list[FileEntryOut]


class FileEntryIn(Schema):
    kind: Annotated[str, one_of("training", "award", "complaint")]
    title: Annotated[str, text(200)]
    by_whom: str = Field("", max_length=100, description="Who held, gave or made it")
    date: dt.date
    hours: Decimal | None = Field(None, gt=0, le=1000, description="Trainings only")
    handling: str = Field("", max_length=300, description="Complaints only: how it was handled")


class DeleteIn(Schema):
    password: Annotated[str, Field(max_length=200)]


class DeletedOut(Schema):
    deleted: bool


def _own(request: HttpRequest) -> Member:
    member_id = member_access.member_id_of(request.user)
    if member_id is None:
        raise NotAllowed(_("Your account is not linked to a member record."))
    return Member.objects.select_related("branch", "community", "user").get(pk=member_id)


@router.get(
    "/me/data",
    response={200: MyData, **ERRORS},
    summary="Everything Jinlin holds about the caller (个人信息保护法 art. 45)",
)
def my_data(request: HttpRequest) -> dict[str, Any]:
    from jinlin.members.privacy import member_data

    return member_data(_own(request))


@router.post(
    "/me/delete",
    response={200: DeletedOut, **ERRORS},
    summary="End the caller's account: the person is anonymised, every token revoked; the "
    "ledger keeps its rows under the volunteer number",
)
def my_delete(request: HttpRequest, payload: DeleteIn) -> dict[str, Any]:
    from jinlin.members.privacy import member_erase

    member_erase(member=_own(request), by=request.user, password=payload.password)
    return {"deleted": True}


# The audit log -------------------------------------------------------------------------------


class AuditOut(Schema):
    at: dt.datetime
    actor: str
    ip: str
    action: str
    object: str
    result: str


class AuditPage(Schema):
    count: int
    results: list[AuditOut]


@router.get(
    "/audit-events",
    response={200: AuditPage, **ERRORS},
    summary="The audit log, for the district's administrators only",
)
def audit_events(
    request: HttpRequest,
    action: Annotated[str, Field(max_length=40)] = "",
    actor: Annotated[str, Field(max_length=150)] = "",
    start: dt.date | None = Query(None, alias="from"),  # noqa: B008
    end: dt.date | None = Query(None, alias="to"),  # noqa: B008
    page: PageNumber = 1,
    page_size: PageSize = 50,
) -> dict[str, Any]:
    from jinlin.audit.views import can_read_audit, filtered

    if not can_read_audit(request.user):
        raise NotAllowed(_("Only the district's administrators read the audit log."))
    from jinlin.core.http import parse_day

    rows = filtered(action, actor, parse_day(start, "from"), parse_day(end, "to"))
    return page_of(rows, page=page, page_size=page_size, serialize=lambda e: {
        "at": e.at, "actor": e.actor_name, "ip": e.ip, "action": e.action, "object": e.object,
        "result": e.result,
    })  # fmt: skip


@router.get(
    "/me/file",
    response={200: VolunteerFileOut, **ERRORS},
    summary="The caller's volunteer file: trainings, awards, evaluations, complaints",
)
def my_file(request: HttpRequest) -> dict[str, Any]:
    from jinlin.members.file import member_file

    return member_file(_own(request))


def _reachable_member(request: HttpRequest, member_id: int) -> Member:
    member = (
        member_access.members_visible(request.user)
        .select_related("branch", "community")
        .filter(pk=member_id)
        .first()
    )
    if member is None:
        raise Http404
    return member


@router.get(
    "/members/{member_id}/file",
    response={200: VolunteerFileOut, **ERRORS},
    summary="A member's volunteer file, for the admins and supervisors who reach them",
)
def member_file(request: HttpRequest, member_id: Id) -> dict[str, Any]:
    from jinlin.members.file import member_file as file_of

    member = _reachable_member(request, member_id)
    if not member_access.scope_of(request.user).can_read_tree:
        raise NotAllowed(_("Only admins and supervisors read others' files."))
    return file_of(member)


@router.post(
    "/members/{member_id}/file-entries",
    response={201: FileEntryOut, **ERRORS},
    summary="Record a training, an award or a complaint in a member's volunteer file",
)
def file_entry_create(request: HttpRequest, member_id: Id, payload: FileEntryIn) -> Status[Any]:
    from jinlin.members.file import entry_dict, entry_record

    member = _reachable_member(request, member_id)
    entry = entry_record(member=member, by=request.user, **payload.dict())
    return Status(201, entry_dict(entry))


class ApplicationIn(Schema):
    start: dt.date = Field(alias="from")
    end: dt.date = Field(alias="to")
    purpose: str = Field("", max_length=100, description="What the certificate is for")


class ApplicationOut(Schema):
    id: int
    member: str
    volunteer_no: str
    issuer: str
    start: dt.date = Field(serialization_alias="from")
    end: dt.date = Field(serialization_alias="to")
    purpose: str
    status: str
    reason: str
    certificate: str | None
    applied_at: dt.datetime


class DecisionIn(Schema):
    decision: Annotated[str, one_of("issue", "refuse")]
    reason: str = Field("", max_length=300)


def _application(a: Any) -> dict[str, Any]:
    return {
        "id": a.pk, "member": a.member.name, "volunteer_no": a.member.volunteer_no,
        "issuer": a.issuer.name, "start": a.start, "end": a.end, "purpose": a.purpose,
        "status": a.status, "reason": a.reason,
        "certificate": a.certificate.number if a.certificate_id else None,
        "applied_at": a.applied_at,
    }  # fmt: skip


@router.post(
    "/me/certificate-applications",
    response={201: ApplicationOut, **ERRORS},
    summary="Apply for a volunteer service certificate of a period (民政部令第67号)",
    by_alias=True,
)
def certificate_apply(request: HttpRequest, payload: ApplicationIn) -> Status[Any]:
    from jinlin.cloudmap.indicators import Period
    from jinlin.reports.applications import certificate_apply as apply

    application = apply(member=_own(request), period=Period(payload.start, payload.end),
                        purpose=payload.purpose)  # fmt: skip
    return Status(201, _application(application))


@router.get(
    "/me/certificate-applications",
    response={200: list[ApplicationOut], **ERRORS},
    summary="The caller's certificate applications, newest first",
    by_alias=True,
)
def my_certificate_applications(request: HttpRequest) -> list[dict[str, Any]]:
    from jinlin.reports.models import CertificateApplication

    rows = CertificateApplication.objects.filter(member=_own(request)).select_related(
        "member", "issuer", "certificate"
    )
    return [_application(a) for a in rows[:200]]


@router.get(
    "/certificate-applications",
    response={200: list[ApplicationOut], **ERRORS},
    summary="Applications to the communities the caller administers",
    by_alias=True,
)
def certificate_applications(
    request: HttpRequest,
    status: Annotated[str, one_of("", "applied", "issued", "refused")] = "",
) -> list[dict[str, Any]]:
    from jinlin.reports.applications import applications_visible

    if status not in ("", "applied", "issued", "refused"):
        from jinlin.core.errors import InvalidInput

        raise InvalidInput(_("Unknown status."), fields={"status": _("Unknown status.")})
    rows = applications_visible(request.user).select_related("member", "issuer", "certificate")
    if status:
        rows = rows.filter(status=status)
    return [_application(a) for a in rows[:500]]


@router.post(
    "/certificate-applications/{application_id}/decide",
    response={200: ApplicationOut, **ERRORS},
    summary="Issue the certificate, or refuse it with reasons; the member is told",
    by_alias=True,
)
def certificate_decide(
    request: HttpRequest, application_id: Id, payload: DecisionIn
) -> dict[str, Any]:
    from jinlin.reports.applications import application_decide, applications_visible

    application = applications_visible(request.user).filter(pk=application_id).first()
    if application is None:
        raise Http404
    answered = application_decide(application=application, by=request.user,
                                  decision=payload.decision, reason=payload.reason)  # fmt: skip
    return _application(answered)
