"""Problems and their rectification."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext as _
from ninja import Router, Schema, Status

from jinlin.api.pagination import page_of
from jinlin.api.routes.accounts import ErrorOut
from jinlin.api.types import Id, PageNumber, PageSize, one_of, text
from jinlin.core.errors import InvalidInput
from jinlin.members import access as member_access
from jinlin.oversight import access, selectors, services
from jinlin.oversight.models import Problem

router = Router(tags=["oversight"])
ERRORS: dict[int, Any] = {400: ErrorOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut}


class ProblemIn(Schema):
    organization: Id
    title: Annotated[str, text(100)]
    source: Annotated[str, one_of("round", "self")]
    severity: Annotated[str, one_of("low", "medium", "high")] = "medium"
    deadline: dt.date
    description: str = ""


class ProblemOut(Schema):
    id: int
    organization: int
    title: str
    source: str
    severity: str
    deadline: dt.date
    status: str
    overdue: bool
    escalated: bool
    reopen_count: int
    created_at: dt.datetime
    closed_at: dt.datetime | None


class ProblemPage(Schema):
    count: int
    results: list[ProblemOut]


class EvidenceIn(Schema):
    evidence: str


class CommentIn(Schema):
    comment: str = ""


class UnfixedIn(Schema):
    reason: str
    comment: str = ""


def problem_dict(problem: Problem) -> dict[str, Any]:
    return {
        "id": problem.pk,
        "organization": problem.organization_id,
        "title": problem.title,
        "source": problem.source,
        "severity": problem.severity,
        "deadline": problem.deadline,
        "status": problem.status,
        "overdue": problem.is_overdue(),
        "escalated": problem.escalated_at is not None,
        "reopen_count": problem.reopen_count,
        "created_at": problem.created_at,
        "closed_at": problem.closed_at,
    }


@router.post(
    "/problems",
    response={201: ProblemOut, **ERRORS},
    summary="Record a problem from a round (supervisors) or a self-inspection (admins)",
)
def problem_create(request: HttpRequest, payload: ProblemIn) -> Status[dict[str, Any]]:
    org = member_access.organizations_visible(request.user).filter(pk=payload.organization).first()
    if org is None:
        raise InvalidInput(
            _("That organization is unknown or outside your scope."),
            fields={"organization": _("Unknown or outside your scope.")},
        )
    problem = services.problem_create(
        organization=org,
        title=payload.title,
        source=payload.source,
        severity=payload.severity,
        deadline=payload.deadline,
        description=payload.description,
        by=request.user,
    )
    return Status(201, problem_dict(problem))


@router.get(
    "/problems", response={200: ProblemPage, **ERRORS}, summary="Problems in the caller's scope"
)
def problem_list(
    request: HttpRequest,
    organization: Id | None = None,
    status: Annotated[
        str, one_of("", "open", "in_progress", "submitted", "closed", "closed_unfixed")
    ] = "",
    overdue: bool | None = None,
    page: PageNumber = 1,
    page_size: PageSize = 50,
) -> dict[str, Any]:
    if status and status not in Problem.Status.values:
        raise InvalidInput(_("Unknown status."), fields={"status": _("Unknown status.")})
    rows = selectors.filtered(access.problems_visible(request.user), status=status, overdue=overdue)
    if overdue is False:
        rows = rows.exclude(
            deadline__lt=timezone.localdate(),
            status__in=[s for s in Problem.Status.values if s not in Problem.DONE],
        )
    if organization is not None:
        rows = rows.filter(organization_id=organization)
    return page_of(
        rows.order_by("deadline", "id"), page=page, page_size=page_size, serialize=problem_dict
    )


def _problem(request: HttpRequest, problem_id: Id) -> Problem:
    return get_object_or_404(
        access.problems_visible(request.user).select_related(
            "organization", "organization__parent"
        ),
        pk=problem_id,
    )


@router.get("/problems/{problem_id}", response={200: ProblemOut, **ERRORS})
def problem_get(request: HttpRequest, problem_id: Id) -> dict[str, Any]:
    return problem_dict(_problem(request, problem_id))


@router.post("/problems/{problem_id}/start", response={200: ProblemOut, **ERRORS})
def problem_start(request: HttpRequest, problem_id: Id) -> dict[str, Any]:
    return problem_dict(
        services.problem_start(problem=_problem(request, problem_id), by=request.user)
    )


@router.post("/problems/{problem_id}/submit", response={200: ProblemOut, **ERRORS})
def problem_submit(request: HttpRequest, problem_id: Id, payload: EvidenceIn) -> dict[str, Any]:
    return problem_dict(
        services.problem_submit(
            problem=_problem(request, problem_id), evidence=payload.evidence, by=request.user
        )
    )


@router.post("/problems/{problem_id}/verify", response={200: ProblemOut, **ERRORS})
def problem_verify(
    request: HttpRequest, problem_id: Id, payload: CommentIn | None = None
) -> dict[str, Any]:
    return problem_dict(
        services.problem_verify(
            problem=_problem(request, problem_id),
            comment=payload.comment if payload else "",
            by=request.user,
        )
    )


@router.post("/problems/{problem_id}/reopen", response={200: ProblemOut, **ERRORS})
def problem_reopen(request: HttpRequest, problem_id: Id, payload: CommentIn) -> dict[str, Any]:
    return problem_dict(
        services.problem_reopen(
            problem=_problem(request, problem_id), comment=payload.comment, by=request.user
        )
    )


@router.post("/problems/{problem_id}/close-unfixed", response={200: ProblemOut, **ERRORS})
def problem_close_unfixed(
    request: HttpRequest, problem_id: Id, payload: UnfixedIn
) -> dict[str, Any]:
    return problem_dict(
        services.problem_close_unfixed(
            problem=_problem(request, problem_id),
            reason=payload.reason,
            comment=payload.comment,
            by=request.user,
        )
    )
