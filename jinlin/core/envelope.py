"""The API's envelope: a bearer call's language and its security headers, in one layer.

A bearer API call (``jinlin.core.lanes``) used to pass four of Django's layers for these —
security headers, language, frame options, the content-security policy — each wrapped by the
handler, each setting its headers one by one through the response's charset checks, and the
language worked out again from ``Accept-Language`` on every call. For a claim that was about
a fifth of the application's CPU (#21: an in-process profile of warm claims). Here they are one
layer that gives the same answers:

- the language: the language cookie, else ``Accept-Language``, else ``LANGUAGE_CODE`` —
  Django's own choice (``get_language_from_request``), remembered per (cookie, header) pair,
  since a district's phones send a handful of distinct headers; the call is answered in it,
  ``Content-Language`` says which and ``Vary: Accept-Language`` tells caches;
- ``SECURE_SSL_REDIRECT`` as Django's ``SecurityMiddleware`` applies it, and its headers:
  ``Strict-Transport-Security`` on a secure request, ``X-Content-Type-Options``,
  ``Referrer-Policy``, ``Cross-Origin-Opener-Policy``;
- ``X-Frame-Options`` (unless a view is exempt) and the site's ``Content-Security-Policy``.

Each header is only set where the answer does not carry its own, as the layers it replaces
did. The headers' values are worked out and checked once, when the chain is built.
``tests/test_lanes.py`` holds the envelope to what the full chain answers.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.http.response import ResponseHeaders
from django.middleware.security import SecurityMiddleware
from django.utils import translation
from django.utils.cache import patch_vary_headers

from jinlin.core.security import policy

# The layers of ``settings.MIDDLEWARE`` this one stands for in ``settings.API_MIDDLEWARE``.
STANDS_FOR = (
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "jinlin.core.security.ContentSecurityPolicyMiddleware",
)
LONGEST_REMEMBERED = 200  # a longer Accept-Language header is worked out every time


class _Headers:
    """What Django's ``SecurityMiddleware`` and ``XFrameOptionsMiddleware`` would add, from the
    same settings, read when the chain is built (as they read them)."""

    def __init__(self) -> None:
        self.redirect = settings.SECURE_SSL_REDIRECT
        self.security = SecurityMiddleware(lambda request: HttpResponse())  # its redirect
        always = []
        if settings.SECURE_CONTENT_TYPE_NOSNIFF:
            always.append(("X-Content-Type-Options", "nosniff"))
        chosen = settings.SECURE_REFERRER_POLICY
        if chosen:
            parts = chosen.split(",") if isinstance(chosen, str) else chosen
            always.append(("Referrer-Policy", ",".join(part.strip() for part in parts)))
        opener = settings.SECURE_CROSS_ORIGIN_OPENER_POLICY
        if opener:
            always.append(("Cross-Origin-Opener-Policy", opener))
        self.always = _checked(always)
        self.frame = _checked([("X-Frame-Options", settings.X_FRAME_OPTIONS.upper())])
        self.policy = _checked([("Content-Security-Policy", policy())])
        self.hsts = None
        if settings.SECURE_HSTS_SECONDS:
            value = f"max-age={settings.SECURE_HSTS_SECONDS}"
            if settings.SECURE_HSTS_INCLUDE_SUBDOMAINS:
                value += "; includeSubDomains"
            if settings.SECURE_HSTS_PRELOAD:
                value += "; preload"
            self.hsts = _checked([("Strict-Transport-Security", value)])

    def defaults(
        self, request: HttpRequest, *, framed: bool = True
    ) -> list[tuple[str, tuple[str, str]]]:
        """The headers an answer gets where it carries none of its own, in their order:
        (name folded to lower case, (name, value))."""
        pairs = []
        if self.hsts is not None and request.is_secure():
            pairs += self.hsts
        pairs += self.always
        if framed:
            pairs += self.frame
        return pairs + self.policy


def _checked(pairs: list[tuple[str, str]]) -> list[tuple[str, tuple[str, str]]]:
    """The headers as a response stores them (name folded to lower case → (name, value)),
    each passed once through the response's own charset checks."""
    store = ResponseHeaders({})
    for name, value in pairs:
        store[name] = value
    return [(name.lower(), store._store[name.lower()]) for name, _value in pairs]


def _set_default(response: HttpResponse, pairs: list[tuple[str, tuple[str, str]]]) -> None:
    store = response.headers._store
    for key, pair in pairs:
        if key not in store:
            store[key] = pair


@lru_cache(maxsize=64)
def _language(cookie: str | None, accept: str) -> str:
    """Django's choice of language for a request with this cookie and header."""
    request = HttpRequest()
    if cookie is not None:
        request.COOKIES[settings.LANGUAGE_COOKIE_NAME] = cookie
    if accept:
        request.META["HTTP_ACCEPT_LANGUAGE"] = accept
    return translation.get_language_from_request(request)


@receiver(setting_changed)
def _languages_changed(*, setting: str, **kwargs: object) -> None:
    """As Django forgets its own choices when a test changes the languages."""
    if setting in ("LANGUAGES", "LANGUAGE_CODE", "LANGUAGE_COOKIE_NAME"):
        _language.cache_clear()


def language_of(request: HttpRequest) -> str:
    cookie = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME) if request.COOKIES else None
    accept = request.META.get("HTTP_ACCEPT_LANGUAGE", "")
    if len(accept) > LONGEST_REMEMBERED or (cookie and len(cookie) > LONGEST_REMEMBERED):
        return _language.__wrapped__(cookie, accept)
    return _language(cookie, accept)


class ApiEnvelopeMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self.headers = _Headers()

    def __call__(self, request: HttpRequest) -> HttpResponse:
        headers = self.headers
        if headers.redirect:
            redirect = headers.security.process_request(request)
            if isinstance(redirect, HttpResponsePermanentRedirect):
                return self._secure(request, redirect)  # before any language is chosen
        translation.activate(language_of(request))
        request.LANGUAGE_CODE = translation.get_language()
        response = self._secure(request, self.get_response(request))
        if "Vary" in response.headers:
            patch_vary_headers(response, ("Accept-Language",))
        else:
            response.headers["Vary"] = "Accept-Language"
        response.headers.setdefault("Content-Language", translation.get_language())
        return response

    def _secure(self, request: HttpRequest, response: HttpResponse) -> HttpResponse:
        framed = not getattr(response, "xframe_options_exempt", False)
        _set_default(response, self.headers.defaults(request, framed=framed))
        return response
