"""The API's scan lane (``jinlin.api.lanes.scan``): on PostgreSQL a member's scan of a site
code is answered before the router — a sign-in in one statement, a credit, every refusal —
with the answer, headers and metrics the route gives; a call it cannot take as it is (not
JSON, a body the route's schema must judge, a bad token, a non-member, SQLite) goes to the
route, unchanged."""

import datetime as dt
import json

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django.utils.translation import override

from jinlin.api import lanes
from jinlin.api.security import token_issue
from jinlin.core import request_metrics
from jinlin.needs import services as need_services
from jinlin.needs.models import Claim
from jinlin.service import services
from jinlin.service.models import Attendance, ServiceRecord
from tests.api import ApiClient
from tests.needs_helpers import new_member, publish

ON_POSTGRES = connection.vendor == "postgresql"
LANES = ["jinlin.api.lanes.claim", "jinlin.api.lanes.scan"]


@pytest.fixture(autouse=True)
def _english():
    with override("en"):
        yield


@pytest.fixture
def answered(monkeypatch):
    """What the scan lane answered, scan by scan (None: left to the route)."""
    seen = []
    lane = lanes.scan

    def watched(request):
        response = lane(request)
        if request.path_info == "/api/v1/scans":
            seen.append(None if response is None else response.status_code)
        return response

    monkeypatch.setattr(lanes, "scan", watched)
    return seen


def _phone(member):
    client = ApiClient(token_issue(user=member.user)[0])
    assert client.get("/me").status_code == 200  # the token is warm
    return client


def _claimed(cast, name, phone, need):
    member = new_member(cast, name, phone)
    claim = need_services.claim_create(need=need, member=member)
    return member, claim


def _headers(response):
    return {name: value for name, value in response.headers.items() if name != "Date"}


def _routed(settings, client, body=None, raw=None):
    """The same call answered with no lane (a handler loads its lanes once: a new client)."""
    settings.API_LANES = []
    try:
        return ApiClient(client.token).post("/scans", body, raw=raw)
    finally:
        settings.API_LANES = LANES


def test_a_sign_in_and_a_credit_answer_as_the_route_does(cast, settings, answered):
    """Two members on one need: the first scans through the lane, the second through the
    route, the same steps; answers, headers and what is written are the same."""
    cache.clear()
    need = publish(cast, slots=2)
    code, _expires = services.site_code_issue(need=need)
    (laned_member, laned_claim), (routed_member, routed_claim) = (
        _claimed(cast, "王五", "13700137000", need),
        _claimed(cast, "赵六", "13600136000", need),
    )
    laned, routed = _phone(laned_member), _phone(routed_member)
    answered.clear()
    with CaptureQueriesContext(connection) as seen:
        sign_in = laned.post("/scans", {"token": code})
    statements = [q["sql"] for q in seen.captured_queries]
    routed_sign_in = _routed(settings, routed, {"token": code})
    for claim in (laned_claim, routed_claim):
        services.claim_accept(claim=claim, hours="1.5", by=cast.community_admin)
    credit = laned.post("/scans", {"token": code, "need": need.pk})
    routed_credit = _routed(settings, routed, {"token": code, "need": need.pk})
    if not ON_POSTGRES:
        assert answered == [None, None]  # SQLite: the route answers every scan
    else:
        assert answered == [200, 200]
        assert len(statements) == 1, statements  # the read and the sign-in, one round trip
    for lane, route, claim in ((sign_in, routed_sign_in, laned_claim),
                               (credit, routed_credit, laned_claim)):  # fmt: skip
        assert lane.status_code == route.status_code == 200
        assert _headers(lane) == _headers(route)
        assert list(lane.json()) == list(route.json()) == ["claim", "kind", "hours"]
        assert lane.json()["claim"] == claim.pk
    assert sign_in.json() == {"claim": laned_claim.pk, "kind": "sign_in", "hours": 0.0}
    assert credit.json() == {"claim": laned_claim.pk, "kind": "credit", "hours": 1.5}
    assert routed_credit.json() == {"claim": routed_claim.pk, "kind": "credit", "hours": 1.5}
    attendances = Attendance.objects.filter(claim__in=[laned_claim, routed_claim])
    assert all(a.signed_in_at and a.credited_at for a in attendances) and len(attendances) == 2
    rows = ServiceRecord.objects.filter(claim__in=[laned_claim, routed_claim])
    assert sorted(r.member_id for r in rows) == sorted([laned_member.pk, routed_member.pk])
    count, _bad, why = services.ledger_verify()
    assert count == 2 and not why


def test_the_lane_is_counted_under_the_routes_name(cast, answered):
    need = publish(cast)
    member, _claim = _claimed(cast, "王五", "13700137000", need)
    code, _expires = services.site_code_issue(need=need)
    phone = _phone(member)
    before = dict(request_metrics._counts)
    assert phone.post("/scans", {"token": code}).status_code == 200
    added = {
        key: count - before.get(key, 0)
        for key, count in request_metrics._counts.items()
        if count != before.get(key, 0)
    }
    assert list(added.values()) == [1]
    assert next(iter(added)).split("\t") == ["api/v1/scans", "POST", "200"]
    assert answered == ([200] if ON_POSTGRES else [None])


REFUSALS = [
    "altered_code", "another_need", "no_claim", "waitlisted", "absent", "early",
    "awaiting_acceptance", "rejected", "already_credited",
]  # fmt: skip


@pytest.mark.parametrize("case", REFUSALS)
def test_each_refusal_is_the_routes_and_writes_nothing(cast, settings, answered, case):
    need = publish(cast, slots=1)
    if case == "early":
        starts = timezone.now() + dt.timedelta(minutes=45)  # grace: 30 minutes
        need = publish(cast, starts_at=starts, ends_at=starts + dt.timedelta(hours=1))
    member, claim = _claimed(cast, "王五", "13700137000", need)
    code, _expires = services.site_code_issue(need=need)
    body = {"token": code}
    if case == "altered_code":
        body = {"token": code[:-2] + ("xx" if not code.endswith("xx") else "yy")}
    elif case == "another_need":
        body = {"token": code, "need": publish(cast, title="别的需求").pk}
    elif case == "no_claim":
        member = new_member(cast, "赵六", "13600136000")
    elif case == "waitlisted":
        member, claim = _claimed(cast, "赵六", "13600136000", need)
        assert claim.status == "waitlisted"
    elif case == "absent":
        claim.status = "absent"
        claim.save(update_fields=["status"])
    if case in ("awaiting_acceptance", "rejected", "already_credited"):
        assert services.scan_record(token=code, member=member)["kind"] == "sign_in"
    if case == "rejected":
        services.claim_reject(claim=claim, reason="未按要求完成", by=cast.community_admin)
    if case == "already_credited":
        services.claim_accept(claim=claim, hours="2", by=cast.community_admin)
        assert services.scan_record(token=code, member=member)["kind"] == "credit"
    phone = _phone(member)
    written = (Attendance.objects.count(), ServiceRecord.objects.count())
    answered.clear()
    laned = phone.post("/scans", body)
    routed = _routed(settings, phone, body)
    assert answered == ([laned.status_code] if ON_POSTGRES else [None])
    assert laned.status_code == routed.status_code and laned.status_code in (400, 409)
    assert laned.json() == routed.json()
    assert _headers(laned) == _headers(routed)
    assert (Attendance.objects.count(), ServiceRecord.objects.count()) == written
    expected = {"altered_code": "invalid_code", "another_need": "invalid_code",
                "waitlisted": "no_claim", "early": "outside_window"}  # fmt: skip
    assert laned.json()["error"]["code"] == expected.get(case, case)


@pytest.mark.parametrize(
    ("starts", "ends", "signs_in"),
    [
        (25, 85, True),  # opens 30 minutes before the start
        (-120, -25, True),  # closes 30 minutes after the end
        (-120, -35, False),
        (35, 95, False),
    ],
)
def test_the_window_with_its_grace(cast, answered, starts, ends, signs_in):
    """The sign-in's window as the database judges it (PostgreSQL) and as Python does."""
    now = timezone.now()
    need = publish(cast, starts_at=now + dt.timedelta(minutes=starts),
                   ends_at=now + dt.timedelta(minutes=ends))  # fmt: skip
    member = new_member(cast, "王五", "13700137000")
    claim = Claim.objects.create(need=need, member=member, status="confirmed", confirmed_at=now)
    code, _expires = services.site_code_issue(need=need)
    response = _phone(member).post("/scans", {"token": code})
    assert response.status_code == (200 if signs_in else 409), response.content
    assert Attendance.objects.filter(claim=claim).exists() is signs_in
    if not signs_in:
        assert response.json()["error"]["code"] == "outside_window"


def test_what_the_lane_leaves_to_the_route(cast, settings, answered):
    """Bodies the route's schema judges, a caller who is not a member, a bad token: the lane
    takes none, and the route answers as it does with no lane."""
    need = publish(cast)
    code, _expires = services.site_code_issue(need=need)
    phone = _phone(new_member(cast, "王五", "13700137000"))  # no claim: nothing is written
    for raw in ('{"token": 5}', '{"need": 1}', '[]', "not json",
                f'{{"token": "{code}", "need": "{need.pk + 1000}"}}',  # a string: the schema's
                f'{{"token": "{code}", "need": true}}',
                f'{{"token": "{code}", "extra": 1}}',
                f'{{"token": "{code}", "need": 0}}'):  # fmt: skip
        answered.clear()
        laned = phone.post("/scans", raw=raw)
        assert answered == [None], raw
        routed = _routed(settings, phone, raw=raw)
        assert laned.status_code == routed.status_code, raw
        assert laned.json() == routed.json(), raw
    assert not Attendance.objects.exists()
    admin = ApiClient(token_issue(user=cast.community_admin)[0])
    answered.clear()
    refused = admin.client.post(
        "/api/v1/scans", json.dumps({"token": code}), content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {admin.token}", HTTP_ACCEPT_LANGUAGE="zh-hans",
    )  # fmt: skip
    # Said to someone with no member record: members are party members and volunteers alike.
    assert refused.status_code == 403
    assert refused.json()["error"]["message"] == "只有登记的党员和志愿者可以这样操作。"
    assert ApiClient("not-a-token").post("/scans", {"token": code}).status_code == 401
    assert answered == [None, None]
    factory = RequestFactory()
    for request in (
        factory.get("/api/v1/scans", HTTP_AUTHORIZATION="Bearer abc"),
        factory.post("/api/v1/scans/", "{}", content_type="application/json",
                     HTTP_AUTHORIZATION="Bearer abc"),
        factory.post("/api/v1/scans", f'{{"token": "{code}"}}', content_type="text/plain",
                     HTTP_AUTHORIZATION="Bearer abc"),
        factory.post("/api/v1/scans", "{}", content_type="application/json",
                     HTTP_AUTHORIZATION="Basic abc"),
    ):  # fmt: skip
        assert lanes.scan(request) is None, request.path


# A cold token (#21): the member's first call of the day looks its token up in the statement
# that signs in (``fastpath.scan_sign_in_as``), and warms the cache.


def _cold(member):
    cache.clear()
    return ApiClient(token_issue(user=member.user)[0])


def test_a_cold_tokens_first_scan_is_one_statement_and_its_worker_keeps_the_caller(
    cast, answered, settings, tmp_path
):
    """On the file cache a host's workers share (production's without Redis). The scan's
    process keeps the caller it found; on PostgreSQL it writes no shared entry, which would
    have saved the next scan nothing (``jinlin.api.lanes.scan_as``)."""
    from django.core.cache import cache

    from jinlin.api import security
    from jinlin.api.security import cached_caller

    settings.CACHES = {
        "default": {"BACKEND": "jinlin.core.cache.FileCache", "LOCATION": str(tmp_path)}
    }
    security._local.clear()
    need = publish(cast)
    member, claim = _claimed(cast, "王五", "13700137000", need)
    code, _expires = services.site_code_issue(need=need)
    phone = _cold(member)
    _key, before = cached_caller(phone.token)
    assert before is None
    with CaptureQueriesContext(connection) as seen:
        first = phone.post("/scans", {"token": code})
    assert first.status_code == 200, first.content
    assert first.json() == {"claim": claim.pk, "kind": "sign_in", "hours": 0.0}
    assert Attendance.objects.get(claim=claim).signed_in_at is not None
    key_hash, warmed = cached_caller(phone.token)
    assert warmed is not None and warmed.member_id == member.pk
    assert warmed.user_id == member.user_id and warmed.user.username == member.user.username
    assert (cache.get(security.cache_key(key_hash)) is None) == ON_POSTGRES
    if ON_POSTGRES:
        # The token's look-up, the read and the sign-in: one round trip; the database's
        # password stamp agreed with the one issued (else the route would have answered).
        assert answered == [200]
        assert len(seen.captured_queries) == 1, [q["sql"] for q in seen.captured_queries]
    with CaptureQueriesContext(connection) as seen:
        again = phone.post("/scans", {"token": code})
    assert again.status_code == 409 and again.json()["error"]["code"] == "awaiting_acceptance"
    assert not [q for q in seen.captured_queries if "apitoken" in q["sql"]]  # warm now


@pytest.mark.parametrize("how", ["password", "expired", "inactive", "unknown", "not_member"])
def test_a_cold_token_that_cannot_scan_signs_in_nobody(cast, answered, how):
    """What the route answers (401, or 403 for a caller who is not a member), and nothing
    written: the database's own checks hold the statement that would sign in."""
    from django.contrib.auth.hashers import make_password

    from jinlin.api.models import ApiToken

    need = publish(cast)
    member, claim = _claimed(cast, "王五", "13700137000", need)
    code, _expires = services.site_code_issue(need=need)
    phone = _cold(member)
    user = member.user
    if how == "password":  # changed behind the signals' back: only the stamp tells
        type(user).objects.filter(pk=user.pk).update(password=make_password("An0ther-Passw0rd"))
    elif how == "expired":
        ApiToken.objects.filter(user=user).update(expires_at=timezone.now())
    elif how == "inactive":
        type(user).objects.filter(pk=user.pk).update(is_active=False)
    elif how == "unknown":
        phone = ApiClient("not-a-token-" + "x" * 30)
    elif how == "not_member":
        phone = ApiClient(token_issue(user=cast.community_admin)[0])  # an admin, no member
    answered.clear()
    refused = phone.post("/scans", {"token": code})
    assert refused.status_code == (403 if how == "not_member" else 401), refused.content
    assert answered == [None]  # the route answered
    assert not Attendance.objects.filter(claim=claim).exists()


def test_a_cold_token_with_a_bad_code_is_judged_token_first(cast, answered):
    need = publish(cast)
    member, _claim = _claimed(cast, "王五", "13700137000", need)
    code, _expires = services.site_code_issue(need=need)
    altered = {"token": code[:-2] + ("xx" if not code.endswith("xx") else "yy")}
    refused = _cold(member).post("/scans", altered)
    assert refused.status_code == 400 and refused.json()["error"]["code"] == "invalid_code"
    cache.clear()
    assert ApiClient("not-a-token-" + "x" * 30).post("/scans", altered).status_code == 401
    assert not Attendance.objects.exists()


def test_a_warm_tokens_scan_reads_the_cache_once(cast, answered, monkeypatch):
    need = publish(cast)
    member, _claim = _claimed(cast, "王五", "13700137000", need)
    code, _expires = services.site_code_issue(need=need)
    phone = _phone(member)
    reads = []
    get = cache.get

    def counted(key, *args, **kwargs):
        reads.append(key)
        return get(key, *args, **kwargs)

    monkeypatch.setattr(cache, "get", counted)
    with CaptureQueriesContext(connection) as seen:
        assert phone.post("/scans", {"token": code}).status_code == 200
    assert len([k for k in reads if k.startswith("api-token:")]) == 1, reads
    assert not [q for q in seen.captured_queries if "apitoken" in q["sql"]]
