"""A member's warm claim answered in front of Django's handler (``jinlin.api.front``): the
same status, body, headers and metrics as the chain gives; everything it does not take, the
handler answers as before; closed whenever the settings are not those it stands for."""

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
from jinlin.needs.models import Claim
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
        environ.update(CONTENT_LENGTH=str(len(body)), CONTENT_TYPE="application/json")
        environ["wsgi.input"] = FakePayload(body)
    return through_wsgi(application, environ)


@pytest.fixture
def served(settings):
    """(the front, the handler behind it, what the front answered itself: 201s or None)."""
    handler = LanesWSGIHandler()
    application = front.Front(handler)
    seen = []
    claim = application.claim

    def watched(environ):
        answer = claim(environ)
        seen.append(None if answer is None else int(answer[0].split()[0]))
        return answer

    application.claim = watched
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
    assert front.Front(handler).open
    settings.API_MIDDLEWARE = [*front.CHAIN, "jinlin.core.request_metrics.RequestMetricsMiddleware"]
    assert not front.Front(handler).open  # a layer it does not know of
    settings.API_MIDDLEWARE = list(front.CHAIN)
    settings.API_LANES = []
    assert not front.Front(handler).open  # no claim lane
    settings.API_LANES = ["jinlin.api.lanes.claim"]
    assert front.Front(handler).open
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
