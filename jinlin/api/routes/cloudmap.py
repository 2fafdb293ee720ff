"""党群云图 and the rebalancer."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.http import HttpRequest
from ninja import Query, Router, Schema

from jinlin.api.routes.accounts import ErrorOut
from jinlin.cloudmap import selectors
from jinlin.cloudmap.indicators import SCORE_FORMULA, community_indicators

router = Router(tags=["cloudmap"])


class IndicatorsOut(Schema):
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


class CommunityIndicatorsOut(Schema):
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
    communities = list(selectors.communities_visible(request.user))
    period = selectors.period_of(date_from, date_to)
    indicators = community_indicators(communities, period)
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
    }
