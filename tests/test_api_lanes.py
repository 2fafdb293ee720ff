"""The API's claim lane (``jinlin.api.lanes``): on PostgreSQL a member's claim is answered
before the router, with the answer, headers and metrics the route gives; whatever the lane
cannot answer (refusals, bad tokens, non-members, SQLite) the route answers, unchanged."""

import datetime as dt

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from jinlin.api import lanes
from jinlin.api.security import token_issue, token_revoke
from jinlin.core import request_metrics
from jinlin.needs import fastpath
from jinlin.needs.models import Claim
from tests.api import ApiClient, api_as
from tests.needs_helpers import new_member, publish

ON_POSTGRES = connection.vendor == "postgresql"


@pytest.fixture
def answered(monkeypatch):
    """What the lane answered, call by call (None: left to the route); clients made after
    this fixture use the watched lane."""
    seen = []
    lane = lanes.claim

    def watched(request):
        response = lane(request)
        seen.append(None if response is None else response.status_code)
        return response

    monkeypatch.setattr(lanes, "claim", watched)
    return seen


def _need_on(cast, day, **fields):
    starts = timezone.now().replace(second=0, microsecond=0) + dt.timedelta(days=day)
    return publish(cast, starts_at=starts, ends_at=starts + dt.timedelta(hours=2), **fields)


def _headers(response):
    return {name: value for name, value in response.headers.items() if name != "Date"}


def test_a_claim_through_the_lane_answers_as_the_route_does(cast, settings, answered):
    cache.clear()
    laned = api_as("member")
    assert laned.get("/me").status_code == 200  # the token is warm
    needs = [_need_on(cast, day, slots=1) for day in (2, 4, 6, 8)]
    other = new_member(cast, "林秀英", "13900000417")
    for need in needs[2:]:  # full: the next claim waits
        assert api_token_client(other).post(f"/needs/{need.pk}/claims").status_code == 201
    answered.clear()
    with CaptureQueriesContext(connection) as seen:
        by_lane = [laned.post(f"/needs/{n.pk}/claims") for n in (needs[0], needs[2])]
    statements = [q["sql"] for q in seen.captured_queries]  # before another request resets them
    settings.API_LANES = []
    routed = ApiClient(laned.token)
    by_route = [routed.post(f"/needs/{n.pk}/claims") for n in (needs[1], needs[3])]
    settings.API_LANES = ["jinlin.api.lanes.claim"]
    if not ON_POSTGRES:
        assert answered == [None, None]  # SQLite: the route answers every claim
        assert [r.status_code for r in by_lane] == [201, 201]
        return
    assert answered == [201, 201]
    assert [sql.count(fastpath.CLAIM_FUNCTION) for sql in statements] == [1, 1]
    for lane, route, need_pair, status in zip(
        by_lane, by_route, ((needs[0], needs[1]), (needs[2], needs[3])),
        ("confirmed", "waitlisted"), strict=True,
    ):  # fmt: skip
        assert lane.status_code == route.status_code == 201
        assert _headers(lane) == _headers(route)
        body, routed_body = lane.json(), route.json()
        assert (body["need"], routed_body["need"]) == (need_pair[0].pk, need_pair[1].pk)
        assert body["status"] == routed_body["status"] == status
        assert body["member"] == routed_body["member"] == cast.member.pk
        claim = Claim.objects.get(pk=body["id"])
        assert (claim.need_id, claim.member_id, claim.status) == (need_pair[0].pk,
                                                                  cast.member.pk, status)
        assert list(body) == list(routed_body) == ["id", "need", "member", "status"]


def api_token_client(member):
    return ApiClient(token_issue(user=member.user)[0])


def test_the_lane_is_counted_under_the_routes_name(cast, answered):
    need = _need_on(cast, 2, slots=3)
    member = api_as("member")
    before = dict(request_metrics._counts)
    assert member.post(f"/needs/{need.pk}/claims").status_code == 201
    added = {
        key: count - before.get(key, 0)
        for key, count in request_metrics._counts.items()
        if count != before.get(key, 0)
    }
    route, method, status = next(iter(added)).split("\t")
    assert list(added.values()) == [1]
    assert (route, method, status) == ("api/v1/needs/<need_id>/claims", "POST", "201")
    assert answered == ([201] if ON_POSTGRES else [None])


@pytest.mark.parametrize(
    "case", ["missing", "not_eligible", "held", "order", "ended", "not_a_member", "bad_token"]
)
def test_what_the_lane_does_not_take_the_route_answers(cast, settings, answered, case):
    """Each refusal: the lane writes nothing and leaves it to the route, which answers as it
    does with no lane at all."""
    token = api_as("community" if case == "not_a_member" else "member").token
    if case == "bad_token":
        token = "not-a-token"
    need_id = 999_999
    if case == "not_eligible":
        need_id = publish(cast, community=cast.community2).pk
    elif case == "held":
        need_id = _need_on(cast, 2, slots=2).pk
        assert ApiClient(token).post(f"/needs/{need_id}/claims").status_code == 201
    elif case == "order":
        need_id = publish(cast, mode="order", unit=cast.unit).pk
    elif case == "ended":
        ended = publish(cast)
        ended.ends_at = timezone.now() - dt.timedelta(minutes=1)
        ended.save(update_fields=["ends_at"])
        need_id = ended.pk
    elif case == "not_a_member":
        need_id = _need_on(cast, 2).pk
    claims = Claim.objects.count()
    answered.clear()
    laned = ApiClient(token).post(f"/needs/{need_id}/claims")
    settings.API_LANES = []
    routed = ApiClient(token).post(f"/needs/{need_id}/claims")
    assert answered == [None]
    assert laned.status_code == routed.status_code and laned.status_code in (400, 401, 403, 404,
                                                                              409)
    assert laned.json() == routed.json()
    assert Claim.objects.count() == claims


def test_a_cold_token_and_a_revoked_one(cast, answered):
    """A token's first call is a claim: the lane finds the token by its one query (and warms
    the cache); a revoked token is refused by the route (401)."""
    cache.clear()
    member = api_as("member")
    need = _need_on(cast, 2, slots=3)
    cache.clear()
    first = member.post(f"/needs/{need.pk}/claims")
    assert first.status_code == 201 and first.json()["status"] == "confirmed"
    token_revoke(user=cast.member.user)
    later = member.post(f"/needs/{_need_on(cast, 4).pk}/claims")
    assert later.status_code == 401
    assert answered == ([201, None] if ON_POSTGRES else [None, None])


def test_an_idempotency_key_replays_the_lanes_answer(cast, answered):
    need = _need_on(cast, 2, slots=3)
    member = api_as("member")
    headers = {"HTTP_AUTHORIZATION": f"Bearer {member.token}", "HTTP_IDEMPOTENCY_KEY": "k-1"}
    path = f"/api/v1/needs/{need.pk}/claims"
    first = member.client.post(path, "{}", content_type="application/json", **headers)
    again = member.client.post(path, "{}", content_type="application/json", **headers)
    assert first.status_code == again.status_code == 201
    assert again.content == first.content and again.headers["Idempotent-Replayed"] == "true"
    assert Claim.objects.filter(need=need).count() == 1
    assert answered == ([201] if ON_POSTGRES else [None])  # the replay never reached it


def test_the_lane_answers_only_its_route():
    factory = RequestFactory()
    bearer = {"HTTP_AUTHORIZATION": "Bearer abc"}
    for request in (
        factory.get("/api/v1/needs/1/claims", **bearer),  # the need's claims are listed
        factory.post("/api/v1/needs/01/claims", **bearer),
        factory.post("/api/v1/needs/1/claims/", **bearer),
        factory.post("/api/v1/needs/1/claimsx", **bearer),
        factory.post("/api/v1/needs/1234567890123456789/claims", **bearer),  # not an id
        factory.post("/api/v1/needs/1/claims", HTTP_AUTHORIZATION="Basic abc"),
    ):
        assert lanes.claim(request) is None, request.path
