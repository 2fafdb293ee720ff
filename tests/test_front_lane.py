"""A member's warm claim and a member's scan answered in front of Django's handler
(``jinlin.api.front``): the same status, body, headers and metrics as the chain gives;
everything it does not take, the handler answers as before (a scan's body too, as it came);
closed whenever the settings are not those it stands for."""

import datetime as dt
import json

import pytest
from django.core import signals
from django.core.cache import cache
from django.db import connection
from django.test import RequestFactory
from django.test.client import FakePayload
from django.utils import timezone

from jinlin.api import front
from jinlin.core import request_metrics
from jinlin.core.lanes import LanesWSGIHandler
from jinlin.needs import services as need_services
from jinlin.needs.models import Claim
from jinlin.service import services as scan_services
from jinlin.service.models import Attendance, ServiceRecord
from tests.api import api_as, through_wsgi
from tests.needs_helpers import new_member, publish

ON_POSTGRES = connection.vendor == "postgresql"
CLAIM_ROUTE = "api/v1/needs/<need_id>/claims"


def _need_on(cast, day, **fields):
    starts = timezone.now().replace(second=0, microsecond=0) + dt.timedelta(days=day)
    return publish(cast, starts_at=starts, ends_at=starts + dt.timedelta(hours=2), **fields)


def _call(application, path, token, *, method="POST", body=b"", **extra):
    """(status, headers, body) of one call straight through a WSGI application."""
    environ = RequestFactory()._base_environ(
        PATH_INFO=path, REQUEST_METHOD=method, HTTP_AUTHORIZATION=f"Bearer {token}", **extra
    )
    if body:
        environ.update(CONTENT_LENGTH=str(len(body)))
        environ.setdefault("CONTENT_TYPE", "application/json")
        environ["wsgi.input"] = FakePayload(body)
    return through_wsgi(application, environ)


@pytest.fixture
def served(settings):
    """(the front, the handler behind it, what the front answered itself: its statuses, or
    None where it left the call to the handler)."""
    handler = LanesWSGIHandler()
    application = front.Front(handler)
    seen = []
    for name in ("claim", "scan"):
        taken = getattr(application, name)

        def watched(environ, taken=taken):
            answer = taken(environ)
            seen.append(None if answer is None else int(answer[0].split()[0]))
            return answer

        setattr(application, name, watched)
    return application, handler, seen


def test_a_warm_claim_is_answered_in_front_as_the_chain_answers_it(cast, served):
    application, handler, seen = served
    cache.clear()
    token = api_as("member").token
    assert _call(application, "/api/v1/me", token, method="GET")[0] == 200  # warm
    needs = [_need_on(cast, day, slots=1) for day in (2, 4, 6, 8)]
    other = new_member(cast, "林秀英", "13900000417")
    from jinlin.api.security import token_issue

    other_token = token_issue(user=other.user)[0]
    for need in needs[2:]:  # full: the next claim waits
        assert _call(handler, f"/api/v1/needs/{need.pk}/claims", other_token)[0] == 201
    language = {"HTTP_ACCEPT_LANGUAGE": "en"}
    seen.clear()
    in_front = [
        _call(application, f"/api/v1/needs/{n.pk}/claims", token, **language)
        for n in (needs[0], needs[2])
    ]
    through = [
        _call(handler, f"/api/v1/needs/{n.pk}/claims", token, **language)
        for n in (needs[1], needs[3])
    ]
    if not ON_POSTGRES:
        assert seen == [None, None]  # SQLite: the handler answers every claim
        assert [status for status, _h, _b in in_front] == [201, 201]
        return
    assert seen == [201, 201]
    for (status, headers, body), (status2, headers2, body2), pair, state in zip(
        in_front, through, ((needs[0], needs[1]), (needs[2], needs[3])),
        ("confirmed", "waitlisted"), strict=True,
    ):  # fmt: skip
        assert status == status2 == 201
        assert headers == headers2  # every header, its value and its place
        assert dict(headers)["Content-Language"] == "en"
        mine, theirs = json.loads(body), json.loads(body2)
        assert list(mine) == list(theirs) == ["id", "need", "member", "status"]
        assert (mine["need"], theirs["need"]) == (pair[0].pk, pair[1].pk)
        assert mine["status"] == theirs["status"] == state
        for answer, fields in ((body, mine), (body2, theirs)):  # byte for byte, as rendered
            assert answer == json.dumps(fields, ensure_ascii=False).encode()
        claim = Claim.objects.get(pk=mine["id"])
        assert (claim.need_id, claim.member_id, claim.status) == (pair[0].pk, cast.member.pk, state)


def test_a_claim_in_front_is_counted_under_the_routes_name(cast, served):
    application, _handler, seen = served
    token = api_as("member").token
    _call(application, "/api/v1/me", token, method="GET")
    need = _need_on(cast, 2, slots=3)
    before = dict(request_metrics._counts)
    assert _call(application, f"/api/v1/needs/{need.pk}/claims", token)[0] == 201
    added = {
        key: count - before.get(key, 0)
        for key, count in request_metrics._counts.items()
        if count != before.get(key, 0)
    }
    assert added == {f"{CLAIM_ROUTE}\tPOST\t201": 1}
    assert seen == [201 if ON_POSTGRES else None]


@pytest.mark.parametrize(
    "case", ["query", "body", "idempotency_key", "cold_token", "not_a_member", "held", "ended"]
)
def test_what_the_front_does_not_take_the_handler_answers(cast, served, case):
    """Each: the front answers nothing and writes nothing; the handler answers as it does
    with no front at all."""
    application, handler, seen = served
    token = api_as("community" if case == "not_a_member" else "member").token
    _call(application, "/api/v1/me", token, method="GET")
    need_id = _need_on(cast, 2, slots=2).pk
    extra: dict = {}
    body = b""
    if case == "query":
        extra["QUERY_STRING"] = "x=1"
    elif case == "body":
        body = b"{}"
    elif case == "idempotency_key":
        extra["HTTP_IDEMPOTENCY_KEY"] = "9f0c7d4e-1f7a-4a8e-9a61-2d3b4c5d6e7f"
    elif case == "cold_token":
        cache.clear()
    elif case == "held":
        assert _call(handler, f"/api/v1/needs/{need_id}/claims", token)[0] == 201
    elif case == "ended":
        ended = publish(cast)
        ended.ends_at = timezone.now() - dt.timedelta(minutes=1)
        ended.save(update_fields=["ends_at"])
        need_id = ended.pk
    claims = Claim.objects.count()
    seen.clear()
    status, headers, answer = _call(
        application, f"/api/v1/needs/{need_id}/claims", token, body=body, **extra
    )
    assert seen == [None]
    expected = {"query": 201, "body": 201, "idempotency_key": 201, "cold_token": 201,
                "not_a_member": 403, "held": 409, "ended": 409}  # fmt: skip
    assert status == expected[case], answer
    assert Claim.objects.count() == claims + (1 if status == 201 else 0)
    if case == "idempotency_key":
        assert (
            _call(application, f"/api/v1/needs/{need_id}/claims", token, **extra)[2] == answer
        )  # the handler kept the answer for a retry: the same again
        assert Claim.objects.count() == claims + 1


def test_the_front_is_closed_unless_the_settings_are_those_it_stands_for(settings, monkeypatch):
    handler = LanesWSGIHandler()
    opened = front.Front(handler)
    assert (opened.open, opened.claims, opened.scans) == (True, True, True)
    settings.API_MIDDLEWARE = [*front.CHAIN, "jinlin.core.request_metrics.RequestMetricsMiddleware"]
    assert not front.Front(handler).open  # a layer it does not know of
    settings.API_MIDDLEWARE = list(front.CHAIN)
    settings.API_LANES = []
    assert not front.Front(handler).open  # no lane
    settings.API_LANES = ["jinlin.api.lanes.claim"]
    claims_only = front.Front(handler)
    assert (claims_only.open, claims_only.claims, claims_only.scans) == (True, True, False)
    settings.API_LANES = ["jinlin.api.lanes.scan"]
    scans_only = front.Front(handler)
    assert (scans_only.open, scans_only.claims, scans_only.scans) == (True, False, True)
    from jinlin.core import replica

    monkeypatch.setattr(replica, "configured", lambda: True)
    assert not front.Front(handler).open  # a replica: the writes' marks


def test_a_receiver_of_the_request_signals_is_still_called(cast):
    """With only Django's own receivers the front calls what they do for it; a receiver
    anyone else connects makes it send the signals themselves."""
    heard = []

    def started(**kwargs):
        heard.append("started")

    def finished(**kwargs):
        heard.append("finished")

    assert front.Front(LanesWSGIHandler()).own_receivers
    signals.request_started.connect(started)
    signals.request_finished.connect(finished)
    try:
        application = front.Front(LanesWSGIHandler())
        assert not application.own_receivers
        answers = []
        claim = application.claim
        application.claim = lambda environ: answers.append(claim(environ)) or answers[-1]
        token = api_as("member").token
        _call(application, "/api/v1/me", token, method="GET")
        need = _need_on(cast, 2, slots=3)
        heard.clear()
        status = _call(application, f"/api/v1/needs/{need.pk}/claims", token)[0]
    finally:
        signals.request_started.disconnect(started)
        signals.request_finished.disconnect(finished)
    assert status == 201
    assert heard == ["started", "finished"]  # once: by the front, or on SQLite by the handler
    assert (answers[0] is not None) == ON_POSTGRES


# Scans (``POST /api/v1/scans``): the phone's body read here and, when the front leaves the
# call, handed to the handler as it came.


def _scan(application, token, body, **extra):
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    return _call(application, "/api/v1/scans", token, body=raw, **extra)


def _on_site(cast, *names):
    """A need on site now with a place for each, its code, and each member's claim and warm
    token."""
    need = publish(cast, slots=len(names))
    code, _expires = scan_services.site_code_issue(need=need)
    members = []
    for number, name in enumerate(names):
        member = new_member(cast, name, f"1370013{number:04d}")
        claim = need_services.claim_create(need=need, member=member)
        members.append((claim, api_as_member(member)))
    return need, code, members


def api_as_member(member):
    from jinlin.api.security import token_issue

    return token_issue(user=member.user)[0]


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_a_scan_is_answered_in_front_as_the_chain_answers_it(cast, served, language):
    """A sign-in and a credit: one member's through the front, the other's through the
    handler, step by step; answers, every header and what is written are the same."""
    application, handler, seen = served
    cache.clear()
    _need, code, [(mine, my_token), (theirs, their_token)] = _on_site(cast, "王五", "赵六")
    for token in (my_token, their_token):
        assert _call(handler, "/api/v1/me", token, method="GET")[0] == 200  # warm
    asked = {"HTTP_ACCEPT_LANGUAGE": language}
    seen.clear()
    steps = []
    for kind in ("sign_in", "credit"):
        if kind == "credit":
            for claim in (mine, theirs):
                scan_services.claim_accept(claim=claim, hours="1.5", by=cast.community_admin)
        steps.append((kind, _scan(application, my_token, {"token": code}, **asked),
                      _scan(handler, their_token, {"token": code}, **asked)))  # fmt: skip
    assert seen == ([200, 200] if ON_POSTGRES else [None, None])
    for kind, (status, headers, body), (status2, headers2, body2) in steps:
        assert status == status2 == 200, (body, body2)
        assert headers == headers2  # every header, its value and its place
        assert dict(headers)["Content-Language"] == language
        hours = 0.0 if kind == "sign_in" else 1.5
        assert json.loads(body) == {"claim": mine.pk, "kind": kind, "hours": hours}
        assert json.loads(body2) == {"claim": theirs.pk, "kind": kind, "hours": hours}
        for answer in (body, body2):  # byte for byte, as rendered
            assert answer == json.dumps(json.loads(answer), ensure_ascii=False).encode()
    attendances = Attendance.objects.filter(claim__in=[mine, theirs])
    assert len(attendances) == 2 and all(a.signed_in_at and a.credited_at for a in attendances)
    assert sorted(ServiceRecord.objects.values_list("claim_id", flat=True)) == sorted(
        [mine.pk, theirs.pk]
    )
    count, _bad, why = scan_services.ledger_verify()
    assert count == 2 and not why


def test_a_cold_tokens_scan_in_front_is_kept_by_its_worker_not_shared(
    cast, served, settings, tmp_path, monkeypatch
):
    """A cold token's scan looks the token up in its own statement; the worker keeps its copy
    (the file cache of a host's workers, as in production without Redis) and writes no shared
    entry, which would have bought the scans nothing. A drop still undoes the copy. On SQLite
    the route answers, and its sign-in warms the shared cache as every route's does."""
    from django.core.cache import caches

    from jinlin.api import security
    from jinlin.api.security import cached_caller

    settings.CACHES = {
        "default": {"BACKEND": "jinlin.core.cache.FileCache", "LOCATION": str(tmp_path)}
    }
    application, _handler, seen = served
    _need, code, [(claim, token)] = _on_site(cast, "王五")
    cache.clear()
    security._local.clear()
    assert cached_caller(token)[1] is None
    seen.clear()
    backend, asked = caches["default"], []
    read = backend.get

    def counted(key, *args, **kwargs):
        asked.append(key)
        return read(key, *args, **kwargs)

    monkeypatch.setattr(backend, "get", counted)
    status, _headers, body = _scan(application, token, {"token": code})
    monkeypatch.undo()
    assert (status, json.loads(body)) == (200, {"claim": claim.pk, "kind": "sign_in", "hours": 0.0})
    assert seen == [200 if ON_POSTGRES else None]
    # Nothing to share, so the shared generation is not read either (the route reads it).
    assert (security.GENERATION_KEY in asked) != ON_POSTGRES
    key_hash = security.hash_token(token)
    shared = cache.get(security.cache_key(key_hash))
    assert (shared is None) == ON_POSTGRES
    kept = cached_caller(token)[1]
    assert kept is not None and kept.member_id == claim.member_id
    security.forget_tokens([key_hash])  # as a revoke, a password's change or an erasure drops it
    assert cached_caller(token)[1] is None
    # Scanned again, cold once more: answered as before (not yet accepted).
    assert _scan(application, token, {"token": code})[0] == 409


def test_a_scan_in_front_is_counted_under_the_routes_name(cast, served):
    application, _handler, seen = served
    _need, code, [(_claim, token)] = _on_site(cast, "王五")
    before = dict(request_metrics._counts)
    assert _scan(application, token, {"token": code})[0] == 200
    added = {
        key: count - before.get(key, 0)
        for key, count in request_metrics._counts.items()
        if count != before.get(key, 0)
    }
    assert added == {"api/v1/scans\tPOST\t200": 1}
    assert seen == [200 if ON_POSTGRES else None]


SCAN_CASES = {  # what the handler answers, as with no front at all
    "escaped_nul": 400, "control_character": 400, "malformed": 400, "schema": 400,
    "text_plain": 200, "query": 200, "idempotency_key": 200, "too_long": 200,
    "bad_token": 401, "not_a_member": 403,
}  # fmt: skip


@pytest.mark.parametrize("case", list(SCAN_CASES))
def test_what_the_front_leaves_of_scans_the_handler_answers_with_the_body_as_it_came(
    cast, served, case
):
    application, _handler, seen = served
    _need, code, [(claim, token)] = _on_site(cast, "王五")
    body: bytes | dict = {"token": code}
    extra: dict = {}
    if case == "escaped_nul":
        body = json.dumps({"token": code + "\x00"}).encode()  # as \u0000
    elif case == "control_character":
        body = json.dumps({"token": code + "\x7f"}, ensure_ascii=False).encode()
    elif case == "malformed":
        body = b'{"token": '
    elif case == "schema":
        body = {"token": code, "need": "x"}
    elif case == "text_plain":
        extra["CONTENT_TYPE"] = "text/plain"
    elif case == "query":
        extra["QUERY_STRING"] = "x=1"
    elif case == "idempotency_key":
        extra["HTTP_IDEMPOTENCY_KEY"] = "5d0a5c1e-7f3b-4f61-9a1e-0b6c2d4e8f10"
    elif case == "too_long":  # valid, but longer than a scan's: the handler reads it all
        body = json.dumps({"token": code}).encode()[:-1] + b" " * front.SCAN_BODY + b"}"
    elif case == "bad_token":
        token = "not-a-token-" + "x" * 30
    elif case == "not_a_member":
        from jinlin.api.security import token_issue

        token = token_issue(user=cast.community_admin)[0]
    seen.clear()
    status, _headers, answer = _scan(application, token, body, **extra)
    assert seen == [None]
    assert status == SCAN_CASES[case], answer
    error = json.loads(answer).get("error") if status != 200 else None
    if case in ("escaped_nul", "control_character"):
        assert list(error["fields"]) == ["token"]  # the NUL layer read the body it was handed
    if case == "schema":
        assert list(error["fields"]) == ["need"]
    signed_in = Attendance.objects.filter(claim=claim, signed_in_at__isnull=False).exists()
    assert signed_in is (status == 200)
    if case == "idempotency_key":  # the handler kept the answer for a retry: the same again
        assert _scan(application, token, body, **extra)[2] == answer


@pytest.mark.parametrize(
    "case", ["awaiting_acceptance", "rejected", "already_credited", "altered_code", "no_claim"]
)
def test_a_refused_scan_is_answered_in_front_as_the_chain_answers_it(cast, served, caplog, case):
    """Refused by the rules or for its code, nothing written: the same status, headers, body
    and log line from the front as from the handler, for two members in the same state."""
    application, handler, seen = served
    need, code, pairs = _on_site(cast, "王五", "赵六")
    body = {"token": code}
    if case == "altered_code":
        body = {"token": code[:-2] + ("xx" if not code.endswith("xx") else "yy")}
    for claim, token in pairs:
        if case == "no_claim":
            claim.status = "cancelled"
            claim.save(update_fields=["status"])
            continue
        if case != "altered_code":
            assert _scan(handler, token, {"token": code})[0] == 200  # signed in
        if case == "rejected":
            scan_services.claim_reject(claim=claim, reason="未到岗", by=cast.community_admin)
        if case == "already_credited":
            scan_services.claim_accept(claim=claim, hours="2", by=cast.community_admin)
            assert _scan(handler, token, {"token": code})[0] == 200  # credited
    written = (Attendance.objects.count(), ServiceRecord.objects.count())
    (_mine, my_token), (_theirs, their_token) = pairs
    answers, logged = [], []
    for app, token in ((application, my_token), (handler, their_token)):
        seen.clear()
        caplog.clear()
        answers.append(_scan(app, token, body, HTTP_ACCEPT_LANGUAGE="zh-hans"))
        logged.append([(r.levelname, r.getMessage()) for r in caplog.records
                       if r.name == "django.request"])  # fmt: skip
        if app is application:
            assert seen == [answers[-1][0] if ON_POSTGRES else None]
    (status, headers, answer), (status2, headers2, answer2) = answers
    assert status == status2 == (400 if case == "altered_code" else 409)
    assert headers == headers2  # every header, its value and its place
    mine, theirs = json.loads(answer)["error"], json.loads(answer2)["error"]
    if case == "already_credited":  # each learns their own claim, and its hours
        assert (mine.pop("claim"), theirs.pop("claim")) == (pairs[0][0].pk, pairs[1][0].pk)
        assert mine["hours"] == 2.0
    else:  # byte for byte: the members' states are alike
        assert answer == answer2
    assert mine == theirs
    assert mine["code"] == {"altered_code": "invalid_code"}.get(case, case)
    assert logged[0] == logged[1] and logged[0], logged  # “Conflict: /api/v1/scans”, once each
    assert (Attendance.objects.count(), ServiceRecord.objects.count()) == written
