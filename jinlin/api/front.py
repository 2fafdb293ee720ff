"""A member's warm claim answered in front of Django's handler (#21, item 1).

The claim lane (``jinlin.api.lanes.claim``) answers a claim inside the API's middleware chain,
so its answer passes every layer. Under a claim storm that machinery — Django's request and
response objects, the handler's seven exception wrappers, each layer's generic checks, ninja's
response — cost about a third of the server's CPU a claim (#21: in process 0.33–0.41 ms a
warm claim through the handler, 0.27–0.30 here; under a claim storm the server's CPU a claim
0.57–0.81 → 0.41–0.58 ms: README, twenty-fourth pass).

For the one call where every layer's effect is known before it runs, this module does what
each layer would do, and nothing else: a ``POST /api/v1/needs/{id}/claims`` with a bearer
token the worker holds warm, no query, no body and no ``Idempotency-Key``, on PostgreSQL, with
``settings.API_MIDDLEWARE`` exactly the chain listed in ``CHAIN`` (so no replica's marks) and
the claim lane in ``API_LANES``. Then:

- Django's ``request_started`` and ``request_finished``: with only Django's own receivers
  connected, what they do for this call (the connections' check), else the signals sent; the
  script prefix set, as its handler does; the request is Django's own ``WSGIRequest``, for
  what it decides (secure or not, the caller's address, the language);
- ``ApiEnvelopeMiddleware``: the language chosen and activated as it chooses it, and its
  headers, from its own settings object, in its order; an HTTPS redirect it would make → the
  handler answers;
- ``RefuseNulMiddleware``, ``IdempotencyMiddleware``: nothing to do without a query, a body
  or the key (with any of them, the handler answers);
- ``AuditContextMiddleware``: the caller and address set for the call, cleared after it;
- ``RequestMetricsMiddleware``: the call counted under the route's own name and status;
- the lane: the claim's one call (``needs.services.claim_own``), the body by the API's own
  renderer.

Anything else — a cold, bad or ended token, a caller who is not a member, a claim the rules
refuse (nothing written), an error — is answered by the handler as always (its lane or router
explains; a claim that failed with an error was not made: its call is its own transaction).
``tests/test_front_lane.py`` holds the answer to the chain's, header by header.
"""

from __future__ import annotations

import time
import weakref
from collections.abc import Callable, Iterable
from typing import Any

from django.conf import settings
from django.core import signals
from django.core.cache.backends.base import BaseCache
from django.core.handlers.wsgi import WSGIRequest, get_script_name
from django.db import close_old_connections, connection, reset_queries
from django.http import HttpResponsePermanentRedirect
from django.urls import get_script_prefix, set_script_prefix
from django.utils import translation

from jinlin.api.lanes import CLAIM_PATH, _routed_as, claimed
from jinlin.api.security import cached_caller
from jinlin.api.v1 import api
from jinlin.audit.services import clear_context, set_context
from jinlin.core import replica
from jinlin.core.envelope import _Headers, language_of
from jinlin.core.request_metrics import record
from jinlin.members.auth import client_address
from jinlin.needs import services

# The chain whose effects on such a call this module reproduces (in ``settings.API_MIDDLEWARE``
# order); with any other chain the front is closed and every call goes to the handler.
CHAIN = (
    "jinlin.core.request_metrics.RequestMetricsMiddleware",
    "jinlin.core.envelope.ApiEnvelopeMiddleware",
    "jinlin.core.nul.RefuseNulMiddleware",
    "jinlin.api.idempotency.IdempotencyMiddleware",
    "jinlin.audit.middleware.AuditContextMiddleware",
    "jinlin.core.replica.ReplicaWriteMarkMiddleware",
)
LANE = "jinlin.api.lanes.claim"

StartResponse = Callable[..., Any]
WSGIApp = Callable[[dict[str, Any], StartResponse], Iterable[bytes]]


def is_open() -> bool:
    """Whether the settings are those this front stands for."""
    return (
        tuple(settings.API_MIDDLEWARE) == CHAIN
        and LANE in getattr(settings, "API_LANES", [])
        and not replica.configured()
    )


class Front:
    """A WSGI application: a warm claim answered here, every other call by ``handler``."""

    def __init__(self, handler: Any) -> None:
        self.handler = handler
        self.open = is_open()
        self.headers = _Headers()  # the envelope's, read from the same settings as it reads them
        self._route = ""
        self.own_receivers = _only_djangos_receivers()
        # The receivers as they were found: a change since (a test's, a library's) sends them.
        self._receivers = (list(signals.request_started.receivers),
                           list(signals.request_finished.receivers))  # fmt: skip

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        if self.open and environ.get("REQUEST_METHOD") == "POST":
            answer = self.claim(environ)
            if answer is not None:
                status, headers, body = answer
                start_response(status, headers)
                return [body]
        return self.handler(environ, start_response)

    def claim(self, environ: dict[str, Any]) -> tuple[str, list[tuple[str, str]], bytes] | None:
        match = CLAIM_PATH.fullmatch(environ.get("PATH_INFO", ""))
        if (
            match is None
            or not environ.get("HTTP_AUTHORIZATION", "").startswith("Bearer ")
            or environ.get("QUERY_STRING")
            or environ.get("CONTENT_LENGTH") not in (None, "", "0")
            or "HTTP_TRANSFER_ENCODING" in environ
            or "HTTP_IDEMPOTENCY_KEY" in environ
            or connection.vendor != "postgresql"
        ):
            return None
        started = time.perf_counter()
        try:
            request = WSGIRequest(environ)
            if self.headers.redirect and isinstance(
                self.headers.security.process_request(request), HttpResponsePermanentRedirect
            ):
                return None  # the envelope redirects it to HTTPS
            found = cached_caller(environ["HTTP_AUTHORIZATION"][7:])
        except Exception:
            return None  # a bad host, a broken request: the handler answers it
        caller = None if found is None else found[1]
        if caller is None or caller.member_id is None:
            return None  # cold, bad or ended, or not a member's: the handler says which
        prefix = get_script_name(environ)
        if get_script_prefix() != prefix:  # a thread's, kept from its last call
            set_script_prefix(prefix)
        own = self.own_receivers and self._receivers == (
            signals.request_started.receivers, signals.request_finished.receivers
        )  # fmt: skip
        self._started(environ, own)
        try:
            return self._claimed(request, caller, int(match[1]), started)
        finally:
            self._finished(own)

    def _started(self, environ: dict[str, Any], own: bool) -> None:
        """Django's ``request_started``: with only Django's own receivers connected, what they
        do for this call — the connections' check (``reset_queries`` empties a log that only
        ``DEBUG`` keeps)."""
        if not own:
            signals.request_started.send(sender=self.handler.__class__, environ=environ)
            return
        if connection.queries_logged:
            reset_queries()
        close_old_connections()

    def _finished(self, own: bool) -> None:
        """Django's ``request_finished``: likewise the connections' check (``close_caches`` is
        a no-op for the file, memory and Redis caches; no urlconf was set for this call)."""
        if not own:
            signals.request_finished.send(sender=self.handler.__class__)
            return
        close_old_connections()

    def _claimed(
        self, request: WSGIRequest, caller: Any, need_id: int, started: float
    ) -> tuple[str, list[tuple[str, str]], bytes] | None:
        language = language_of(request)
        if translation.get_language() != language:  # the thread's, kept from its last call
            translation.activate(language)
        set_context(user=caller.user, ip=client_address(request))
        try:
            taken = services.claim_own(
                need_id=need_id, member_id=caller.member_id, user_id=caller.user_id
            )
        except Exception:
            return None  # nothing was made: the handler makes it, or answers the error
        finally:
            clear_context()
        if taken is None:
            return None  # refused, nothing written: the router explains why
        claim_id, status = taken
        data = claimed(claim_id, need_id, caller.member_id, status)
        content = api.renderer.render(request, data, response_status=201)
        body = content.encode(api.renderer.charset) if isinstance(content, str) else content
        headers = [("Content-Type", api.get_content_type()), *self._envelope(request)]
        record(self.route(request), "POST", 201, time.perf_counter() - started)
        return "201 Created", headers, body

    def _envelope(self, request: WSGIRequest) -> list[tuple[str, str]]:
        """The envelope's headers for an answer that carries none of its own, in its order."""
        return [
            *(pair for _key, pair in self.headers.defaults(request)),
            ("Vary", "Accept-Language"),
            ("Content-Language", translation.get_language()),
        ]

    def route(self, request: WSGIRequest) -> str:
        """The claim route's name, as the metrics count a routed claim."""
        if not self._route:
            self._route = str(_routed_as(CLAIM_PATH, request.path_info).route)[:120]
        return self._route


# What Django itself connects to the two signals, by the receivers' qualified names.
DJANGOS_RECEIVERS = {
    "request_started": {"django.db.reset_queries", "django.db.close_old_connections"},
    "request_finished": {
        "django.db.close_old_connections",
        "django.core.cache.close_caches",
        "django.core.handlers.base.reset_urlconf",
    },
}


def _only_djangos_receivers() -> bool:
    """Whether the request signals reach only Django's own receivers, and the caches' close is
    a no-op (then the front calls what matters of them directly; else it sends them)."""
    from django.core.cache import caches

    for name, expected in DJANGOS_RECEIVERS.items():
        signal = getattr(signals, name)
        found = set()
        for _key, receiver, *_rest in signal.receivers:
            function = receiver() if isinstance(receiver, weakref.ReferenceType) else receiver
            found.add(
                f"{getattr(function, '__module__', '')}.{getattr(function, '__qualname__', '')}"
            )
        if found != expected:
            return False
    return all(type(caches[alias]).close is BaseCache.close for alias in settings.CACHES)


def application(handler: Any) -> WSGIApp:
    return Front(handler)
