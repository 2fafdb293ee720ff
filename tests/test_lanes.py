"""Two middleware chains (``jinlin.core.lanes``): a bearer API call takes the short one, with
the same answer and headers the full chain gives; everything else takes the full one."""

import json

import pytest
from django.conf import settings
from django.core import signals
from django.db import close_old_connections
from django.test import Client, RequestFactory
from django.urls import reverse

from jinlin.core.lanes import LanesWSGIHandler, ShortChain, takes_short_chain
from tests.api import api_as


def test_the_short_chain_is_the_full_one_without_the_session_layers():
    full = settings.MIDDLEWARE
    positions = [full.index(path) for path in settings.API_MIDDLEWARE]
    assert positions == sorted(positions), "the same layers in the same order"
    left_out = set(full) - set(settings.API_MIDDLEWARE)
    assert left_out == {
        "whitenoise.middleware.WhiteNoiseMiddleware",
        "django.contrib.sessions.middleware.SessionMiddleware",
        "django.middleware.common.CommonMiddleware",
        "django.middleware.csrf.CsrfViewMiddleware",
        "django.contrib.auth.middleware.AuthenticationMiddleware",
        "django.contrib.messages.middleware.MessageMiddleware",
        "jinlin.members.sessions.SessionLimitsMiddleware",
        "jinlin.members.mfa.SecondFactorMiddleware",
    }


def test_who_takes_the_short_chain():
    factory = RequestFactory()
    bearer = {"HTTP_AUTHORIZATION": "Bearer abc"}
    assert takes_short_chain(factory.get("/api/v1/me", **bearer))
    assert takes_short_chain(factory.post("/api/v1/needs/1/claims", **bearer))
    assert not takes_short_chain(factory.get("/api/v1/me"))  # no token: the full chain
    assert not takes_short_chain(factory.get("/needs/", **bearer))  # pages: the full chain
    assert not takes_short_chain(factory.get("/api/v1/me", HTTP_AUTHORIZATION="Basic abc"))


@pytest.mark.django_db
def test_a_bearer_call_answers_as_the_full_chain_does(cast):
    short = api_as("member")
    full = Client()
    headers = {"HTTP_AUTHORIZATION": f"Bearer {short.token}", "HTTP_ACCEPT_LANGUAGE": "zh-hans"}
    for path in ("/api/v1/me", "/api/v1/needs", "/api/v1/me/claims"):
        by_short = short.client.get(path, **headers)
        by_full = full.get(path, **headers)
        assert by_short.status_code == by_full.status_code == 200, path
        assert by_short.json() == by_full.json(), path
        for header in ("Content-Language", "X-Frame-Options", "Content-Security-Policy",
                       "X-Content-Type-Options", "Referrer-Policy"):  # fmt: skip
            assert by_short.headers.get(header) == by_full.headers.get(header), (path, header)
        assert "Set-Cookie" not in by_short.headers
    refused = short.client.get("/api/v1/me", HTTP_AUTHORIZATION="Bearer not-a-token")
    assert refused.status_code == 401 and refused.json()["error"]["code"]


def _wsgi(application, path, **extra):
    """(status, headers, body) of one request straight through a WSGI application."""
    environ = RequestFactory()._base_environ(PATH_INFO=path, REQUEST_METHOD="GET", **extra)
    answered = {}

    def start_response(status, headers, exc_info=None):
        answered["status"], answered["headers"] = int(status.split()[0]), headers

    # As Django's test client does: the test's transaction stays open across the request.
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    try:
        response = application(environ, start_response)
        body = b"".join(response)
        response.close()
    finally:
        signals.request_started.connect(close_old_connections)
        signals.request_finished.connect(close_old_connections)
    return answered["status"], answered["headers"], body


@pytest.mark.django_db
def test_production_serves_both_chains(cast):
    """``config.wsgi`` is the lanes handler; a page and a bearer call through it."""
    from config import wsgi

    assert isinstance(wsgi.application, LanesWSGIHandler)
    token = api_as("member").token
    status, headers, _body = _wsgi(wsgi.application, reverse("login"))
    cookies = [value for name, value in headers if name == "Set-Cookie"]
    assert status == 200 and any("csrftoken=" in c for c in cookies)  # full chain
    status, headers, body = _wsgi(
        wsgi.application, "/api/v1/me", HTTP_AUTHORIZATION=f"Bearer {token}"
    )
    assert status == 200 and json.loads(body)["username"] == "member"
    assert not [name for name, _value in headers if name == "Set-Cookie"]
    assert isinstance(wsgi.application._short, ShortChain)


def test_a_workers_first_bearer_calls_together_all_find_a_whole_chain(monkeypatch):
    """Under a storm a fresh worker's first bearer calls arrive at once; each must find the
    short chain whole, not one another thread is still building (that answered 500)."""
    import threading
    import time

    loaded = ShortChain.load_middleware

    def slow_load(self, is_async=False):
        time.sleep(0.05)  # the window in which another thread's call arrives
        loaded(self, is_async)

    monkeypatch.setattr(ShortChain, "load_middleware", slow_load)
    handler = LanesWSGIHandler()
    request = RequestFactory().get("/api/v1/no-such-call", HTTP_AUTHORIZATION="Bearer x")
    start = threading.Barrier(8)
    answers: list[object] = []

    def call():
        start.wait()
        try:
            answers.append(handler.get_response(request).status_code)
        except Exception as exc:  # the failure this test is about
            answers.append(exc)

    threads = [threading.Thread(target=call) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert answers == [404] * 8
