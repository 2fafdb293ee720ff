"""A member's warm claim and a member's scan answered in front of Django's handler (#21).

The claim lane (``jinlin.api.lanes.claim``) and the scan lane (``jinlin.api.lanes.scan``)
answer inside the API's middleware chain, so their answers pass every layer. Under a storm
that machinery — Django's request and response objects, the handler's seven exception
wrappers, each layer's generic checks, ninja's response — cost about a third of the server's
CPU a claim (#21: in process 0.33–0.41 ms a warm claim through the handler, 0.27–0.30 here;
under a claim storm the server's CPU a claim 0.57–0.81 → 0.41–0.58 ms: README, twenty-fourth
pass), and a sixth of a scan's (README, twenty-fifth pass).

For the calls where every layer's effect is known before it runs, this module does what each
layer would do, and nothing else. They are, on PostgreSQL, with ``settings.API_MIDDLEWARE``
exactly the chain listed in ``CHAIN`` (so no replica's marks), a bearer token, no query and
no ``Idempotency-Key``:

- ``POST /api/v1/needs/{id}/claims`` with no body and a token the worker holds warm, the claim
  lane in ``API_LANES``;
- ``POST /api/v1/scans`` with a JSON body of at most ``SCAN_BODY`` bytes that holds no control
  character (not even escaped) and that the route's schema takes as it is (a code, perhaps a
  need's id), the scan lane in ``API_LANES``; the token warm or cold, as the lane takes it.

Then:

- Django's ``request_started`` and ``request_finished``: with only Django's own receivers
  connected, what they do for this call (the connections' check), else the signals sent; the
  script prefix set, as its handler does; the request is Django's own ``WSGIRequest``, for
  what it decides (secure or not, the caller's address, the language, the body);
- ``ApiEnvelopeMiddleware``: the language chosen and activated as it chooses it, and its
  headers, from its own settings object, in its order; an HTTPS redirect it would make → the
  handler answers;
- ``RefuseNulMiddleware``: nothing to find in a body without a control character
  (``core.nul.MAY_HOLD_CONTROL``), the same test it makes first; ``IdempotencyMiddleware``:
  nothing to do without the key (with a query, the key or a control character, the handler
  answers);
- ``AuditContextMiddleware``: the caller and address set for the call, cleared after it;
- ``RequestMetricsMiddleware``: the call counted under the route's own name and status;
- the lane: the claim's one call (``needs.services.claim_own``), or the scan's
  (``lanes.scan_as``), the body by the API's own renderer.

A scan refused by the rules or for its code (nothing written) is answered here as the lane
answers it, by the API's error handler, and logged as Django's handler logs it. Anything else
— a cold, bad or ended token for a claim, a bad or ended one for a scan, a caller who is not a
member, a claim the rules refuse (nothing written), an error — is answered by the handler as
always (its lane or router explains; a claim that failed with an error was not made: its call
is its own transaction; a scan's body read here is handed to the handler as it came).
``tests/test_front_lane.py`` holds the answers to the chain's, header by header.
"""

from __future__ import annotations

import contextlib
import io
import re
import time
import weakref
from collections.abc import Callable, Iterable, Iterator
from http import HTTPStatus
from typing import Any

from django.conf import settings
from django.core import signals
from django.core.cache.backends.base import BaseCache
from django.core.handlers.wsgi import WSGIRequest, get_script_name
from django.db import close_old_connections, connection, reset_queries
from django.http import HttpResponsePermanentRedirect
from django.urls import get_script_prefix, set_script_prefix
from django.utils import translation
from django.utils.log import log_response

from jinlin.api import lanes
from jinlin.api.lanes import CLAIM_PATH, _routed_as, claimed
from jinlin.api.security import cached_caller
from jinlin.api.v1 import api
from jinlin.audit.services import clear_context, set_context
from jinlin.core import replica
from jinlin.core.envelope import _Headers, language_of
from jinlin.core.errors import Conflict, InvalidInput
from jinlin.core.nul import MAY_HOLD_CONTROL
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
CLAIM_LANE = "jinlin.api.lanes.claim"
SCAN_LANE = "jinlin.api.lanes.scan"
SCAN_PATH = lanes.SCAN_PATH.pattern  # a plain path
# A scan's body is a code and perhaps a need's id (about 100 bytes); a longer one goes to the
# handler, whose schema judges it.
SCAN_BODY = 1024

StartResponse = Callable[..., Any]
WSGIApp = Callable[[dict[str, Any], StartResponse], Iterable[bytes]]
Answer = tuple[str, list[tuple[str, str]], bytes]


def is_open() -> bool:
    """Whether the settings are those this front stands for (which lanes it answers for is
    read from ``API_LANES``)."""
    return tuple(settings.API_MIDDLEWARE) == CHAIN and not replica.configured()


class Front:
    """A WSGI application: a warm claim and a scan answered here, every other call by
    ``handler``."""

    def __init__(self, handler: Any) -> None:
        self.handler = handler
        lanes_on = getattr(settings, "API_LANES", [])
        opened = is_open()
        self.claims = opened and CLAIM_LANE in lanes_on
        self.scans = opened and SCAN_LANE in lanes_on
        self.open = self.claims or self.scans
        self.headers = _Headers()  # the envelope's, read from the same settings as it reads them
        self._routes: dict[re.Pattern[str], str] = {}
        self.own_receivers = _only_djangos_receivers()
        # The receivers as they were found: a change since (a test's, a library's) sends them.
        self._receivers = (list(signals.request_started.receivers),
                           list(signals.request_finished.receivers))  # fmt: skip

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        if self.open and environ.get("REQUEST_METHOD") == "POST":
            if environ.get("PATH_INFO") == SCAN_PATH:
                answer = self.scan(environ) if self.scans else None
            else:
                answer = self.claim(environ) if self.claims else None
            if answer is not None:
                status, headers, body = answer
                start_response(status, headers)
                return [body]
        return self.handler(environ, start_response)

    def claim(self, environ: dict[str, Any]) -> Answer | None:
        match = CLAIM_PATH.fullmatch(environ.get("PATH_INFO", ""))
        taken = None if match is None else self._request(environ, body=0)
        if match is None or taken is None:
            return None
        started, request, (_key_hash, caller) = taken
        if caller is None or caller.member_id is None:
            return None  # cold, bad or ended, or not a member's: the handler says which
        with self._call(environ):
            return self._claimed(request, caller, int(match[1]), started)

    def scan(self, environ: dict[str, Any]) -> Answer | None:
        taken = self._request(environ, body=SCAN_BODY)
        if taken is None:
            return None
        started, request, found = taken
        if request.content_type != "application/json":
            return None
        try:
            body = request.body
        except Exception:
            return None  # a broken request: the handler answers it
        finally:
            if hasattr(request, "_body"):  # read: the handler reads it again, as it came
                environ["wsgi.input"] = io.BytesIO(request._body)
        if MAY_HOLD_CONTROL.search(body) is not None:
            return None  # a control character, perhaps: the NUL layer says where
        payload = lanes.scan_payload(request)
        if payload is None:
            return None  # the route says what is wrong
        with self._call(environ):
            return self._scanned(request, found, payload, started)

    def _request(
        self, environ: dict[str, Any], *, body: int
    ) -> tuple[float, WSGIRequest, tuple[str, Any]] | None:
        """When the call started, its request and its bearer token read from the cache (its
        hash, and its caller when warm); or ``None`` for a call the handler must answer.
        ``body``: the most bytes the call's body may have, and then it must have one; 0: none."""
        started = time.perf_counter()
        length = environ.get("CONTENT_LENGTH") or "0"
        if (
            not length.isdigit()
            or not (0 < int(length) <= body if body else int(length) == 0)
            or "HTTP_TRANSFER_ENCODING" in environ
            or not environ.get("HTTP_AUTHORIZATION", "").startswith("Bearer ")
            or environ.get("QUERY_STRING")
            or "HTTP_IDEMPOTENCY_KEY" in environ
            or connection.vendor != "postgresql"
        ):
            return None
        try:
            request = WSGIRequest(environ)
            if self.headers.redirect and isinstance(
                self.headers.security.process_request(request), HttpResponsePermanentRedirect
            ):
                return None  # the envelope redirects it to HTTPS
            found = cached_caller(environ["HTTP_AUTHORIZATION"][7:])
        except Exception:
            return None  # a bad host, a broken request: the handler answers it
        return None if found is None else (started, request, found)

    @contextlib.contextmanager
    def _call(self, environ: dict[str, Any]) -> Iterator[None]:
        """Around the call, what Django's handler does around every call."""
        prefix = get_script_name(environ)
        if get_script_prefix() != prefix:  # a thread's, kept from its last call
            set_script_prefix(prefix)
        own = self.own_receivers and self._receivers == (
            signals.request_started.receivers, signals.request_finished.receivers
        )  # fmt: skip
        self._started(environ, own)
        try:
            yield
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
    ) -> Answer | None:
        self._language(request)
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
        return self._answer(request, data, CLAIM_PATH, 201, started)

    def _scanned(
        self, request: WSGIRequest, found: tuple[str, Any], body: dict[str, Any], started: float
    ) -> Answer | None:
        self._language(request)
        try:
            result = lanes.scan_as(request, body, found)  # signs the caller in (the audit's)
        except (Conflict, InvalidInput) as refusal:
            # Refused by the rules or for its code, raised before anything is written: as
            # the lane answers it, by the API's own error handler.
            return self._refused(request, refusal, started)
        except Exception:
            return None  # an error: the handler's lane reads the claim again and answers it
        finally:
            clear_context()
        if result is None:
            return None  # a bad or ended token, or not a member's: the route says which
        return self._answer(request, result, lanes.SCAN_PATH, 200, started)

    def _refused(self, request: WSGIRequest, refusal: Exception, started: float) -> Answer:
        """A refusal's answer, by the API's error handler, logged as Django's handler logs
        every answer of 400 and more (``django.request``)."""
        response = api.on_exception(request, refusal)
        log_response(
            "%s: %s", response.reason_phrase, request.path, response=response, request=request
        )
        headers = [("Content-Type", response["Content-Type"]), *self._envelope(request)]
        status = response.status_code
        record(self.route(request, lanes.SCAN_PATH), "POST", status, time.perf_counter() - started)
        return f"{status} {response.reason_phrase}", headers, response.content

    def _language(self, request: WSGIRequest) -> None:
        language = language_of(request)
        if translation.get_language() != language:  # the thread's, kept from its last call
            translation.activate(language)

    def _answer(
        self,
        request: WSGIRequest,
        data: dict[str, Any],
        lane: re.Pattern[str],
        status: int,
        started: float,
    ) -> Answer:
        content = api.renderer.render(request, data, response_status=status)
        body = content.encode(api.renderer.charset) if isinstance(content, str) else content
        headers = [("Content-Type", api.get_content_type()), *self._envelope(request)]
        record(self.route(request, lane), "POST", status, time.perf_counter() - started)
        return f"{status} {HTTPStatus(status).phrase}", headers, body

    def _envelope(self, request: WSGIRequest) -> list[tuple[str, str]]:
        """The envelope's headers for an answer that carries none of its own, in its order."""
        return [
            *(pair for _key, pair in self.headers.defaults(request)),
            ("Vary", "Accept-Language"),
            ("Content-Language", translation.get_language()),
        ]

    def route(self, request: WSGIRequest, lane: re.Pattern[str] = CLAIM_PATH) -> str:
        """The route's name, as the metrics count a routed call (``lane``: its path in
        ``jinlin.api.lanes``)."""
        route = self._routes.get(lane)
        if route is None:
            route = self._routes[lane] = str(_routed_as(lane, request.path_info).route)[:120]
        return route


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
