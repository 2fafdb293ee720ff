"""Two middleware chains (``jinlin.core.lanes``): a bearer API call takes the short one, with
the same answer and headers the full chain gives; everything else takes the full one."""

import json

import pytest
from django.conf import settings
from django.test import Client, RequestFactory
from django.urls import reverse

from jinlin.core.envelope import STANDS_FOR
from jinlin.core.lanes import LanesWSGIHandler, ShortChain, takes_short_chain
from tests.api import ApiClient, api_as, through_wsgi


def test_the_short_chain_is_the_full_one_without_the_session_layers():
    """… and with one envelope for the four layers of headers and language, which stood
    outermost among those the short chain keeps (so nothing it keeps sees another language)."""
    full = settings.MIDDLEWARE
    short = list(settings.API_MIDDLEWARE)
    envelope = short.index("jinlin.core.envelope.ApiEnvelopeMiddleware")
    assert all(path in full for path in STANDS_FOR)
    short[envelope : envelope + 1] = [STANDS_FOR[0], STANDS_FOR[1]]
    kept = [path for path in short if path not in STANDS_FOR]
    first_kept = min(full.index(path) for path in kept[1:])  # after the metrics
    assert full.index(STANDS_FOR[1]) < first_kept, "the language chosen before the rest"
    positions = [full.index(path) for path in short]
    assert positions == sorted(positions), "the same layers in the same order"
    left_out = set(full) - set(short) - set(STANDS_FOR)
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


def _headers(response) -> dict[str, str]:
    """A response's headers but the session's (cookies, ``Vary: Cookie``) and the length
    ``CommonMiddleware`` adds (the server gives it)."""
    return {name: value for name, value in response.headers.items()
            if name not in ("Set-Cookie", "Vary", "Content-Length")}  # fmt: skip


@pytest.mark.django_db
@pytest.mark.parametrize(
    "language",
    [
        {"HTTP_ACCEPT_LANGUAGE": "zh-hans"},
        {"HTTP_ACCEPT_LANGUAGE": "en-US,en;q=0.9,zh-CN;q=0.8"},
        {"HTTP_ACCEPT_LANGUAGE": "fr-FR"},  # not offered: the site's language
        {},
        {"HTTP_COOKIE": "django_language=en", "HTTP_ACCEPT_LANGUAGE": "zh-CN"},  # cookie first
        {"HTTP_ACCEPT_LANGUAGE": "de;q=0.1," * 60 + "en"},  # too long to be remembered
    ],
)
def test_a_bearer_call_answers_as_the_full_chain_does(cast, language):
    short = api_as("member")
    full = Client()
    headers = {"HTTP_AUTHORIZATION": f"Bearer {short.token}", **language}
    for path in ("/api/v1/me", "/api/v1/needs", "/api/v1/me/claims", "/api/v1/no-such-call"):
        by_short = short.client.get(path, **headers)
        by_full = full.get(path, **headers)
        assert by_short.status_code == by_full.status_code, path
        if by_short["Content-Type"] == "application/json":  # the 404 page holds a CSRF token
            assert by_short.content == by_full.content, path  # in the same language
        assert _headers(by_short) == _headers(by_full), path
        assert "Accept-Language" in by_short.headers["Vary"], path
        assert "Set-Cookie" not in by_short.headers
    refused = short.client.get("/api/v1/me", HTTP_AUTHORIZATION="Bearer not-a-token")
    assert refused.status_code == 401 and refused.json()["error"]["code"]


@pytest.mark.django_db
def test_over_https_a_bearer_call_is_redirected_and_told_to_stay_as_by_the_full_chain(cast):
    from django.test import override_settings

    https = {"SECURE_SSL_REDIRECT": True, "SECURE_HSTS_SECONDS": 3600,
             "SECURE_PROXY_SSL_HEADER": ("HTTP_X_FORWARDED_PROTO", "https")}  # fmt: skip
    token = api_as("member").token
    with override_settings(**https):
        short, full = ApiClient(token).client, Client()  # chains built under these settings
        bearer = {"HTTP_AUTHORIZATION": f"Bearer {token}", "HTTP_ACCEPT_LANGUAGE": "en"}
        plain = [client.get("/api/v1/me?x=1", **bearer) for client in (short, full)]
        assert [r.status_code for r in plain] == [301, 301]
        assert plain[0]["Location"] == plain[1]["Location"] == "https://testserver/api/v1/me?x=1"
        secure = [client.get("/api/v1/me", HTTP_X_FORWARDED_PROTO="https", **bearer)
                  for client in (short, full)]  # fmt: skip
        assert [r.status_code for r in secure] == [200, 200]
        assert _headers(secure[0]) == _headers(secure[1])
        assert secure[0]["Strict-Transport-Security"].startswith("max-age=3600")


@pytest.mark.django_db
def test_the_api_s_own_refusals_carry_the_headers_and_the_callers_language(cast):
    """A NUL's 400 and a bad idempotency key's 400 are answered by layers inside the envelope:
    they carry the policy and frame headers, and speak the caller's language."""
    caller = api_as("member")
    client, token = caller.client, f"Bearer {caller.token}"
    for extra in ({"HTTP_IDEMPOTENCY_KEY": "with space"}, {}):
        body = json.dumps({"note": "a\x00b"})
        headers = {"HTTP_AUTHORIZATION": token, "HTTP_ACCEPT_LANGUAGE": "en", **extra}
        response = client.post(
            "/api/v1/needs/1/claims", body, content_type="application/json", **headers
        )
        assert response.status_code == 400, response.content
        assert response["Content-Language"] == "en"
        assert response["X-Frame-Options"] == "DENY"
        assert "frame-ancestors 'none'" in response["Content-Security-Policy"]
        assert "control character" in response.json()["error"]["message"]  # English


def _wsgi(application, path, **extra):
    """(status, headers, body) of one GET straight through a WSGI application."""
    environ = RequestFactory()._base_environ(PATH_INFO=path, REQUEST_METHOD="GET", **extra)
    return through_wsgi(application, environ)


@pytest.mark.django_db
def test_production_serves_both_chains(cast):
    """``config.wsgi`` is the lanes handler behind the claims' front (``jinlin.api.front``);
    a page and a bearer call through it."""
    from config import wsgi
    from jinlin.api.front import Front

    assert isinstance(wsgi.application, Front) and wsgi.application.open
    assert isinstance(wsgi.application.handler, LanesWSGIHandler)
    token = api_as("member").token
    status, headers, _body = _wsgi(wsgi.application, reverse("login"))
    cookies = [value for name, value in headers if name == "Set-Cookie"]
    assert status == 200 and any("csrftoken=" in c for c in cookies)  # full chain
    status, headers, body = _wsgi(
        wsgi.application, "/api/v1/me", HTTP_AUTHORIZATION=f"Bearer {token}"
    )
    assert status == 200 and json.loads(body)["username"] == "member"
    assert not [name for name, _value in headers if name == "Set-Cookie"]
    assert isinstance(wsgi.application.handler._short, ShortChain)


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


@pytest.mark.django_db
def test_the_remembered_languages_follow_the_sites_language(cast):
    """The envelope remembers its choice per header; changing the site's language (as a test
    or a deployment's settings do) is not answered from what it remembered."""
    from django.test import override_settings

    caller = api_as("member")
    bearer = {"HTTP_AUTHORIZATION": f"Bearer {caller.token}"}
    assert caller.client.get("/api/v1/me", **bearer)["Content-Language"] == "zh-hans"
    with override_settings(LANGUAGE_CODE="en"):
        answer = ApiClient(caller.token).client.get("/api/v1/me", **bearer)
        assert answer["Content-Language"] == "en"
