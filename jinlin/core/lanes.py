"""Two middleware chains: a bearer-token API call takes a short one.

Every request used to pass all seventeen middleware, though a call to ``/api/`` with an
``Authorization: Bearer`` header uses none of sessions, cookies' CSRF, the session's user,
flash messages, session limits, the second-factor gate, static files or slash redirects: the
token is its only credential (``jinlin.api.security``). Those layers cost 0.3–0.4 ms of a
claim's 3 (#21, an in-process profile). Such a call now takes ``API_MIDDLEWARE``: metrics,
security headers, language, NUL refusal, idempotency keys, the audit context, the replica's
writer positions, frame and content-security headers — the same answers and headers as
before. Every other request takes ``MIDDLEWARE`` as always.

The same handler serves production (``config.wsgi``) and the tests' API client, so every API
test goes through the chain production uses.
"""

from __future__ import annotations

import threading
from typing import Any

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ImproperlyConfigured, MiddlewareNotUsed
from django.core.handlers.base import BaseHandler
from django.core.handlers.exception import convert_exception_to_response
from django.core.handlers.wsgi import WSGIHandler
from django.http import HttpRequest, HttpResponse
from django.utils.module_loading import import_string


def takes_short_chain(request: HttpRequest) -> bool:
    return request.path_info.startswith("/api/") and request.META.get(
        "HTTP_AUTHORIZATION", ""
    ).startswith("Bearer ")


class ShortChain(BaseHandler):
    """A handler whose chain is ``settings.API_MIDDLEWARE``, built the way Django builds
    ``MIDDLEWARE`` (synchronous middleware only, as ours are).

    Inside the chain, where the router sits, ``settings.API_LANES`` are asked first: each is
    a function of the request that answers a call the way its route would, or says ``None``
    and leaves it to the router (``jinlin.api.lanes``)."""

    _lanes: list[Any] = []

    def _get_response(self, request: HttpRequest) -> HttpResponse:
        for lane in self._lanes:
            response = lane(request)
            if response is not None:
                return response
        return super()._get_response(request)  # type: ignore[misc]

    def load_middleware(self, is_async: bool = False) -> None:
        assert not is_async, "Jinlin serves WSGI"
        self._view_middleware: list[Any] = []
        self._template_response_middleware: list[Any] = []
        self._exception_middleware: list[Any] = []
        chain = convert_exception_to_response(self._get_response)
        for path in reversed(settings.API_MIDDLEWARE):
            try:
                layer = import_string(path)(chain)
            except MiddlewareNotUsed:
                continue
            if hasattr(layer, "process_view"):
                self._view_middleware.insert(0, layer.process_view)
            if hasattr(layer, "process_template_response"):
                self._template_response_middleware.append(layer.process_template_response)
            if hasattr(layer, "process_exception"):
                self._exception_middleware.append(layer.process_exception)
            chain = convert_exception_to_response(layer)
        self._middleware_chain = chain
        self._lanes = [import_string(path) for path in getattr(settings, "API_LANES", [])]
        if self._lanes and self._view_middleware:
            # A lane answers in the router's place, where no view exists to hand them.
            raise ImproperlyConfigured("API_LANES need an API_MIDDLEWARE without process_view")


class LanesMixin:
    """Send bearer API calls down the short chain, everything else down the full one."""

    _short: ShortChain | None = None
    _short_lock = threading.Lock()

    def short_chain(self) -> ShortChain:
        """The short chain, built once and shown to other threads only when whole: a worker's
        first bearer calls arrive together under a storm, and one that found a chain still
        being built answered 500 (``'NoneType' object is not callable``, seen in
        ``benchmarks/scan_burst.py``)."""
        short = self._short
        if short is None:
            with self._short_lock:
                if self._short is None:
                    built = ShortChain()
                    built.load_middleware()
                    self._short = built
                short = self._short
        return short

    def get_response(self, request: HttpRequest) -> HttpResponse:
        if takes_short_chain(request):
            request.user = AnonymousUser()  # until the token says who
            return self.short_chain().get_response(request)  # type: ignore[return-value]
        return super().get_response(request)  # type: ignore[misc]


class LanesWSGIHandler(LanesMixin, WSGIHandler):
    pass


def application() -> Any:
    """The WSGI application: the handler and its two chains, behind ``settings.WSGI_FRONT``
    when set (a function of the handler giving the application that answers in front of it:
    a member's warm claim and a member's scan, ``jinlin.api.front``, #21)."""
    import django

    django.setup(set_prefix=False)
    handler = LanesWSGIHandler()
    handler.short_chain()  # built as the worker starts, as the full chain is
    warm_urls()
    front = getattr(settings, "WSGI_FRONT", "")
    return import_string(front)(handler) if front else handler


def warm_urls() -> None:
    """Build the URL resolver's map of names to paths in every language now, as the worker
    starts. Django builds it at the first ``reverse()`` of each language and lets concurrent
    threads each build it at once, so a worker's first requests under a storm each paid for
    it (py-spy over the workers of a claim storm on fresh workers: 16 % of their CPU, the
    claim's notice links to its need)."""
    from django.urls import get_resolver
    from django.utils import translation

    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            get_resolver().reverse_dict  # noqa: B018  (built when first read)
