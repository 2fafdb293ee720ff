"""党群云图 and the rebalancer."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from ninja import Query, Router, Schema, Status
from pydantic import BaseModel, Field

from jinlin.api.routes.accounts import ErrorOut
from jinlin.api.types import Id
from jinlin.cloudmap import selectors, services
from jinlin.cloudmap.indicators import SCORE_FORMULA
from jinlin.cloudmap.kept import community_figures
from jinlin.cloudmap.models import Proposal
from jinlin.core.errors import InvalidInput
from jinlin.core.replica import replica_reads
from jinlin.organizations.models import Organization

router = Router(tags=["cloudmap"])


# The 3,000 communities of a city are validated as plain pydantic models (a ninja ``Schema``
# reads each value through its attribute getter: 200 ms of the answer); the schema is the same.
class IndicatorsOut(BaseModel):
    registered: int
    partner_units: int
    needs: int
    places: int
    filled: int
    fill_rate: float
    unmet_needs: int
    hours: float
    hours_per_member: float
    entrances: int
    captained: int
    captain_coverage: float
    overdue_visits: int
    open_problems: int
    overdue_problems: int
    shortfall_score: float


class CommunityIndicatorsOut(BaseModel):
    community: int
    name: str
    code: str
    street: int | None
    street_name: str
    indicators: IndicatorsOut
    shortfall: float


class CloudmapOut(Schema):
    period_from: dt.date
    period_to: dt.date
    formula: str
    count: int
    results: list[CommunityIndicatorsOut]
    # When the figures were counted, if they were kept (a reader of more than
    # FIGURES_LIVE_COMMUNITIES communities); null when counted for this answer.
    counted_at: dt.datetime | None = None


@router.get(
    "/cloudmap/communities",
    response={200: CloudmapOut, 400: ErrorOut, 401: ErrorOut, 403: ErrorOut},
    summary="Indicators per community in the caller's scope, for a period",
)
def cloudmap_communities(
    request: HttpRequest,
    date_from: dt.date | None = Query(None, alias="from"),  # noqa: B008
    date_to: dt.date | None = Query(None, alias="to"),  # noqa: B008
) -> dict[str, Any]:
    period = selectors.period_of(date_from, date_to)
    with replica_reads(user_id=request.user.pk):
        communities = selectors.communities_with_streets(request.user)
        indicators, counted_at = community_figures(communities, period)
    results = [
        {
            "community": c.pk,
            "name": c.name,
            "code": c.code,
            "street": c.parent_id,
            "street_name": c.parent.name if c.parent else "",
            "indicators": indicators[c.pk].as_dict(),
            "shortfall": indicators[c.pk].shortfall_score,
        }
        for c in communities
    ]
    return {
        "period_from": period.start,
        "period_to": period.end,
        "formula": str(SCORE_FORMULA),
        "count": len(results),
        "results": results,
        "counted_at": counted_at,
    }


# The rebalancer ----------------------------------------------------------------------------

ERRORS: dict[int, Any] = {400: ErrorOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut}


class ProposalIn(Schema):
    weeks: Annotated[int, Field(ge=1, le=services.MAX_WEEKS)]


class AssignmentIn(Schema):
    unit: Id
    community: Id
    members: Annotated[int, Field(ge=0, le=100_000)]


class AssignmentOut(Schema):
    unit: int
    unit_name: str
    community: int
    community_name: str
    members: int
    distance_m: int
    partnered: bool


class ObjectiveOut(Schema):
    covered: int
    distance: int
    new_partnerships: int


class ProposalOut(Schema):
    id: int
    status: str
    weeks: int
    window_start: dt.datetime
    window_end: dt.datetime
    shortfall_total: int
    spare_total: int
    edited: bool
    objective: ObjectiveOut  # the optimum as solved
    current: ObjectiveOut  # as the assignments stand (after edits)
    assignments: list[AssignmentOut]


class ApprovalOut(Schema):
    id: int
    status: str
    partnerships: list[int]
    needs: list[int]
    unplaced: int


def proposal_dict(proposal: Proposal) -> dict[str, Any]:
    rows = proposal.assignments.select_related("unit", "community")
    return {
        "id": proposal.pk,
        "status": proposal.status,
        "weeks": proposal.weeks,
        "window_start": proposal.window_start,
        "window_end": proposal.window_end,
        "shortfall_total": proposal.shortfall_total,
        "spare_total": proposal.spare_total,
        "edited": proposal.edited,
        "objective": {
            "covered": proposal.covered,
            "distance": proposal.distance_m,
            "new_partnerships": proposal.new_partnerships,
        },
        "current": services.objective_of(proposal),
        "assignments": [
            {
                "unit": a.unit_id,
                "unit_name": a.unit.name,
                "community": a.community_id,
                "community_name": a.community.name,
                "members": a.members,
                "distance_m": a.distance_m,
                "partnered": a.partnered,
            }
            for a in rows
        ],
    }


def _proposal(request: HttpRequest, proposal_id: int) -> Proposal:
    return get_object_or_404(selectors.proposals_visible(request.user), pk=proposal_id)


@router.post(
    "/rebalance/proposals",
    response={201: ProposalOut, **ERRORS},
    summary="The district admin asks for an optimal plan of support for the coming weeks",
)
def proposal_create(request: HttpRequest, payload: ProposalIn) -> Status[Any]:
    district = services.district_of(request.user)
    proposal = services.proposal_create(district=district, weeks=payload.weeks, by=request.user)
    return Status(201, proposal_dict(proposal))


@router.get(
    "/rebalance/proposals/{proposal_id}",
    response={200: ProposalOut, **ERRORS},
    summary="A proposal with its assignments",
)
def proposal_detail(request: HttpRequest, proposal_id: Id) -> dict[str, Any]:
    return proposal_dict(_proposal(request, proposal_id))


@router.post(
    "/rebalance/proposals/{proposal_id}/assignments",
    response={200: ProposalOut, **ERRORS},
    summary="Edit a draft: how many members a unit sends a community (0 removes the pair)",
)
def proposal_edit(request: HttpRequest, proposal_id: Id, payload: AssignmentIn) -> dict[str, Any]:
    proposal = _proposal(request, proposal_id)
    units = Organization.objects.filter(pk=payload.unit)
    communities = Organization.objects.filter(pk=payload.community)
    unit, community = units.first(), communities.first()
    if unit is None or community is None:
        raise InvalidInput(
            _("Unknown unit or community."),
            fields={"unit" if unit is None else "community": _("Unknown id.")},
        )
    services.assignment_set(
        proposal=proposal, unit=unit, community=community, members=payload.members, by=request.user
    )
    return proposal_dict(proposal)


@router.post(
    "/rebalance/proposals/{proposal_id}/approve",
    response={200: ApprovalOut, **ERRORS},
    summary="Approve: partnerships and orders are created, the units told",
)
def proposal_approve(request: HttpRequest, proposal_id: Id) -> dict[str, Any]:
    proposal = services.proposal_approve(proposal=_proposal(request, proposal_id), by=request.user)
    return {
        "id": proposal.pk,
        "status": proposal.status,
        "partnerships": proposal.outcome.get("partnerships", []),
        "needs": proposal.outcome.get("needs", []),
        "unplaced": proposal.outcome.get("unplaced", 0),
    }


# Certificates (public) -----------------------------------------------------------------------


class CertificateCheckOut(Schema):
    valid: bool
    number: str
    kind: str = ""  # certificate (JL…), card (FK…), slip (BD…)
    member: str = ""  # masked: 张*; a unit's name on a unit's slip
    issuer: str = ""
    period_from: dt.date | None = None
    period_to: dt.date | None = None
    hours: float | None = None
    content: str = ""  # a certificate's 服务内容, as printed on it


@router.get(
    "/certificates/verify",
    auth=None,
    response={200: CertificateCheckOut, 400: ErrorOut},
    summary="Check a 志愿服务证明, service card or 报到证 by its number and code (public)",
    tags=["certificates"],
)
def certificate_verify(
    request: HttpRequest,
    number: Annotated[str, Field(min_length=1, max_length=24)],
    code: Annotated[str, Field(min_length=1, max_length=16)],
) -> dict[str, Any]:
    from jinlin.reports.verification import document_verify

    found = document_verify(number, code)
    if found is None:
        return {"valid": False, "number": number}
    return {
        "valid": True,
        "number": found.number,
        "kind": found.kind,
        "member": found.name,
        "issuer": found.issuer,
        "period_from": found.start,
        "period_to": found.end,
        "hours": float(found.hours) if found.hours is not None else None,
        "content": found.content,
    }
